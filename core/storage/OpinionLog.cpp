#include "OpinionLog.h"

#include "Database.h"
#include "Ledger.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace jifen {

OpinionLog::OpinionLog(Ledger& ledger)
    : m_ledger(ledger)
{
}

QList<qint64> OpinionLog::record(const QList<qint64>& memberIds, int yearFrom, int yearTo, const QString& opinion)
{
    m_ledger.actor().require(Actor::Permission::EnterPoints);
    if (memberIds.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("A branch opinion needs at least one member."));
    if (yearFrom > yearTo)
        throw StorageError(StorageError::Kind::Invalid,
                           tr("The years %1 to %2 are the wrong way round.").arg(yearFrom).arg(yearTo));
    Database& db = m_ledger.database();
    const QString at = Ledger::nowText();
    const QString text = opinion.trimmed().isNull() ? QStringLiteral("") : opinion.trimmed();
    QList<qint64> ids;
    Transaction transaction(db);
    for (const qint64 memberId : memberIds) {
        const auto member = m_ledger.member(memberId);
        if (!member)
            throw StorageError(StorageError::Kind::NotFound, tr("No member with id %1.").arg(memberId));
        QSqlQuery insert = db.prepare(QStringLiteral("INSERT INTO opinion_issues (member_id, year_from, year_to, opinion,"
                                                     " issued_by, issued_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        insert.addBindValue(memberId);
        insert.addBindValue(yearFrom);
        insert.addBindValue(yearTo);
        insert.addBindValue(text);
        insert.addBindValue(m_ledger.actor().name);
        insert.addBindValue(at);
        const qint64 id = Database::insertReturningId(insert);
        const QString years = yearFrom == yearTo ? QString::number(yearFrom)
                                                 : QStringLiteral("%1–%2").arg(yearFrom).arg(yearTo);
        m_ledger.audit().append(m_ledger.actor(), QStringLiteral("opinion.issue"), QStringLiteral("opinion_issues"), id,
                                tr("Branch opinion on %1 issued (%2)").arg(member->name, years), QJsonValue::Null,
                                m_ledger.rowJson(QStringLiteral("opinion_issues"), id));
        ids << id;
    }
    transaction.commit();
    return ids;
}

QList<OpinionIssue> OpinionLog::list(qint64 memberId) const
{
    QSqlQuery query = m_ledger.database().prepare(
        QStringLiteral("SELECT id, member_id, year_from, year_to, opinion, issued_by, issued_at FROM opinion_issues")
        + (memberId > 0 ? QStringLiteral(" WHERE member_id = ?") : QString()) + QStringLiteral(" ORDER BY id DESC"));
    if (memberId > 0)
        query.addBindValue(memberId);
    Database::exec(query);
    QList<OpinionIssue> result;
    while (query.next())
        result << OpinionIssue {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt(),
                                query.value(3).toInt(),      query.value(4).toString(),   query.value(5).toString(),
                                QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs)};
    return result;
}

} // namespace jifen
