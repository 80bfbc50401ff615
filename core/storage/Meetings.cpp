#include "Meetings.h"

#include "Database.h"
#include "Ledger.h"
#include "StorageError.h"
#include "StoredDates.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace jifen {

namespace {

QString attendanceText(Meeting::Attendance attendance)
{
    switch (attendance) {
    case Meeting::Attendance::Present:
        return Meetings::tr("present");
    case Meeting::Attendance::Excused:
        return Meetings::tr("excused");
    case Meeting::Attendance::Absent:
        break;
    }
    return Meetings::tr("absent");
}

} // namespace

Meetings::Meetings(Ledger& ledger)
    : m_ledger(ledger)
{
}

Meetings::Type Meetings::type(const QString& code) const
{
    QSqlQuery query = m_ledger.database().prepare(QStringLiteral(
        "SELECT t.id, t.code, t.name, t.present_rule, t.absent_rule, (SELECT id FROM rules WHERE code = t.present_rule),"
        " (SELECT id FROM rules WHERE code = t.absent_rule) FROM meeting_types t WHERE t.code = ?"));
    query.addBindValue(code.trimmed());
    Database::exec(query);
    if (!query.next())
        throw StorageError(StorageError::Kind::NotFound, tr("No meeting type with code %1.").arg(code.trimmed()));
    Type t{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
           query.value(5).toLongLong(), query.value(6).toLongLong()};
    for (const int column : {3, 4})
        if (!query.value(column).isNull() && query.value(column + 2).isNull())
            refuse(tr("Meeting type %1 names rule %2, which the rule set does not have.")
                       .arg(t.code, query.value(column).toString()));
    return t;
}

QString Meetings::entryNote(qint64 meetingId, const QString& typeName, Meeting::Attendance attendance)
{
    return tr("Meeting %1: %2, %3").arg(meetingId).arg(typeName, attendanceText(attendance));
}

void Meetings::checkOnRoster(qint64 memberId, QDate date) const
{
    const auto member = m_ledger.member(memberId);
    if (!member)
        throw StorageError(StorageError::Kind::NotFound, tr("No member with id %1.").arg(memberId));
    if (member->joinDate.isValid() && date < member->joinDate)
        refuse(tr("%1 was not on the roster on %2: joined the Party on %3.")
                   .arg(member->name, date.toString(Qt::ISODate), member->joinDate.toString(Qt::ISODate)));
    if (member->status != u"在册" && member->statusDate.isValid() && date > member->statusDate)
        refuse(tr("%1 was not on the roster on %2: %3 on %4.")
                   .arg(member->name, date.toString(Qt::ISODate), member->status,
                        member->statusDate.toString(Qt::ISODate)));
}

QJsonObject Meetings::writeAttendance(qint64 meetingId, const Type& type, QDate date, qint64 memberId,
                                      Meeting::Attendance attendance)
{
    Database& db = m_ledger.database();
    const qint64 ruleId = type.ruleFor(attendance);
    qint64 entryId = 0;
    if (ruleId > 0)
        entryId = m_ledger.addEntry(memberId, ruleId, date, 1, entryNote(meetingId, type.name, attendance));
    QSqlQuery insert = db.prepare(QStringLiteral("INSERT INTO meeting_attendance (meeting_id, member_id, attendance,"
                                                 " entry_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"
                                                 " RETURNING id"));
    insert.addBindValue(meetingId);
    insert.addBindValue(memberId);
    insert.addBindValue(attendanceKey(attendance));
    insert.addBindValue(entryId > 0 ? QVariant(entryId) : QVariant(QMetaType::fromType<qlonglong>()));
    insert.addBindValue(m_ledger.actor().name);
    insert.addBindValue(Ledger::nowText());
    const qint64 id = Database::insertReturningId(insert);
    return m_ledger.rowJson(QStringLiteral("meeting_attendance"), id);
}

