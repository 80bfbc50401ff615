#pragma once

#include "scoring/BranchEvaluation.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace jifen {

class Database;

// Reads what the branch evaluation of a year needs from the ledger (the score cache, meetings, branch entries) and
// runs core/scoring's BranchEvaluation on it.
class BranchEvaluationStore
{
    Q_DECLARE_TR_FUNCTIONS(BranchEvaluationStore)

public:
    explicit BranchEvaluationStore(Database& db);

    // The facts of every 党支部 of the scope with a counted member in `year`; `under`: the branch (committee, general
    // branch or 党支部) whose tree is the scope, unset for all.
    QList<BranchFacts> facts(int year, std::optional<qint64> under);

    // The evaluation of `year` in rank order, each branch's previous_tier filled from `year` − 1; `previousYear`, when
    // given, receives that evaluation of `year` − 1 (its own previous tiers unset).
    QList<BranchResult> evaluate(int year, std::optional<qint64> under, QList<BranchResult>* previousYear = nullptr);

private:
    Database& m_db;
};

} // namespace jifen
