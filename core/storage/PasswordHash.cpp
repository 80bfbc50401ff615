#include "PasswordHash.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <argon2.h>

namespace jifen {

namespace {

// OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane.
constexpr uint32_t timeCost = 2;
constexpr uint32_t memoryKiB = 19 * 1024;
constexpr uint32_t lanes = 1;
constexpr size_t saltLength = 16;
constexpr size_t hashLength = 32;

} // namespace

QString PasswordHash::hash(const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray salt(saltLength, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), saltLength / sizeof(quint32));
    const size_t encodedLength = argon2_encodedlen(timeCost, memoryKiB, lanes, saltLength, hashLength, Argon2_id);
    QByteArray encoded(static_cast<qsizetype>(encodedLength), '\0');
    const int rc = argon2id_hash_encoded(timeCost, memoryKiB, lanes, utf8.constData(), static_cast<size_t>(utf8.size()),
                                         salt.constData(), saltLength, hashLength, encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData());
}

bool PasswordHash::verify(const QString& password, const QString& encoded)
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = encoded.toLatin1();
    return argon2id_verify(stored.constData(), utf8.constData(), static_cast<size_t>(utf8.size())) == ARGON2_OK;
}

} // namespace jifen
