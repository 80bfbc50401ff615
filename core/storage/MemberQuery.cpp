#include "MemberQuery.h"

#include "Database.h"
#include "Ledger.h"
#include "MemberSearchKeys.h"
#include "model/Pinyin.h"

#include <QSqlQuery>

#include <algorithm>

namespace jifen {

namespace {

// The smallest text greater than every text starting with `prefix` (for an indexed prefix range).
QString prefixEnd(const QString& prefix)
{
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    return end;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

MemberQuery::TextKind MemberQuery::classify(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return TextKind::None;
    const bool digits = std::all_of(t.begin(), t.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })
        || (t.size() > 1 && t.back().toUpper() == u'X'
            && std::all_of(t.begin(), t.end() - 1, [](QChar c) { return c >= u'0' && c <= u'9'; }));
    if (digits)
        return TextKind::Digits;
    if (std::all_of(t.begin(), t.end(), isAsciiLetter))
        return TextKind::Pinyin;
    return TextKind::Name;
}

MemberQuery::MemberQuery(const Database& db, MemberFilter filter)
    : m_db(db)
    , m_filter(std::move(filter))
{
}

QString MemberQuery::fromWhere(QVariantList& binds, bool counting) const
{
    // Which index serves the query matters more than anything at 100,000 members, and SQLite has no statistics to
    // choose by: a leading "+" keeps a column's index out of the choice. The status index is never the way (nearly
    // everyone is 在册, and it would make every page sort the whole roster); a branch filter uses its index when it
    // is narrow and no search text (always narrower, and indexed) is given.
    const bool sqlite = m_db.engine() == Database::Engine::Sqlite;
    // A count has no order to keep: there every index may serve.
    auto unindexed = [sqlite, counting](const QString& column) {
        return sqlite && !counting ? QLatin1Char('+') + column : column;
    };
    const bool searching = classify(m_filter.text) != TextKind::None;
    QStringList conditions;
    if (!m_filter.includeFormer)
        conditions << unindexed(QStringLiteral("m.status")) + QStringLiteral(" = '在册'");
    if (!m_filter.branchIds.isEmpty()) {
        QStringList ids;
        for (const qint64 id : m_filter.branchIds)
            ids << QString::number(id);
        const bool wide = m_filter.branchIds.size() * 2 > branchCount();
        const QString column = QStringLiteral("m.branch_id");
        conditions << QStringLiteral("%1 IN (%2)")
                          .arg(searching || wide ? unindexed(column) : column, ids.join(QLatin1Char(',')));
    }
    // Every search is an indexed prefix range (or a scan of the small name index), never a scan of the table: a
    // keystroke must stay fast with 100,000 members.
    const QString text = m_filter.text.trimmed();
    // A one-character prefix matches a tenth of the roster or more: reading the name index in order and testing each
    // row finds a page sooner than collecting every match and sorting them.
    const bool broad = text.size() < 2;
    auto prefixRange = [&](const QString& column, const QString& prefix) {
        binds << prefix << prefixEnd(prefix);
        return QStringLiteral("(%1 >= ? AND %1 < ?)").arg(broad ? unindexed(column) : column);
    };
    switch (classify(text)) {
    case TextKind::None:
        break;
    case TextKind::Digits: {
        const QString reversed = MemberSearchKeys::reversed(text.toUpper());
        const QString id = prefixRange(QStringLiteral("m.id_number_rev"), reversed);
        const QString phone = prefixRange(QStringLiteral("m.phone_rev"), reversed);
        conditions << QStringLiteral("(%1 OR %2)").arg(id, phone);
        break;
    }
    case TextKind::Pinyin: {
        const QString initials = prefixRange(QStringLiteral("m.name_initials"), text.toLower());
        const QString pinyin = prefixRange(QStringLiteral("m.name_pinyin"), text.toLower());
        conditions << QStringLiteral("(%1 OR %2)").arg(initials, pinyin);
        break;
    }
    case TextKind::Name:
        conditions << QStringLiteral("m.id IN (SELECT id FROM members WHERE %1)").arg(m_db.containsCondition(QStringLiteral("name")));
        binds << text;
        break;
    }
    QString sql = QStringLiteral(" FROM members m JOIN branches b ON b.id = m.branch_id");
    if (m_filter.sort == MemberFilter::Sort::Branch)
        sql += QStringLiteral(" JOIN branch_order bo ON bo.id = m.branch_id");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return sql;
}

qint64 MemberQuery::branchCount() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM branches"));
    Database::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString MemberQuery::branchOrder() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT id, name FROM branches"));
    Database::exec(query);
    QList<std::pair<QByteArray, qint64>> keyed;
    while (query.next())
        keyed.append({Pinyin::sortKey(query.value(1).toString()), query.value(0).toLongLong()});
    std::sort(keyed.begin(), keyed.end());
    QStringList rows;
    for (qsizetype i = 0; i < keyed.size(); ++i)
        rows << QStringLiteral("(%1, %2)").arg(keyed[i].second).arg(i);
    if (rows.isEmpty())
        rows << QStringLiteral("(0, 0)");
    return QStringLiteral("WITH branch_order(id, position) AS (VALUES %1) ").arg(rows.join(QLatin1Char(',')));
}

QString MemberQuery::orderBy() const
{
    const QString dir = m_filter.descending ? QStringLiteral(" DESC") : QString();
    QString first;
    switch (m_filter.sort) {
    case MemberFilter::Sort::Name:
        break;
    case MemberFilter::Sort::Gender:
        first = QStringLiteral("m.gender");
        break;
    case MemberFilter::Sort::IdNumber:
        first = QStringLiteral("m.id_number");
        break;
    case MemberFilter::Sort::Branch:
        first = QStringLiteral("bo.position");
        break;
    case MemberFilter::Sort::Category:
        first = QStringLiteral("m.category");
        break;
    case MemberFilter::Sort::JoinDate:
        first = QStringLiteral("m.join_date");
        break;
    case MemberFilter::Sort::Phone:
        first = QStringLiteral("m.phone");
        break;
    case MemberFilter::Sort::Status:
        first = QStringLiteral("m.status");
        break;
    }
    QString order = QStringLiteral(" ORDER BY ");
    if (!first.isEmpty())
        order += first + dir + QStringLiteral(", ");
    return order + QStringLiteral("m.name_key%1, m.id%1").arg(dir);
}

QString MemberQuery::pageSql(QVariantList& binds) const
{
    static const QString select = [] {
        const QString whole = Ledger::memberSelect();
        return whole.left(whole.indexOf(QStringLiteral(" FROM ")));
    }();
    QString sql = select + fromWhere(binds) + orderBy() + QStringLiteral(" LIMIT ? OFFSET ?");
    if (m_filter.sort == MemberFilter::Sort::Branch)
        sql.prepend(branchOrder());
    return sql;
}

QStringList MemberQuery::plan() const
{
    QVariantList binds;
    QSqlQuery query = m_db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + pageSql(binds));
    for (const QVariant& value : std::as_const(binds))
        query.addBindValue(value);
    query.addBindValue(1);
    query.addBindValue(0);
    Database::exec(query);
    QStringList steps;
    while (query.next())
        steps << query.value(3).toString();
    return steps;
}

