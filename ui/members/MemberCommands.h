#pragma once

#include "common/Session.h"
#include "model/Branch.h"
#include "model/Member.h"

namespace jifen::ui {

// Adds a member; undo removes the member again (allowed while the member has no entries), redo re-creates the
// member under the same id.
class AddMemberCommand : public LedgerCommand
{
public:
    AddMemberCommand(Session& session, const Member& member);
    qint64 memberId() const { return m_member.id; }

protected:
    void apply() override;
    void revert() override;

private:
    Member m_member;
};

// Adds a branch; undo removes it again (while nothing is in it), redo re-creates it under the same id.
class AddBranchCommand : public LedgerCommand
{
public:
    AddBranchCommand(Session& session, const Branch& branch);
    qint64 branchId() const { return m_branch.id; }

protected:
    void apply() override;
    void revert() override;

private:
    Branch m_branch;
};

// Changes one or more members (edit, move to another branch, mark 转出/去世) in one transaction; undo writes the
// values from before. A change of status or branch goes into the roster's history dated by the change's rosterDate
// (the move dialog's date), else the status date given, else the day of the change; undo and redo record the change back and again under that same date, so the history
// reads as if the undone change had never been made (the record keeps both, as it keeps a reversed entry).
class UpdateMembersCommand : public LedgerCommand
{
public:
    struct Change
    {
        Member before;
        Member after;
        QDate rosterDate = {}; // the date both ways of a status or branch change carry; filled by the command if empty
    };
    UpdateMembersCommand(Session& session, const QString& text, QList<Change> changes);

protected:
    void apply() override;
    void revert() override;

private:
    void write(bool forward);
    QList<Change> m_changes;
};

} // namespace jifen::ui
