#include "ReportFixtures.h"
#include "TestSupport.h"
#include "report/BranchComparison.h"
#include "report/CategoryPoints.h"
#include "report/EligibilityMap.h"
#include "report/MemberPath.h"
#include "report/ParticipationSeries.h"

using namespace jifen;
using namespace jifen::test;

TEST_CASE("bin widths are 1, 2, 2.5 or 5 times a power of ten, never under half a point")
{
    CHECK(EligibilityMap::niceWidth(12000, 16) == 1000); // 0..120 points in 10-point bins
    CHECK(EligibilityMap::niceWidth(3000, 16) == 200);
    CHECK(EligibilityMap::niceWidth(3500, 16) == 250);
    CHECK(EligibilityMap::niceWidth(0, 16) == 50);
    CHECK(EligibilityMap::niceWidth(100000, 10) == 20000);
}

TEST_CASE("the eligibility map puts the threshold on a bin edge and splits each bin three ways")
{
    const Award award = excellentMember(); // threshold 40
    QList<MemberYear> members;
    QList<AwardOutcome> verdicts;
    const auto add = [&](qint64 id, double total, AwardOutcome verdict) {
        members.append(memberYear(id, QString::number(id), 1, QStringLiteral("一支部"), {total}));
        verdict.memberId = id;
        verdicts.append(verdict);
    };
    add(1, 3, outcome(0, false, {QStringLiteral("min_points")}, 3700));
    add(2, 39.99, outcome(0, false, {QStringLiteral("min_points")}, 1));
    add(3, 40, outcome(0, true));
    add(4, 44, outcome(0, false, {QStringLiteral("no_veto")}));
    add(5, 47.5, outcome(0, true));
    add(6, 91, outcome(0, false, {QStringLiteral("full_member_only")}));
    const EligibilityMap map = EligibilityMap::build(2026, award, members, verdicts);
    // 3..91 points over at most 16 bins: 10-point bins aligned on 40, from 0 to 100.
    CHECK(map.binWidth == 1000);
    REQUIRE(map.bins.size() == 10);
    CHECK(map.bins[0].from == 0);
    CHECK(map.bins[9].to == 10000);
    CHECK(map.bins[0].below == QList<qint64> {1});
    CHECK(map.bins[3].below == QList<qint64> {2}); // 30 <= 39.99 < 40
    CHECK(map.bins[4].eligible == QList<qint64> {3, 5}); // the threshold opens its bin
    CHECK(map.bins[4].failingOther == QList<qint64> {4});
    CHECK(map.bins[9].failingOther == QList<qint64> {6});
    CHECK(map.count(EligibilityMap::Group::Eligible) == 2);
    CHECK(map.count(EligibilityMap::Group::Below) == 2);
    CHECK(map.count(EligibilityMap::Group::FailingOther) == 2);
}

TEST_CASE("negative totals fall in bins below zero and the threshold stays on an edge")
{
    Award award = excellentMember();
    award.minPoints = 1500;
    const QList<MemberYear> members {memberYear(1, QStringLiteral("a"), 1, {}, {-7}),
                                     memberYear(2, QStringLiteral("b"), 1, {}, {21})};
    const QList<AwardOutcome> verdicts {outcome(1, false, {QStringLiteral("min_points")}, 2200), outcome(2, true)};
    const EligibilityMap map = EligibilityMap::build(2026, award, members, verdicts);
    // -7..21 points in at most 16 bins: 2-point bins; aligned on 15, the edges are odd: -7, -5, ..., 15, ..., 21
    CHECK(map.binWidth == 200);
    CHECK(map.bins.constFirst().from == -700);
    CHECK(map.bins.constFirst().below == QList<qint64> {1});
    CHECK(map.bins.constLast().from == 2100);
    CHECK(map.bins.constLast().eligible == QList<qint64> {2});
    bool edge = false;
    for (const auto& bin : map.bins)
        edge = edge || bin.from == 1500;
    CHECK(edge);
    CHECK(map.bins.size() <= 16);
}

TEST_CASE("branches side by side count eligible, near and not eligible, and the share of active member-months")
{
    const Award award = excellentMember();
    const QList<MemberYear> members {
        memberYear(1, QStringLiteral("a"), 10, QStringLiteral("一支部"), {10, 10, 10, 10, 0, 10}), // 5 of 6 active
        memberYear(2, QStringLiteral("b"), 10, QStringLiteral("一支部"), {0, 0, 38}), // 1 of 6
        memberYear(3, QStringLiteral("c"), 20, QStringLiteral("二支部"), {5}), // 1 of 6
    };
    const QList<AwardOutcome> verdicts {outcome(1, true), outcome(2, false, {QStringLiteral("min_points")}, 200),
                                        outcome(3, false, {QStringLiteral("min_points")}, 3500)};
    const BranchComparison cmp = BranchComparison::build(2026, award, members, verdicts, 6);
    REQUIRE(cmp.branches.size() == 2);
    CHECK(cmp.branches[0].name == QStringLiteral("一支部"));
    CHECK(cmp.branches[0].eligible == QList<qint64> {1});
    CHECK(cmp.branches[0].nearLine == QList<qint64> {2});
    CHECK(cmp.branches[0].notEligible.isEmpty());
    CHECK(cmp.branches[0].participation() == Approx(6.0 / 12.0));
    CHECK(cmp.branches[1].notEligible == QList<qint64> {3});
    CHECK(cmp.branches[1].participation() == Approx(1.0 / 6.0));
}