qint64 Meetings::record(qint64 branchId, const QString& typeCode, QDate date, const QString& topic,
                        const QList<Listed>& attendees)
{
    m_ledger.actor().require(Actor::Permission::EnterPoints);
    const Type t = type(typeCode);
    QSqlQuery branchQuery = m_ledger.database().prepare(QStringLiteral("SELECT name FROM branches WHERE id = ?"));
    branchQuery.addBindValue(branchId);
    Database::exec(branchQuery);
    if (!branchQuery.next())
        throw StorageError(StorageError::Kind::NotFound, tr("No branch with id %1.").arg(branchId));
    const QString branchName = branchQuery.value(0).toString();
    branchQuery.finish();
    if (!date.isValid())
        refuse(tr("The meeting needs a valid date."));
    if (date > QDate::currentDate())
        refuse(tr("The date %1 is in the future.").arg(date.toString(Qt::ISODate)));
    QSet<qint64> seen;
    for (const Listed& listed : attendees) {
        if (seen.contains(listed.memberId)) {
            const auto member = m_ledger.member(listed.memberId);
            refuse(tr("%1 is listed twice.").arg(member ? member->name : QString::number(listed.memberId)));
        }
        seen.insert(listed.memberId);
        checkOnRoster(listed.memberId, date);
    }

    Database& db = m_ledger.database();
    Transaction transaction(db);
    QSqlQuery insert = db.prepare(QStringLiteral("INSERT INTO meetings (branch_id, type_id, date, topic, entered_by,"
                                                 " entered_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(branchId);
    insert.addBindValue(t.id);
    insert.addBindValue(date.toString(Qt::ISODate));
    insert.addBindValue(topic.isNull() ? QStringLiteral("") : topic.trimmed()); // the column is NOT NULL
    insert.addBindValue(m_ledger.actor().name);
    insert.addBindValue(Ledger::nowText());
    const qint64 id = Database::insertReturningId(insert);
    m_ledger.audit().append(m_ledger.actor(), QStringLiteral("meeting.add"), QStringLiteral("meetings"), id,
                            tr("%1: %2 on %3").arg(branchName, t.name, date.toString(Qt::ISODate)), QJsonValue::Null,
                            m_ledger.rowJson(QStringLiteral("meetings"), id));
    // Entries in the spec's order: all present, then all absent, each as listed; the excused write no entry.
    QJsonArray rows;
    for (const Meeting::Attendance pass :
         {Meeting::Attendance::Present, Meeting::Attendance::Absent, Meeting::Attendance::Excused})
        for (const Listed& listed : attendees)
            if (listed.attendance == pass)
                rows.append(writeAttendance(id, t, date, listed.memberId, pass));
    if (!rows.isEmpty())
        m_ledger.audit().append(m_ledger.actor(), QStringLiteral("meeting.attendance"),
                                QStringLiteral("meeting_attendance"), 0,
                                tr("Attendance of meeting %1: %2 listed").arg(id).arg(rows.size()), QJsonValue::Null,
                                rows);
    transaction.commit();
    return id;
}

void Meetings::cancel(qint64 meetingId, const QString& reason)
{
    m_ledger.actor().require(Actor::Permission::EnterPoints);
    const auto m = meeting(meetingId);
    if (!m)
        throw StorageError(StorageError::Kind::NotFound, tr("No meeting with id %1.").arg(meetingId));
    if (m->cancelled)
        refuse(tr("Meeting %1 has already been cancelled (%2).").arg(meetingId).arg(m->cancelReason));
    if (reason.trimmed().isEmpty())
        refuse(tr("Cancelling a meeting needs a reason."));
    Database& db = m_ledger.database();
    Transaction transaction(db);
    QSqlQuery insert = db.prepare(QStringLiteral("INSERT INTO meeting_cancellations (meeting_id, reason, cancelled_by,"
                                                 " cancelled_at) VALUES (?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(meetingId);
    insert.addBindValue(reason.trimmed());
    insert.addBindValue(m_ledger.actor().name);
    insert.addBindValue(Ledger::nowText());
    const qint64 id = Database::insertReturningId(insert);
    m_ledger.audit().append(m_ledger.actor(), QStringLiteral("meeting.cancel"), QStringLiteral("meeting_cancellations"),
                            id, tr("Meeting %1 cancelled: %2").arg(meetingId).arg(reason.trimmed()), QJsonValue::Null,
                            m_ledger.rowJson(QStringLiteral("meeting_cancellations"), id));
    for (const Meeting::Attendee& a : m->attendees) {
        if (a.entryId == 0)
            continue;
        const auto entry = m_ledger.entry(a.entryId);
        if (entry && !entry->reversed)
            m_ledger.reverseEntry(a.entryId, tr("Meeting %1 cancelled: %2").arg(meetingId).arg(reason.trimmed()));
    }
    transaction.commit();
}

void Meetings::mark(qint64 meetingId, qint64 memberId, Meeting::Attendance attendance)
{
    m_ledger.actor().require(Actor::Permission::EnterPoints);
    const auto m = meeting(meetingId);
    if (!m)
        throw StorageError(StorageError::Kind::NotFound, tr("No meeting with id %1.").arg(meetingId));
    if (m->cancelled)
        refuse(tr("Meeting %1 was cancelled: its attendance cannot change.").arg(meetingId));
    const auto listed = std::find_if(m->attendees.cbegin(), m->attendees.cend(),
                                     [memberId](const Meeting::Attendee& a) { return a.memberId == memberId; });
    if (listed != m->attendees.cend() && listed->attendance == attendance)
        refuse(tr("%1 is already marked %2 at meeting %3.").arg(listed->name, attendanceText(attendance)).arg(meetingId));
    if (listed == m->attendees.cend())
        checkOnRoster(memberId, m->date);
    const Type t = type(m->typeCode);

    Transaction transaction(m_ledger.database());
    if (listed != m->attendees.cend() && listed->entryId > 0) {
        const auto entry = m_ledger.entry(listed->entryId);
        if (entry && !entry->reversed)
            m_ledger.reverseEntry(listed->entryId,
                                  tr("Attendance at meeting %1 changed to %2").arg(meetingId).arg(attendanceText(attendance)));
    }
    const QJsonObject row = writeAttendance(meetingId, t, m->date, memberId, attendance);
    const qint64 rowId = row.value(QStringLiteral("id")).toInteger();
    const auto member = m_ledger.member(memberId);
    m_ledger.audit().append(m_ledger.actor(), QStringLiteral("meeting.mark"), QStringLiteral("meeting_attendance"),
                            rowId,
                            tr("Meeting %1: %2 marked %3")
                                .arg(meetingId)
                                .arg(member ? member->name : QString(), attendanceText(attendance)),
                            QJsonValue::Null, row);
    transaction.commit();
}

std::optional<Meeting> Meetings::meeting(qint64 id) const
{
    Database& db = m_ledger.database();
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT m.id, m.branch_id, b.name, t.code, t.name, m.date, m.topic, c.reason, m.entered_by, m.entered_at"
        " FROM meetings m JOIN branches b ON b.id = m.branch_id JOIN meeting_types t ON t.id = m.type_id"
        " LEFT JOIN meeting_cancellations c ON c.meeting_id = m.id WHERE m.id = ?"));
    query.addBindValue(id);
    Database::exec(query);
    if (!query.next())
        return std::nullopt;
    Meeting m;
    m.id = query.value(0).toLongLong();
    m.branchId = query.value(1).toLongLong();
    m.branchName = query.value(2).toString();
    m.typeCode = query.value(3).toString();
    m.typeName = query.value(4).toString();
    m.date = dateFrom(query.value(5));
    m.topic = query.value(6).toString();
    m.cancelled = !query.value(7).isNull();
    m.cancelReason = query.value(7).toString();
    m.enteredBy = query.value(8).toString();
    m.enteredAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
    query.finish();

    // The latest row of each member counts; members keep the place of their first listing.
    QSqlQuery rows = db.prepare(QStringLiteral(
        "SELECT a.member_id, mb.id_number, mb.name, a.attendance, a.entry_id FROM meeting_attendance a"
        " JOIN members mb ON mb.id = a.member_id WHERE a.meeting_id = ? ORDER BY a.id"));
    rows.addBindValue(id);
    Database::exec(rows);
    QHash<qint64, qsizetype> place;
    while (rows.next()) {
        Meeting::Attendee a{rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toString(),
                            attendanceFromKey(rows.value(3).toString()).value_or(Meeting::Attendance::Absent),
                            rows.value(4).toLongLong()};
        const auto it = place.constFind(a.memberId);
        if (it == place.constEnd()) {
            place.insert(a.memberId, m.attendees.size());
            m.attendees << a;
        } else {
            m.attendees[*it] = a;
        }
    }
    return m;
}

QList<Meeting> Meetings::list(std::optional<int> year, std::optional<qint64> branchId) const
{
    QString sql = QStringLiteral("SELECT id FROM meetings WHERE 1 = 1");
    QVariantList values;
    if (year) {
        sql += QStringLiteral(" AND date >= ? AND date <= ?");
        values << QDate(*year, 1, 1).toString(Qt::ISODate) << QDate(*year, 12, 31).toString(Qt::ISODate);
    }
    if (branchId) {
        sql += QStringLiteral(" AND branch_id = ?");
        values << *branchId;
    }
    QSqlQuery query = m_ledger.database().prepare(sql + QStringLiteral(" ORDER BY date, id"));
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    Database::exec(query);
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    QList<Meeting> result;
    for (const qint64 id : std::as_const(ids))
        if (auto m = meeting(id))
            result << *m;
    return result;
}

qint64 Meetings::meetingOfEntry(qint64 entryId) const
{
    QSqlQuery query
        = m_ledger.database().prepare(QStringLiteral("SELECT meeting_id FROM meeting_attendance WHERE entry_id = ?"));
    query.addBindValue(entryId);
    Database::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<Meetings::MemberAttendance> Meetings::ofMember(qint64 memberId, int year) const
{
    // The latest attendance row of the member at each meeting counts, as in meeting().
    QSqlQuery query = m_ledger.database().prepare(QStringLiteral(
        "SELECT m.id, m.date, b.name, t.name, m.topic, a.attendance, c.id FROM meeting_attendance a"
        " JOIN meetings m ON m.id = a.meeting_id JOIN branches b ON b.id = m.branch_id"
        " JOIN meeting_types t ON t.id = m.type_id LEFT JOIN meeting_cancellations c ON c.meeting_id = m.id"
        " WHERE a.member_id = ? AND m.date >= ? AND m.date <= ?"
        " AND a.id = (SELECT MAX(l.id) FROM meeting_attendance l WHERE l.meeting_id = a.meeting_id"
        " AND l.member_id = a.member_id) ORDER BY m.date, m.id"));
    query.addBindValue(memberId);
    query.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    query.addBindValue(QDate(year, 12, 31).toString(Qt::ISODate));
    Database::exec(query);
    QList<MemberAttendance> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), dateFrom(query.value(1)), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(),
                       attendanceFromKey(query.value(5).toString()).value_or(Meeting::Attendance::Absent),
                       !query.value(6).isNull()});
    return result;
}

} // namespace jifen
