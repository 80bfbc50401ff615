#include "Ranking.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <functional>
#include <numeric>
#include <vector>

namespace jifen {

QList<int> Ranking::competitionRanks(const QList<Cents>& totals)
{
    // A rank is 1 + how many totals are greater: sort the totals once, then count by binary search.
    std::vector<Cents> descending(totals.cbegin(), totals.cend());
    std::sort(descending.begin(), descending.end(), std::greater<Cents>());
    QList<int> ranks;
    ranks.reserve(totals.size());
    for (const Cents total : totals) {
        const auto firstEqual = std::lower_bound(descending.cbegin(), descending.cend(), total, std::greater<Cents>());
        ranks.append(int(firstEqual - descending.cbegin()) + 1);
    }
    return ranks;
}

QList<qsizetype> Ranking::displayOrder(const QList<RankCandidate>& candidates)
{
    // Names repeat (a city has many 王芳): collate each distinct name once, then sort on its place among them.
    QHash<QString, int> nameOrder;
    nameOrder.reserve(candidates.size());
    for (const RankCandidate& candidate : candidates)
        nameOrder.insert(candidate.name, 0);
    {
        const QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
        std::vector<std::pair<QCollatorSortKey, const QString*>> keyed;
        keyed.reserve(nameOrder.size());
        for (auto it = nameOrder.cbegin(); it != nameOrder.cend(); ++it)
            keyed.emplace_back(collator.sortKey(it.key()), &it.key());
        std::sort(keyed.begin(), keyed.end(), [](const auto& x, const auto& y) {
            const int byKey = x.first.compare(y.first);
            return byKey != 0 ? byKey < 0 : *x.second < *y.second; // equal keys: keep the order stable
        });
        int place = 0;
        for (qsizetype k = 0; k < qsizetype(keyed.size()); ++k) {
            if (k > 0 && keyed[k].first.compare(keyed[k - 1].first) != 0)
                ++place;
            nameOrder[*keyed[k].second] = place;
        }
    }
    struct Key
    {
        Cents total;
        int place;
        qsizetype index;
    };
    std::vector<Key> keys;
    keys.reserve(candidates.size());
    for (qsizetype i = 0; i < candidates.size(); ++i)
        keys.push_back(Key {candidates[i].total, nameOrder.value(candidates[i].name), i});
    std::sort(keys.begin(), keys.end(), [&candidates](const Key& x, const Key& y) {
        if (x.total != y.total)
            return x.total > y.total;
        if (x.place != y.place)
            return x.place < y.place;
        return candidates[x.index].idNumber < candidates[y.index].idNumber;
    });
    QList<qsizetype> order;
    order.reserve(candidates.size());
    for (const Key& key : keys)
        order.append(key.index);
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
