#include "NearLine.h"

namespace jifen {

qint64 NearLine::slack(qint64 threshold)
{
    const qint64 tenth = (threshold * marginPercent + 99) / 100;
    return std::max<qint64>(1, tenth);
}

bool NearLine::isNear(const Award& award, const AwardOutcome& outcome, const MemberYear& member)
{
    if (outcome.eligible || outcome.failed.isEmpty())
        return false;
    for (const QString& key : outcome.failed) {
        if (key == u"min_points") {
            // Points are exact: short by at most 10% of the threshold, compared in hundredths.
            const Cents missing = outcome.pointsMissing.value_or(0);
            if (!award.minPoints || missing * 100 > *award.minPoints * marginPercent)
                return false;
        } else if (key == u"top_percent") {
            if (!outcome.rankLimit || outcome.scopeRank > *outcome.rankLimit + slack(*outcome.rankLimit))
                return false;
        } else if (key == u"min_active_months") {
            const int needed = award.minActiveMonths.value_or(0);
            if (needed - member.activeMonths() > slack(needed))
                return false;
        } else if (key != u"quota") {
            return false;
        }
    }
    return true;
}

} // namespace jifen
