#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace jifen {

class Database;
struct Actor;

// One record of the audit log: who did what, when, with the values before and after.
struct AuditRecord {
    qint64 id = 0;
    QDateTime at; // UTC
    QString operatorName;
    QString action; // e.g. "member.add", "entry.add", "entry.reverse", "rule.version", "import.points"
    QString entity; // table name: "members", "entries", ...
    qint64 entityId = 0; // 0 for a batch or a setting
    QString summary; // one human line
    QJsonValue before; // Null when created
    QJsonValue after; // Null when removed
    QString prevHash;
    QString hash;
};

// Appends to and reads the audit log, which is also the ledger's tamper-evident hash chain.
// Appending must happen inside the same Transaction as the change it records.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database& db);

    // Returns the new record's id.
    qint64 append(const Actor& actor, const QString& action, const QString& entity, qint64 entityId,
                  const QString& summary, const QJsonValue& before, const QJsonValue& after);

    // append() for a record whose before and after come as canonical JSON text (as canonical() writes it; "null" for
    // none), for records too large to build as QJsonValue (a whole imported roster). The caller vouches that the text
    // is canonical: the verifier hashes what it parses back, so anything else breaks the chain.
    qint64 appendCanonical(const Actor& actor, const QString& action, const QString& entity, qint64 entityId,
                           const QString& summary, const QByteArray& before, const QByteArray& after);

    // A record built and hashed apart from the database, on any thread, and written later by appendPrepared() in
    // chain order: an import's records are hashed while the connection writes its entries. The texts are canonical
    // JSON as for appendCanonical().
    struct PreparedRecord
    {
        QString at;
        QString operatorName;
        QString action;
        QString entity;
        qint64 entityId = 0;
        QString summary;
        QByteArray beforeJson; // canonical JSON (UTF-8); null for none
        QByteArray afterJson;
        QString prevHash;
        QString hash;
    };
    static PreparedRecord prepareCanonical(const QString& operatorName, const QString& action, const QString& entity,
                                           qint64 entityId, const QString& summary, const QByteArray& before,
                                           const QByteArray& after, const QString& prevHash);
    // The newest record's hash (the genesis hash for an empty log): the prevHash of the next record.
    QString lastHash() const;
    // Writes a prepared record; throws StorageError when it no longer follows the newest record (something was
    // appended since it was prepared). Returns the new record's id.
    qint64 appendPrepared(const PreparedRecord& record);

    // Newest first.
    QList<AuditRecord> recent(int limit) const;

    // "SELECT <record columns> FROM audit_log" for queries that read whole records with readRecord().
    static QString recordSelect();
    static AuditRecord readRecord(const QSqlQuery& query);
    // A stored before/after text as a value: an object or an array, else Null.
    static QJsonValue parseStored(const QVariant& text);

    // SHA-256 (hex) of the record's canonical content chained to the previous hash.
    static QString computeHash(const AuditRecord& record);
    // Compact JSON with sorted keys: the canonical text hashes are taken over.
    static QByteArray canonical(const QJsonValue& value);
    // A record's before or after as it may be shown on screen, on paper or by the CLI: ID and phone numbers masked,
    // password hashes left out ("***"); in row objects and in a batch's {"columns", "rows"} alike.
    static QJsonValue shown(const QJsonValue& value);
    static QString genesisHash();

private:
    qint64 insert(const PreparedRecord& record);

    Database& m_db;
};

} // namespace jifen
