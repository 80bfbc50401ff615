#include "MemberCounter.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <memory>

namespace jifen::ui {

namespace {

// Lives in the worker thread: a QSqlDatabase belongs to the thread that opened it.
class CountWorker : public QObject
{
public:
    CountWorker(QString path, const std::atomic<quint64>& latest)
        : m_path(std::move(path))
        , m_latest(latest)
    {
    }

    std::optional<qint64> count(quint64 generation, const MemberFilter& filter)
    {
        if (generation != m_latest.load())
            return std::nullopt; // a newer request is on its way
        try {
            if (!m_db)
                m_db = std::make_unique<Database>(m_path);
            return MemberQuery(*m_db, filter).count();
        } catch (const StorageError&) {
            return std::nullopt;
        }
    }

private:
    QString m_path;
    const std::atomic<quint64>& m_latest;
    std::unique_ptr<Database> m_db;
};

} // namespace

MemberCounter::MemberCounter(const QString& ledgerPath, QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<MemberFilter>();
    auto* worker = new CountWorker(ledgerPath, m_generation);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &MemberCounter::requested, worker, [this, worker](quint64 generation, const MemberFilter& filter) {
        const auto n = worker->count(generation, filter);
        if (n)
            QMetaObject::invokeMethod(
                this,
                [this, generation, n] {
                    if (generation == m_generation.load())
                        emit counted(*n);
                },
                Qt::QueuedConnection);
    });
    m_thread.setObjectName(QStringLiteral("member counter"));
    m_thread.start(QThread::LowPriority);
}

MemberCounter::~MemberCounter()
{
    m_generation = 0;
    m_thread.quit();
    m_thread.wait();
}

void MemberCounter::request(const MemberFilter& filter)
{
    emit requested(++m_generation, filter);
}

} // namespace jifen::ui
