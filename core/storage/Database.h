#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace jifen {

// Owns one named QSqlDatabase connection to a ledger and keeps its schema current. A ledger is an SQLite file (the
// embedded default) or a PostgreSQL database on a server, named by a URL. SQL dialect differences are confined to
// this class and the rest of core/storage.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Engine { Sqlite, Postgres };

    // Opens the ledger at `location` and migrates it; throws StorageError. `location` is either a file path (an
    // SQLite ledger, created when missing; before a migration of an existing file, the file is copied beside itself
    // as `<path>.bak-v<old version>`) or a server URL, `postgresql://user@host:port/database?sslmode=...`. A server's
    // password comes from the URL, JIFEN_PASSWORD, libpq's own sources (~/.pgpass, PGPASSWORD) or, when the server
    // asks for one and none of these has it, from the password prompt.
    explicit Database(const QString& location);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Where the ledger lives when no --db or JIFEN_DB is given: the platform's app-data folder.
    static QString defaultPath();
    // --db value, else JIFEN_DB, else defaultPath().
    static QString resolvePath(const QString& commandLineValue);

    // True for a postgresql:// (or postgres://) URL.
    static bool isServerUrl(const QString& location);

    // Removes a ledger file no Database has open, with the rollback journal SQLite keeps beside it.
    static void removeFile(const QString& path);

    // Asks the user for a server password: given the URL (without password) and the server's message, returns the
    // password, or an empty string to give up. Set once by the application (a terminal prompt, a dialog); passwords
    // entered are remembered for the process, so worker threads reopening the same URL do not ask again.
    using PasswordPrompt = std::function<QString(const QString& url, const QString& message)>;
    static void setPasswordPrompt(PasswordPrompt prompt);
    // Remembers `password` for the server URL `url` (without password) for the rest of the process, as if the
    // prompt had given it: a dialog that asked for it first.
    static void rememberPassword(const QString& url, const QString& password);

    static int latestSchemaVersion();
    int schemaVersion() const;

    // The file's absolute path, or the server URL without its password: what opens the same ledger again.
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool isFile() const { return m_engine == Engine::Sqlite; }
    QSqlDatabase connection() const;

    // A prepared query on this connection; throws StorageError when the SQL does not prepare.
    QSqlQuery prepare(const QString& sql) const;
    // Runs a prepared query; throws StorageError (with the driver's message mapped to a clear one) on failure.
    static void exec(QSqlQuery& query);
    void exec(const QString& sql) const;
    // Runs a prepared INSERT whose SQL ends in "RETURNING id" and returns the new row's id (both engines support
    // RETURNING; QPSQL has no lastInsertId for identity columns).
    static qint64 insertReturningId(QSqlQuery& query);

    // Lets `query` read its rows one by one without keeping them (QSqlQuery::setForwardOnly) on SQLite. On
    // PostgreSQL a forward-only result is streamed from the server and another query on the connection cuts it short,
    // so there the whole result is fetched at once and the query stays scrollable.
    static void forwardOnly(QSqlQuery& query);

    // "column contains the text bound to the one placeholder", in this engine's words.
    QString containsCondition(const QString& column) const;

    // Maps a failed query to a StorageError a clerk can read.
    [[noreturn]] static void fail(const QSqlQuery& query);

private:
    friend class Transaction;
    void openFile(const QString& path);
    void openServer(const QString& url);
    void migrate();

    int m_transactionDepth = 0; // Transaction guards nest: only the outermost one begins and commits

    QString m_path;
    QString m_connectionName;
    Engine m_engine = Engine::Sqlite;
};

} // namespace jifen
