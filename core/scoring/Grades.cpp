#include "Grades.h"

namespace jifen {

QString Grades::lowestBand(const QList<GradeBand>& bands)
{
    const GradeBand* lowest = nullptr;
    for (const GradeBand& band : bands) {
        if (!band.minPoints)
            return band.name;
        if (!lowest || *band.minPoints < *lowest->minPoints)
            lowest = &band;
    }
    return lowest ? lowest->name : QString();
}

QString Grades::gradeFor(const QList<GradeBand>& bands, Cents yearTotal, bool vetoed)
{
    if (vetoed)
        return lowestBand(bands);
    const GradeBand* best = nullptr;
    const GradeBand* open = nullptr;
    for (const GradeBand& band : bands) {
        if (!band.minPoints) {
            if (!open)
                open = &band;
        } else if (*band.minPoints <= yearTotal && (!best || *band.minPoints > *best->minPoints)) {
            best = &band;
        }
    }
    if (best)
        return best->name;
    return open ? open->name : QString();
}

} // namespace jifen
