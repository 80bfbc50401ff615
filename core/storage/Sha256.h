#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <initializer_list>

namespace jifen {

// The SHA-256 digest (32 bytes) of the parts one after the other. Large inputs go through OpenSSL's libcrypto, which
// uses the processor's SHA instructions where it has them: the audit chain hashes every record an import writes,
// megabytes at a time, and QCryptographicHash's portable code took ten times as long. Small ones stay with
// QCryptographicHash, which needs no start-up.
QByteArray sha256(std::initializer_list<QByteArrayView> parts);

} // namespace jifen
