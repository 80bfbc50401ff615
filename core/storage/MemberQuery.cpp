#include "MemberQuery.h"

#include "Database.h"
#include "Ledger.h"
#include "model/Pinyin.h"

#include <QSqlQuery>

#include <algorithm>

namespace jifen {

namespace {

QString likeEscaped(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
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

QString MemberQuery::fromWhere(QVariantList& binds) const
{
    QStringList conditions;
    if (!m_filter.includeFormer)
        conditions << QStringLiteral("m.status = '在册'");
    if (!m_filter.branchIds.isEmpty()) {
        QStringList ids;
        for (const qint64 id : m_filter.branchIds)
            ids << QString::number(id);
        conditions << QStringLiteral("m.branch_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    const QString text = m_filter.text.trimmed();
    switch (classify(text)) {
    case TextKind::None:
        break;
    case TextKind::Digits:
        conditions << QStringLiteral("(m.id_number LIKE ? ESCAPE '\\' OR m.phone LIKE ? ESCAPE '\\')");
        binds << QStringLiteral("%") + text.toUpper() << QStringLiteral("%") + text;
        break;
    case TextKind::Pinyin:
        conditions << QStringLiteral("(m.name_initials LIKE ? OR m.name_pinyin LIKE ? OR m.name LIKE ? ESCAPE '\\')");
        binds << text.toLower() + QStringLiteral("%") << text.toLower() + QStringLiteral("%")
              << QStringLiteral("%") + likeEscaped(text) + QStringLiteral("%");
        break;
    case TextKind::Name:
        conditions << QStringLiteral("m.name LIKE ? ESCAPE '\\'");
        binds << QStringLiteral("%") + likeEscaped(text) + QStringLiteral("%");
        break;
    }
    QString sql = QStringLiteral(" FROM members m JOIN branches b ON b.id = m.branch_id");
    if (m_filter.sort == MemberFilter::Sort::Branch)
        sql += QStringLiteral(" JOIN branch_order bo ON bo.id = m.branch_id");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return sql;
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

QList<Member> MemberQuery::page(qint64 offset, int limit) const
{
    QVariantList binds;
    const QString from = fromWhere(binds);
    static const QString select = [] {
        const QString whole = Ledger::memberSelect();
        return whole.left(whole.indexOf(QStringLiteral(" FROM ")));
    }();
    QString sql = select + from + orderBy() + QStringLiteral(" LIMIT ? OFFSET ?");
    if (m_filter.sort == MemberFilter::Sort::Branch)
        sql.prepend(branchOrder());
    QSqlQuery query = m_db.prepare(sql);
    query.setForwardOnly(true);
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
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT COUNT(*)") + unsorted.fromWhere(binds));
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
    query.setForwardOnly(true);
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
