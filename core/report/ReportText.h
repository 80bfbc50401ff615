#pragma once

#include "model/Award.h"
#include "model/Period.h"
#include "model/Points.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace jifen {

struct AwardOutcome;

// The words and numbers every report prints the same way, in the user's language.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    static QString period(const Period& period); // 2026年3月 / 2026年第2季度 / 2026年度
    static QString points(Cents cents) { return points::format(cents); }
    // "3" or "3（并列）" when another row shares the rank
    static QString rank(int rank, bool tied);
    // "↑2", "↓1", "—" (no change), "新" (no rank in the period before)
    static QString rankChange(std::optional<int> change);
    static QString yesNo(bool value);

    // Why a member is not eligible, one phrase per failed condition key.
    static QString reason(const QString& conditionKey, const Award& award, const AwardOutcome& outcome,
                          int activeMonths);
    static QString tieAtQuota();
    // The award's conditions in one line: "积分≥40；支部前30%；正式党员；无一票否决；活跃≥6个月".
    static QString conditions(const Award& award);
    static QString scope(Award::Scope scope); // 支部 / 全体
};

} // namespace jifen
