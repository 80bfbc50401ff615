#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace jifen {

// The one way dates and times are written for people, on screen, on paper, in exports and by the command line:
// ISO 8601 (2026-04-01), the form the exports and the command line's options already use. Times are local.
class DateText
{
public:
    static QString format(); // "yyyy-MM-dd", for QDateEdit::setDisplayFormat
    static QString date(QDate date); // "2026-04-01"; "" when invalid
    static QString minute(const QDateTime& at); // "2026-04-01 09:30" in local time; "" when invalid
    static QString second(const QDateTime& at); // "2026-04-01 09:30:05" in local time; "" when invalid
};

} // namespace jifen
