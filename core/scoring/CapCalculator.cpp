#include "CapCalculator.h"

#include <algorithm>
#include <numeric>

namespace jifen {

QList<Cents> CapCalculator::contributions(const QList<CapItem>& items)
{
    // Chronological, ties by sequence, then by position.
    const auto before = [](const CapItem& x, const CapItem& y) {
        return x.date != y.date ? x.date < y.date : x.sequence < y.sequence;
    };
    QList<Cents> result(items.size(), 0);
    int year = 0;
    int month = 0;
    Cents usedYear = 0; // sum of |contribution| so far in the year
    Cents usedMonth = 0;
    const auto walk = [&](qsizetype index) {
        const CapItem& item = items[index];
        int itemYear = 0, itemMonth = 0, itemDay = 0;
        item.date.getDate(&itemYear, &itemMonth, &itemDay);
        if (itemYear != year) {
            year = itemYear;
            month = 0;
            usedYear = 0;
        }
        if (itemMonth != month) {
            month = itemMonth;
            usedMonth = 0;
        }
        Cents room = item.raw < 0 ? -item.raw : item.raw;
        if (item.capMonth)
            room = std::min(room, std::max<Cents>(0, *item.capMonth - usedMonth));
        if (item.capYear)
            room = std::min(room, std::max<Cents>(0, *item.capYear - usedYear));
        usedMonth += room;
        usedYear += room;
        result[index] = item.raw < 0 ? -room : room;
    };
    // An import calls this for every member and rule, mostly with one entry or a few already in order: those are
    // walked as they are, without an order to build and sort.
    if (std::is_sorted(items.cbegin(), items.cend(), before)) {
        for (qsizetype index = 0; index < items.size(); ++index)
            walk(index);
        return result;
    }
    // A total order (position breaks the last ties), so the sort needs no stability and, unlike a stable sort, no
    // buffer.
    QList<qsizetype> order(items.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::sort(order.begin(), order.end(), [&items, &before](qsizetype a, qsizetype b) {
        if (before(items[a], items[b]))
            return true;
        return !before(items[b], items[a]) && a < b;
    });
    for (const qsizetype index : order)
        walk(index);
    return result;
}

} // namespace jifen
