#pragma once

#include "model/RuleSet.h"

#include <QCoreApplication>
#include <QStringList>

namespace jifen {

class Database;
class Ledger;

// The rule set's branch keys as the ledger stores them (branch-spec.md): meeting types, branch rules, the evaluation's
// maxima, tiers and branch awards, one audited row each. Ledger::ruleSet() and Ledger::importRuleSet() call it.
class BranchRuleSetStore
{
    Q_DECLARE_TR_FUNCTIONS(BranchRuleSetStore)

public:
    // Fills the branch fields of `set` from the ledger.
    static void read(const Database& db, RuleSet& set);

    // Makes the stored branch keys those of `set`, inside the caller's transaction, each row's change audited as
    // `ledger`'s actor. Meeting types and branch rules are updated by code; one that meetings or branch entries use
    // is never removed (its code goes to `kept`). Returns whether anything changed. Throws StorageError(Invalid).
    static bool write(Ledger& ledger, const RuleSet& set, QStringList* kept = nullptr);

    // The same in a transaction of its own, for the rules editors: checks the actor may manage rules.
    static bool save(Ledger& ledger, const RuleSet& set, QStringList* kept = nullptr);
};

} // namespace jifen
