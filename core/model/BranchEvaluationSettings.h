#pragma once

#include "Points.h"

namespace jifen {

// The rule set's `branch_evaluation`: the most points each component of a branch's yearly score may give (0: the
// component is 0), and whether a vetoed member vetoes the branch.
struct BranchEvaluationSettings {
    Cents memberPointsMax = 0;
    Cents fullAt = 0; // the members' average year total that earns the whole member_points max
    Cents participationMax = 0;
    Cents meetingsMax = 0;
    Cents attendanceMax = 0;
    bool memberVeto = false;

    bool operator==(const BranchEvaluationSettings&) const = default;
};

} // namespace jifen
