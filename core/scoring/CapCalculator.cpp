#include "CapCalculator.h"

#include <algorithm>
#include <numeric>

namespace jifen {

QList<Cents> CapCalculator::contributions(const QList<CapItem>& items)
{
    // Chronological, ties by sequence, then by position: a total order, so the sort needs no stability (and, unlike a
    // stable sort, no buffer: an import calls this for every member and rule).
    QList<qsizetype> order(items.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::sort(order.begin(), order.end(), [&items](qsizetype a, qsizetype b) {
        const CapItem& x = items[a];
        const CapItem& y = items[b];
        if (x.date != y.date)
            return x.date < y.date;
        return x.sequence != y.sequence ? x.sequence < y.sequence : a < b;
    });

    QList<Cents> result(items.size(), 0);
    int year = 0;
    int month = 0;
    Cents usedYear = 0; // sum of |contribution| so far in the year
    Cents usedMonth = 0;
    for (const qsizetype index : order) {
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
    }
    return result;
}

} // namespace jifen
