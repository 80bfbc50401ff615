#pragma once

#include "Points.h"

#include <QString>

#include <optional>

namespace jifen {

// A yearly appraisal band (优秀 / 合格 / ...). The band without a minimum is the lowest.
struct GradeBand {
    QString name;
    std::optional<Cents> minPoints;
};

} // namespace jifen
