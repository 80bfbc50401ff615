#pragma once

#include "model/Points.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace jifen {

// One member's verdict on one award, as the scoring engine gives it, with the member's place in the award's scope.
struct AwardOutcome
{
    qint64 memberId = 0;
    bool eligible = false;
    QStringList failed; // condition keys: min_points, top_percent, full_member_only, no_veto, min_active_months, quota;
                        // on_roster alone for a member who left before the year's end
    QString leftStatus; // with on_roster: 转出 / 去世, and the day
    QDate leftDate;
    std::optional<Cents> pointsMissing; // set when the award has min_points
    bool tieAtQuota = false;
    int scopeRank = 0; // RANK.EQ of the year total within the award's scope (the branch, or everyone)
    int scopeSize = 0;
    std::optional<qint64> rankLimit; // the top_percent limit for that scope, when the award has one
};

} // namespace jifen
