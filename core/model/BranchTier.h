#pragma once

#include "Points.h"

#include <QString>

#include <optional>

namespace jifen {

// A tier of the yearly branch rating (五星 ... 一星), listed from the highest.
struct BranchTier {
    QString name;
    std::optional<Cents> minScore; // unset: the floor tier
    std::optional<Cents> maxShare; // in hundredths of a percent (10% = 1000); unset: no share limit

    bool operator==(const BranchTier&) const = default;
};

} // namespace jifen
