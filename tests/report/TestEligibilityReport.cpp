#include "ReportFixtures.h"
#include "TestSupport.h"
#include "report/EligibilityReport.h"
#include "report/NearLine.h"

using namespace jifen;
using namespace jifen::test;

namespace {

// Six months active at 5 points a month: 30 points, plus the base.
MemberYear sixMonths(qint64 id, const QString& name, Cents base)
{
    return memberYear(id, name, 1, QStringLiteral("第一党支部"), {5, 5, 5, 5, 5, 5}, base);
}

} // namespace

TEST_CASE("points short by at most a tenth of the threshold are near the line, more are not")
{
    const Award award = excellentMember(); // min 40: a tenth is 4 points
    const MemberYear member = sixMonths(1, QStringLiteral("甲"), 600);
    CHECK(NearLine::isNear(award, outcome(1, false, {QStringLiteral("min_points")}, 400), member));
    CHECK_FALSE(NearLine::isNear(award, outcome(1, false, {QStringLiteral("min_points")}, 401), member));
    CHECK_FALSE(NearLine::isNear(award, outcome(1, true), member));
}

TEST_CASE("a veto or probation is never a near miss, whatever the points")
{
    const Award award = excellentMember();
    const MemberYear member = sixMonths(1, QStringLiteral("甲"), 3000);
    CHECK_FALSE(NearLine::isNear(award, outcome(1, false, {QStringLiteral("no_veto")}), member));
    CHECK_FALSE(NearLine::isNear(award, outcome(1, false, {QStringLiteral("full_member_only")}), member));
    CHECK_FALSE(NearLine::isNear(
        award, outcome(1, false, {QStringLiteral("min_points"), QStringLiteral("no_veto")}, 100), member));
}

TEST_CASE("rank and active months may miss by a tenth, at least one place or month; the quota alone is near")
{
    const Award award = excellentMember();
    AwardOutcome ranked = outcome(1, false, {QStringLiteral("top_percent")});
    ranked.rankLimit = 3;
    ranked.scopeRank = 4;
    CHECK(NearLine::isNear(award, ranked, sixMonths(1, QStringLiteral("甲"), 0)));
    ranked.scopeRank = 5;
    CHECK_FALSE(NearLine::isNear(award, ranked, sixMonths(1, QStringLiteral("甲"), 0)));
    ranked.rankLimit = 30; // slack 3
    ranked.scopeRank = 33;
    CHECK(NearLine::isNear(award, ranked, sixMonths(1, QStringLiteral("甲"), 0)));

    const AwardOutcome months = outcome(1, false, {QStringLiteral("min_active_months")});
    CHECK(NearLine::isNear(award, months, memberYear(1, QStringLiteral("甲"), 1, {}, {9, 9, 9, 9, 9})));
    CHECK_FALSE(NearLine::isNear(award, months, memberYear(1, QStringLiteral("甲"), 1, {}, {9, 9, 9, 9})));

    CHECK(NearLine::isNear(award, outcome(1, false, {QStringLiteral("quota")}), sixMonths(1, QStringLiteral("甲"), 0)));
    CHECK(NearLine::slack(6) == 1);
    CHECK(NearLine::slack(30) == 3);
    CHECK(NearLine::slack(31) == 4);
}

TEST_CASE("the commendation list gives the eligible by total and the near ones with their reasons")
{
    const Award award = excellentMember();
    const QList<MemberYear> members {sixMonths(1, QStringLiteral("甲"), 1800), // 48
                                     sixMonths(2, QStringLiteral("乙"), 2500), // 55
                                     sixMonths(3, QStringLiteral("丙"), 700), // 37: 3 short, near
                                     sixMonths(4, QStringLiteral("丁"), 3000), // 60 but vetoed: not near
                                     sixMonths(5, QStringLiteral("戊"), 0)}; // 30: 10 short, not near
    QList<AwardOutcome> verdicts {
        outcome(1, true), outcome(2, true), outcome(3, false, {QStringLiteral("min_points")}, 300),
        outcome(4, false, {QStringLiteral("no_veto")}), outcome(5, false, {QStringLiteral("min_points")}, 1000)};
    verdicts[0].scopeRank = 2;
    verdicts[1].scopeRank = 1;
    verdicts[1].tieAtQuota = true;
    verdicts[2].scopeRank = 4;
    const EligibilityReport report = EligibilityReport::build(QStringLiteral("市直机关党委"), 2026, members, {award},
                                                              {verdicts}, QDate(2026, 12, 20));
    REQUIRE(report.sections.size() == 1);
    const auto& section = report.sections[0];
    CHECK(section.considered == 5);
    REQUIRE(section.eligible.size() == 2);
    CHECK(section.eligible[0].name == QStringLiteral("乙"));
    CHECK(section.eligible[0].total == 5500);
    CHECK(section.eligible[1].name == QStringLiteral("甲"));
    REQUIRE(section.nearLine.size() == 1);
    CHECK(section.nearLine[0].name == QStringLiteral("丙"));
    CHECK(section.nearLine[0].reasons == QStringList {QStringLiteral("3 points short of 40")});

    const QList<ReportTable> tables = report.tables();
    REQUIRE(tables.size() == 2);
    CHECK(tables[0].rows[0][7].text == QStringLiteral("tied at the quota line: the committee decides"));
    CHECK(tables[0].rows[0][2].text == QStringLiteral("110105********002X"));
    CHECK(tables[1].rows[0][5].text == QStringLiteral("3 points short of 40"));
    CHECK(tables[0].columns[5].title == QStringLiteral("Rank in branch"));
}
