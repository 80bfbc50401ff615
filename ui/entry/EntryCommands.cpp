#include "EntryCommands.h"

#include "storage/Ledger.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

namespace jifen::ui {

AddEntriesCommand::AddEntriesCommand(Session& session, const QString& text, QList<NewEntry> entries)
    : LedgerCommand(session, text, Session::Entries)
    , m_entries(std::move(entries))
{
}

QList<qint64> AddEntriesCommand::entryIds() const
{
    QList<qint64> ids;
    for (const auto& handle : m_handles)
        ids << handle->id;
    return ids;
}

void AddEntriesCommand::apply()
{
    Ledger& ledger = session().ledger();
    QList<qint64> ids;
    {
        Transaction transaction(ledger.database());
        for (const NewEntry& e : std::as_const(m_entries))
            ids << ledger.addEntry(e.memberId, e.ruleId, e.date, e.quantity, e.note);
        transaction.commit();
    }
    // Only once the transaction holds do the handles follow the new entries.
    if (m_handles.isEmpty()) {
        for (const qint64 id : std::as_const(ids))
            m_handles << session().entryHandle(id);
    } else {
        for (qsizetype i = 0; i < ids.size(); ++i)
            session().rebind(m_handles[i], ids[i]);
    }
}

void AddEntriesCommand::revert()
{
    Ledger& ledger = session().ledger();
    Transaction transaction(ledger.database());
    for (const auto& handle : std::as_const(m_handles))
        ledger.reverseEntry(handle->id, undoReason());
    transaction.commit();
}

ReverseEntryCommand::ReverseEntryCommand(Session& session, qint64 entryId, const QString& reason)
    : LedgerCommand(session, QCoreApplication::translate("EntryCommands", "Reverse entry: %1").arg(reason),
                    Session::Entries)
    , m_handle(session.entryHandle(entryId))
    , m_reason(reason)
{
}

void ReverseEntryCommand::apply()
{
    Ledger& ledger = session().ledger();
    if (!m_entry) {
        m_entry = ledger.entry(m_handle->id);
        if (!m_entry)
            throw StorageError(StorageError::Kind::NotFound,
                               QCoreApplication::translate("EntryCommands", "The entry no longer exists."));
    }
    ledger.reverseEntry(m_handle->id, m_reason);
}

void ReverseEntryCommand::revert()
{
    const qint64 id = session().ledger().addEntry(m_entry->memberId, m_entry->ruleId, m_entry->date, m_entry->quantity,
                                                  m_entry->note);
    session().rebind(m_handle, id);
}

} // namespace jifen::ui
