#include "RosterHistory.h"

#include "AuditLog.h"
#include "AuditedTables.h"
#include "Database.h"
#include "Ledger.h"
#include "StorageError.h"
#include "StoredDates.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace jifen {

namespace {

QString statusShown(const QString& status)
{
    return status; // 在册 / 转出 / 去世 are the clerks' own words in both languages
}

const QString historyColumns = QStringLiteral("member_id, date, status, branch_id, previous_status, previous_branch_id,"
                                              " note, recorded_by, recorded_at");

} // namespace

RosterHistory::RosterHistory(Ledger& ledger)
    : m_ledger(ledger)
{
}

void RosterHistory::setStatus(qint64 memberId, const QString& status, QDate date, const QString& note)
{
    const auto member = m_ledger.member(memberId);
    if (!member)
        throw StorageError(StorageError::Kind::NotFound, tr("No member with id %1.").arg(memberId));
    if (status != u"在册" && status != u"转出" && status != u"去世")
        refuse(tr("The status must be 在册, 转出 or 去世, not \"%1\".").arg(status));
    if (member->status == status)
        refuse(tr("%1 is already %2.").arg(member->name, statusShown(status)));
    Member after = *member;
    after.status = status;
    after.statusDate = date;
    m_ledger.updateMember(after, date, note);
}

void RosterHistory::move(qint64 memberId, qint64 branchId, QDate date, const QString& note)
{
    const auto member = m_ledger.member(memberId);
    if (!member)
        throw StorageError(StorageError::Kind::NotFound, tr("No member with id %1.").arg(memberId));
    if (!member->isCurrent())
        refuse(tr("%1 is not on the roster (%2 on %3): mark the member 在册 first.")
                   .arg(member->name, statusShown(member->status), isoText(member->statusDate)));
    if (member->branchId == branchId)
        refuse(tr("%1 is already in %2.").arg(member->name, member->branchName));
    Member after = *member;
    after.branchId = branchId;
    m_ledger.updateMember(after, date, note);
}

void RosterHistory::checkDate(const Member& member, QDate date) const
{
    if (!date.isValid())
        refuse(tr("The change of %1 needs a valid date.").arg(member.name));
    if (date > QDate::currentDate())
        refuse(tr("The date %1 is in the future.").arg(isoText(date)));
    const QDate last = lastChangeDate(member.id);
    if (last.isValid() && date < last)
        refuse(tr("The date %1 is before the last change of %2 on the roster (%3).")
                   .arg(isoText(date), member.name, isoText(last)));
}

qint64 RosterHistory::record(const Member& before, const Member& after, QDate date, const QString& note)
{
    checkDate(before, date);
    Database& db = m_ledger.database();
    QSqlQuery insert = db.prepare(
        QStringLiteral("INSERT INTO roster_history (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id").arg(historyColumns));
    insert.addBindValue(before.id);
    insert.addBindValue(isoText(date));
    insert.addBindValue(after.status);
    insert.addBindValue(after.branchId);
    insert.addBindValue(before.status);
    insert.addBindValue(before.branchId);
    insert.addBindValue(note.isNull() ? QStringLiteral("") : note.trimmed());
    insert.addBindValue(m_ledger.actor().name);
    insert.addBindValue(Ledger::nowText());
    const qint64 id = Database::insertReturningId(insert);
    QString summary;
    if (before.branchId != after.branchId && before.status != after.status)
        summary = tr("%1 moved to another branch and marked %2 on %3")
                      .arg(after.name, statusShown(after.status), isoText(date));
    else if (before.branchId != after.branchId)
        summary = tr("%1 moved to another branch on %2").arg(after.name, isoText(date));
    else
        summary = tr("%1 marked %2 on %3").arg(after.name, statusShown(after.status), isoText(date));
    m_ledger.audit().append(m_ledger.actor(), QStringLiteral("roster.change"), QStringLiteral("roster_history"), id,
                            summary, QJsonValue::Null, m_ledger.rowJson(QStringLiteral("roster_history"), id));
    return id;
}