QList<Member> MemberQuery::page(qint64 offset, int limit) const
{
    QVariantList binds;
    QSqlQuery query = m_db.prepare(pageSql(binds));
    Database::forwardOnly(query);
    for (const QVariant& value : std::as_const(binds))
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    Database::exec(query);
    QList<Member> result;
    result.reserve(limit);
    while (query.next())
        result << Ledger::readMember(query);
    return result;
}

qint64 MemberQuery::count() const
{
    QVariantList binds;
    MemberQuery unsorted(m_db, m_filter);
    unsorted.m_filter.sort = MemberFilter::Sort::Name; // no join needed to count
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT COUNT(*)") + unsorted.fromWhere(binds, true));
    for (const QVariant& value : std::as_const(binds))
        query.addBindValue(value);
    Database::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 MemberQuery::positionOf(qint64 memberId) const
{
    // Small rosters only need this (after an edit, to keep the edited member selected); a linear walk of ids is fine.
    QVariantList binds;
    QString sql = QStringLiteral("SELECT m.id") + fromWhere(binds) + orderBy();
    if (m_filter.sort == MemberFilter::Sort::Branch)
        sql.prepend(branchOrder());
    QSqlQuery query = m_db.prepare(sql);
    Database::forwardOnly(query);
    for (const QVariant& value : std::as_const(binds))
        query.addBindValue(value);
    Database::exec(query);
    for (qint64 position = 0; query.next(); ++position)
        if (query.value(0).toLongLong() == memberId)
            return position;
    return -1;
}

QHash<qint64, qint64> MemberQuery::countsByBranch(const Database& db, bool includeFormer)
{
    QSqlQuery query
        = db.prepare(includeFormer ? QStringLiteral("SELECT branch_id, COUNT(*) FROM members GROUP BY branch_id")
                                   : QStringLiteral("SELECT branch_id, COUNT(*) FROM members WHERE status = '在册'"
                                                    " GROUP BY branch_id"));
    Database::exec(query);
    QHash<qint64, qint64> counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    return counts;
}

QList<qint64> MemberQuery::subtree(const QList<Branch>& branches, qint64 root)
{
    QList<qint64> result {root};
    for (qsizetype i = 0; i < result.size(); ++i)
        for (const Branch& b : branches)
            if (b.parentId == result[i] && !result.contains(b.id))
                result << b.id;
    return result;
}

} // namespace jifen
