#pragma once

#include "Points.h"

#include <QString>

#include <optional>

namespace jifen {

// A branch award (红旗党支部) and its conditions; an unset condition always holds. Percentages are in hundredths of a
// percent (100% = 10000), so that every comparison is exact.
struct BranchAward {
    QString code;
    QString name;
    std::optional<Cents> minScore;
    QString minTier; // empty: no condition
    bool noVeto = false;
    std::optional<Cents> minMeetingRate;
    std::optional<Cents> minAttendance;
    std::optional<Cents> topPercent;
    std::optional<int> quota;

    bool operator==(const BranchAward&) const = default;
};

} // namespace jifen
