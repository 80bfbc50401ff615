#pragma once

#include "model/GradeBand.h"

#include <QList>
#include <QString>

namespace jifen {

// Yearly appraisal bands (优秀 / 合格 / 基本合格 / 不合格) applied to a year total.
class Grades
{
public:
    // The band with the highest minimum the total reaches; a vetoed member takes the lowest band whatever the total.
    // The lowest band is the one without a minimum, or else the one with the smallest minimum. The bands may come in
    // any order. Empty when there are no bands, or when the total is below every band and none is open-ended.
    static QString gradeFor(const QList<GradeBand>& bands, Cents yearTotal, bool vetoed);

    static QString lowestBand(const QList<GradeBand>& bands);
};

} // namespace jifen
