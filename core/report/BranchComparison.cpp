#include "BranchComparison.h"

#include "NearLine.h"

#include <QHash>

namespace jifen {

BranchComparison BranchComparison::build(int year, const Award& award, const QList<MemberYear>& members,
                                         const QList<AwardOutcome>& outcomes, int throughMonth)
{
    BranchComparison result;
    result.awardName = award.name;
    result.year = year;
    result.throughMonth = std::clamp(throughMonth, 1, 12);

    QHash<qint64, const AwardOutcome*> verdicts;
    verdicts.reserve(outcomes.size());
    for (const AwardOutcome& o : outcomes)
        verdicts.insert(o.memberId, &o);
    QHash<qint64, qsizetype> index;
    for (const MemberYear& m : members) {
        auto found = index.constFind(m.branchId);
        if (found == index.cend()) {
            found = index.insert(m.branchId, result.branches.size());
            result.branches.append(Branch {m.branchId, m.branchName, {}, {}, {}, 0, 0});
        }
        Branch& branch = result.branches[*found];
        const AwardOutcome* outcome = verdicts.value(m.memberId);
        if (outcome && outcome->eligible)
            branch.eligible.append(m.memberId);
        else if (outcome && NearLine::isNear(award, *outcome, m))
            branch.nearLine.append(m.memberId);
        else
            branch.notEligible.append(m.memberId);
        for (int month = 1; month <= result.throughMonth; ++month)
            branch.activeMemberMonths += m.activeIn(month) ? 1 : 0;
        branch.memberMonths += result.throughMonth;
    }
    return result;
}

} // namespace jifen
