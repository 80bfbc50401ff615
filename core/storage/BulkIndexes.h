#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace jifen {

class Database;

// For a bulk load into one table of an SQLite ledger, inside the load's transaction: the table's indexes are dropped
// (constructor) and built again once the rows are in (rebuild()), which sorts every index once instead of inserting
// each key at a random place. A rollback brings them back as they were. On other engines, or with active() false,
// nothing is dropped and rebuild() does nothing.
class BulkIndexes
{
public:
    BulkIndexes(Database& db, const QString& table, bool active);

    // Builds the dropped indexes again. SQLite sorts the keys in chunks of a few megabytes on worker threads, then
    // merges them: at 2 million entries three to four times as fast as one sort in a large page cache.
    void rebuild();
    // Whether indexes were dropped and wait for rebuild().
    bool dropped() const { return !m_indexes.isEmpty(); }

private:
    Database& m_db;
    QList<std::pair<QString, QString>> m_indexes; // name, CREATE statement
};

// Sets an SQLite ledger's page cache to `kib` KiB for as long as it lives, then sets the size it had back. Does
// nothing on other engines.
class ScopedCacheSize
{
public:
    ScopedCacheSize(Database& db, qint64 kib);
    ~ScopedCacheSize();
    ScopedCacheSize(const ScopedCacheSize&) = delete;
    ScopedCacheSize& operator=(const ScopedCacheSize&) = delete;

private:
    Database& m_db;
    std::optional<qint64> m_previous; // in SQLite's terms (negative: KiB, positive: pages); none on other engines
};

} // namespace jifen
