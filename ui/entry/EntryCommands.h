#pragma once

#include "common/Session.h"
#include "model/Entry.h"

#include <memory>

namespace jifen::ui {

// One entry to be made: the same rule and date for many members is the daily case.
struct NewEntry
{
    qint64 memberId = 0;
    qint64 ruleId = 0;
    QDate date;
    int quantity = 1;
    QString note;
};

// Adds entries in one transaction (all or none). Undo reverses them with the reason "Undo" (撤销): the ledger never
// deletes; redo enters them again as new entries.
class AddEntriesCommand : public LedgerCommand
{
public:
    AddEntriesCommand(Session& session, const QString& text, QList<NewEntry> entries);
    // The current ids of the entries, in the order given.
    QList<qint64> entryIds() const;

protected:
    void apply() override;
    void revert() override;

private:
    QList<NewEntry> m_entries;
    QList<std::shared_ptr<EntryHandle>> m_handles;
};

// Reverses an entry with a reason. Undo enters the same values again as a new entry (a reversal cannot be taken
// back, only answered).
class ReverseEntryCommand : public LedgerCommand
{
public:
    ReverseEntryCommand(Session& session, qint64 entryId, const QString& reason);

protected:
    void apply() override;
    void revert() override;

private:
    std::shared_ptr<EntryHandle> m_handle;
    QString m_reason;
    std::optional<Entry> m_entry; // the values, read when first applied
};

} // namespace jifen::ui
