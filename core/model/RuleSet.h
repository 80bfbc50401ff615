#pragma once

#include "Award.h"
#include "BranchAward.h"
#include "BranchEvaluationSettings.h"
#include "BranchRule.h"
#include "BranchTier.h"
#include "GradeBand.h"
#include "PledgeRules.h"
#include "MeetingType.h"
#include "Rule.h"

#include <QList>

#include <optional>

namespace jifen {

// Everything the jifen-rules/1 file carries.
struct RuleSet {
    Cents basePoints = 0;
    QList<Rule> rules; // each with at least one version
    QList<Award> awards;
    QList<GradeBand> grades; // highest first
    // --- pledges (承诺践诺) ---
    PledgeRules pledgeRules; // key pledge_rules
    // --- end of pledges ---

    // --- branches: organisation life and the branch evaluation (branch-spec.md) ---
    QList<MeetingType> meetingTypes;
    QList<BranchRule> branchRules;
    std::optional<BranchEvaluationSettings> branchEvaluation; // unset: no branch is evaluated
    QList<BranchTier> branchTiers; // highest first
    QList<BranchAward> branchAwards;
    // --- end of branches ---
};

} // namespace jifen