TEST_CASE("a member's path projects the pace so far to December and names the month the line is reached")
{
    const Award award = excellentMember(); // 40
    // base 10, 5 a month for three months: 15, 20, 25; pace 5 a month: 30, 35, 40 in June.
    const MemberYear member = memberYear(1, QStringLiteral("张三"), 1, {}, {5, 5, 5}, 1000);
    const MemberPath path = MemberPath::build(member, award, 3);
    CHECK(path.cumulative == QList<Cents> {1500, 2000, 2500});
    REQUIRE(path.projection.size() == 10);
    CHECK(path.projectedAt(3) == 2500);
    CHECK(path.projectedAt(6) == 4000);
    CHECK(path.projectedYearEnd() == 7000);
    CHECK(path.projectedIn == 6);
    CHECK_FALSE(path.reachedIn.has_value());
    CHECK(path.verdict() == QStringLiteral("On track for 优秀共产党员 by June (40 points at this pace)."));
}

TEST_CASE("a projection rounds the pace to hundredths, and a path already over the line says when it got there")
{
    const Award award = excellentMember();
    const MemberYear slow = memberYear(1, QStringLiteral("李四"), 1, {}, {10, 0, 0});
    const MemberPath path = MemberPath::build(slow, award, 3);
    CHECK(path.projectedAt(4) == 1333); // 10 + 10/3
    CHECK(path.projectedAt(5) == 1667); // 10 + 20/3, rounded up
    CHECK(path.projectedYearEnd() == 4000); // 10 + 10 × 9/3 = 40: reached in December
    CHECK(path.projectedIn == 12);

    const MemberYear fast = memberYear(2, QStringLiteral("王五"), 1, {}, {30, 15, 1});
    const MemberPath done = MemberPath::build(fast, award, 3);
    CHECK(done.reachedIn == 2);
    CHECK_FALSE(done.projectedIn.has_value());
    CHECK(done.verdict() == QStringLiteral("王五 reached the 优秀共产党员 line (40 points) in February."));

    const MemberYear stalled = memberYear(3, QStringLiteral("赵六"), 1, {}, {2, -2});
    const MemberPath never = MemberPath::build(stalled, award, 2);
    CHECK_FALSE(never.projectedIn.has_value());
    CHECK(never.verdict() == QStringLiteral("Not on track for 优秀共产党员: at this pace 0 of 40 points by December."));
}

TEST_CASE("participation is the share of members with a counted positive entry each month, overall and per branch")
{
    const QList<MemberYear> members {memberYear(1, QStringLiteral("a"), 10, QStringLiteral("一支部"), {1, 0, 1}),
                                     memberYear(2, QStringLiteral("b"), 10, QStringLiteral("一支部"), {1, 1, 0}),
                                     memberYear(3, QStringLiteral("c"), 20, QStringLiteral("二支部"), {0, 0, 0}),
                                     memberYear(4, QStringLiteral("d"), 20, QStringLiteral("二支部"), {1, -1, 0})};
    const ParticipationSeries series = ParticipationSeries::build(2026, members, 3);
    CHECK(series.overall.members == 4);
    CHECK(series.overall.active == QList<int> {3, 1, 1});
    CHECK(series.overall.rate(1) == Approx(0.75));
    REQUIRE(series.branches.size() == 2);
    CHECK(series.branches[0].active == QList<int> {2, 1, 1});
    CHECK(series.branches[1].active == QList<int> {1, 0, 0}); // a deduction is not activity
    CHECK(series.branches[1].rate(2) == Approx(0.0));
}

TEST_CASE("points by category put 基本, 奖励 and 扣减 first and average per member")
{
    MemberYear a = memberYear(1, QStringLiteral("a"), 10, QStringLiteral("一支部"), {});
    a.categories = {{QStringLiteral("扣减"), -200}, {QStringLiteral("基本"), 1000}, {QStringLiteral("其他"), 100}};
    MemberYear b = memberYear(2, QStringLiteral("b"), 10, QStringLiteral("一支部"), {});
    b.categories = {{QStringLiteral("基本"), 501}, {QStringLiteral("奖励"), 300}};
    MemberYear c = memberYear(3, QStringLiteral("c"), 20, QStringLiteral("二支部"), {});
    const CategoryPoints points = CategoryPoints::build(2026, {a, b, c});
    CHECK(points.categories
          == QStringList {QStringLiteral("基本"), QStringLiteral("奖励"), QStringLiteral("扣减"),
                          QStringLiteral("其他")});
    REQUIRE(points.branches.size() == 2);
    CHECK(points.branches[0].totals == QList<Cents> {1501, 300, -200, 100});
    CHECK(points.branches[0].average(0) == 751); // 15.01 / 2 = 7.505, half away from zero
    CHECK(points.branches[0].average(2) == -100);
    CHECK(points.branches[1].members == 1);
    CHECK(points.branches[1].totals == QList<Cents> {0, 0, 0, 0});
}
