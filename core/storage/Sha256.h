#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <initializer_list>
#include <memory>

namespace jifen {

// The SHA-256 digest (32 bytes) of the parts one after the other. Large inputs go through OpenSSL's libcrypto, which
// uses the processor's SHA instructions where it has them: the audit chain hashes every record an import writes,
// megabytes at a time, and QCryptographicHash's portable code took ten times as long. Small ones stay with
// QCryptographicHash, which needs no start-up. (Sha256Digester, below, for many digests in a row.)
QByteArray sha256(std::initializer_list<QByteArrayView> parts);

// Digests many small inputs one after another (a verify digests every audited row, hundreds of thousands): libcrypto's
// SHA-256 is fetched and its context made once, so each digest costs the hashing alone, on the SHA instructions.
class Sha256Digester
{
public:
    Sha256Digester();
    ~Sha256Digester();
    Sha256Digester(const Sha256Digester&) = delete;
    Sha256Digester& operator=(const Sha256Digester&) = delete;

    // The same digest sha256(parts) gives.
    QByteArray digest(std::initializer_list<QByteArrayView> parts);

private:
    struct Libcrypto;
    std::unique_ptr<Libcrypto> m_libcrypto; // null when libcrypto could not start: QCryptographicHash then
};

} // namespace jifen
