#pragma once

#include "model/Points.h"

#include <QDate>

namespace jifen {

// One member's activity in one calendar year: the months with a counted entry of a rule whose points are positive
// (whether or not a cap cut it to zero), and whether a counted entry of a veto rule (一票否决) is dated in the year.
class Activity
{
public:
    explicit Activity(int year = 0)
        : m_year(year)
    {
    }

    // Records a counted entry with the points per unit and the veto flag of the rule version in force on its date.
    // Entries dated in another year are ignored.
    void add(QDate date, Cents unitPoints, bool veto);

    int year() const { return m_year; }
    int activeMonths() const;
    bool isActiveIn(int month) const { return (m_monthMask >> (month - 1)) & 1U; }
    bool vetoed() const { return m_vetoed; }

private:
    int m_year;
    unsigned m_monthMask = 0;
    bool m_vetoed = false;
};

} // namespace jifen
