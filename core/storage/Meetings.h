#pragma once

#include "model/Meeting.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace jifen {

class Ledger;

// Organisation-life meetings (组织生活记录, branch-spec.md) beside the Ledger, sharing its transaction and audit log.
// Recording a meeting writes its members' entries (present_rule / absent_rule of its type) in the same transaction;
// cancelling it reverses them; marking one member's attendance reverses and rewrites that member's entry. Each entry
// a meeting writes says so in its note and is linked to the meeting (meeting_attendance.entry_id).
// Every write checks everything first, so that a refused meeting (StorageError) has written nothing, even inside a
// caller's larger transaction.
class Meetings
{
    Q_DECLARE_TR_FUNCTIONS(Meetings)

public:
    explicit Meetings(Ledger& ledger);

    struct Listed {
        qint64 memberId = 0;
        Meeting::Attendance attendance = Meeting::Attendance::Present;
    };

    // Records a meeting of branch `branchId` and type `typeCode`; returns its id. Entries are made for all present
    // members, then all absent ones, each in the order given.
    qint64 record(qint64 branchId, const QString& typeCode, QDate date, const QString& topic,
                  const QList<Listed>& attendees);
    // Cancels a meeting with a reason: its entries are reversed and it no longer counts.
    void cancel(qint64 meetingId, const QString& reason);
    // Sets one member's attendance (listing the member when not yet listed).
    void mark(qint64 meetingId, qint64 memberId, Meeting::Attendance attendance);

    std::optional<Meeting> meeting(qint64 id) const;
    // Meetings dated in `year` (all years when unset) of one branch or of all, by date then id.
    QList<Meeting> list(std::optional<int> year, std::optional<qint64> branchId) const;
    // The meeting that wrote an entry, 0 when none did.
    qint64 meetingOfEntry(qint64 entryId) const;

    // One meeting a member is listed at, with the member's attendance as it stands now.
    struct MemberAttendance {
        qint64 meetingId = 0;
        QDate date;
        QString branchName;
        QString typeName;
        QString topic;
        Meeting::Attendance attendance = Meeting::Attendance::Present;
        bool cancelled = false;
    };
    // The meetings dated in `year` that list the member (cancelled ones included, flagged), by date then id.
    QList<MemberAttendance> ofMember(qint64 memberId, int year) const;

    // A meeting type with the rules its attendance writes, as recording needs it.
    struct Type
    {
        qint64 id = 0;
        QString code;
        QString name;
        qint64 presentRuleId = 0; // 0: no entry
        qint64 absentRuleId = 0;
        // The rule of the entry an attendance writes; 0 for none (excused, or no rule set).
        qint64 ruleFor(Meeting::Attendance attendance) const
        {
            return attendance == Meeting::Attendance::Present ? presentRuleId
                : attendance == Meeting::Attendance::Absent   ? absentRuleId
                                                              : 0;
        }
    };
    // The type with this code; refuses (StorageError) a code the rule set lacks, and a type naming a missing rule.
    Type type(const QString& code) const;
    // The note of the entry a meeting writes for a member's attendance.
    static QString entryNote(qint64 meetingId, const QString& typeName, Meeting::Attendance attendance);

private:
    // Refuses a member who is not on the roster on `date`.
    void checkOnRoster(qint64 memberId, QDate date) const;
    // Writes one member's entry (if the type has a rule for the attendance) and attendance row; returns the row.
    QJsonObject writeAttendance(qint64 meetingId, const Type& type, QDate date, qint64 memberId,
                                Meeting::Attendance attendance);

    Ledger& m_ledger;
};

} // namespace jifen
