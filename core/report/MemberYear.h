#pragma once

#include "model/Points.h"

#include <QDate>
#include <QMap>
#include <QString>

#include <array>

namespace jifen {

// What the reports and charts need to know of one member counted in one year, as the scoring engine computed it.
struct MemberYear
{
    qint64 memberId = 0;
    QString name;
    QString idNumber; // full; reports print it masked
    qint64 branchId = 0;
    QString branchName;
    bool fullMember = true; // 正式党员
    bool onRoster = true; // still on the roster at the year's end (or today, for the current year)
    QString leftStatus; // 转出 / 去世, when not onRoster
    QDate leftDate;
    int year = 0;
    Cents basePoints = 0;
    std::array<Cents, 12> months {}; // contributions dated in each month
    unsigned activeMonthMask = 0; // bit m-1 set: active in month m (the spec's active months)
    bool vetoed = false;
    QString grade;
    QMap<QString, Cents> categories; // the year's contributions by rule category (基本 / 奖励 / 扣减 / ...)

    // base points plus the twelve months
    Cents total() const { return totalThrough(12); }
    // base points plus months 1..month: the year to date at the end of that month
    Cents totalThrough(int month) const
    {
        Cents sum = basePoints;
        for (int m = 1; m <= month && m <= 12; ++m)
            sum += months[static_cast<size_t>(m - 1)];
        return sum;
    }
    bool activeIn(int month) const { return (activeMonthMask >> (month - 1)) & 1U; }
    int activeMonths() const
    {
        int count = 0;
        for (int m = 1; m <= 12; ++m)
            count += activeIn(m) ? 1 : 0;
        return count;
    }
};

} // namespace jifen
