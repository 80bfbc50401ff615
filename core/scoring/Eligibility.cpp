#include "Eligibility.h"

#include "Grades.h"
#include "Ranking.h"

#include <QHash>

#include <cmath>

namespace jifen {

qint64 Eligibility::topPercentLimit(qint64 scopeSize, double topPercent)
{
    if (!std::isfinite(topPercent) || topPercent <= 0 || scopeSize <= 0)
        return 0;
    if (topPercent >= 100)
        return scopeSize;
    constexpr qint64 millionths = 1000000;
    const qint64 scaled = std::llround(topPercent * double(millionths)); // < 10^8
    const qint64 denominator = 100 * millionths;
    return (scopeSize * scaled + denominator - 1) / denominator;
}

QList<EligibilityVerdict> Eligibility::evaluate(const Award& award, const QList<EligibilityFacts>& members,
                                                const QList<GradeBand>& grades)
{
    // The scope of a member: its branch, or everyone.
    QHash<qint64, QList<qsizetype>> scopes;
    QList<EligibilityVerdict> verdicts(members.size());
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (members[i].onRoster) {
            scopes[award.scope == Award::Scope::Branch ? members[i].branchId : 0].append(i);
            continue;
        }
        // Listed as left: no verdict on the other conditions, and not in any scope's size.
        verdicts[i].memberId = members[i].memberId;
        verdicts[i].grade = Grades::gradeFor(grades, members[i].yearTotal, members[i].vetoed);
        verdicts[i].failed.append(condition::onRoster);
    }

    for (const QList<qsizetype>& scope : std::as_const(scopes)) {
        QList<Cents> totals;
        totals.reserve(scope.size());
        for (const qsizetype i : scope)
            totals.append(members[i].yearTotal);
        const QList<int> ranks = Ranking::competitionRanks(totals);
        const qint64 topLimit = award.topPercent ? topPercentLimit(scope.size(), *award.topPercent) : 0;

        QList<qsizetype> candidates; // meet every condition but the quota
        for (qsizetype k = 0; k < scope.size(); ++k) {
            const EligibilityFacts& member = members[scope[k]];
            EligibilityVerdict& verdict = verdicts[scope[k]];
            verdict.memberId = member.memberId;
            verdict.grade = Grades::gradeFor(grades, member.yearTotal, member.vetoed);
            if (award.minPoints) {
                verdict.pointsMissing = std::max<Cents>(0, *award.minPoints - member.yearTotal);
                if (member.yearTotal < *award.minPoints)
                    verdict.failed.append(condition::minPoints);
            }
            if (award.topPercent && ranks[k] > topLimit)
                verdict.failed.append(condition::topPercent);
            if (award.fullMemberOnly && !member.fullMember)
                verdict.failed.append(condition::fullMemberOnly);
            if (award.noVeto && member.vetoed)
                verdict.failed.append(condition::noVeto);
            if (award.minActiveMonths && member.activeMonths < *award.minActiveMonths)
                verdict.failed.append(condition::minActiveMonths);
            if (verdict.failed.isEmpty())
                candidates.append(scope[k]);
        }

        if (award.quota) {
            QList<Cents> candidateTotals;
            candidateTotals.reserve(candidates.size());
            for (const qsizetype i : candidates)
                candidateTotals.append(members[i].yearTotal);
            const QList<int> candidateRanks = Ranking::competitionRanks(candidateTotals);
            int admitted = 0;
            int boundary = 0; // the lowest admitted rank
            for (const int rank : candidateRanks) {
                if (rank <= *award.quota) {
                    ++admitted;
                    boundary = std::max(boundary, rank);
                }
            }
            for (qsizetype c = 0; c < candidates.size(); ++c) {
                EligibilityVerdict& verdict = verdicts[candidates[c]];
                if (candidateRanks[c] > *award.quota)
                    verdict.failed.append(condition::quota);
                else if (admitted > *award.quota && candidateRanks[c] == boundary)
                    verdict.tieAtQuota = true;
            }
        }
    }
    for (EligibilityVerdict& verdict : verdicts)
        verdict.eligible = verdict.failed.isEmpty();
    return verdicts;
}

} // namespace jifen
