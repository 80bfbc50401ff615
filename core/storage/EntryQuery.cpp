#include "EntryQuery.h"

#include "Database.h"
#include "Ledger.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>

namespace jifen {

EntryQuery::EntryQuery(const Database& db)
    : m_db(db)
{
}

QList<EntryRow> EntryQuery::recent(const RuleSet& rules, int limit, qint64 memberId) const
{
    // The entry columns come first (readEntry reads them by position), then the names.
    QString sql = Ledger::entrySelect();
    sql.replace(QStringLiteral(" FROM entries e"),
                QStringLiteral(", m.name, b.name FROM entries e JOIN members m ON m.id = e.member_id"
                               " JOIN branches b ON b.id = m.branch_id"));
    sql += memberId > 0 ? QStringLiteral(" WHERE e.member_id = ?") : QString();
    sql += QStringLiteral(" ORDER BY e.id DESC LIMIT ?");
    QSqlQuery query = m_db.prepare(sql);
    if (memberId > 0)
        query.addBindValue(memberId);
    query.addBindValue(limit);
    Database::exec(query);
    const int names = query.record().count() - 2; // the member's and the branch's name close the row
    QList<EntryRow> rows;
    while (query.next()) {
        EntryRow row;
        row.entry = Ledger::readEntry(query);
        row.memberName = query.value(names).toString();
        row.branchName = query.value(names + 1).toString();
        rows << row;
    }
    QHash<qint64, const Rule*> byId;
    for (const Rule& rule : rules.rules)
        byId.insert(rule.id, &rule);
    for (EntryRow& row : rows) {
        if (const Rule* rule = byId.value(row.entry.ruleId)) {
            const RuleVersion& version = rule->versionAt(row.entry.date);
            row.ruleCode = rule->code;
            row.ruleName = version.name;
            row.points = version.points * row.entry.quantity;
        }
    }
    return rows;
}

} // namespace jifen
