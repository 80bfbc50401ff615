#include "Database.h"

#include "Migrations.h"
#include "MemberSearchKeys.h"
#include "RosterHistory.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

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

QMutex passwordMutex;
Database::PasswordPrompt& passwordPrompt()
{
    static Database::PasswordPrompt prompt;
    return prompt;
}
QHash<QString, QString>& rememberedPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

bool needsPassword(const QSqlError& error)
{
    const QString text = error.databaseText() + error.driverText();
    return text.contains(QLatin1String("no password supplied")) ||
           text.contains(QLatin1String("password authentication failed"));
}

// Maps a PostgreSQL SQLSTATE to the same errors the SQLite codes give (returns for codes left to the generic message).
void failOnServer(const QString& state, const QString& text)
{
    const QString stateClass = state.left(2);
    if (state == u"40001" || state == u"40P01" || state == u"55P03")
        throw StorageError(StorageError::Kind::Busy,
                           Database::tr("The ledger is in use by another Jifen window or process; please try again in a "
                                        "moment."));
    if (stateClass == u"23" || state == u"P0001")
        throw StorageError(StorageError::Kind::Constraint, Database::tr("The change breaks a rule of the ledger: %1").arg(text));
    if (state == u"42501")
        throw StorageError(StorageError::Kind::Io,
                           Database::tr("The server does not allow this account to make the change; nothing was changed. "
                                        "(%1)")
                               .arg(text));
    if (state == u"25006")
        throw StorageError(StorageError::Kind::Io,
                           Database::tr("The ledger server is read-only; nothing was changed. (%1)").arg(text));
    if (stateClass == u"53")
        throw StorageError(StorageError::Kind::Io,
                           Database::tr("The ledger server is out of disk space or memory; nothing was changed. (%1)")
                               .arg(text));
    if (stateClass == u"08" || stateClass == u"57" || state.isEmpty())
        throw StorageError(StorageError::Kind::Io,
                           Database::tr("The connection to the ledger server was lost; nothing was changed. (%1)")
                               .arg(text));
}

} // namespace

Database::Database(const QString& location)
    : m_connectionName(nextConnectionName())
{
    if (isServerUrl(location))
        openServer(location);
    else
        openFile(location);
    try {
        // A writer waits for another's transaction (an import, say) up to a minute, then hears the ledger is busy.
        if (m_engine == Engine::Postgres)
            exec(QStringLiteral("SET lock_timeout = '60s'"));
        migrate();
        MemberSearchKeys::refresh(*this);
        RosterHistory::completeMigration(*this);
    } catch (...) {
        {
            QSqlDatabase db = connection();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

bool Database::isServerUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

void Database::removeFile(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
}

void Database::setPasswordPrompt(PasswordPrompt prompt)
{
    const QMutexLocker lock(&passwordMutex);
    passwordPrompt() = std::move(prompt);
}

void Database::rememberPassword(const QString& url, const QString& password)
{
    const QMutexLocker lock(&passwordMutex);
    rememberedPasswords().insert(QUrl(url).toString(QUrl::RemovePassword), password);
}

void Database::openFile(const QString& path)
{
    m_path = QFileInfo(path).absoluteFilePath();
    m_engine = Engine::Sqlite;
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
        // The first statement that reads the file tells whether it is an SQLite database at all.
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("PRAGMA schema_version"))) {
            const int code = probe.lastError().nativeErrorCode().toInt() & 0xff;
            if (code == 5 || code == 6) // SQLITE_BUSY, SQLITE_LOCKED: in use, not foreign
                fail(probe);
            throw StorageError(StorageError::Kind::Schema,
                               tr("%1 is not a Jifen database.").arg(QDir::toNativeSeparators(m_path)));
        }
        // An unfinished statement would make SQLite refuse (silently, for a PRAGMA) the change of journal mode.
        probe.finish();
        // A new ledger's pages are 8 KiB, not SQLite's 4: each page SQLite reads or writes is a system call of its
        // own, and a city-scale import of 2,000,000 entries made 186,000 of them with 4 KiB pages (91,000 with 8).
        // Larger pages would spare more calls but make each entry read and journal more (an add-points spends about
        // 0.3 ms more with 8 KiB than with 4, and 0.9 ms more with 16). A ledger made before keeps its page size.
        if (!existed || QFileInfo(m_path).size() == 0)
            exec(QStringLiteral("PRAGMA page_size = 8192"));
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        // A rollback journal, not WAL: offices keep ledgers on shared drives, where WAL's shared-memory index does
        // not work (SQLite's documentation warns of corruption on network file systems), and a reader kept
        // waiting for a commit waits milliseconds within the busy timeout. A read-only file keeps its mode.
        // The journal file is kept between commits, its header zeroed at the end of each (PERSIST), rather than
        // created and deleted for every one: just as safe, and an add-points' commit spent 0.6 ms less waiting for
        // the file system (2.2 ms instead of 2.8 on the benchmark machine), as the first sync of a new file also
        // writes where its blocks lie and deleting it is one more change to the folder. The price is on reads: each
        // read transaction opens the kept journal to see that it holds nothing to roll back (about 20 us a
        // statement on a local disk, a round trip on a shared drive). After a large transaction (an import) the
        // journal is cut back to 1 MiB.
        QSqlQuery journal(db);
        journal.exec(QStringLiteral("PRAGMA journal_mode = PERSIST"));
        journal.finish(); // statements still open would block VACUUM INTO in migrate()
        exec(QStringLiteral("PRAGMA journal_size_limit = 1048576"));
        exec(QStringLiteral("PRAGMA synchronous = FULL"));
        // Lists read a large roster page by page: a bigger page cache (16 MB instead of 2) spares the system calls
        // that otherwise copy the same pages again for every page and keystroke.
        exec(QStringLiteral("PRAGMA cache_size = -16384"));
    } catch (...) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

void Database::openServer(const QString& location)
{
    m_engine = Engine::Postgres;
    const QUrl url(location, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty() || database.contains(u'/'))
        throw StorageError(StorageError::Kind::Invalid,
                           tr("%1 is not a server address; write it as postgresql://user@host:port/database.")
                               .arg(url.toString(QUrl::RemovePassword)));
    m_path = url.toString(QUrl::RemovePassword);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid()) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StorageError(StorageError::Kind::Io,
                           tr("The Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed."));
    }
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(database);
    db.setUserName(url.userName());
    // Connection parameters from the URL's query (sslmode, sslrootcert, connect_timeout, ...) go to libpq as they are.
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=jifen")};
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        options << key + u'=' + value;
    db.setConnectOptions(options.join(u';'));

    QString password = url.password();
    if (password.isEmpty())
        password = qEnvironmentVariable("JIFEN_PASSWORD");
    if (password.isEmpty()) {
        const QMutexLocker lock(&passwordMutex);
        password = rememberedPasswords().value(m_path);
    }
    db.setPassword(password); // empty: libpq looks in ~/.pgpass and PGPASSWORD
    bool open = db.open();
    for (int attempt = 0; !open && attempt < 3 && needsPassword(db.lastError()); ++attempt) {
        PasswordPrompt prompt;
        {
            const QMutexLocker lock(&passwordMutex);
            prompt = passwordPrompt();
        }
        if (!prompt)
            break;
        password = prompt(m_path, db.lastError().databaseText().trimmed());
        if (password.isEmpty())
            break;
        db.setPassword(password);
        open = db.open();
    }
    if (!open) {
        const QString message = db.lastError().databaseText().trimmed();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StorageError(StorageError::Kind::Io,
                           tr("Cannot connect to the ledger server %1: %2").arg(m_path, message));
    }
    // Other connections to the same ledger (worker threads reopen path(), which has no password) need it too.
    if (!password.isEmpty()) {
        const QMutexLocker lock(&passwordMutex);
        rememberedPasswords().insert(m_path, password);
    }
    // Dates and times are stored as ISO text written by the application: the session's time zone does not enter.
    // Sums of BIGINT are NUMERIC on PostgreSQL and arrive as doubles (the driver's default), exact for any total.
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

