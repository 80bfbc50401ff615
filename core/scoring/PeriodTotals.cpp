#include "PeriodTotals.h"

namespace jifen {

void PeriodTotals::add(QDate date, Cents contribution)
{
    if (date.year() == m_year)
        m_months[date.month() - 1] += contribution;
}

Cents PeriodTotals::total(const Period& period, Cents basePoints) const
{
    Cents sum = 0;
    if (period.yearNumber() == m_year) {
        for (int m = period.first().month(); m <= period.last().month(); ++m)
            sum += month(m);
    }
    return fromSum(period, sum, basePoints);
}

Cents PeriodTotals::fromSum(const Period& period, Cents contributionsInPeriod, Cents basePoints)
{
    return period.kind() == Period::Kind::Year ? basePoints + contributionsInPeriod : contributionsInPeriod;
}

} // namespace jifen
