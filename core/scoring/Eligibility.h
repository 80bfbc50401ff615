#pragma once

#include "model/Award.h"
#include "model/GradeBand.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jifen {

// What eligibility needs to know of one current member for one year.
struct EligibilityFacts
{
    qint64 memberId = 0;
    qint64 branchId = 0;
    bool fullMember = false; // 正式党员
    Cents yearTotal = 0; // base points included
    bool vetoed = false;
    int activeMonths = 0;
    bool onRoster = true; // still on the roster at the year's end (or today, for the current year)
};

// The verdict on one member for one award.
struct EligibilityVerdict
{
    qint64 memberId = 0;
    bool eligible = false;
    QStringList failed; // condition keys, in the spec's order
    std::optional<Cents> pointsMissing; // set when the award has min_points: how far the total falls short, else 0
    bool tieAtQuota = false;
    QString grade;
};

// The spec's condition keys, as they appear in rule-set files and in the CLI's output.
namespace condition {
inline constexpr QLatin1StringView minPoints("min_points");
inline constexpr QLatin1StringView topPercent("top_percent");
inline constexpr QLatin1StringView fullMemberOnly("full_member_only");
inline constexpr QLatin1StringView noVeto("no_veto");
inline constexpr QLatin1StringView minActiveMonths("min_active_months");
inline constexpr QLatin1StringView quota("quota");
inline constexpr QLatin1StringView onRoster("on_roster"); // the member left before the year's end
} // namespace condition

// Award eligibility (评先评优) on year totals, exactly as the scoring spec states the conditions.
class Eligibility
{
public:
    // ceil(scopeSize × topPercent / 100) in exact integer arithmetic. The percentage is taken to six decimal places
    // (the nearest millionth of a percent), which is exact for any value a rule-set file gives with six places or
    // fewer.
    static qint64 topPercentLimit(qint64 scopeSize, double topPercent);

    // One verdict per member, in the order given. `members` must be every member counted in the year (the scopes and
    // their sizes are made of those still on the roster; a member who left gets only `on_roster` failed). `quota` is reported failed only for members who meet every other condition but rank beyond
    // the quota in their scope; members failing another condition are not candidates for the quota at all.
    static QList<EligibilityVerdict> evaluate(const Award& award, const QList<EligibilityFacts>& members,
                                              const QList<GradeBand>& grades);
};

} // namespace jifen
