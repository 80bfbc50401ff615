#include "BackgroundTask.h"

#include "storage/StorageError.h"

#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace jifen::ui {

BackgroundTask::BackgroundTask(QWidget* parent, const QString& label, Work work)
    : QObject(parent)
    , m_work(std::move(work))
{
    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, 1000, parent);
    m_dialog->setObjectName(QStringLiteral("progressDialog"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] { m_cancelled = true; });
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
    delete m_dialog;
}

bool BackgroundTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundTask::start()
{
    QPointer<QProgressDialog> dialog = m_dialog;
    m_thread = QThread::create([this, dialog] {
        const Progress progress = [this, dialog](qint64 done, qint64 total) {
            const int value = total > 0 ? static_cast<int>(done * 1000 / total) : 0;
            QMetaObject::invokeMethod(
                dialog,
                [dialog, value] {
                    if (dialog)
                        dialog->setValue(value);
                },
                Qt::QueuedConnection);
            return !m_cancelled.load();
        };
        try {
            m_work(progress);
        } catch (const StorageError& error) {
            m_error = error.message();
        }
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_dialog->hide();
        emit finished(m_error);
    });
    m_thread->start();
}

} // namespace jifen::ui
