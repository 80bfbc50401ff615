#pragma once

#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

namespace jifen {

// The tables whose rows the audit log vouches for, and the columns it covers. Derived or volatile columns (search keys,
// login counters) are left out, so adding such a column never breaks verification of older records.
struct AuditedTables {
    static const QStringList& tables();
    static const QStringList& columns(const QString& table);
    // "SELECT <audited columns> FROM <table>" (callers add WHERE / ORDER BY).
    static QString select(const QString& table);
    // " RETURNING <audited columns>", to end an INSERT into `table`: its row reads as one from select().
    static QString returning(const QString& table);
    // The canonical JSON of the current row of `query` (run from select()): integers as numbers, NULL as null.
    static QJsonObject rowJson(const QSqlQuery& query, const QString& table);
    // One stored value as rowJson() writes it.
    static QJsonValue jsonValue(const QVariant& value);
    // Appends AuditLog::canonical() of the current row's rowJson(), written from the values without building the
    // object (the verifier digests every audited row). Returns the row's id, or 0 when its id is not a number.
    static qint64 appendCanonicalRow(QByteArray& out, const QSqlQuery& query, const QString& table);
};

} // namespace jifen
