#pragma once

#include "common/Session.h"
#include "storage/Meetings.h"

namespace jifen::ui {

// Records a meeting with its attendance (the entries it writes in one transaction). Undo cancels it with the reason
// "Undo" (撤销), which reverses its entries: the ledger never deletes. Redo records it again as a new meeting.
class RecordMeetingCommand : public LedgerCommand
{
public:
    RecordMeetingCommand(Session& session, const QString& text, qint64 branchId, const QString& typeCode, QDate date,
                         const QString& topic, QList<Meetings::Listed> listed);
    qint64 meetingId() const { return m_meetingId; } // the meeting as last recorded

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_branchId;
    QString m_typeCode;
    QDate m_date;
    QString m_topic;
    QList<Meetings::Listed> m_listed;
    qint64 m_meetingId = 0;
};

// Changes members' attendance at a recorded meeting, all or none: each changed member's entry reversed and written
// anew. Undo marks them back as they were.
class MarkAttendanceCommand : public LedgerCommand
{
public:
    struct Change
    {
        qint64 memberId = 0;
        Meeting::Attendance from = Meeting::Attendance::Present;
        Meeting::Attendance to = Meeting::Attendance::Present;
    };
    MarkAttendanceCommand(Session& session, qint64 meetingId, QList<Change> changes);

protected:
    void apply() override;
    void revert() override;

private:
    void mark(bool back);

    qint64 m_meetingId;
    QList<Change> m_changes;
};

} // namespace jifen::ui
