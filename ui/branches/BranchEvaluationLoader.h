#pragma once

#include "report/BranchEvaluationReport.h"
#include "storage/Actor.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <optional>

namespace jifen::ui {

// Works out the branch evaluation of a year (two years of every branch's facts: seconds on a city-scale ledger) on a
// worker thread with its own connection to the ledger, so that the window never waits for it. Only the latest request
// is answered.
class BranchEvaluationLoader : public QObject
{
    Q_OBJECT

public:
    BranchEvaluationLoader(const QString& ledgerLocation, Actor actor, QObject* parent = nullptr);
    ~BranchEvaluationLoader() override;

    // `under`: the branch whose tree is the scope, 0 for all.
    void request(int year, qint64 under);
    bool isBusy() const { return m_answered.load() != m_generation.load(); }

signals:
    // For the latest request; `report` is empty when the ledger could not give it, `error` then says why.
    void loaded(const std::optional<jifen::BranchEvaluationReport>& report, const QString& error);
    void requested(quint64 generation, int year, qint64 under); // to the worker

private:
    QThread m_thread;
    std::atomic<quint64> m_generation {0};
    std::atomic<quint64> m_answered {0};
};

} // namespace jifen::ui
