#include "Pledges.h"

#include "Database.h"
#include "Ledger.h"
#include "StorageError.h"
#include "StoredDates.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace jifen {

namespace {

// The pledge's columns, its member's, and its current review's (the one no other review supersedes).
const char pledgeSelect[]
    = "SELECT p.id, p.member_id, p.year, p.text, p.due_date, p.created_by, p.created_at, m.name, m.id_number, b.name,"
      " r.id, r.pledge_id, r.result, r.note, r.entry_id, r.supersedes_id, r.reviewed_by, r.reviewed_at"
      " FROM pledges p JOIN members m ON m.id = p.member_id JOIN branches b ON b.id = m.branch_id"
      " LEFT JOIN pledge_reviews r ON r.pledge_id = p.id"
      "  AND NOT EXISTS (SELECT 1 FROM pledge_reviews s WHERE s.supersedes_id = r.id)";

const char reviewColumns[] = "id, pledge_id, result, note, entry_id, supersedes_id, reviewed_by, reviewed_at";

// A review's columns from `first` on, in the order of reviewColumns.
PledgeReview readReview(const QSqlQuery& q, int first)
{
    PledgeReview r;
    r.id = q.value(first).toLongLong();
    r.pledgeId = q.value(first + 1).toLongLong();
    r.result = pledgeResultFromKey(q.value(first + 2).toString()).value_or(PledgeResult::Fulfilled);
    r.note = q.value(first + 3).toString();
    r.entryId = q.value(first + 4).toLongLong();
    r.supersedesId = q.value(first + 5).toLongLong();
    r.reviewedBy = q.value(first + 6).toString();
    r.reviewedAt = QDateTime::fromString(q.value(first + 7).toString(), Qt::ISODateWithMs);
    return r;
}

} // namespace

Pledges::Pledges(Ledger& ledger)
    : m_ledger(ledger)
{
}

Pledge Pledges::readPledge(const QSqlQuery& q)
{
    Pledge p;
    p.id = q.value(0).toLongLong();
    p.memberId = q.value(1).toLongLong();
    p.year = q.value(2).toInt();
    p.text = q.value(3).toString();
    p.due = q.value(4).isNull() ? QDate() : QDate::fromString(q.value(4).toString(), Qt::ISODate);
    p.createdBy = q.value(5).toString();
    p.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    p.memberName = q.value(7).toString();
    p.idNumber = q.value(8).toString();
    p.branchName = q.value(9).toString();
    if (!q.value(10).isNull())
        p.review = readReview(q, 10);
    return p;
}

QDate Pledges::entryDate(int year, QDate today, QDate left)
{
    QDate date = today.year() == year ? today : QDate(year, 12, 31);
    if (left.isValid() && left < date)
        date = left;
    return date;
}

