#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace jifen {

class Database;

namespace ui {

// The automatic backup taken when Jifen starts: Backup::rotate in a thread of its own (its own connection), so the
// window opens at once. Backups older than the ledger's backup_keep_days setting (default Backup::defaultKeepDays)
// are removed then. A brand-new ledger with nothing in it is not backed up. Destroying this waits for the copy.
class StartupBackup : public QObject
{
    Q_OBJECT

public:
    explicit StartupBackup(const QString& databasePath, QObject* parent = nullptr);
    ~StartupBackup() override;

    void start();
    bool isRunning() const;

    // Whether the ledger holds anything worth a copy (members or entries).
    static bool worthKeeping(Database& db);

signals:
    // `path` is the new backup, empty when none was needed; `error` says why a backup failed.
    void finished(const QString& path, const QString& error);

private:
    QString m_databasePath;
    QThread* m_thread = nullptr;
    QString m_path;
    QString m_error;
};

} // namespace ui
} // namespace jifen
