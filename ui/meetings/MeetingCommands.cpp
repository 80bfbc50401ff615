#include "MeetingCommands.h"

#include "storage/Ledger.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace jifen::ui {

RecordMeetingCommand::RecordMeetingCommand(Session& session, const QString& text, qint64 branchId,
                                           const QString& typeCode, QDate date, const QString& topic,
                                           QList<Meetings::Listed> listed)
    : LedgerCommand(session, text, Session::Entries)
    , m_branchId(branchId)
    , m_typeCode(typeCode)
    , m_date(date)
    , m_topic(topic)
    , m_listed(std::move(listed))
{
}

void RecordMeetingCommand::apply()
{
    m_meetingId = Meetings(session().ledger()).record(m_branchId, m_typeCode, m_date, m_topic, m_listed);
}

void RecordMeetingCommand::revert()
{
    Meetings(session().ledger()).cancel(m_meetingId, undoReason());
}

MarkAttendanceCommand::MarkAttendanceCommand(Session& session, qint64 meetingId, QList<Change> changes)
    : LedgerCommand(session,
                    QCoreApplication::translate("MeetingCommands", "Change attendance at meeting %1").arg(meetingId),
                    Session::Entries)
    , m_meetingId(meetingId)
    , m_changes(std::move(changes))
{
}

void MarkAttendanceCommand::apply()
{
    mark(false);
}

void MarkAttendanceCommand::revert()
{
    mark(true);
}

void MarkAttendanceCommand::mark(bool back)
{
    Ledger& ledger = session().ledger();
    Meetings meetings(ledger);
    Transaction transaction(ledger.database());
    for (const Change& change : std::as_const(m_changes))
        meetings.mark(m_meetingId, change.memberId, back ? change.from : change.to);
    transaction.commit();
}

} // namespace jifen::ui
