#include "CapCalculator.h"

#include <algorithm>
#include <numeric>

namespace jifen {

QList<Cents> CapCalculator::contributions(const QList<CapItem>& items)
{
    QList<qsizetype> order(items.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&items](qsizetype a, qsizetype b) {
        const CapItem& x = items[a];
        const CapItem& y = items[b];
        return x.date != y.date ? x.date < y.date : x.sequence < y.sequence;
    });

    QList<Cents> result(items.size(), 0);
    int year = 0;
    int month = 0;
    Cents usedYear = 0; // sum of |contribution| so far in the year
    Cents usedMonth = 0;
    for (const qsizetype index : order) {
        const CapItem& item = items[index];
        if (item.date.year() != year) {
            year = item.date.year();
            month = 0;
            usedYear = 0;
        }
        if (item.date.month() != month) {
            month = item.date.month();
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
