#pragma once

#include <QString>

namespace jifen {

// Argon2id password hashes (Debian's libargon2, the reference implementation), in the encoded $argon2id$... form.
struct PasswordHash {
    static QString hash(const QString& password);
    static bool verify(const QString& password, const QString& encoded);
};

} // namespace jifen
