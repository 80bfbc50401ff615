#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace jifen {

// One organisation-life meeting (组织生活记录) with its attendance list as it stands now.
struct Meeting {
    enum class Attendance { Present, Excused, Absent };
    struct Attendee {
        qint64 memberId = 0;
        QString idNumber;
        QString name;
        Attendance attendance = Attendance::Present;
        qint64 entryId = 0; // the entry the attendance wrote; 0: none (excused, or the type has no rule for it)
    };

    qint64 id = 0;
    qint64 branchId = 0;
    QString branchName;
    QString typeCode;
    QString typeName;
    QDate date;
    QString topic;
    QList<Attendee> attendees; // in the order they were listed
    bool cancelled = false;
    QString cancelReason;
    QString enteredBy;
    QDateTime enteredAt;
};

// "present" | "excused" | "absent", and back (nullopt for anything else).
QString attendanceKey(Meeting::Attendance attendance);
std::optional<Meeting::Attendance> attendanceFromKey(const QString& key);

} // namespace jifen
