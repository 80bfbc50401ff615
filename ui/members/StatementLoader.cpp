#include "StatementLoader.h"

#include "report/ReportBuilder.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/StorageError.h"

#include <memory>

namespace jifen::ui {

namespace {

// Lives in the worker thread: a QSqlDatabase belongs to the thread that opened it.
class StatementWorker : public QObject
{
public:
    StatementWorker(QString location, Actor actor, const std::atomic<quint64>& latest)
        : m_location(std::move(location))
        , m_actor(std::move(actor))
        , m_latest(latest)
    {
    }

    // Nothing when a newer request is on its way; an empty statement when the ledger could not give one.
    std::optional<std::optional<MemberStatement>> statement(quint64 generation, qint64 memberId, int year)
    {
        if (generation != m_latest.load())
            return std::nullopt;
        try {
            if (!m_ledger) {
                m_db = std::make_unique<Database>(m_location);
                m_ledger = std::make_unique<Ledger>(*m_db, m_actor);
            }
            return std::optional<MemberStatement>(ReportBuilder(*m_ledger).statement(memberId, year));
        } catch (const StorageError&) {
            return std::optional<MemberStatement>();
        }
    }

private:
    QString m_location;
    Actor m_actor;
    const std::atomic<quint64>& m_latest;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Ledger> m_ledger;
};

} // namespace

StatementLoader::StatementLoader(const QString& ledgerLocation, Actor actor, QObject* parent)
    : QObject(parent)
{
    auto* worker = new StatementWorker(ledgerLocation, std::move(actor), m_generation);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &StatementLoader::requested, worker, [this, worker](quint64 generation, qint64 memberId, int year) {
        auto statement = worker->statement(generation, memberId, year);
        if (statement)
            QMetaObject::invokeMethod(
                this,
                [this, generation, memberId, year, statement = std::move(*statement)] {
                    if (generation == m_generation.load())
                        emit loaded(memberId, year, statement);
                },
                Qt::QueuedConnection);
    });
    m_thread.setObjectName(QStringLiteral("member statement"));
    // Idle priority (SCHED_IDLE on Linux): the verdicts wait while the screen paints or answers a keystroke, so
    // this half second of work never slows the screen where one core serves both.
    m_thread.start(QThread::IdlePriority);
}

StatementLoader::~StatementLoader()
{
    m_generation = 0;
    m_thread.quit();
    m_thread.wait();
}

void StatementLoader::request(qint64 memberId, int year)
{
    emit requested(++m_generation, memberId, year);
}

} // namespace jifen::ui
