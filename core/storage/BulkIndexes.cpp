#include "BulkIndexes.h"

#include "Database.h"
#include "StorageError.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace jifen {

BulkIndexes::BulkIndexes(Database& db, const QString& table, bool active)
    : m_db(db)
{
    if (!active || db.engine() != Database::Engine::Sqlite)
        return;
    QSqlQuery list = db.prepare(QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"));
    list.addBindValue(table);
    Database::exec(list);
    while (list.next())
        m_indexes.append({list.value(0).toString(), list.value(1).toString()});
    list.finish();
    for (const auto& index : std::as_const(m_indexes))
        db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index.first));
}

void BulkIndexes::rebuild()
{
    if (m_indexes.isEmpty())
        return;
    // SQLite's sorter keeps as many keys in memory as the page cache holds, then sorts that chunk (on a worker
    // thread, when it may use one) and merges the chunks at the end. One sort of millions of keys in a large page
    // cache misses the processor's caches at every step; chunks of 4 MB do not, and two or more are sorted at once.
    const ScopedCacheSize cache(m_db, 4096);
    const auto oneThread = qScopeGuard([this] {
        try {
            m_db.exec(QStringLiteral("PRAGMA threads = 0"));
        } catch (const StorageError&) {
            // The next statement on this connection reports the trouble.
        }
    });
    m_db.exec(QStringLiteral("PRAGMA threads = %1").arg(std::clamp(QThread::idealThreadCount(), 1, 4)));
    for (const auto& index : std::as_const(m_indexes))
        m_db.exec(index.second);
    m_indexes.clear();
}

ScopedCacheSize::ScopedCacheSize(Database& db, qint64 kib)
    : m_db(db)
{
    if (db.engine() != Database::Engine::Sqlite)
        return;
    QSqlQuery current = db.prepare(QStringLiteral("PRAGMA cache_size"));
    Database::exec(current);
    if (!current.next())
        return;
    const qint64 previous = current.value(0).toLongLong();
    current.finish();
    db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-kib));
    m_previous = previous;
}

ScopedCacheSize::~ScopedCacheSize()
{
    if (!m_previous)
        return;
    try {
        m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous));
    } catch (const StorageError&) {
        // The next statement on this connection reports the trouble.
    }
}

} // namespace jifen
