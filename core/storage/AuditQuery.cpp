#include "AuditQuery.h"

#include "Database.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace jifen {

namespace {

// The audit log keeps UTC times as ISO text, so a local day's bounds compare as text.
QString utcBound(QDate localDate)
{
    return QDateTime(localDate, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

QStringList distinct(const Database& db, const QString& column)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY %1").arg(column));
    Database::exec(query);
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

} // namespace

AuditQuery::AuditQuery(const Database& db, AuditFilter filter)
    : m_db(db)
    , m_filter(std::move(filter))
{
}

QString AuditQuery::where(QVariantList& binds) const
{
    QStringList conditions;
    if (!m_filter.operatorName.isEmpty()) {
        conditions << QStringLiteral("operator = ?");
        binds << m_filter.operatorName;
    }
    if (m_filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        binds << utcBound(m_filter.from);
    }
    if (m_filter.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        binds << utcBound(m_filter.to.addDays(1));
    }
    if (!m_filter.actionPrefixes.isEmpty()) {
        QStringList any;
        for (const QString& prefix : m_filter.actionPrefixes) {
            any << QStringLiteral("substr(action, 1, %1) = ?").arg(prefix.size());
            binds << prefix;
        }
        conditions << QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
    }
    if (!m_filter.text.trimmed().isEmpty()) {
        conditions << m_db.containsCondition(QStringLiteral("summary"));
        binds << m_filter.text.trimmed();
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QList<AuditRecord> AuditQuery::page(qint64 offset, int limit) const
{
    QVariantList binds;
    QSqlQuery query
        = m_db.prepare(AuditLog::recordSelect() + where(binds) + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"));
    Database::forwardOnly(query);
    for (const QVariant& value : std::as_const(binds))
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    Database::exec(query);
    QList<AuditRecord> records;
    while (query.next())
        records << AuditLog::readRecord(query);
    return records;
}

qint64 AuditQuery::count() const
{
    QVariantList binds;
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log") + where(binds));
    for (const QVariant& value : std::as_const(binds))
        query.addBindValue(value);
    Database::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QStringList AuditQuery::operators(const Database& db)
{
    return distinct(db, QStringLiteral("operator"));
}

QStringList AuditQuery::actions(const Database& db)
{
    return distinct(db, QStringLiteral("action"));
}

} // namespace jifen
