#pragma once

#include <QByteArray>
#include <QStringView>

namespace jifen::canonicalJson {

// Appends `text` as a JSON string exactly as QJsonDocument writes it (and so AuditLog::canonical()): UTF-8, with
// '"', '\\' and control characters escaped and a lone surrogate written as \uXXXX. Records built piece by piece
// with it hash like records built as QJsonObject, at a fraction of the cost for a 100,000-row import.
void appendString(QByteArray& out, QStringView text);

// `"key":` for an ASCII key (keys of canonical objects must be appended in sorted order by the caller).
void appendKey(QByteArray& out, const char* key);

// A whole number as JSON writes it (and as SQL takes it), without the allocation QByteArray::number() makes.
void appendNumber(QByteArray& out, qint64 value);

} // namespace jifen::canonicalJson