QList<RosterChange> RosterHistory::changes(qint64 memberId) const
{
    QSqlQuery query = m_ledger.database().prepare(
        QStringLiteral("SELECT h.id, h.member_id, h.date, h.status, h.branch_id, b.name, h.previous_status,"
                       " h.previous_branch_id, p.name, h.note, h.recorded_by, h.recorded_at FROM roster_history h"
                       " JOIN branches b ON b.id = h.branch_id JOIN branches p ON p.id = h.previous_branch_id"
                       " WHERE h.member_id = ? ORDER BY h.date, h.id"));
    query.addBindValue(memberId);
    Database::exec(query);
    QList<RosterChange> result;
    while (query.next()) {
        RosterChange& c = result.emplaceBack();
        c.id = query.value(0).toLongLong();
        c.memberId = query.value(1).toLongLong();
        c.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        c.status = query.value(3).toString();
        c.branchId = query.value(4).toLongLong();
        c.branchName = query.value(5).toString();
        c.previousStatus = query.value(6).toString();
        c.previousBranchId = query.value(7).toLongLong();
        c.previousBranchName = query.value(8).toString();
        c.note = query.value(9).toString();
        c.recordedBy = query.value(10).toString();
        c.recordedAt = query.value(11).toString();
    }
    return result;
}

QDate RosterHistory::lastChangeDate(qint64 memberId) const
{
    QSqlQuery query = m_ledger.database().prepare(
        QStringLiteral("SELECT MAX(date) FROM roster_history WHERE member_id = ?"));
    query.addBindValue(memberId);
    Database::exec(query);
    return query.next() && !query.isNull(0) ? QDate::fromString(query.value(0).toString(), Qt::ISODate) : QDate();
}

QDate RosterHistory::rosterDay(const Period& period, QDate today)
{
    return std::min(period.last(), today);
}

// A member's state on day D is the state before the first change dated after D, or the current state (members) when
// there is none. Only members with changes are looked up in the history (a few in a hundred): the others are counted
// from their members row alone.
QString RosterHistory::countedBranch()
{
    return QStringLiteral("COALESCE(h.branch_at_end, m.branch_id)");
}

RosterHistory::Sql RosterHistory::countedSql(const Period& period, QDate rosterDay, const QString& extraColumns)
{
    return countedSql(period.first(), period.last(), rosterDay, extraColumns);
}

RosterHistory::Sql RosterHistory::countedSql(QDate firstDay, QDate lastDay, QDate rosterDay,
                                             const QString& extraColumns)
{
    const QString first = isoText(firstDay);
    const QString last = isoText(lastDay);
    const QString day = isoText(rosterDay);
    const auto stateAfter = [](const char* column, const char* comparison) {
        return QStringLiteral("(SELECT x.%1 FROM roster_history x WHERE x.member_id = p.member_id AND x.date %2 ?"
                              " ORDER BY x.date, x.id LIMIT 1)")
            .arg(QLatin1String(column), QLatin1String(comparison));
    };
    const QString history
        = QStringLiteral("SELECT p.member_id,"
                         " %1 AS before_first," // the status on the day before the period
                         " (SELECT MAX(x.date) FROM roster_history x WHERE x.member_id = p.member_id"
                         "  AND x.date BETWEEN ? AND ? AND x.status = '在册') AS back_in," // on the roster in it
                         " %2 AS branch_at_end,"
                         " %3 AS before_day," // the status on the day before the roster day
                         " %4 AS at_day," // the status on the roster day
                         " (SELECT MAX(x.date) FROM roster_history x WHERE x.member_id = p.member_id"
                         "  AND x.date <= ?) AS last_date"
                         " FROM (SELECT DISTINCT member_id FROM roster_history) p")
              .arg(stateAfter("previous_status", ">="), stateAfter("previous_branch_id", ">"),
                   stateAfter("previous_status", ">="), stateAfter("previous_status", ">"));
    // A member leaving on the roster day is still on it that day.
    const QString onRoster
        = QStringLiteral("(COALESCE(h.before_day, m.status) = '在册' OR COALESCE(h.at_day, m.status) = '在册')");
    Sql sql;
    sql.select = QStringLiteral("SELECT m.id AS member_id, %4 AS branch_id,"
                                " CASE WHEN %2 THEN 1 ELSE 0 END AS on_roster,"
                                " CASE WHEN %2 THEN NULL ELSE COALESCE(h.at_day, m.status) END AS left_status,"
                                " CASE WHEN %2 THEN NULL ELSE COALESCE(h.last_date, m.status_date) END AS left_date%3"
                                " FROM members m LEFT JOIN (%1) h ON h.member_id = m.id"
                                " WHERE (m.join_date IS NULL OR m.join_date <= ?)"
                                " AND (COALESCE(h.before_first, m.status) = '在册' OR h.back_in IS NOT NULL)")
                     .arg(history, onRoster, extraColumns.isEmpty() ? QString() : QStringLiteral(", ") + extraColumns,
                          countedBranch());
    sql.values = {first, first, last, last, day, day, day, last};
    return sql;
}

