#include "AuditLog.h"

#include "Actor.h"
#include "CanonicalJson.h"
#include "Database.h"
#include "Sha256.h"
#include "SqliteHandle.h"
#include "StorageError.h"
#include "model/IdNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <sqlite3.h>

namespace jifen {

namespace {

// The text a before or after value is stored as: its canonical JSON, null for none.
QByteArray storedJson(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    return AuditLog::canonical(value);
}

// That text as the Qt driver binds it and reads it back: a string, or a null one.
QVariant storedText(const QByteArray& json)
{
    return json.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(json));
}

} // namespace

AuditLog::AuditLog(Database& db)
    : m_db(db)
{
}

namespace {

QJsonValue shownValue(const QString& column, const QJsonValue& value)
{
    if (!value.isString())
        return value;
    if (column == u"id_number")
        return IdNumber::masked(value.toString());
    if (column == u"phone")
        return maskPhone(value.toString());
    if (column == u"password_hash")
        return QStringLiteral("***");
    return value;
}

} // namespace

QJsonValue AuditLog::shown(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(shown(item));
        return out;
    }
    if (!value.isObject())
        return value;
    const QJsonObject object = value.toObject();
    const QJsonArray columns = object.value(QLatin1String("columns")).toArray();
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == u"rows" && !columns.isEmpty() && it.value().isArray()) {
            QJsonArray rows;
            for (const QJsonValue& row : it.value().toArray()) {
                QJsonArray values = row.toArray();
                for (qsizetype i = 0; i < values.size() && i < columns.size(); ++i)
                    values[i] = shownValue(columns[i].toString(), values[i]);
                rows.append(values);
            }
            out.insert(it.key(), rows);
        } else if (it.value().isObject() || it.value().isArray()) {
            out.insert(it.key(), shown(it.value()));
        } else {
            out.insert(it.key(), shownValue(it.key(), it.value()));
        }
    }
    return out;
}

QByteArray AuditLog::canonical(const QJsonValue& value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QByteArrayLiteral("null");
}

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::computeHash(const AuditRecord& record)
{
    const QJsonObject content{
        {QStringLiteral("at"), record.at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("operator"), record.operatorName},
        {QStringLiteral("action"), record.action},
        {QStringLiteral("entity"), record.entity},
        {QStringLiteral("entity_id"), record.entityId},
        {QStringLiteral("summary"), record.summary},
        {QStringLiteral("before"), record.before},
        {QStringLiteral("after"), record.after},
    };
    return QString::fromLatin1(sha256({record.prevHash.toLatin1(), "\n", canonical(content)}).toHex());
}

qint64 AuditLog::append(const Actor& actor, const QString& action, const QString& entity, qint64 entityId,
                        const QString& summary, const QJsonValue& before, const QJsonValue& after)
{
    AuditRecord record;
    record.at = QDateTime::currentDateTimeUtc();
    record.operatorName = actor.name;
    record.action = action;
    record.entity = entity;
    record.entityId = entityId;
    record.summary = summary;
    // Round-trip through the stored text so the hash is over exactly what a verifier will read back.
    record.before = parseStored(storedText(storedJson(before)));
    record.after = parseStored(storedText(storedJson(after)));

    record.prevHash = lastHash();
    record.hash = computeHash(record);

    return insert(PreparedRecord {record.at.toString(Qt::ISODateWithMs), record.operatorName, record.action,
                                  record.entity, record.entityId, record.summary, storedJson(record.before),
                                  storedJson(record.after), record.prevHash, record.hash});
}

qint64 AuditLog::appendCanonical(const Actor& actor, const QString& action, const QString& entity, qint64 entityId,
                                 const QString& summary, const QByteArray& before, const QByteArray& after)
{
    return insert(prepareCanonical(actor.name, action, entity, entityId, summary, before, after, lastHash()));
}

AuditLog::PreparedRecord AuditLog::prepareCanonical(const QString& operatorName, const QString& action,
                                                    const QString& entity, qint64 entityId, const QString& summary,
                                                    const QByteArray& before, const QByteArray& after,
                                                    const QString& prevHash)
{
    PreparedRecord record;
    record.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    record.operatorName = operatorName;
    record.action = action;
    record.entity = entity;
    record.entityId = entityId;
    record.summary = summary;
    record.prevHash = prevHash;

    // The content computeHash() builds as a QJsonObject, written directly with its keys in sorted order. The values
    // before and after (an import's are hundreds of kilobytes each) are hashed where they are, between the pieces
    // around them, rather than copied into one text first.
    using namespace canonicalJson;
    QByteArray head = "{";
    appendKey(head, "action");
    appendString(head, action);
    head += ',';
    appendKey(head, "after");
    QByteArray middle = ",";
    appendKey(middle, "at");
    appendString(middle, record.at);
    middle += ',';
    appendKey(middle, "before");
    QByteArray tail = ",";
    appendKey(tail, "entity");
    appendString(tail, entity);
    tail += ',';
    appendKey(tail, "entity_id");
    tail += QByteArray::number(entityId);
    tail += ',';
    appendKey(tail, "operator");
    appendString(tail, operatorName);
    tail += ',';
    appendKey(tail, "summary");
    appendString(tail, summary);
    tail += '}';
    record.hash = QString::fromLatin1(sha256({prevHash.toLatin1(), "\n", head, after, middle, before, tail}).toHex());

    const auto stored = [](const QByteArray& json) { return json == "null" ? QByteArray() : json; };
    record.beforeJson = stored(before);
    record.afterJson = stored(after);
    return record;
}

