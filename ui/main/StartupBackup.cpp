#include "StartupBackup.h"

#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QSqlQuery>
#include <QThread>

namespace jifen::ui {

StartupBackup::StartupBackup(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
}

StartupBackup::~StartupBackup()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool StartupBackup::isRunning() const
{
    return m_thread != nullptr;
}

bool StartupBackup::worthKeeping(Database& db)
{
    QSqlQuery query
        = db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM members) OR EXISTS (SELECT 1 FROM entries)"));
    Database::exec(query);
    return query.next() && query.value(0).toBool();
}

void StartupBackup::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        try {
            Database db(m_databasePath);
            if (worthKeeping(db))
                m_path = Backup::rotate(db, QStringLiteral("startup"));
        } catch (const StorageError& error) {
            m_error = error.message();
        }
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        emit finished(m_path, m_error);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace jifen::ui
