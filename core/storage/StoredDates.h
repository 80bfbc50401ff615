#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

namespace jifen {

// Dates as the ledger stores them: ISO 8601 text (2026-04-01). An invalid date is the empty text; NULL is no date.
inline QString isoText(QDate date)
{
    return date.toString(Qt::ISODate);
}

inline QDate dateFrom(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// The value a date column is bound to: its ISO text, or NULL for no (an invalid) date; dateFrom() reads it back.
inline QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(isoText(date)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace jifen
