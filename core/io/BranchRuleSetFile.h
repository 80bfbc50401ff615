#pragma once

#include "model/RuleSet.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace jifen {

// The branch keys of the `jifen-rules/1` file (branch-spec.md): meeting_types, branch_rules, branch_evaluation,
// branch_tiers and branch_awards. Kept apart from RuleSetFile, which calls it for these keys only.
class BranchRuleSetFile
{
    Q_DECLARE_TR_FUNCTIONS(BranchRuleSetFile)

public:
    // Reads the keys that are present into `set`; appends each problem, with its place, to `errors`.
    static void read(const QJsonObject& root, RuleSet& set, QStringList& errors);
    // The keys as file text (",\n" before each), one item a line; nothing for keys the set does not have.
    static QByteArray write(const RuleSet& set);
    // Problems a rule set's branch keys have as a whole (a tier named twice, an award's unknown min_tier, ...).
    static QStringList check(const RuleSet& set);
};

} // namespace jifen