QList<qint64> RosterHistory::branchRosterOn(Database& db, qint64 branchId, QDate day)
{
    // Counted in the one-day period of `day`, in its branch that day, and still on the roster that day.
    const Sql sql = countedSql(day, day, day, {});
    QSqlQuery query = db.prepare(
        QStringLiteral("SELECT c.member_id FROM (%1) c WHERE c.on_roster = 1 AND c.branch_id = ? ORDER BY c.member_id")
            .arg(sql.select));
    for (const QVariant& value : sql.values)
        query.addBindValue(value);
    query.addBindValue(branchId);
    Database::forwardOnly(query);
    Database::exec(query);
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

QList<CountedMember> RosterHistory::countedMembers(Database& db, const Period& period, QDate rosterDay)
{
    const Sql sql = countedSql(period, rosterDay);
    QSqlQuery query = db.prepare(sql.select + QStringLiteral(" ORDER BY m.id"));
    for (const QVariant& value : sql.values)
        query.addBindValue(value);
    Database::forwardOnly(query);
    Database::exec(query);
    QList<CountedMember> result;
    while (query.next()) {
        CountedMember& c = result.emplaceBack();
        c.memberId = query.value(0).toLongLong();
        c.branchId = query.value(1).toLongLong();
        c.onRoster = query.value(2).toInt() != 0;
        c.leftStatus = query.value(3).toString();
        c.leftDate = query.isNull(4) ? QDate() : QDate::fromString(query.value(4).toString(), Qt::ISODate);
    }
    return result;
}

int RosterHistory::recordLeaves(Database& db, const Actor& actor, qint64 firstMemberId, const QString& action)
{
    QSqlQuery insert = db.prepare(
        QStringLiteral("INSERT INTO roster_history (%1) SELECT id, status_date, status, branch_id, '在册', branch_id, '',"
                       " ?, ? FROM members WHERE id >= ? AND status <> '在册' AND status_date IS NOT NULL"
                       " AND id NOT IN (SELECT member_id FROM roster_history) ORDER BY id RETURNING id")
            .arg(historyColumns));
    insert.addBindValue(actor.name);
    insert.addBindValue(Ledger::nowText());
    insert.addBindValue(firstMemberId);
    Database::exec(insert);
    QList<qint64> ids;
    while (insert.next())
        ids.append(insert.value(0).toLongLong());
    insert.finish();
    if (ids.isEmpty())
        return 0;
    // One record vouches for every row written here, as a roster import's record does for its members.
    QJsonArray rows;
    QSqlQuery written = db.prepare(AuditedTables::select(QStringLiteral("roster_history"))
                                   + QStringLiteral(" WHERE id >= ? ORDER BY id"));
    written.addBindValue(*std::min_element(ids.cbegin(), ids.cend()));
    Database::exec(written);
    while (written.next())
        rows.append(AuditedTables::rowJson(written, QStringLiteral("roster_history")));
    written.finish();
    AuditLog(db).append(actor, action, QStringLiteral("roster_history"), 0,
                        tr("Roster history: %n member(s) who left, dated by their status date", nullptr,
                           int(rows.size())),
                        QJsonValue::Null, rows);
    return int(rows.size());
}

void RosterHistory::completeMigration(Database& db)
{
    QSqlQuery state = db.prepare(QStringLiteral("SELECT value FROM derived_state WHERE name = 'roster_history'"));
    Database::exec(state);
    if (!state.next() || state.value(0).toString() != u"pending")
        return;
    state.finish();
    Transaction transaction(db);
    Actor system;
    system.name = QStringLiteral("Jifen");
    system.role = Actor::Role::Admin;
    recordLeaves(db, system, 0, QStringLiteral("roster.migrate"));
    db.exec(QStringLiteral("UPDATE derived_state SET value = 'current' WHERE name = 'roster_history'"));
    transaction.commit();
}

} // namespace jifen
