#pragma once

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace jifen {

class Database;
class Ledger;

namespace ui {

// A points entry as the session's undo history knows it. Undoing a reversal or redoing an addition creates a new
// entry (the ledger never deletes), so commands hold this handle, which follows the entry to its current id.
struct EntryHandle
{
    qint64 id = 0;
};

class LedgerCommand;

// What every screen of one window shares: the ledger, the undo history of the session and change notifications.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(Ledger& ledger, QObject* parent = nullptr);

    Ledger& ledger() const { return m_ledger; }
    Database& database() const;
    QUndoStack* undoStack() const { return m_undoStack; }

    // The handle of the entry with this id (the same handle for as long as the entry is live in this session).
    std::shared_ptr<EntryHandle> entryHandle(qint64 entryId);
    // Points a handle at the entry that now stands for it.
    void rebind(const std::shared_ptr<EntryHandle>& handle, qint64 newId);

    // Runs `change` (which writes through the ledger); when it throws StorageError, shows the message to the clerk
    // and returns false. The ledger has then rolled the change back completely.
    bool attempt(QWidget* parent, const QString& title, const std::function<void()>& change);

    // Applies a command (its first redo) and records it in the undo history; false, with the reason shown, when the
    // ledger refused it (the command is then discarded).
    bool push(QWidget* parent, LedgerCommand* command);
    // The same for forms that show the reason themselves: `error` receives it instead of a message box.
    bool push(LedgerCommand* command, QString* error);

    // Commands report what they changed; screens listen.
    void notify(int what);
    enum Change { Members = 1, Entries = 2, Rules = 4, Branches = 8 };

signals:
    void membersChanged();
    void entriesChanged();
    void rulesChanged();
    void branchesChanged();
    void ledgerChanged(); // after any write: the audit log has grown
    // A command failed on undo or redo (e.g. the database was busy); it has left the history.
    void commandFailed(const QString& message);

private:
    Ledger& m_ledger;
    QUndoStack* m_undoStack;
    QHash<qint64, std::weak_ptr<EntryHandle>> m_handles;
};

// A change of the ledger that can be undone. Subclasses write through the ledger in apply()/revert(); a failure
// there (StorageError) is reported through the session and takes the command out of the history.
class LedgerCommand : public QUndoCommand
{
public:
    LedgerCommand(Session& session, const QString& text, int changes);

    // The first redo() (by Session::push) lets a StorageError through, so the command never enters the history;
    // the stack's own redo() on push is then skipped. Later failures are reported through the session.
    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    Session& session() const { return m_session; }
    // The reason an undo gives when it reverses entries or cancels a meeting: "Undo" (撤销).
    static QString undoReason();

private:
    void run(void (LedgerCommand::*step)());

    enum class State { New, Pushing, Live };
    Session& m_session;
    int m_changes;
    State m_state = State::New;
};

} // namespace ui
} // namespace jifen
