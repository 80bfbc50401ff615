#pragma once

#include "model/Award.h"
#include "report/AwardOutcome.h"
#include "report/MemberYear.h"

#include <QList>

namespace jifen::test {

// A member's year made by hand: `monthly` points per month from January on, active in the months given.
MemberYear memberYear(qint64 id, const QString& name, qint64 branchId, const QString& branch,
                      std::initializer_list<double> monthly, Cents base = 0);

AwardOutcome outcome(qint64 memberId, bool eligible, QStringList failed = {}, std::optional<Cents> missing = {});

// 优秀共产党员: min_points 40, top 30% of the branch, full members only, no veto, 6 active months.
Award excellentMember();

} // namespace jifen::test
