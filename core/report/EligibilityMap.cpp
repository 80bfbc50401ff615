#include "EligibilityMap.h"

#include <QHash>

#include <algorithm>

namespace jifen {

namespace {

// floor(a / b) for b > 0, for negative totals too.
Cents floorDiv(Cents a, Cents b)
{
    Cents q = a / b;
    if ((a % b != 0) && (a < 0))
        --q;
    return q;
}

} // namespace

int EligibilityMap::count(Group group) const
{
    int sum = 0;
    for (const Bin& bin : bins)
        sum += bin.count(group);
    return sum;
}

EligibilityMap::Group EligibilityMap::groupOf(const AwardOutcome& outcome)
{
    if (outcome.eligible)
        return Group::Eligible;
    return outcome.failed.contains(QStringLiteral("min_points")) ? Group::Below : Group::FailingOther;
}

Cents EligibilityMap::niceWidth(Cents span, int maxBins)
{
    const int bins = std::max(1, maxBins);
    // Steps 1, 2, 2.5, 5 times a power of ten, in hundredths of a point, from half a point up.
    for (Cents power = 10; power < (Cents(1) << 60) / 10; power *= 10) {
        for (const Cents step : {5 * power, 10 * power, 20 * power, 25 * power}) {
            if (step * bins >= span + 1) // +1: the top value needs a bin of its own when it falls on an edge
                return step;
        }
    }
    return span + 1;
}

EligibilityMap EligibilityMap::build(int year, const Award& award, const QList<MemberYear>& members,
                                     const QList<AwardOutcome>& outcomes, int maxBins)
{
    EligibilityMap map;
    map.awardName = award.name;
    map.year = year;
    map.threshold = award.minPoints;
    if (members.isEmpty())
        return map;

    QHash<qint64, const AwardOutcome*> verdicts;
    verdicts.reserve(outcomes.size());
    for (const AwardOutcome& o : outcomes)
        verdicts.insert(o.memberId, &o);

    Cents low = members.constFirst().total(), high = low;
    for (const MemberYear& m : members) {
        const Cents t = m.total();
        low = std::min(low, t);
        high = std::max(high, t);
    }
    // The threshold is kept inside the range so that its line falls on the axis.
    if (map.threshold) {
        low = std::min(low, *map.threshold);
        high = std::max(high, *map.threshold);
    }
    const Cents origin = map.threshold.value_or(0);
    Cents width = niceWidth(high - low, maxBins);
    Cents first = origin + floorDiv(low - origin, width) * width;
    // Aligning the first edge on the threshold may push the top out by one bin; widen until it fits.
    while (floorDiv(high - first, width) + 1 > maxBins) {
        width = niceWidth(width * maxBins, maxBins);
        first = origin + floorDiv(low - origin, width) * width;
    }
    const qsizetype count = static_cast<qsizetype>(floorDiv(high - first, width) + 1);
    map.binWidth = width;
    map.bins.resize(count);
    for (qsizetype i = 0; i < count; ++i) {
        map.bins[i].from = first + width * i;
        map.bins[i].to = first + width * (i + 1);
    }
    for (const MemberYear& m : members) {
        const AwardOutcome* outcome = verdicts.value(m.memberId);
        if (!outcome)
            continue;
        Bin& bin = map.bins[static_cast<qsizetype>(floorDiv(m.total() - first, width))];
        switch (groupOf(*outcome)) {
        case Group::Eligible:
            bin.eligible.append(m.memberId);
            break;
        case Group::Below:
            bin.below.append(m.memberId);
            break;
        case Group::FailingOther:
            bin.failingOther.append(m.memberId);
            break;
        }
    }
    return map;
}

} // namespace jifen