qint64 Pledges::add(qint64 memberId, int year, const QString& text, QDate due)
{
    m_ledger.actor().require(Actor::Permission::EnterPoints);
    const auto member = m_ledger.member(memberId);
    if (!member)
        throw StorageError(StorageError::Kind::NotFound, tr("No member with id %1.").arg(memberId));
    const QDate today = QDate::currentDate();
    if (text.trimmed().isEmpty())
        refuse(tr("A pledge needs its text."));
    if (year < 1921 || year > today.year() + 1)
        refuse(tr("A pledge is made for a year up to next year (%1), not for %2.").arg(today.year() + 1).arg(year));
    if (member->joinDate.isValid() && year < member->joinDate.year())
        refuse(tr("%1 joined the Party in %2: no pledge for %3.")
                   .arg(member->name)
                   .arg(member->joinDate.year())
                   .arg(year));
    if (!member->isCurrent() && member->statusDate.isValid() && member->statusDate.year() < year)
        refuse(tr("%1 left the roster (%2 on %3): no pledge for %4.")
                   .arg(member->name, member->status, member->statusDate.toString(Qt::ISODate))
                   .arg(year));
    if (due.isValid() && due.year() < year)
        refuse(tr("The due date %1 is before the pledge's year %2.").arg(due.toString(Qt::ISODate)).arg(year));

    Database& db = m_ledger.database();
    Transaction transaction(db);
    QSqlQuery insert = db.prepare(QStringLiteral("INSERT INTO pledges (member_id, year, text, due_date, created_by,"
                                                 " created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(memberId);
    insert.addBindValue(year);
    insert.addBindValue(text.trimmed());
    insert.addBindValue(dateValue(due));
    insert.addBindValue(m_ledger.actor().name);
    insert.addBindValue(Ledger::nowText());
    const qint64 id = Database::insertReturningId(insert);
    m_ledger.audit().append(m_ledger.actor(), QStringLiteral("pledge.add"), QStringLiteral("pledges"), id,
                            tr("Pledge of %1 for %2: %3").arg(member->name).arg(year).arg(text.trimmed()),
                            QJsonValue::Null, m_ledger.rowJson(QStringLiteral("pledges"), id));
    transaction.commit();
    return id;
}

qint64 Pledges::review(qint64 pledgeId, PledgeResult result, const QString& note)
{
    m_ledger.actor().require(Actor::Permission::EnterPoints);
    const auto p = pledge(pledgeId);
    if (!p)
        throw StorageError(StorageError::Kind::NotFound, tr("No pledge with id %1.").arg(pledgeId));
    const QDate today = QDate::currentDate();
    if (p->year > today.year())
        refuse(tr("Pledge %1 is for %2: it is reviewed once the year has begun.").arg(pledgeId).arg(p->year));
    if (p->review && p->review->result == result && p->review->note == note.trimmed())
        refuse(tr("Pledge %1 is already reviewed as %2 with this note: nothing changed.")
                   .arg(pledgeId)
                   .arg(pledgeResultWord(result)));
    const auto member = m_ledger.member(p->memberId);
    const QString code = m_ledger.pledgeRules().ruleFor(result);
    std::optional<Rule> rule;
    if (!code.isEmpty()) {
        rule = m_ledger.ruleByCode(code);
        if (!rule)
            refuse(tr("The rule set links %1 to rule %2, which does not exist: fix pledge_rules first.")
                       .arg(pledgeResultWord(result), code));
    }

    Database& db = m_ledger.database();
    Transaction transaction(db);
    if (p->review && p->review->entryId > 0) {
        const auto old = m_ledger.entry(p->review->entryId);
        if (old && !old->reversed)
            m_ledger.reverseEntry(old->id, tr("Pledge %1 re-reviewed as %2").arg(pledgeId).arg(pledgeResultWord(result)));
    }
    qint64 entryId = 0;
    if (rule) {
        const QDate left = member && !member->isCurrent() ? member->statusDate : QDate();
        entryId = m_ledger.addEntry(p->memberId, rule->id, entryDate(p->year, today, left), 1,
                                    tr("Pledge %1 (%2): %3").arg(pledgeId).arg(p->year).arg(pledgeResultWord(result)));
    }
    QSqlQuery insert = db.prepare(QStringLiteral("INSERT INTO pledge_reviews (pledge_id, result, note, entry_id,"
                                                 " supersedes_id, reviewed_by, reviewed_at)"
                                                 " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(pledgeId);
    insert.addBindValue(pledgeResultKey(result));
    insert.addBindValue(note.trimmed().isNull() ? QStringLiteral("") : note.trimmed());
    insert.addBindValue(entryId > 0 ? QVariant(entryId) : QVariant(QMetaType::fromType<qlonglong>()));
    insert.addBindValue(p->review ? QVariant(p->review->id) : QVariant(QMetaType::fromType<qlonglong>()));
    insert.addBindValue(m_ledger.actor().name);
    insert.addBindValue(Ledger::nowText());
    const qint64 id = Database::insertReturningId(insert);
    const QString summary = p->review
        ? tr("Pledge %1 of %2 (%3) re-reviewed: %4, superseding %5")
              .arg(pledgeId)
              .arg(p->memberName)
              .arg(p->year)
              .arg(pledgeResultWord(result), pledgeResultWord(p->review->result))
        : tr("Pledge %1 of %2 (%3) reviewed: %4").arg(pledgeId).arg(p->memberName).arg(p->year).arg(pledgeResultWord(result));
    m_ledger.audit().append(m_ledger.actor(), QStringLiteral("pledge.review"), QStringLiteral("pledge_reviews"), id,
                            summary, QJsonValue::Null, m_ledger.rowJson(QStringLiteral("pledge_reviews"), id));
    transaction.commit();
    return id;
}

std::optional<Pledge> Pledges::pledge(qint64 id) const
{
    QSqlQuery query = m_ledger.database().prepare(QLatin1String(pledgeSelect) + QStringLiteral(" WHERE p.id = ?"));
    query.addBindValue(id);
    Database::exec(query);
    if (!query.next())
        return std::nullopt;
    return readPledge(query);
}

QList<Pledge> Pledges::list(const Filter& filter) const
{
    QString sql = QLatin1String(pledgeSelect) + QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (filter.year) {
        sql += QStringLiteral(" AND p.year = ?");
        values << *filter.year;
    }
    if (filter.memberId > 0) {
        sql += QStringLiteral(" AND p.member_id = ?");
        values << filter.memberId;
    }
    if (filter.branchId > 0) {
        sql += QStringLiteral(" AND m.branch_id = ?");
        values << filter.branchId;
    }
    sql += QStringLiteral(" ORDER BY p.year, b.id, m.name_key, m.id, p.id");
    QSqlQuery query = m_ledger.database().prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    Database::exec(query);
    QList<Pledge> result;
    while (query.next())
        result << readPledge(query);
    return result;
}

QList<PledgeReview> Pledges::reviews(qint64 pledgeId) const
{
    QSqlQuery query = m_ledger.database().prepare(
        QStringLiteral("SELECT %1 FROM pledge_reviews WHERE pledge_id = ? ORDER BY id").arg(QLatin1String(reviewColumns)));
    query.addBindValue(pledgeId);
    Database::exec(query);
    QList<PledgeReview> result;
    while (query.next())
        result << readReview(query, 0);
    return result;
}

} // namespace jifen
