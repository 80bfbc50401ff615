#include "ReportText.h"

#include "AwardOutcome.h"
#include "model/DateText.h"

namespace jifen {

QString ReportText::period(const Period& period)
{
    switch (period.kind()) {
    case Period::Kind::Month:
        // A QDate format, so that each language writes months its own way (2026-03, 2026年3月).
        return period.first().toString(tr("yyyy-MM", "QDate format of a month"));
    case Period::Kind::Quarter:
        return tr("%1 Q%2", "period: year, quarter").arg(period.yearNumber()).arg(period.index());
    case Period::Kind::Year:
        break;
    }
    return tr("year %1", "period").arg(period.yearNumber());
}

QString ReportText::rank(int rank, bool tied)
{
    return tied ? tr("%1 (tie)", "rank shared with others").arg(rank) : QString::number(rank);
}

QString ReportText::rankChange(std::optional<int> change)
{
    if (!change)
        return tr("new", "no rank in the period before");
    if (*change > 0)
        return QStringLiteral("↑%1").arg(*change);
    if (*change < 0)
        return QStringLiteral("↓%1").arg(-*change);
    return QStringLiteral("—");
}

QString ReportText::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString ReportText::scope(Award::Scope scope)
{
    return scope == Award::Scope::Branch ? tr("branch", "award scope") : tr("everyone", "award scope");
}

QString ReportText::reason(const QString& key, const Award& award, const AwardOutcome& outcome, int activeMonths)
{
    if (key == u"min_points")
        return tr("%1 points short of %2")
            .arg(points(outcome.pointsMissing.value_or(0)), points(award.minPoints.value_or(0)));
    if (key == u"top_percent")
        return tr("rank %1 in the %2, outside the top %3% (rank %4 or better)")
            .arg(outcome.scopeRank)
            .arg(scope(award.scope))
            .arg(award.topPercent.value_or(0))
            .arg(outcome.rankLimit.value_or(0));
    if (key == u"full_member_only")
        return tr("probationary member");
    if (key == u"no_veto")
        return tr("vetoed this year");
    if (key == u"min_active_months")
        return tr("active in %1 of the %2 months needed").arg(activeMonths).arg(award.minActiveMonths.value_or(0));
    if (key == u"quota")
        return tr("beyond the quota of %1 per %2").arg(award.quota.value_or(0)).arg(scope(award.scope));
    if (key == u"on_roster")
        return outcome.leftStatus == u"去世"
            ? tr("已去世 (deceased) on %1").arg(DateText::date(outcome.leftDate))
            : tr("已转出 (transferred out) on %1").arg(DateText::date(outcome.leftDate));
    return key;
}

QString ReportText::tieAtQuota()
{
    return tr("tied at the quota line: the committee decides");
}

QString ReportText::conditions(const Award& award)
{
    QStringList parts;
    if (award.minPoints)
        parts << tr("points ≥ %1").arg(points(*award.minPoints));
    if (award.topPercent)
        parts << tr("top %1% of the %2").arg(*award.topPercent).arg(scope(award.scope));
    if (award.quota)
        parts << tr("at most %1 per %2").arg(*award.quota).arg(scope(award.scope));
    if (award.fullMemberOnly)
        parts << tr("full members only");
    if (award.noVeto)
        parts << tr("no veto this year");
    if (award.minActiveMonths)
        parts << tr("active in at least %1 months").arg(*award.minActiveMonths);
    if (parts.isEmpty())
        return tr("no conditions");
    return parts.join(tr("; ", "separator between conditions"));
}

} // namespace jifen
