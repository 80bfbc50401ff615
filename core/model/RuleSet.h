#pragma once

#include "Award.h"
#include "GradeBand.h"
#include "Rule.h"

#include <QList>

namespace jifen {

// Everything the jifen-rules/1 file carries.
struct RuleSet {
    Cents basePoints = 0;
    QList<Rule> rules; // each with at least one version
    QList<Award> awards;
    QList<GradeBand> grades; // highest first
};

} // namespace jifen
