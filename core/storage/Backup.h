#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace jifen {

class Database;
class Ledger;

// Consistent copies of a ledger made with SQLite's online backup API while it is in use, kept readable by their owner
// only; automatic rotating backups beside the ledger; and restoring one after verifying its chain.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    struct Info {
        QString path;
        QDateTime created;
        QString reason; // "startup", "import", "manual", ...
        qint64 members = -1;
        qint64 entries = -1;
        qint64 bytes = 0;
    };

    // Called with (pages done, pages in all); return false to cancel (the partial file is removed).
    using Progress = std::function<bool(int done, int total)>;

    // Writes a copy of the open ledger to `target` (replaced when it exists). Throws StorageError.
    static void write(Database& db, const QString& target, const Progress& progress = {});

    // An automatic backup into directory(db), named after the time and `reason`; then removes automatic backups older
    // than the `backup_keep_days` setting (default 30) and, of any one day's, all but the first and the newest
    // keepPerDay - 1; the newest three are always kept. Returns the new file's path (empty for a server
    // ledger, whose backups are the server's).
    static QString rotate(Database& db, const QString& reason);

    // The automatic backup taken before an import writes (reason "import"), so every importer gets it: the CLI's and
    // the wizard's. Returns its path, or an empty string for a ledger without a file (":memory:"). Throws StorageError
    // when the copy cannot be written: an import must not run without it.
    static QString beforeImport(Database& db);

    // Where automatic backups of the ledger at `dbPath` go: "<folder>/<name>-backups".
    static QString directory(const QString& dbPath);
    // Automatic backups, newest first, with their counts read from each file.
    static QList<Info> list(const QString& dbPath);

    // Replaces the ledger's content with the backup at `source` after verifying the backup's chain. The content it
    // replaces is first saved as "<ledger>.replaced-<time>". Needs ManageSettings. Returns that saved file's path.
    static QString restore(Ledger& ledger, const QString& source);

    static constexpr int defaultKeepDays = 30;
    static constexpr int keepPerDay = 5;
};

} // namespace jifen
