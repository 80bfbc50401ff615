#include "Ranking.h"

#include "model/Pinyin.h"

#include <QHash>

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
    // Each candidate's place in name order (collation key, then ID number), then the places sorted by total. Names
    // repeat (a city has many 王芳): a key the caller did not bring is computed once per distinct name.
    QHash<QString, QByteArray> computedKeys;
    std::vector<const QByteArray*> keys;
    keys.reserve(size_t(candidates.size()));
    for (const RankCandidate& candidate : candidates) {
        if (!candidate.nameKey.isEmpty() || candidate.name.isEmpty()) {
            keys.push_back(&candidate.nameKey);
            continue;
        }
        auto computed = computedKeys.find(candidate.name);
        if (computed == computedKeys.end())
            computed = computedKeys.insert(candidate.name, Pinyin::nameSortKey(candidate.name));
        keys.push_back(&computed.value());
    }
    // The sort compares the keys' first eight bytes, held in the array it sorts, and reads the whole keys only when
    // those are equal: 100,000 keys compared through pointers miss the cache at every step.
    struct Named
    {
        quint64 prefix;
        qsizetype index;
    };
    std::vector<Named> byName;
    byName.reserve(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) {
        quint64 prefix = 0;
        const QByteArray& key = *keys[i];
        for (qsizetype b = 0; b < 8; ++b)
            prefix = prefix << 8 | (b < key.size() ? quint8(key[b]) : 0U);
        byName.push_back(Named {prefix, qsizetype(i)});
    }
    std::sort(byName.begin(), byName.end(), [&](const Named& x, const Named& y) {
        if (x.prefix != y.prefix)
            return x.prefix < y.prefix;
        const int byKey = keys[size_t(x.index)]->compare(*keys[size_t(y.index)]);
        return byKey != 0 ? byKey < 0 : candidates[x.index].idNumber < candidates[y.index].idNumber;
    });
    struct Key
    {
        Cents total;
        qsizetype place;
        qsizetype index;
    };
    std::vector<Key> order;
    order.reserve(byName.size());
    for (size_t place = 0; place < byName.size(); ++place)
        order.push_back(Key {candidates[byName[place].index].total, qsizetype(place), byName[place].index});
    std::sort(order.begin(), order.end(),
              [](const Key& x, const Key& y) { return x.total != y.total ? x.total > y.total : x.place < y.place; });
    QList<qsizetype> result;
    result.reserve(candidates.size());
    for (const Key& key : order)
        result.append(key.index);
    return result;
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
