#pragma once

#include "model/Pledge.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

class QSqlQuery;

namespace jifen {

class Ledger;

// Members' pledges (承诺践诺) and their year-end reviews, beside Ledger and sharing its transaction and audit log.
// Pledges and reviews are append-only. A review writes, in the same transaction, the entry of the rule the rule set's
// pledge_rules links to its result; a later review of the same pledge supersedes it (both are kept) and reverses that
// entry. Every write checks the actor's role and throws StorageError, leaving the ledger as it was.
class Pledges
{
    Q_DECLARE_TR_FUNCTIONS(Pledges)

public:
    explicit Pledges(Ledger& ledger);

    // A pledge of a member for a year (from the year the member joined to next year); `due` is optional. Returns its id.
    qint64 add(qint64 memberId, int year, const QString& text, QDate due = {});

    // Reviews a pledge (or corrects its review: the new one supersedes the current one). Refuses a pledge of a year
    // not yet begun, and a review that changes nothing. Returns the review's id.
    qint64 review(qint64 pledgeId, PledgeResult result, const QString& note);

    std::optional<Pledge> pledge(qint64 id) const;

    struct Filter {
        std::optional<int> year;
        qint64 memberId = 0; // 0: every member
        qint64 branchId = 0; // the members' branch now; 0: every branch
    };
    // With each pledge's current review; by year, branch, member name, then creation.
    QList<Pledge> list(const Filter& filter) const;
    // Every review of a pledge, the superseded ones included, oldest first.
    QList<PledgeReview> reviews(qint64 pledgeId) const;

    // The date of the entry a review writes: the clerk reviews at year end, often in the next January, and the points
    // belong to the pledge's year. So the review's own date (today) while the pledge's year runs, else the year's last
    // day; never after the day the member left the roster (`left`, invalid while on the roster).
    static QDate entryDate(int year, QDate today, QDate left);

private:
    static Pledge readPledge(const QSqlQuery& query);

    Ledger& m_ledger;
};

} // namespace jifen
