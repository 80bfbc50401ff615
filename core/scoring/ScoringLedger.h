#pragma once

#include "model/Entry.h"
#include "model/Member.h"
#include "model/RuleSet.h"

#include <QList>

namespace jifen {

// A whole ledger held in memory, as the ScoringEngine reads it.
struct ScoringLedger
{
    QList<Member> members; // every member, current or not
    RuleSet ruleSet; // rules with their versions, awards, grades, base points
    QList<Entry> entries; // every entry, counted or not; the id gives the creation order
};

} // namespace jifen
