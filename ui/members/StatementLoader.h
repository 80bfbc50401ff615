#pragma once

#include "report/MemberStatement.h"
#include "storage/Actor.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace jifen::ui {

// Works out a member's statement for a year (total, grade, the verdict on every award) on a worker thread with its
// own connection to the ledger. A verdict needs every current member's year (the places and grades are among them):
// half a second at 100,000 members, which the members screen must not wait for when it opens or a row is selected.
// Only the latest request is answered.
class StatementLoader : public QObject
{
    Q_OBJECT

public:
    StatementLoader(const QString& ledgerLocation, Actor actor, QObject* parent = nullptr);
    ~StatementLoader() override;

    void request(qint64 memberId, int year);

signals:
    // For the latest request; `statement` is empty when the ledger could not give it.
    void loaded(qint64 memberId, int year, const std::optional<jifen::MemberStatement>& statement);
    void requested(quint64 generation, qint64 memberId, int year); // to the worker

private:
    QThread m_thread;
    std::atomic<quint64> m_generation {0};
};

} // namespace jifen::ui
