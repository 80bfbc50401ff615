#pragma once

#include "AuditLog.h"

#include <QDate>
#include <QStringList>

namespace jifen {

class Database;

// What the audit view shows: one operator or all, a date range (local dates), kinds of action, words of the summary.
struct AuditFilter
{
    QString operatorName; // empty: everyone
    QDate from; // invalid: no bound
    QDate to;
    QStringList actionPrefixes; // e.g. "entry." or "member.add"; empty: every action
    QString text; // part of the summary
};

// Pages of audit records for a filter, newest first.
class AuditQuery
{
public:
    AuditQuery(const Database& db, AuditFilter filter);

    QList<AuditRecord> page(qint64 offset, int limit) const;
    qint64 count() const;

    // Everyone who has changed the ledger, and every action recorded, sorted.
    static QStringList operators(const Database& db);
    static QStringList actions(const Database& db);

private:
    QString where(QVariantList& binds) const;

    const Database& m_db;
    AuditFilter m_filter;
};

} // namespace jifen
