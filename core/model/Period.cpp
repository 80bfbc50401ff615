#include "Period.h"

#include <QRegularExpression>

namespace jifen {

std::optional<Period> Period::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(?:(\\d{2})|[Qq]([1-4])))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int y = match.captured(1).toInt();
    if (y < 1900 || y > 9999)
        return std::nullopt;
    if (match.hasCaptured(2)) {
        const int m = match.captured(2).toInt();
        if (m < 1 || m > 12)
            return std::nullopt;
        return month(y, m);
    }
    if (match.hasCaptured(3))
        return quarter(y, match.captured(3).toInt());
    return year(y);
}

Period Period::month(int year, int month)
{
    return Period(Kind::Month, year, month);
}

Period Period::quarter(int year, int quarter)
{
    return Period(Kind::Quarter, year, quarter);
}

Period Period::year(int year)
{
    return Period(Kind::Year, year, 0);
}

QDate Period::first() const
{
    switch (m_kind) {
    case Kind::Month:
        return QDate(m_year, m_index, 1);
    case Kind::Quarter:
        return QDate(m_year, (m_index - 1) * 3 + 1, 1);
    case Kind::Year:
        break;
    }
    return QDate(m_year, 1, 1);
}

QDate Period::last() const
{
    switch (m_kind) {
    case Kind::Month:
        return first().addMonths(1).addDays(-1);
    case Kind::Quarter:
        return first().addMonths(3).addDays(-1);
    case Kind::Year:
        break;
    }
    return QDate(m_year, 12, 31);
}

Period Period::previous() const
{
    switch (m_kind) {
    case Kind::Month:
        return m_index == 1 ? month(m_year - 1, 12) : month(m_year, m_index - 1);
    case Kind::Quarter:
        return m_index == 1 ? quarter(m_year - 1, 4) : quarter(m_year, m_index - 1);
    case Kind::Year:
        break;
    }
    return year(m_year - 1);
}

QString Period::toString() const
{
    switch (m_kind) {
    case Kind::Month:
        return QStringLiteral("%1-%2").arg(m_year).arg(m_index, 2, 10, QLatin1Char('0'));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(m_year).arg(m_index);
    case Kind::Year:
        break;
    }
    return QString::number(m_year);
}

} // namespace jifen
