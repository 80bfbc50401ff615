#pragma once

#include "Points.h"

#include <QString>

#include <optional>

namespace jifen {

// A commendation (评先评优) and its conditions; an unset condition always holds.
struct Award {
    enum class Scope { All, Branch };

    qint64 id = 0;
    QString code;
    QString name;
    std::optional<Cents> minPoints;
    std::optional<double> topPercent;
    Scope scope = Scope::Branch;
    std::optional<int> quota;
    bool fullMemberOnly = false;
    bool noVeto = false;
    std::optional<int> minActiveMonths;
};

} // namespace jifen
