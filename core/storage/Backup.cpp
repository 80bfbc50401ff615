#include "Backup.h"

#include "Database.h"
#include "LedgerCopy.h"
#include "Ledger.h"
#include "LedgerVerifier.h"
#include "SqliteHandle.h"
#include "StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

namespace jifen {

namespace {

constexpr int pagesPerStep = 512;

sqlite3* handleOf(Database& db)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle)
        throw StorageError(StorageError::Kind::Io, Backup::tr("Backups need the SQLite engine."));
    return handle;
}

// Copies every page of `from` into `to` with the online backup API, retrying while another connection writes.
void copyPages(sqlite3* to, sqlite3* from, const Backup::Progress& progress)
{
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        throw StorageError(StorageError::Kind::Io,
                           Backup::tr("The backup could not start: %1").arg(QString::fromUtf8(sqlite3_errmsg(to))));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        if (progress && !progress(sqlite3_backup_pagecount(backup) - sqlite3_backup_remaining(backup),
                                  sqlite3_backup_pagecount(backup))) {
            sqlite3_backup_finish(backup);
            throw StorageError(StorageError::Kind::Io, Backup::tr("The backup was cancelled."));
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            QThread::msleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw StorageError(StorageError::Kind::Io,
                           Backup::tr("The backup failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
}

// The first column of the first row `sql` gives; -1 when it gives none or fails.
qint64 integerIn(sqlite3* db, const QByteArray& sql)
{
    sqlite3_stmt* statement = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_type(statement, 0) != SQLITE_NULL)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

qint64 countIn(sqlite3* db, const char* table)
{
    return integerIn(db, QByteArrayLiteral("SELECT COUNT(*) FROM ") + table);
}

// Whether the file is a Jifen ledger (a schema stamp and the members table), without opening it as one: opening an
// empty or foreign file as a ledger would make a new, empty one of it.
bool isLedgerFile(const QString& path)
{
    sqlite3* db = nullptr;
    bool ledger = false;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK)
        ledger = integerIn(db, "SELECT MAX(version) FROM schema_info") >= 1 && countIn(db, "members") >= 0;
    sqlite3_close(db);
    return ledger;
}

} // namespace

void Backup::write(Database& db, const QString& target, const Progress& progress)
{
    const QString partial = target + QStringLiteral(".partial");
    Database::removeFile(partial); // and a journal an interrupted backup left, which would be rolled into the new copy
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        throw StorageError(StorageError::Kind::Io, tr("Cannot create the folder for %1.").arg(target));
    {
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly))
            throw StorageError(StorageError::Kind::Io, tr("Cannot write %1: %2").arg(target, file.errorString()));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (!db.isFile()) {
        // A server ledger is copied row for row into a new SQLite file (the file must start empty).
        QFile::remove(partial);
        try {
            Database copy(partial);
            LedgerCopy::run(db, copy, [&progress](qint64 done, qint64 total) {
                return !progress || progress(int(done * 1000 / std::max<qint64>(total, 1)), 1000);
            });
        } catch (...) {
            Database::removeFile(partial);
            throw;
        }
        QFile::remove(partial + QStringLiteral("-journal")); // a backup is one file, its journal's work done
        QFile::remove(target);
        if (!QFile::rename(partial, target)) {
            QFile::remove(partial);
            throw StorageError(StorageError::Kind::Io, tr("Cannot write %1.").arg(target));
        }
        return;
    }
    sqlite3* out = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &out, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(out);
        QFile::remove(partial);
        throw StorageError(StorageError::Kind::Io, tr("Cannot write %1.").arg(target));
    }
    try {
        copyPages(out, handleOf(db), progress);
    } catch (...) {
        sqlite3_close(out);
        QFile::remove(partial);
        throw;
    }
    sqlite3_close(out);
    // Only a complete copy takes the final name.
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        throw StorageError(StorageError::Kind::Io, tr("Cannot write %1.").arg(target));
    }
}

