#include "Database.h"

#include "Migrations.h"
#include "MemberSearchKeys.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

namespace jifen {

namespace {

constexpr int busyTimeoutMs = 10000;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("jifen-%1").arg(counter.fetchAndAddRelaxed(1));
}

void restrictToOwner(const QString& path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// Creates an empty file readable by its owner only, so SQLite (which copies the main file's mode to its
// journal) never leaves the ledger readable by others.
void createPrivateFile(const QString& path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        throw StorageError(StorageError::Kind::Io,
                           Database::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        throw StorageError(StorageError::Kind::Io, Database::tr("Cannot create the database file %1: %2")
                                                       .arg(QDir::toNativeSeparators(path), file.errorString()));
    file.close();
    restrictToOwner(path);
}

} // namespace

Database::Database(const QString& path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_connectionName(nextConnectionName())
{
    const bool existed = QFileInfo::exists(m_path);
    if (!existed)
        createPrivateFile(m_path);
    else if (!QFileInfo(m_path).isReadable())
        throw StorageError(StorageError::Kind::Io,
                           tr("Cannot read the database file %1: permission denied.").arg(QDir::toNativeSeparators(m_path)));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        throw StorageError(StorageError::Kind::Io, tr("The Qt SQLite driver (QSQLITE) is not installed."));
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        throw StorageError(StorageError::Kind::Io, tr("Cannot open the database %1: %2")
                                                       .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    try {
        {
            // The first statement that reads the file tells whether it is an SQLite database at all.
            QSqlQuery probe(db);
            if (!probe.exec(QStringLiteral("PRAGMA schema_version")))
                throw StorageError(StorageError::Kind::Schema,
                                   tr("%1 is not a Jifen database.").arg(QDir::toNativeSeparators(m_path)));
            // An unfinished statement would make SQLite refuse (silently, for a PRAGMA) the change of journal mode.
            probe.finish();
            exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            // A rollback journal, not WAL: offices keep ledgers on shared drives, where WAL's shared-memory index does
            // not work (SQLite's documentation warns of corruption on network file systems), and a reader kept
            // waiting for a commit waits milliseconds within the busy timeout. A read-only file keeps its mode.
            QSqlQuery journal(db);
            journal.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            exec(QStringLiteral("PRAGMA synchronous = FULL"));
            // Lists read a large roster page by page: a bigger page cache (16 MB instead of 2) spares the system calls
            // that otherwise copy the same pages again for every page and keystroke.
            exec(QStringLiteral("PRAGMA cache_size = -16384"));
        } // statements still open would block VACUUM INTO in migrate()
        migrate();
        MemberSearchKeys::refresh(*this);
    } catch (...) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(QStringLiteral("jifen.sqlite"));
}

QString Database::resolvePath(const QString& commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return commandLineValue;
    const QString fromEnvironment = qEnvironmentVariable("JIFEN_DB");
    return fromEnvironment.isEmpty() ? defaultPath() : fromEnvironment;
}

int Database::latestSchemaVersion()
{
    return static_cast<int>(Migrations::steps(Engine::Sqlite).size());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT version FROM schema_info")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QSqlQuery Database::prepare(const QString& sql) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        fail(query);
    return query;
}

void Database::exec(QSqlQuery& query)
{
    if (!query.exec())
        fail(query);
}

void Database::exec(const QString& sql) const
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        fail(query);
}

void Database::fail(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString native = error.nativeErrorCode();
    // SQLite's primary result codes: 5 BUSY, 6 LOCKED, 8 READONLY, 10 IOERR, 11 CORRUPT, 13 FULL, 19 CONSTRAINT, 26 NOTADB.
    const int code = native.toInt() & 0xff;
    switch (code) {
    case 5:
    case 6:
        throw StorageError(StorageError::Kind::Busy,
                           tr("The database is in use by another Jifen window or process; please try again in a moment."));
    case 8:
        throw StorageError(StorageError::Kind::Io,
                           tr("The database file is read-only; nothing was changed. Check the file's permissions."));
    case 13:
        throw StorageError(StorageError::Kind::Io, tr("The disk is full; nothing was changed. Free some space and try again."));
    case 10:
        throw StorageError(StorageError::Kind::Io,
                           tr("Writing the database file failed — the disk may be full or the drive removed; nothing "
                              "was changed. (%1)")
                               .arg(text));
    case 11:
    case 26:
        throw StorageError(StorageError::Kind::Io, tr("The database file cannot be read or written: %1").arg(text));
    case 19:
        throw StorageError(StorageError::Kind::Constraint, tr("The change breaks a rule of the ledger: %1").arg(text));
    default:
        break;
    }
    throw StorageError(StorageError::Kind::Io, tr("Database error: %1").arg(text));
}

void Database::migrate()
{
    const QList<QStringList> steps = Migrations::steps(m_engine);
    {
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL)")))
            fail(query);
    }
    int version = schemaVersion();
    if (version > steps.size())
        throw StorageError(StorageError::Kind::Schema,
                           tr("This database was written by a newer version of Jifen (schema %1); please update Jifen.")
                               .arg(version));
    if (version == steps.size())
        return;

    if (version > 0) {
        // Keep a consistent copy of the file as it was before the first step changes it.
        const QString backup = QStringLiteral("%1.bak-v%2").arg(m_path).arg(version);
        QFile::remove(backup);
        QSqlQuery query(connection());
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(backup);
        if (!query.exec())
            fail(query);
        restrictToOwner(backup);
    }

    for (; version < steps.size(); ++version) {
        Transaction transaction(*this);
        for (const QString& sql : steps.at(version))
            exec(sql);
        exec(QStringLiteral("DELETE FROM schema_info"));
        QSqlQuery stamp = prepare(QStringLiteral("INSERT INTO schema_info (version) VALUES (?)"));
        stamp.addBindValue(version + 1);
        exec(stamp);
        transaction.commit();
    }
}

} // namespace jifen
