#pragma once

#include "AuditLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>

namespace jifen {

class Database;

// An audit record's values as a person reads them: each field by its name in the UI's language (the names the
// screens' columns use), a change as "before → after", members, branches and rules by name rather than number, ID and
// phone numbers masked as AuditLog::shown() masks them. A batch record (an import) shows each of its rows the same
// way, one line each.
class AuditDetail
{
    Q_DECLARE_TR_FUNCTIONS(AuditDetail)

public:
    explicit AuditDetail(const Database& db);

    // The lines under the record's summary: what changed, what was recorded or what was removed.
    QString text(const AuditRecord& record) const;

    // A stored column or key by its name in the UI's language; the key itself when it has none.
    static QString fieldName(const QString& entity, const QString& key);

    static constexpr int maxBatchRows = 500; // a batch shows its first rows, then how many more there are

private:
    QString field(const QString& entity, const QString& key, const QJsonValue& value) const;
    QString value(const QString& entity, const QString& key, const QJsonValue& value) const;
    QString rowLine(const QString& entity, const QJsonObject& row) const;
    QStringList objectLines(const QString& entity, const QJsonObject& object) const;
    QString lookUp(const QString& sql, qint64 id) const;

    const Database& m_db;
    mutable QHash<QString, QString> m_names; // "sql|id" -> name
};

} // namespace jifen