void Database::forwardOnly(QSqlQuery& query)
{
    if (!query.driver() || query.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        query.setForwardOnly(true);
}

QString Database::containsCondition(const QString& column) const
{
    return (m_engine == Engine::Sqlite ? QStringLiteral("instr(%1, ?) > 0") : QStringLiteral("strpos(%1, ?) > 0"))
        .arg(column);
}

qint64 Database::insertReturningId(QSqlQuery& query)
{
    exec(query);
    if (!query.next())
        fail(query);
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

void Database::fail(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString native = error.nativeErrorCode();
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL)
        failOnServer(native, text);
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
    int version = schemaVersion(); // 0 for a new ledger (no schema_info yet)
    if (version > steps.size())
        throw StorageError(StorageError::Kind::Schema,
                           tr("This database was written by a newer version of Jifen (schema %1); please update Jifen.")
                               .arg(version));
    if (version == steps.size())
        return; // the usual case: nothing to create, so an account without DDL rights opens the ledger too

    if (version > 0 && isFile()) {
        // Keep a consistent copy of the file as it was before the first step changes it. (A server's backups are
        // its administrator's: see packaging/postgres.)
        const QString backup = QStringLiteral("%1.bak-v%2").arg(m_path).arg(version);
        QFile::remove(backup);
        QSqlQuery query(connection());
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(backup);
        if (!query.exec())
            fail(query);
        restrictToOwner(backup);
    }

    // Each step of an upgrade in a write transaction of its own, reading the version again under the write lock: two
    // programs opening a new server ledger at once migrate it once. A new ledger is made in one transaction: all of
    // it or nothing, with one sync instead of one a step.
    for (;;) {
        Transaction transaction(*this);
        if (version == 0)
            exec(Migrations::schemaInfoTable());
        version = schemaVersion();
        if (version >= steps.size()) {
            transaction.commit();
            return;
        }
        const bool creating = version == 0;
        do {
            for (const QString& sql : steps.at(version))
                exec(sql);
            ++version;
        } while (creating && version < steps.size());
        exec(QStringLiteral("DELETE FROM schema_info"));
        QSqlQuery stamp = prepare(QStringLiteral("INSERT INTO schema_info (version) VALUES (?)"));
        stamp.addBindValue(version);
        exec(stamp);
        transaction.commit();
    }
}

} // namespace jifen
