#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace jifen {

class Database;

// Copies a whole ledger into a new, empty one, on the same engine or the other: an SQLite file to a server to start
// sharing it, a server to a file for an offline copy or a backup. Every table is copied row for row with its ids, so
// the audit chain and `verify` read the same on both sides; the target is written in one transaction, so a failed or
// cancelled copy leaves it empty. The source is read in one transaction too: a consistent snapshot while others write.
class LedgerCopy
{
    Q_DECLARE_TR_FUNCTIONS(LedgerCopy)

public:
    // Called now and then with (rows copied, rows in all); return false to cancel (StorageError::Kind::Cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Throws StorageError: the target holds members, entries or audit records already; the schemas differ in version;
    // a row does not go in. Returns the number of rows copied.
    static qint64 run(Database& from, Database& to, const Progress& progress = {});

    // Every table of the schema, in an order that inserts referenced rows first.
    static QStringList tables();
};

} // namespace jifen
