#pragma once

#include "model/Points.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace jifen {

class Ledger;

// One line of a ranking as it was published.
struct PublishedRow
{
    qint64 memberId = 0;
    QString name;
    QString maskedId;
    QString branch;
    int rank = 0;
    bool tied = false;
    Cents points = 0;
    Cents yearToDate = 0;
    QString grade;
};

// A ranking printed for public notice (公示): what was published, when and by whom.
struct Publication
{
    qint64 id = 0;
    QString period; // "2026-03", "2026-Q2", "2026"
    qint64 branchId = 0; // 0: all members
    QString scope; // the branch's name; empty for all members
    QDateTime at; // UTC
    QString by;
    QDate noticeFrom;
    QDate noticeTo;
    QString title;
    QList<PublishedRow> rows;
};

// The record of rankings published for notice. Publications are append-only and audited like every other change.
class PublicationLog
{
    Q_DECLARE_TR_FUNCTIONS(PublicationLog)

public:
    explicit PublicationLog(Ledger& ledger);

    // Records a publication (time and operator are taken now, from the ledger's actor) with its audit record, in one
    // transaction; returns its id. Needs the EnterPoints permission; throws StorageError.
    qint64 record(Publication publication);

    // The latest publication of a period and scope, rows included.
    std::optional<Publication> latest(const QString& period, qint64 branchId) const;
    // Every publication, newest first, without rows.
    QList<Publication> list() const;

    // Members with an entry dated between `first` and `last` that was added, reversed or reviewed after `at`.
    QSet<qint64> membersChangedSince(QDate first, QDate last, const QDateTime& at) const;

private:
    Ledger& m_ledger;
};

} // namespace jifen
