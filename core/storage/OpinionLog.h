#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace jifen {

class Ledger;

// One branch opinion (党支部意见表) as issued for one member.
struct OpinionIssue {
    qint64 id = 0;
    qint64 memberId = 0;
    int yearFrom = 0;
    int yearTo = 0;
    QString opinion; // as typed; empty when left to be written by hand
    QString by;
    QDateTime at; // UTC
};

// The record of branch opinions issued: who, when, for whom, which years. Append-only and audited, like the
// publications of rankings.
class OpinionLog
{
    Q_DECLARE_TR_FUNCTIONS(OpinionLog)

public:
    explicit OpinionLog(Ledger& ledger);

    // Records one issue per member (time and operator are taken now) in one transaction; returns their ids. Needs the
    // EnterPoints permission; throws StorageError.
    QList<qint64> record(const QList<qint64>& memberIds, int yearFrom, int yearTo, const QString& opinion);
    // Every issue, newest first; of one member when `memberId` is positive.
    QList<OpinionIssue> list(qint64 memberId = 0) const;

private:
    Ledger& m_ledger;
};

} // namespace jifen
