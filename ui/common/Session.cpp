#include "Session.h"

#include "MessageBox.h"
#include "storage/Ledger.h"
#include "storage/StorageError.h"

namespace jifen::ui {

Session::Session(Ledger& ledger, QObject* parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_undoStack(new QUndoStack(this))
{
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
}

Database& Session::database() const
{
    return m_ledger.database();
}

std::shared_ptr<EntryHandle> Session::entryHandle(qint64 entryId)
{
    if (const auto existing = m_handles.value(entryId).lock())
        return existing;
    auto handle = std::make_shared<EntryHandle>(EntryHandle {entryId});
    m_handles.insert(entryId, handle);
    return handle;
}

void Session::rebind(const std::shared_ptr<EntryHandle>& handle, qint64 newId)
{
    m_handles.remove(handle->id);
    handle->id = newId;
    m_handles.insert(newId, handle);
}

bool Session::attempt(QWidget* parent, const QString& title, const std::function<void()>& change)
{
    try {
        change();
        return true;
    } catch (const StorageError& error) {
        MessageBox::warning(parent, title, error.message());
        return false;
    }
}

bool Session::push(QWidget* parent, LedgerCommand* command)
{
    const QString title = command->text();
    QString error;
    if (push(command, &error))
        return true;
    MessageBox::warning(parent, title, error);
    return false;
}

bool Session::push(LedgerCommand* command, QString* error)
{
    std::unique_ptr<LedgerCommand> owned(command);
    try {
        command->redo();
    } catch (const StorageError& failure) {
        if (error)
            *error = failure.message();
        return false;
    }
    m_undoStack->push(owned.release());
    return true;
}

void Session::notify(int what)
{
    if (what & Members)
        emit membersChanged();
    if (what & Entries)
        emit entriesChanged();
    if (what & Rules)
        emit rulesChanged();
    if (what & Branches)
        emit branchesChanged();
    emit ledgerChanged();
}

LedgerCommand::LedgerCommand(Session& session, const QString& text, int changes)
    : QUndoCommand(text)
    , m_session(session)
    , m_changes(changes)
{
}

void LedgerCommand::redo()
{
    switch (m_state) {
    case State::New:
        apply(); // errors reach Session::push
        m_state = State::Pushing;
        m_session.notify(m_changes);
        return;
    case State::Pushing:
        m_state = State::Live; // QUndoStack::push redoes what Session::push has just applied
        return;
    case State::Live:
        run(&LedgerCommand::apply);
        return;
    }
}

QString LedgerCommand::undoReason()
{
    return QCoreApplication::translate("LedgerCommand", "Undo");
}

void LedgerCommand::undo()
{
    run(&LedgerCommand::revert);
}

void LedgerCommand::run(void (LedgerCommand::*step)())
{
    try {
        (this->*step)();
    } catch (const StorageError& error) {
        setObsolete(true);
        emit m_session.commandFailed(error.message());
    }
    m_session.notify(m_changes);
}

} // namespace jifen::ui