QString AuditLog::lastHash() const
{
    QSqlQuery last = m_db.prepare(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    Database::exec(last);
    return last.next() ? last.value(0).toString() : genesisHash();
}

qint64 AuditLog::appendPrepared(const PreparedRecord& record)
{
    if (record.prevHash != lastHash())
        throw StorageError(StorageError::Kind::Constraint,
                           tr("An audit record was written out of turn; nothing was saved. Please try again."));
    return insert(record);
}

qint64 AuditLog::insert(const PreparedRecord& record)
{
    static constexpr char sql[]
        = "INSERT INTO audit_log (at, operator, action, entity, entity_id, summary, before_json,"
          " after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    // On SQLite the JSON goes in as the UTF-8 it was written in: an import's records are megabytes, and through Qt
    // they would travel as UTF-16 for SQLite to convert back.
    if (const SqliteStatement insert(sqliteHandle(m_db), sql); insert) {
        sqlite3_stmt* statement = insert.get();
        // Every text, as UTF-8, lives until the statement has run: SQLite takes it where it is.
        const QByteArray at = record.at.toUtf8();
        const QByteArray operatorName = record.operatorName.toUtf8();
        const QByteArray action = record.action.toUtf8();
        const QByteArray entity = record.entity.toUtf8();
        const QByteArray summary = record.summary.toUtf8();
        const QByteArray prevHash = record.prevHash.toUtf8();
        const QByteArray hash = record.hash.toUtf8();
        int column = 0;
        const auto bind = [statement, &column](const QByteArray& text) {
            ++column;
            if (text.isNull())
                sqlite3_bind_null(statement, column);
            else
                sqlite3_bind_text(statement, column, text.constData(), int(text.size()), SQLITE_STATIC);
        };
        for (const QByteArray* text : {&at, &operatorName, &action, &entity})
            bind(*text);
        sqlite3_bind_int64(statement, ++column, record.entityId);
        for (const QByteArray* text : {&summary, &record.beforeJson, &record.afterJson, &prevHash, &hash})
            bind(*text);
        if (sqlite3_step(statement) == SQLITE_DONE)
            return sqlite3_last_insert_rowid(sqlite3_db_handle(statement));
        // The same record through Qt reports what went wrong as every other write does.
    }
    QSqlQuery query = m_db.prepare(QLatin1String(sql) + QStringLiteral(" RETURNING id"));
    query.addBindValue(record.at);
    query.addBindValue(record.operatorName);
    query.addBindValue(record.action);
    query.addBindValue(record.entity);
    query.addBindValue(record.entityId);
    query.addBindValue(record.summary);
    query.addBindValue(storedText(record.beforeJson));
    query.addBindValue(storedText(record.afterJson));
    query.addBindValue(record.prevHash);
    query.addBindValue(record.hash);
    return Database::insertReturningId(query);
}

QJsonValue AuditLog::parseStored(const QVariant& text)
{
    if (text.isNull())
        return QJsonValue(QJsonValue::Null);
    const QJsonDocument doc = QJsonDocument::fromJson(text.toString().toUtf8());
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue(QJsonValue::Null);
}

QString AuditLog::recordSelect()
{
    return QStringLiteral("SELECT id, at, operator, action, entity, entity_id, summary, before_json, after_json,"
                          " prev_hash, hash FROM audit_log");
}

AuditRecord AuditLog::readRecord(const QSqlQuery& query)
{
    AuditRecord r;
    r.id = query.value(0).toLongLong();
    r.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    r.operatorName = query.value(2).toString();
    r.action = query.value(3).toString();
    r.entity = query.value(4).toString();
    r.entityId = query.value(5).toLongLong();
    r.summary = query.value(6).toString();
    r.before = parseStored(query.value(7));
    r.after = parseStored(query.value(8));
    r.prevHash = query.value(9).toString();
    r.hash = query.value(10).toString();
    return r;
}

QList<AuditRecord> AuditLog::recent(int limit) const
{
    QSqlQuery query = m_db.prepare(recordSelect() + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    Database::exec(query);
    QList<AuditRecord> records;
    while (query.next())
        records << readRecord(query);
    return records;
}

} // namespace jifen
