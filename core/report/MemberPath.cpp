#include "MemberPath.h"

#include "ReportText.h"

namespace jifen {

namespace {

// a * b / c rounded half away from zero; c > 0.
Cents scaleRounded(Cents a, Cents b, Cents c)
{
    const Cents product = a * b;
    const Cents half = c / 2;
    return product >= 0 ? (product + half) / c : -((-product + half) / c);
}

QString monthName(int month)
{
    return QLocale().monthName(month, QLocale::LongFormat);
}

} // namespace

MemberPath MemberPath::build(const MemberYear& member, const Award& award, int throughMonth)
{
    MemberPath path;
    path.name = member.name;
    path.awardName = award.name;
    path.year = member.year;
    path.throughMonth = std::clamp(throughMonth, 1, 12);
    path.basePoints = member.basePoints;
    path.threshold = award.minPoints;
    for (int m = 1; m <= path.throughMonth; ++m) {
        path.cumulative.append(member.totalThrough(m));
        if (path.threshold && !path.reachedIn && path.cumulative.constLast() >= *path.threshold)
            path.reachedIn = m;
    }
    const Cents now = path.cumulative.constLast();
    const Cents gained = now - path.basePoints;
    for (int m = path.throughMonth; m <= 12; ++m) {
        const Cents value = now + scaleRounded(gained, m - path.throughMonth, path.throughMonth);
        path.projection.append(value);
        if (path.threshold && !path.reachedIn && !path.projectedIn && m > path.throughMonth && value >= *path.threshold)
            path.projectedIn = m;
    }
    return path;
}

Cents MemberPath::projectedAt(int month) const
{
    return projection.value(month - throughMonth);
}

QString MemberPath::verdict() const
{
    if (!threshold)
        return tr("%1 has no points threshold; at this pace %2 ends the year with %3 points.")
            .arg(awardName, name, ReportText::points(projectedYearEnd()));
    if (reachedIn)
        return tr("%1 reached the %2 line (%3 points) in %4.")
            .arg(name, awardName, ReportText::points(*threshold), monthName(*reachedIn));
    if (projectedIn)
        return tr("On track for %1 by %2 (%3 points at this pace).")
            .arg(awardName, monthName(*projectedIn), ReportText::points(*threshold));
    return tr("Not on track for %1: at this pace %2 of %3 points by December.")
        .arg(awardName, ReportText::points(projectedYearEnd()), ReportText::points(*threshold));
}

} // namespace jifen
