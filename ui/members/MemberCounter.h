#pragma once

#include "storage/MemberQuery.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace jifen::ui {

// Counts the members a filter matches on a worker thread with its own connection to the ledger, so a keystroke in
// the search box never waits for a count of 100,000 rows. Only the latest request is answered.
class MemberCounter : public QObject
{
    Q_OBJECT

public:
    MemberCounter(const QString& ledgerPath, QObject* parent = nullptr);
    ~MemberCounter() override;

    void request(const MemberFilter& filter);

signals:
    void counted(qint64 count); // for the latest request
    void requested(quint64 generation, const jifen::MemberFilter& filter); // to the worker

private:
    QThread m_thread;
    std::atomic<quint64> m_generation {0};
};

} // namespace jifen::ui

Q_DECLARE_METATYPE(jifen::MemberFilter)
