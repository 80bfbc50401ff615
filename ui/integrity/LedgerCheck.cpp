#include "LedgerCheck.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>
#include <QThread>

namespace jifen::ui {

LedgerCheck::LedgerCheck(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
{
}

LedgerCheck::~LedgerCheck()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool LedgerCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void LedgerCheck::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        QElapsedTimer sinceReport;
        sinceReport.start();
        try {
            Database db(m_path);
            m_result = LedgerVerifier(db).run([this, &sinceReport](qint64 done, qint64 total) {
                // A few reports a second are enough for a progress bar.
                if (sinceReport.elapsed() >= 100) {
                    sinceReport.restart();
                    QMetaObject::invokeMethod(
                        this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
                }
                return !m_cancelled.load();
            });
        } catch (const StorageError& error) {
            m_error = error.message();
        }
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        emit finished();
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace jifen::ui
