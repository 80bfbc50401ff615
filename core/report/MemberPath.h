#pragma once

#include "MemberYear.h"
#include "model/Award.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace jifen {

// One member's year as a path: cumulative points month by month, the award's threshold, and a projection to the
// year's end at the pace so far.
class MemberPath
{
    Q_DECLARE_TR_FUNCTIONS(MemberPath)

public:
    QString name;
    QString awardName;
    int year = 0;
    int throughMonth = 12; // months with actual points: 1..throughMonth
    Cents basePoints = 0;
    QList<Cents> cumulative; // index m-1: base points plus months 1..m, for m = 1..throughMonth
    std::optional<Cents> threshold;
    QList<Cents> projection; // index m-1 for m = throughMonth..12: the actual value, then the projected ones
    std::optional<int> reachedIn; // the first month the actual path reached the threshold
    std::optional<int> projectedIn; // the first later month the projection reaches it

    // Pace: the points gained (base points excluded) over the months so far; the projection adds that pace every
    // month, rounded to hundredths half away from zero.
    static MemberPath build(const MemberYear& member, const Award& award, int throughMonth);

    Cents actualAt(int month) const { return cumulative.value(month - 1); }
    Cents projectedAt(int month) const; // month >= throughMonth
    Cents projectedYearEnd() const { return projection.isEmpty() ? 0 : projection.constLast(); }
    // "reached 优秀共产党员 in March", "on track for 优秀共产党员 by October", "not on track: 35 of 40 by December"
    QString verdict() const;
};

} // namespace jifen
