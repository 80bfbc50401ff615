#include "Activity.h"

#include <bit>

namespace jifen {

void Activity::add(QDate date, Cents unitPoints, bool veto)
{
    if (date.year() != m_year)
        return;
    if (unitPoints > 0)
        m_monthMask |= 1U << (date.month() - 1);
    if (veto)
        m_vetoed = true;
}

int Activity::activeMonths() const
{
    return std::popcount(m_monthMask);
}

} // namespace jifen
