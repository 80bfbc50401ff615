#pragma once

#include "AwardOutcome.h"
#include "MemberYear.h"
#include "model/Award.h"

namespace jifen {

// "Near the line": who misses an award narrowly enough for the committee to want to see them.
class NearLine
{
public:
    static constexpr int marginPercent = 10;

    // True when the member is not eligible and every condition they fail is a near miss: min_points short by at most
    // 10% of the threshold; top_percent ranked at most 10% of the rank limit (at least one place) beyond it;
    // min_active_months short by at most 10% of the months (at least one); quota (they meet everything else).
    // Failing full_member_only or no_veto is never a near miss: no amount of points changes it.
    static bool isNear(const Award& award, const AwardOutcome& outcome, const MemberYear& member);

    // The slack allowed on an integer threshold: 10% of it rounded up, at least 1.
    static qint64 slack(qint64 threshold);
};

} // namespace jifen
