#pragma once

#include "model/Period.h"
#include "model/Points.h"

#include <QDate>

#include <array>

namespace jifen {

// One member's contributions of one calendar year, summed by month, and the period totals made of them.
class PeriodTotals
{
public:
    explicit PeriodTotals(int year = 0)
        : m_year(year)
    {
    }

    int year() const { return m_year; }

    // Adds a contribution dated in this object's year; other dates are ignored.
    void add(QDate date, Cents contribution);
    Cents month(int month) const { return m_months.at(month - 1); }

    // A month: its sum; a quarter: the sum of its three months; a year: basePoints plus the sum of its twelve months.
    // A period of another year totals as if nothing had been entered in it.
    Cents total(const Period& period, Cents basePoints) const;

    // The same rule for a sum of contributions already taken over the period's dates (by SQL, say).
    static Cents fromSum(const Period& period, Cents contributionsInPeriod, Cents basePoints);

private:
    int m_year;
    std::array<Cents, 12> m_months {};
};

} // namespace jifen
