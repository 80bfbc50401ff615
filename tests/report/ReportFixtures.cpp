#include "ReportFixtures.h"

namespace jifen::test {

MemberYear memberYear(qint64 id, const QString& name, qint64 branchId, const QString& branch,
                      std::initializer_list<double> monthly, Cents base)
{
    MemberYear m;
    m.memberId = id;
    m.name = name;
    m.idNumber = QStringLiteral("11010519491231002X");
    m.branchId = branchId;
    m.branchName = branch;
    m.year = 2026;
    m.basePoints = base;
    size_t month = 0;
    for (const double points : monthly) {
        m.months[month] = *points::fromDouble(points);
        if (points > 0)
            m.activeMonthMask |= 1U << month;
        ++month;
    }
    return m;
}

AwardOutcome outcome(qint64 memberId, bool eligible, QStringList failed, std::optional<Cents> missing)
{
    AwardOutcome o;
    o.memberId = memberId;
    o.eligible = eligible;
    o.failed = std::move(failed);
    o.pointsMissing = missing;
    return o;
}

Award excellentMember()
{
    Award award;
    award.code = QStringLiteral("YXDY");
    award.name = QStringLiteral("优秀共产党员");
    award.minPoints = 4000;
    award.topPercent = 30;
    award.scope = Award::Scope::Branch;
    award.fullMemberOnly = true;
    award.noVeto = true;
    award.minActiveMonths = 6;
    return award;
}

} // namespace jifen::test
