#include "Sha256.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

#include <memory>

namespace jifen {

namespace {

// Below this many bytes QCryptographicHash is done before libcrypto would have loaded its providers (about 2 ms, once
// per process: a whole add-points takes a few).
constexpr qsizetype libcryptoFrom = 256 * 1024;

QByteArray qtSha256(std::initializer_list<QByteArrayView> parts)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArrayView part : parts)
        hash.addData(part);
    return hash.result();
}

} // namespace

QByteArray sha256(std::initializer_list<QByteArrayView> parts)
{
    qsizetype bytes = 0;
    for (const QByteArrayView part : parts)
        bytes += part.size();
    return bytes >= libcryptoFrom ? Sha256Digester().digest(parts) : qtSha256(parts);
}

struct Sha256Digester::Libcrypto
{
    EVP_MD* md = nullptr;
    EVP_MD_CTX* context = nullptr;
    ~Libcrypto()
    {
        EVP_MD_CTX_free(context);
        EVP_MD_free(md);
    }
};

Sha256Digester::Sha256Digester()
    : m_libcrypto(std::make_unique<Libcrypto>())
{
    m_libcrypto->md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    m_libcrypto->context = EVP_MD_CTX_new();
    if (!m_libcrypto->md || !m_libcrypto->context)
        m_libcrypto.reset();
}

Sha256Digester::~Sha256Digester() = default;

QByteArray Sha256Digester::digest(std::initializer_list<QByteArrayView> parts)
{
    if (m_libcrypto) {
        bool ok = EVP_DigestInit_ex2(m_libcrypto->context, m_libcrypto->md, nullptr) == 1;
        for (const QByteArrayView part : parts)
            ok = ok && EVP_DigestUpdate(m_libcrypto->context, part.data(), std::size_t(part.size())) == 1;
        QByteArray digest(32, Qt::Uninitialized);
        unsigned int size = 0;
        ok = ok
            && EVP_DigestFinal_ex(m_libcrypto->context, reinterpret_cast<unsigned char*>(digest.data()), &size) == 1;
        if (ok && size == 32)
            return digest;
    }
    // libcrypto could not (no memory, a provider missing): the same digest, more slowly.
    return qtSha256(parts);
}

} // namespace jifen
