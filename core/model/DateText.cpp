#include "DateText.h"

namespace jifen {

QString DateText::format()
{
    return QStringLiteral("yyyy-MM-dd");
}

QString DateText::date(QDate date)
{
    return date.isValid() ? date.toString(format()) : QString();
}

QString DateText::minute(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(format() + QStringLiteral(" HH:mm")) : QString();
}

QString DateText::second(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(format() + QStringLiteral(" HH:mm:ss")) : QString();
}

} // namespace jifen
