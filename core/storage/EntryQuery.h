#pragma once

#include "model/Entry.h"
#include "model/RuleSet.h"

#include <QList>
#include <QString>

namespace jifen {

class Database;

// An entry with what a list shows beside it: the member, the branch, the rule and its raw points on the entry's date.
struct EntryRow
{
    Entry entry;
    QString memberName;
    QString branchName;
    QString ruleCode;
    QString ruleName; // the name in force on the entry's date
    Cents points = 0; // raw: points of the version in force on the date × quantity
};

// Lists of entries for screens (the points entry page's recent entries).
class EntryQuery
{
public:
    explicit EntryQuery(const Database& db);

    // The entries made last (by creation), newest first; of one member when memberId > 0. `rules` (the ledger's rule
    // set) gives the names and points in force on each entry's date.
    QList<EntryRow> recent(const RuleSet& rules, int limit, qint64 memberId = 0) const;

private:
    const Database& m_db;
};

} // namespace jifen
