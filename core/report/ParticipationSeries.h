#pragma once

#include "MemberYear.h"

#include <QList>
#include <QString>

namespace jifen {

// The share of members active in each month (issue 7's participation over time), overall and per branch.
struct ParticipationSeries
{
    struct Line
    {
        qint64 branchId = 0; // 0: all members
        QString name;
        int members = 0;
        QList<int> active; // index m-1: members active in month m, for m = 1..throughMonth

        double rate(int month) const { return members == 0 ? 0.0 : double(active.value(month - 1)) / double(members); }
    };

    int year = 0;
    int throughMonth = 12;
    Line overall;
    QList<Line> branches; // in the order of first appearance

    static ParticipationSeries build(int year, const QList<MemberYear>& members, int throughMonth);
};

} // namespace jifen
