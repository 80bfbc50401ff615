#include "MemberCommands.h"

#include "storage/Ledger.h"
#include "storage/Transaction.h"

namespace jifen::ui {

AddMemberCommand::AddMemberCommand(Session& session, const Member& member)
    : LedgerCommand(session, QCoreApplication::translate("MemberCommands", "Add member %1").arg(member.name),
                    Session::Members)
    , m_member(member)
{
}

void AddMemberCommand::apply()
{
    m_member.id = session().ledger().addMember(m_member);
}

void AddMemberCommand::revert()
{
    session().ledger().removeMember(m_member.id);
}

AddBranchCommand::AddBranchCommand(Session& session, const Branch& branch)
    : LedgerCommand(session, QCoreApplication::translate("MemberCommands", "Add branch %1").arg(branch.name),
                    Session::Branches)
    , m_branch(branch)
{
}

void AddBranchCommand::apply()
{
    m_branch.id = session().ledger().addBranch(m_branch);
}

void AddBranchCommand::revert()
{
    session().ledger().removeBranch(m_branch.id);
}

UpdateMembersCommand::UpdateMembersCommand(Session& session, const QString& text, QList<Change> changes)
    : LedgerCommand(session, text, Session::Members)
    , m_changes(std::move(changes))
{
    const QDate today = QDate::currentDate();
    for (Change& change : m_changes)
        if (!change.rosterDate.isValid())
            change.rosterDate = change.before.status != change.after.status && change.after.statusDate.isValid()
                ? change.after.statusDate
                : today;
}

void UpdateMembersCommand::apply()
{
    write(true);
}

void UpdateMembersCommand::revert()
{
    write(false);
}

void UpdateMembersCommand::write(bool forward)
{
    Ledger& ledger = session().ledger();
    Transaction transaction(ledger.database());
    for (const Change& change : std::as_const(m_changes))
        ledger.updateMember(forward ? change.after : change.before, change.rosterDate,
                            forward ? QString() : QCoreApplication::translate("MemberCommands", "undone"));
    transaction.commit();
}

} // namespace jifen::ui
