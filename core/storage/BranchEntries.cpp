#include "BranchEntries.h"

#include "Database.h"
#include "Ledger.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace jifen {

BranchEntries::BranchEntries(Ledger& ledger)
    : m_ledger(ledger)
{
}

qint64 BranchEntries::add(qint64 branchId, const QString& ruleCode, QDate date, int quantity, const QString& note)
{
    m_ledger.actor().require(Actor::Permission::EnterPoints);
    Database& db = m_ledger.database();
    QSqlQuery facts = db.prepare(QStringLiteral("SELECT b.name, b.kind, (SELECT id FROM branch_rules WHERE code = ?)"
                                                " FROM branches b WHERE b.id = ?"));
    facts.addBindValue(ruleCode.trimmed());
    facts.addBindValue(branchId);
    Database::exec(facts);
    if (!facts.next())
        throw StorageError(StorageError::Kind::NotFound, tr("No branch with id %1.").arg(branchId));
    const QString branchName = facts.value(0).toString();
    if (facts.value(1).toString() != u"branch")
        refuse(tr("%1 is not a 党支部: branch points are for 党支部 only.").arg(branchName));
    if (facts.value(2).isNull())
        throw StorageError(StorageError::Kind::NotFound, tr("No branch rule with code %1.").arg(ruleCode.trimmed()));
    const qint64 ruleId = facts.value(2).toLongLong();
    facts.finish();
    if (!date.isValid())
        refuse(tr("The entry needs a valid date."));
    if (date > QDate::currentDate())
        refuse(tr("The date %1 is in the future.").arg(date.toString(Qt::ISODate)));
    if (quantity < 1)
        refuse(tr("The quantity must be a whole number of at least 1."));

    Transaction transaction(db);
    QSqlQuery insert = db.prepare(QStringLiteral("INSERT INTO branch_entries (branch_id, rule_id, date, quantity, note,"
                                                 " entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(branchId);
    insert.addBindValue(ruleId);
    insert.addBindValue(date.toString(Qt::ISODate));
    insert.addBindValue(quantity);
    insert.addBindValue(note.isNull() ? QStringLiteral("") : note.trimmed()); // the column is NOT NULL
    insert.addBindValue(m_ledger.actor().name);
    insert.addBindValue(Ledger::nowText());
    const qint64 id = Database::insertReturningId(insert);
    m_ledger.audit().append(m_ledger.actor(), QStringLiteral("branch_entry.add"), QStringLiteral("branch_entries"), id,
                            tr("%1: %2 × %3 on %4")
                                .arg(branchName, ruleCode.trimmed())
                                .arg(quantity)
                                .arg(date.toString(Qt::ISODate)),
                            QJsonValue::Null, m_ledger.rowJson(QStringLiteral("branch_entries"), id));
    transaction.commit();
    return id;
}

qint64 BranchEntries::reverse(qint64 entryId, const QString& reason)
{
    m_ledger.actor().require(Actor::Permission::EnterPoints);
    const auto e = entry(entryId);
    if (!e)
        throw StorageError(StorageError::Kind::NotFound, tr("No branch entry with id %1.").arg(entryId));
    if (e->reversed)
        refuse(tr("Branch entry %1 has already been reversed (%2).").arg(entryId).arg(e->reversalReason));
    if (reason.trimmed().isEmpty())
        refuse(tr("A reversal needs a reason."));
    Database& db = m_ledger.database();
    Transaction transaction(db);
    QSqlQuery insert = db.prepare(QStringLiteral("INSERT INTO branch_reversals (entry_id, reason, reversed_by,"
                                                 " reversed_at) VALUES (?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(entryId);
    insert.addBindValue(reason.trimmed());
    insert.addBindValue(m_ledger.actor().name);
    insert.addBindValue(Ledger::nowText());
    const qint64 id = Database::insertReturningId(insert);
    m_ledger.audit().append(m_ledger.actor(), QStringLiteral("branch_entry.reverse"), QStringLiteral("branch_reversals"),
                            id, tr("Branch entry %1 reversed: %2").arg(entryId).arg(reason.trimmed()),
                            QJsonValue::Null, m_ledger.rowJson(QStringLiteral("branch_reversals"), id));
    transaction.commit();
    return id;
}

std::optional<BranchEntry> BranchEntries::entry(qint64 id) const
{
    const QList<BranchEntry> found = read(QStringLiteral(" WHERE e.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<BranchEntry> BranchEntries::list(std::optional<int> year, std::optional<qint64> branchId) const
{
    QStringList conditions;
    QVariantList values;
    if (year) {
        conditions << QStringLiteral("e.date >= ? AND e.date <= ?");
        values << QDate(*year, 1, 1).toString(Qt::ISODate) << QDate(*year, 12, 31).toString(Qt::ISODate);
    }
    if (branchId) {
        conditions << QStringLiteral("e.branch_id = ?");
        values << *branchId;
    }
    return read(conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")),
                values);
}

QList<BranchEntry> BranchEntries::read(const QString& where, const QVariantList& values) const
{
    QSqlQuery query = m_ledger.database().prepare(
        QStringLiteral("SELECT e.id, e.branch_id, b.name, e.rule_id, r.code, r.name, e.date, e.quantity, e.note,"
                       " e.entered_by, e.entered_at, v.reason FROM branch_entries e"
                       " JOIN branches b ON b.id = e.branch_id JOIN branch_rules r ON r.id = e.rule_id"
                       " LEFT JOIN branch_reversals v ON v.entry_id = e.id")
        + where + QStringLiteral(" ORDER BY e.date, e.id"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    Database::exec(query);
    QList<BranchEntry> result;
    while (query.next()) {
        BranchEntry e;
        e.id = query.value(0).toLongLong();
        e.branchId = query.value(1).toLongLong();
        e.branchName = query.value(2).toString();
        e.ruleId = query.value(3).toLongLong();
        e.ruleCode = query.value(4).toString();
        e.ruleName = query.value(5).toString();
        e.date = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        e.quantity = query.value(7).toInt();
        e.note = query.value(8).toString();
        e.enteredBy = query.value(9).toString();
        e.enteredAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
        e.reversed = !query.value(11).isNull();
        e.reversalReason = query.value(11).toString();
        result << e;
    }
    return result;
}

} // namespace jifen
