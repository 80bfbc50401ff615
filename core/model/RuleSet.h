#pragma once

#include "Award.h"
#include "GradeBand.h"
#include "PledgeRules.h"
#include "Rule.h"

#include <QList>

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
};

} // namespace jifen
