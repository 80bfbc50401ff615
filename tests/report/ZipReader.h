#pragma once

#include <QByteArray>
#include <QString>

namespace jifen::test {

// The uncompressed content of one member of a zip file (an .xlsx), or an empty array when it is missing. Enough of
// the zip format for files libxlsxwriter writes: stored or deflated members, sizes in the central directory.
QByteArray zipMember(const QString& zipFile, const QString& member);

} // namespace jifen::test
