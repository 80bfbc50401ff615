#pragma once

#include "Activity.h"
#include "Eligibility.h"
#include "PeriodTotals.h"
#include "Ranking.h"
#include "ScoringLedger.h"

#include <QHash>

#include <optional>

namespace jifen {

// Totals, rankings and eligibility of an in-memory ledger, built from CapCalculator, PeriodTotals, Activity, Ranking,
// Grades and Eligibility. For small ledgers and tests; the database feeds the same pieces with facts taken by SQL.
//
// The members counted in a period are those of the scoring spec ("Who is counted in a period"): joined by its last day,
// and not left (转出, 去世 on the status date) before its first day. The in-memory ledger has no dated history of
// moves: a member belongs to the branch recorded now.
class ScoringEngine
{
public:
    explicit ScoringEngine(ScoringLedger ledger);

    const ScoringLedger& ledger() const { return m_ledger; }
    const Member* member(qint64 memberId) const;

    // The entry's raw points (points of the version in force on its date × quantity); 0 for an unknown entry.
    Cents rawPoints(qint64 entryId) const;
    // What the entry adds after caps; nullopt when it does not count (reversed, pending, rejected) or is unknown.
    std::optional<Cents> contribution(qint64 entryId) const;

    Cents total(qint64 memberId, const Period& period) const;
    int activeMonths(qint64 memberId, int year) const;
    bool vetoed(qint64 memberId, int year) const;
    QString grade(qint64 memberId, int year) const;

    // The members counted in the period, of one branch (its own members: the in-memory ledger has no branch tree,
    // unlike the database, where a branch's scope takes in the branches under it) or of all, in the ledger's order.
    QList<const Member*> countedMembers(const Period& period, std::optional<qint64> branchId = std::nullopt) const;
    // Whether the member is on the roster on `day` (one who leaves that day still is).
    static bool onRoster(const Member& member, QDate day);

    // Every counted member of the scope ranked on the period, in display order, with ranks in the period before.
    // RankedRow::candidate indexes countedMembers(period, branchId).
    QList<RankedRow> ranking(const Period& period, std::optional<qint64> branchId = std::nullopt) const;

    // One verdict per member counted in the year, in the order of countedMembers(); those who left before the year's
    // end (or `today`) have `on_roster` failed.
    QList<EligibilityVerdict> eligibility(int year, const Award& award,
                                          QDate today = QDate::currentDate()) const;

private:
    const Rule* rule(qint64 ruleId) const;

    ScoringLedger m_ledger;
    QHash<qint64, qsizetype> m_memberIndex;
    QHash<qint64, qsizetype> m_ruleIndex;
    QHash<qint64, Cents> m_raw; // by entry id
    QHash<qint64, Cents> m_contribution; // by entry id, counted entries only
    QHash<qint64, QHash<int, PeriodTotals>> m_totals; // member -> year
    QHash<qint64, QHash<int, Activity>> m_activity; // member -> year
};

} // namespace jifen
