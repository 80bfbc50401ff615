#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <initializer_list>

namespace jifen {

// The SHA-256 digest (32 bytes) of the parts one after the other. Through OpenSSL's libcrypto, which uses the
// processor's SHA instructions where it has them: the audit chain hashes every record an import writes, megabytes at
// a time, and QCryptographicHash's portable code took ten times as long.
QByteArray sha256(std::initializer_list<QByteArrayView> parts);

} // namespace jifen
