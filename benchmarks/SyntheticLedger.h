#pragma once

#include "model/Award.h"
#include "report/AwardOutcome.h"
#include "report/MemberYear.h"
#include "report/RankingReport.h"

#include <QList>

namespace jifen::bench {

// A reproducible organisation of `members` members in branches of about `branchSize`, with a year of points.
QList<MemberYear> syntheticYear(int members, int branchSize, int year, quint32 seed = 42);

// Their ranking for one month, as the scoring engine would hand it over (competition ranks, display order).
QList<RankingReport::Line> rankingLines(const QList<MemberYear>& members, int month);

// Verdicts on an award with min_points, full_member_only, no_veto and min_active_months (no ranks or quotas).
QList<AwardOutcome> simpleOutcomes(const QList<MemberYear>& members, const Award& award);

} // namespace jifen::bench
