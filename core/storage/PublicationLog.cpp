#include "PublicationLog.h"

#include "Database.h"
#include "Ledger.h"
#include "StorageError.h"
#include "StoredDates.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace jifen {

namespace {

QJsonArray rowsJson(const QList<PublishedRow>& rows)
{
    QJsonArray array;
    for (const PublishedRow& r : rows)
        array.append(QJsonObject {{QStringLiteral("member_id"), r.memberId},
                                  {QStringLiteral("name"), r.name},
                                  {QStringLiteral("id_number"), r.maskedId},
                                  {QStringLiteral("branch"), r.branch},
                                  {QStringLiteral("rank"), r.rank},
                                  {QStringLiteral("tied"), r.tied},
                                  {QStringLiteral("points"), r.points},
                                  {QStringLiteral("year_to_date"), r.yearToDate},
                                  {QStringLiteral("grade"), r.grade}});
    return array;
}

QList<PublishedRow> rowsFrom(const QString& json)
{
    QList<PublishedRow> rows;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    rows.reserve(array.size());
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        rows.append(PublishedRow {
            o.value(QStringLiteral("member_id")).toInteger(), o.value(QStringLiteral("name")).toString(),
            o.value(QStringLiteral("id_number")).toString(), o.value(QStringLiteral("branch")).toString(),
            static_cast<int>(o.value(QStringLiteral("rank")).toInteger()), o.value(QStringLiteral("tied")).toBool(),
            o.value(QStringLiteral("points")).toInteger(), o.value(QStringLiteral("year_to_date")).toInteger(),
            o.value(QStringLiteral("grade")).toString()});
    }
    return rows;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const char headerColumns[] = "id, period, branch_id, scope, published_at, published_by, notice_from, notice_to, title";

Publication readHeader(const QSqlQuery& q)
{
    Publication p;
    p.id = q.value(0).toLongLong();
    p.period = q.value(1).toString();
    p.branchId = q.value(2).toLongLong();
    p.scope = q.value(3).toString();
    p.at = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    p.by = q.value(5).toString();
    p.noticeFrom = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    p.noticeTo = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    p.title = q.value(8).toString();
    return p;
}

} // namespace

PublicationLog::PublicationLog(Ledger& ledger)
    : m_ledger(ledger)
{
}

qint64 PublicationLog::record(Publication publication)
{
    m_ledger.actor().require(Actor::Permission::EnterPoints);
    if (publication.period.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("A publication needs its period."));
    Database& db = m_ledger.database();
    const QString at = Ledger::nowText();
    Transaction transaction(db);
    QSqlQuery insert = db.prepare(QStringLiteral(
        "INSERT INTO publications (period, branch_id, scope, published_at, published_by, notice_from, notice_to, title,"
        " row_count, rows_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(publication.period);
    insert.addBindValue(publication.branchId > 0 ? QVariant(publication.branchId)
                                                 : QVariant(QMetaType::fromType<qlonglong>()));
    insert.addBindValue(text(publication.scope));
    insert.addBindValue(at);
    insert.addBindValue(m_ledger.actor().name);
    insert.addBindValue(dateValue(publication.noticeFrom));
    insert.addBindValue(dateValue(publication.noticeTo));
    insert.addBindValue(text(publication.title));
    insert.addBindValue(publication.rows.size());
    insert.addBindValue(QString::fromUtf8(QJsonDocument(rowsJson(publication.rows)).toJson(QJsonDocument::Compact)));
    const qint64 id = Database::insertReturningId(insert);
    const QString scope = publication.scope.isEmpty() ? tr("all members") : publication.scope;
    m_ledger.audit().append(
        m_ledger.actor(), QStringLiteral("ranking.publish"), QStringLiteral("publications"), id,
        tr("Ranking %1 (%2) published for notice: %n member(s)", nullptr, static_cast<int>(publication.rows.size()))
            .arg(publication.period, scope),
        QJsonValue::Null, m_ledger.rowJson(QStringLiteral("publications"), id));
    transaction.commit();
    return id;
}

std::optional<Publication> PublicationLog::latest(const QString& period, qint64 branchId) const
{
    QSqlQuery query = m_ledger.database().prepare(
        QStringLiteral("SELECT %1, rows_json FROM publications WHERE period = ? AND COALESCE(branch_id, 0) = ?"
                       " ORDER BY id DESC LIMIT 1")
            .arg(QLatin1String(headerColumns)));
    query.addBindValue(period);
    query.addBindValue(branchId);
    Database::exec(query);
    if (!query.next())
        return std::nullopt;
    Publication p = readHeader(query);
    p.rows = rowsFrom(query.value(9).toString());
    return p;
}

QList<Publication> PublicationLog::list() const
{
    QSqlQuery query = m_ledger.database().prepare(
        QStringLiteral("SELECT %1 FROM publications ORDER BY id DESC").arg(QLatin1String(headerColumns)));
    Database::exec(query);
    QList<Publication> result;
    while (query.next())
        result.append(readHeader(query));
    return result;
}

QSet<qint64> PublicationLog::membersChangedSince(QDate first, QDate last, const QDateTime& at) const
{
    // The timestamps are all written by Ledger::nowText() (UTC, ISO 8601 with milliseconds), so text order is time
    // order.
    const QString since = at.toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery query = m_ledger.database().prepare(QStringLiteral(
        "SELECT DISTINCT e.member_id FROM entries e"
        " LEFT JOIN reversals r ON r.entry_id = e.id"
        " LEFT JOIN entry_reviews v ON v.entry_id = e.id"
        " WHERE e.date BETWEEN ? AND ? AND (e.entered_at > ? OR r.reversed_at > ? OR v.reviewed_at > ?)"));
    query.addBindValue(first.toString(Qt::ISODate));
    query.addBindValue(last.toString(Qt::ISODate));
    query.addBindValue(since);
    query.addBindValue(since);
    query.addBindValue(since);
    Database::exec(query);
    QSet<qint64> members;
    while (query.next())
        members.insert(query.value(0).toLongLong());
    return members;
}

} // namespace jifen
