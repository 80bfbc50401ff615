#include "BranchEvaluationLoader.h"

#include "report/ReportBuilder.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/StorageError.h"

#include <memory>

namespace jifen::ui {

namespace {

// Lives in the worker thread: a QSqlDatabase belongs to the thread that opened it.
class EvaluationWorker : public QObject
{
public:
    EvaluationWorker(QString location, Actor actor)
        : m_location(std::move(location))
        , m_actor(std::move(actor))
    {
    }

    std::optional<BranchEvaluationReport> evaluate(int year, qint64 under, QString* error)
    {
        try {
            if (!m_ledger) {
                m_db = std::make_unique<Database>(m_location);
                m_ledger = std::make_unique<Ledger>(*m_db, m_actor);
            }
            return ReportBuilder(*m_ledger).branchEvaluation(year,
                                                             under > 0 ? std::optional<qint64>(under) : std::nullopt);
        } catch (const StorageError& e) {
            *error = e.message();
            return std::nullopt;
        }
    }

private:
    QString m_location;
    Actor m_actor;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Ledger> m_ledger;
};

} // namespace

BranchEvaluationLoader::BranchEvaluationLoader(const QString& ledgerLocation, Actor actor, QObject* parent)
    : QObject(parent)
{
    auto* worker = new EvaluationWorker(ledgerLocation, std::move(actor));
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &BranchEvaluationLoader::requested, worker,
            [this, worker](quint64 generation, int year, qint64 under) {
                if (generation != m_generation.load())
                    return; // a newer request is on its way
                QString error;
                auto report = worker->evaluate(year, under, &error);
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, error, report = std::move(report)] {
                        if (generation != m_generation.load())
                            return;
                        m_answered = generation;
                        emit loaded(report, error);
                    },
                    Qt::QueuedConnection);
            });
    m_thread.setObjectName(QStringLiteral("branch evaluation"));
    m_thread.start(QThread::IdlePriority);
}

BranchEvaluationLoader::~BranchEvaluationLoader()
{
    m_generation = 0;
    m_thread.quit();
    m_thread.wait();
}

void BranchEvaluationLoader::request(int year, qint64 under)
{
    emit requested(++m_generation, year, under);
}

} // namespace jifen::ui