QString Backup::directory(const QString& dbPath)
{
    const QFileInfo info(dbPath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

QString Backup::rotate(Database& db, const QString& reason)
{
    // A server ledger's backups are its administrator's (pg_dump, or `jifen-cli copy` to a file).
    if (!db.isFile())
        return {};
    const QString dir = directory(db.path());
    const QString name = QStringLiteral("%1-%2-%3.sqlite")
                             .arg(QFileInfo(db.path()).completeBaseName(),
                                  QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmsszzz")), reason);
    const QString target = QDir(dir).filePath(name);
    write(db, target);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QSqlQuery keep(db.connection());
    keep.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'backup_keep_days'"));
    const int days = keep.next() ? keep.value(0).toInt() : defaultKeepDays;
    const QFileInfoList files =
        QDir(dir).entryInfoList({QFileInfo(db.path()).completeBaseName() + QStringLiteral("-*.sqlite")}, QDir::Files,
                                QDir::Time);
    const QDateTime limit = QDateTime::currentDateTime().addDays(-days);
    // Files come newest first. Of one day's backups (an import after an import), the first of the day and the newest
    // few are kept: the ledger as it was when the day's work began, and the last steps of it.
    QHash<QDate, QList<qsizetype>> byDay;
    for (qsizetype i = 0; i < files.size(); ++i)
        byDay[files[i].lastModified().date()].append(i);
    QSet<qsizetype> surplus;
    for (const QList<qsizetype>& day : std::as_const(byDay))
        for (qsizetype k = keepPerDay - 1; k < day.size() - 1; ++k)
            surplus.insert(day[k]);
    for (qsizetype i = 3; i < files.size(); ++i)
        if (files[i].lastModified() < limit || surplus.contains(i))
            QFile::remove(files[i].absoluteFilePath());
    return target;
}

QString Backup::beforeImport(Database& db)
{
    const QString name = QFileInfo(db.path()).fileName();
    if (name.isEmpty() || name == u":memory:" || name.startsWith(u"file::memory:"))
        return {};
    return rotate(db, QStringLiteral("import"));
}

QList<Backup::Info> Backup::list(const QString& dbPath)
{
    QList<Info> result;
    if (Database::isServerUrl(dbPath))
        return result;
    const QString base = QFileInfo(dbPath).completeBaseName();
    const QFileInfoList files =
        QDir(directory(dbPath)).entryInfoList({base + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Time);
    for (const QFileInfo& file : files) {
        Info info;
        info.path = file.absoluteFilePath();
        info.created = file.lastModified();
        info.bytes = file.size();
        const QStringList parts = file.completeBaseName().mid(base.size() + 1).split(u'-');
        info.reason = parts.size() >= 3 ? parts.mid(2).join(u'-') : QString();
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(info.path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
            info.members = countIn(db, "members");
            info.entries = countIn(db, "entries");
        }
        sqlite3_close(db);
        result << info;
    }
    return result;
}

QString Backup::restore(Ledger& ledger, const QString& source)
{
    ledger.actor().require(Actor::Permission::ManageSettings);
    if (!ledger.database().isFile())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("A server ledger is not replaced from a file here: restore the server's own backup, or "
                              "copy the file into a new server database with `jifen-cli copy`."));
    if (!QFileInfo::exists(source))
        throw StorageError(StorageError::Kind::NotFound, tr("No backup file %1.").arg(source));
    // Verify a scratch copy, so that opening it (which may migrate it) never touches the backup itself.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("restore-check.sqlite"));
    if (!scratch.isValid() || !QFile::copy(source, copy))
        throw StorageError(StorageError::Kind::Io, tr("Cannot read the backup %1.").arg(source));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!isLedgerFile(copy))
        throw StorageError(StorageError::Kind::Invalid,
                           tr("%1 is not a Jifen ledger or backup, so it was not restored.").arg(source));
    {
        Database check(copy);
        const auto result = LedgerVerifier(check).run();
        if (!result.ok())
            throw StorageError(StorageError::Kind::Invalid,
                               tr("The backup %1 fails verification, so it was not restored: %2")
                                   .arg(source, result.problems.isEmpty() ? QString() : result.problems.constFirst().message));
        Database& live = ledger.database();
        const QString kept = live.path() + QStringLiteral(".replaced-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        write(live, kept);
        copyPages(handleOf(live), handleOf(check), {});
        ledger.audit().append(ledger.actor(), QStringLiteral("ledger.restore"), QStringLiteral("ledger"), 0,
                              tr("Restored from %1; the replaced ledger was kept as %2").arg(source, kept),
                              QJsonValue::Null, QJsonValue::Null);
        return kept;
    }
}

} // namespace jifen
