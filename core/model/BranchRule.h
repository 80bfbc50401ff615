#pragma once

#include "Points.h"

#include <QString>

#include <optional>

namespace jifen {

// A branch-level bonus or deduction item (支部加减分). Branch rules have their own code space, apart from the member
// rules, and no version history: a change applies to every date (see docs/branches.md).
struct BranchRule {
    qint64 id = 0;
    QString code;
    QString name;
    QString category;
    Cents points = 0; // per unit, non-zero
    std::optional<Cents> capMonth; // per branch and calendar month, positive when set
    std::optional<Cents> capYear;
    bool veto = false;
};

} // namespace jifen
