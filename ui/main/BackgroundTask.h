#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QProgressDialog;
class QThread;
class QWidget;

namespace jifen::ui {

// Runs long work (a demonstration load, a big import) off the GUI thread with a progress dialog and a Cancel button.
// The work gets a progress callback that returns false once the clerk cancels; it must open its own database
// connection (a Database per thread). finished() carries the error message, empty on success.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    using Work = std::function<void(const Progress& progress)>; // throws StorageError on failure

    BackgroundTask(QWidget* parent, const QString& label, Work work);
    ~BackgroundTask() override;

    void start();
    bool isRunning() const;
    bool wasCancelled() const { return m_cancelled; }
    QProgressDialog* dialog() const { return m_dialog; }

signals:
    void finished(const QString& error);

private:
    Work m_work;
    QProgressDialog* m_dialog = nullptr;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancelled {false};
    QString m_error;
};

} // namespace jifen::ui
