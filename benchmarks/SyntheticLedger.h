#pragma once

#include "report/MemberYear.h"
#include "report/RankingReport.h"

#include <QList>

namespace jifen::bench {

// A reproducible organisation of `members` members in branches of about `branchSize`, with a year of points.
QList<MemberYear> syntheticYear(int members, int branchSize, int year, quint32 seed = 42);

// Their ranking for one month, as the scoring engine would hand it over (competition ranks, display order).
QList<RankingReport::Line> rankingLines(const QList<MemberYear>& members, int month);

} // namespace jifen::bench
