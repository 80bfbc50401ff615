#pragma once

#include "model/BranchEntry.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace jifen {

class Ledger;

// Branch points entries (支部加减分, branch-spec.md) by the rule set's branch rules, beside the Ledger, sharing its
// transaction and audit log. Entries are appended, never edited or deleted; a correction is a reversal with a reason.
class BranchEntries
{
    Q_DECLARE_TR_FUNCTIONS(BranchEntries)

public:
    explicit BranchEntries(Ledger& ledger);

    // Records `quantity` units of branch rule `ruleCode` for a 党支部; returns the entry's id. Throws StorageError.
    qint64 add(qint64 branchId, const QString& ruleCode, QDate date, int quantity, const QString& note);
    // Cancels a branch entry with a reason; returns the reversal's id.
    qint64 reverse(qint64 entryId, const QString& reason);

    std::optional<BranchEntry> entry(qint64 id) const;
    // Entries dated in `year` (all years when unset) of one branch or of all, by date then creation.
    QList<BranchEntry> list(std::optional<int> year, std::optional<qint64> branchId = std::nullopt) const;

private:
    QList<BranchEntry> read(const QString& where, const QVariantList& values) const;

    Ledger& m_ledger;
};

} // namespace jifen
