#include "Ranking.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <numeric>
#include <vector>

namespace jifen {

QList<int> Ranking::competitionRanks(const QList<Cents>& totals)
{
    QList<qsizetype> order(totals.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::sort(order.begin(), order.end(), [&totals](qsizetype a, qsizetype b) { return totals[a] > totals[b]; });
    QList<int> ranks(totals.size(), 0);
    for (qsizetype position = 0; position < order.size(); ++position) {
        const qsizetype index = order[position];
        const bool tiedWithPrevious = position > 0 && totals[order[position - 1]] == totals[index];
        ranks[index] = tiedWithPrevious ? ranks[order[position - 1]] : int(position + 1);
    }
    return ranks;
}

QList<qsizetype> Ranking::displayOrder(const QList<RankCandidate>& candidates)
{
    QList<qsizetype> order(candidates.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::sort(order.begin(), order.end(),
              [&candidates](qsizetype a, qsizetype b) { return candidates[a].total > candidates[b].total; });

    // Collation only matters among equal totals; sort keys make each comparison a byte comparison.
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    auto groupBegin = order.begin();
    while (groupBegin != order.end()) {
        const Cents total = candidates[*groupBegin].total;
        const auto groupEnd = std::find_if(groupBegin, order.end(),
                                           [&candidates, total](qsizetype i) { return candidates[i].total != total; });
        if (groupEnd - groupBegin > 1) {
            std::vector<std::pair<QCollatorSortKey, qsizetype>> keyed;
            keyed.reserve(groupEnd - groupBegin);
            for (auto it = groupBegin; it != groupEnd; ++it)
                keyed.emplace_back(collator.sortKey(candidates[*it].name), *it);
            std::sort(keyed.begin(), keyed.end(), [&candidates](const auto& x, const auto& y) {
                const int byName = x.first.compare(y.first);
                if (byName != 0)
                    return byName < 0;
                return candidates[x.second].idNumber < candidates[y.second].idNumber;
            });
            auto out = groupBegin;
            for (const auto& entry : keyed)
                *out++ = entry.second;
        }
        groupBegin = groupEnd;
    }
    return order;
}

QList<RankedRow> Ranking::rank(const QList<RankCandidate>& candidates)
{
    QList<Cents> totals;
    totals.reserve(candidates.size());
    QList<Cents> previousTotals;
    QList<qsizetype> withPrevious;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        totals.append(candidates[i].total);
        if (candidates[i].previousTotal) {
            previousTotals.append(*candidates[i].previousTotal);
            withPrevious.append(i);
        }
    }
    const QList<int> ranks = competitionRanks(totals);
    QList<std::optional<int>> previousRanks(candidates.size());
    const QList<int> earlier = competitionRanks(previousTotals);
    for (qsizetype k = 0; k < withPrevious.size(); ++k)
        previousRanks[withPrevious[k]] = earlier[k];

    QList<RankedRow> rows;
    rows.reserve(candidates.size());
    for (const qsizetype i : displayOrder(candidates))
        rows.append(RankedRow {i, candidates[i].memberId, ranks[i], candidates[i].total, previousRanks[i]});
    return rows;
}

} // namespace jifen
