#pragma once

#include "storage/LedgerVerifier.h"

#include <QObject>

#include <atomic>

class QThread;

namespace jifen::ui {

// Runs LedgerVerifier on the ledger at a path in a thread of its own, with its own connection (a QSqlDatabase belongs
// to the thread that opened it). progress() and finished() arrive on the thread that owns this object. Destroying it
// cancels the check and waits for the thread.
class LedgerCheck : public QObject
{
    Q_OBJECT

public:
    explicit LedgerCheck(const QString& path, QObject* parent = nullptr);
    ~LedgerCheck() override;

    void start();
    bool isRunning() const;
    const LedgerVerifier::Result& result() const { return m_result; }
    QString error() const { return m_error; } // the ledger could not be read at all

signals:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    QString m_path;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancelled {false};
    LedgerVerifier::Result m_result;
    QString m_error;
};

} // namespace jifen::ui
