#pragma once

#include "model/RuleSet.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jifen {

// Products of points, counts and percentages, exact beyond 64 bits (__extension__: GCC's 128-bit integer).
__extension__ typedef __int128 Wide;

// What one 党支部 brings to the evaluation of a year, gathered from the ledger (BranchEvaluationStore).
struct BranchFacts {
    qint64 branchId = 0;
    QString name;
    QByteArray nameKey; // the name's Chinese collation key (Pinyin::sortKey): the display order among equal scores
    int members = 0; // n, the counted members
    Cents totalPoints = 0; // sum of the counted members' year totals, base points included
    qint64 activeMonths = 0; // sum of the counted members' active months in the year
    bool memberVetoed = false; // a counted member is vetoed for the year
    QHash<QString, int> held; // meetings dated in the year and not cancelled, by meeting type code
    qint64 present = 0; // over every listed member (guests included) of those meetings
    qint64 absent = 0;
    Cents branchRulePoints = 0; // the branch's counted branch entries of the year, after caps
    bool branchVetoed = false; // a counted branch entry of a veto branch rule in the year
};

struct BranchAwardVerdict {
    QString code;
    QString name;
    bool eligible = false;
    QStringList failed; // the keys of the conditions failed, in the spec's order
    bool tieAtQuota = false;
};

// One branch's evaluation. Percentages (participation, meeting rate, attendance) are in hundredths of a percent
// (100% = 10000); points in hundredths (Cents).
struct BranchResult {
    BranchFacts facts;
    Cents avgPoints = 0; // A
    Cents participation = 0; // P
    Cents meetingRate = 0; // M
    Cents attendance = 0; // T
    Cents memberPoints = 0; // the components
    Cents participationPoints = 0;
    Cents meetingPoints = 0;
    Cents attendancePoints = 0;
    Cents branchRulePoints = 0;
    Cents score = 0;
    int rank = 0;
    std::optional<QString> tier; // unset when no tier takes the branch (a rule set without a floor tier)
    bool tieAtShare = false;
    bool vetoed = false;
    std::optional<QString> previousTier; // filled by the caller: the tier for the year before, computed the same way
    QList<BranchAwardVerdict> awards; // in the rule set's order
};

// The branch evaluation of branch-spec.md: pure computation on plain data, in integer arithmetic only.
class BranchEvaluation
{
public:
    // Evaluates the branches of one scope (those with no counted member are left out) by the rule set's branch keys.
    // A rule set without branch_evaluation evaluates no branches. Returns the branches in rank order (score
    // descending, then name in Chinese collation).
    static QList<BranchResult> evaluate(const QList<BranchFacts>& branches, const RuleSet& rules);

    // numerator / denominator (denominator > 0) rounded to a whole number, halves away from zero.
    static qint64 roundedQuotient(Wide numerator, Wide denominator);
    // ceil(count × hundredthsOfPercent / 10000): how many a share or top percentage admits.
    static qint64 shareLimit(qint64 count, Cents hundredthsOfPercent);
};

} // namespace jifen
