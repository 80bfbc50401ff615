#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace jifen {

// Owns one named QSqlDatabase connection to a ledger and keeps its schema current.
// SQL dialect differences are confined to this class and the rest of core/storage.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Engine { Sqlite, Postgres };

    // Opens (creating when missing) the SQLite ledger at `path` and migrates it; throws StorageError.
    // Before a migration of an existing file, the file is copied beside itself as `<path>.bak-v<old version>`.
    explicit Database(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Where the ledger lives when no --db or JIFEN_DB is given: the platform's app-data folder.
    static QString defaultPath();
    // --db value, else JIFEN_DB, else defaultPath().
    static QString resolvePath(const QString& commandLineValue);

    static int latestSchemaVersion();
    int schemaVersion() const;

    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    QSqlDatabase connection() const;

    // A prepared query on this connection; throws StorageError when the SQL does not prepare.
    QSqlQuery prepare(const QString& sql) const;
    // Runs a prepared query; throws StorageError (with the driver's message mapped to a clear one) on failure.
    static void exec(QSqlQuery& query);
    void exec(const QString& sql) const;

    // Maps a failed query to a StorageError a clerk can read.
    [[noreturn]] static void fail(const QSqlQuery& query);

private:
    friend class Transaction;
    void migrate();

    int m_transactionDepth = 0; // Transaction guards nest: only the outermost one begins and commits

    QString m_path;
    QString m_connectionName;
    Engine m_engine = Engine::Sqlite;
};

} // namespace jifen
