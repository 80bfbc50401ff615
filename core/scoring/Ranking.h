#pragma once

#include "model/Points.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace jifen {

// A member to be ranked within one scope and period.
struct RankCandidate
{
    qint64 memberId = 0;
    QString name;
    QString idNumber;
    Cents total = 0;
    std::optional<Cents> previousTotal; // the same scope's total in the period before; unset: no previous rank
    QByteArray nameKey; // Pinyin::nameSortKey(name) when the caller has it (the ledger stores it); empty: computed here
};

// One line of a ranking.
struct RankedRow
{
    qsizetype candidate = 0; // index into the candidates given to Ranking::rank
    qint64 memberId = 0;
    int rank = 0;
    Cents total = 0;
    std::optional<int> previousRank;
};

// Competition ranking as Excel's RANK.EQ does it (1, 2, 2, 4), highest total first.
class Ranking
{
public:
    // ranks[i] is 1 + the number of totals strictly greater than totals[i].
    static QList<int> competitionRanks(const QList<Cents>& totals);

    // Indices of the candidates in display order: total descending, then name in Chinese (pinyin) collation, then
    // ID number.
    static QList<qsizetype> displayOrder(const QList<RankCandidate>& candidates);

    // Every candidate ranked, in display order; previous ranks among the candidates that have a previous total.
    static QList<RankedRow> rank(const QList<RankCandidate>& candidates);
};

} // namespace jifen
