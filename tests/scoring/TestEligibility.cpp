// The "Active months and vetoes", "Awards and eligibility" and "Grades" sections of the scoring spec.
#include "LedgerBuilder.h"
#include "TestSupport.h"
#include "scoring/Eligibility.h"
#include "scoring/Grades.h"
#include "scoring/ScoringEngine.h"

using namespace jifen;
using jifen::test::LedgerBuilder;

namespace {

EligibilityFacts facts(qint64 id, Cents total, qint64 branch = 1)
{
    EligibilityFacts f;
    f.memberId = id;
    f.branchId = branch;
    f.fullMember = true;
    f.yearTotal = total;
    f.activeMonths = 12;
    return f;
}

QStringList keys(std::initializer_list<QLatin1StringView> list)
{
    QStringList result;
    for (const QLatin1StringView key : list)
        result.append(key);
    return result;
}

QList<GradeBand> standardBands()
{
    return {{QStringLiteral("优秀"), 9000},
            {QStringLiteral("合格"), 6000},
            {QStringLiteral("基本合格"), 4500},
            {QStringLiteral("不合格"), std::nullopt}};
}

} // namespace

TEST_CASE("active months are the months with a counted entry of a positive rule, even when a cap cut it to zero")
{
    LedgerBuilder b;
    const qint64 m = b.member(QStringLiteral("张三"));
    const qint64 capped = b.rule(QStringLiteral("A01"), 200, std::nullopt, 200);
    b.entry(m, capped, QDate(2026, 1, 3));
    const qint64 overCap = b.entry(m, capped, QDate(2026, 2, 3));
    b.entry(m, capped, QDate(2026, 2, 4));
    b.entry(m, capped, QDate(2026, 4, 3));
    const qint64 reversed = b.entry(m, capped, QDate(2026, 6, 3));
    b.reverse(reversed);
    b.entry(m, capped, QDate(2025, 7, 3)); // another year
    const ScoringEngine engine(b.ledger());
    CHECK(engine.contribution(overCap) == 0);
    CHECK(engine.activeMonths(m, 2026) == 3);
    CHECK(engine.activeMonths(m, 2025) == 1);
}

TEST_CASE("an entry of a rule whose points are negative does not make a month active")
{
    LedgerBuilder b;
    const qint64 m = b.member(QStringLiteral("张三"));
    const qint64 deduction = b.rule(QStringLiteral("C01"), -200);
    const qint64 flips = b.rule(QStringLiteral("A09"), -100);
    b.change(flips, QDate(2026, 6, 1), 100); // positive from June on
    b.entry(m, deduction, QDate(2026, 1, 3));
    b.entry(m, flips, QDate(2026, 5, 3));
    b.entry(m, flips, QDate(2026, 6, 3));
    const ScoringEngine engine(b.ledger());
    CHECK(engine.activeMonths(m, 2026) == 1);
}

TEST_CASE("a member is vetoed for a year when they have a counted entry of a veto rule dated in that year")
{
    LedgerBuilder b;
    const qint64 sanctioned = b.member(QStringLiteral("张三"));
    const qint64 pendingOnly = b.member(QStringLiteral("李四"));
    const qint64 clean = b.member(QStringLiteral("王五"));
    const qint64 veto = b.rule(QStringLiteral("V01"), -1000, std::nullopt, std::nullopt, true);
    const qint64 plain = b.rule(QStringLiteral("A01"), 200);
    b.entry(sanctioned, veto, QDate(2026, 11, 30));
    b.entry(pendingOnly, veto, QDate(2026, 3, 1), 1, Entry::Review::Pending);
    b.entry(clean, plain, QDate(2026, 3, 1));
    const ScoringEngine engine(b.ledger());
    CHECK(engine.vetoed(sanctioned, 2026));
    CHECK_FALSE(engine.vetoed(sanctioned, 2025));
    CHECK_FALSE(engine.vetoed(sanctioned, 2027));
    CHECK_FALSE(engine.vetoed(pendingOnly, 2026));
    CHECK_FALSE(engine.vetoed(clean, 2026));
}

TEST_CASE("whether an entry vetoes is decided by the rule version in force on its date")
{
    LedgerBuilder b;
    const qint64 before = b.member(QStringLiteral("张三"));
    const qint64 after = b.member(QStringLiteral("李四"));
    const qint64 r = b.rule(QStringLiteral("V01"), -500);
    b.change(r, QDate(2026, 7, 1), -500, std::nullopt, std::nullopt, true);
    b.entry(before, r, QDate(2026, 6, 30));
    b.entry(after, r, QDate(2026, 7, 1));
    const ScoringEngine engine(b.ledger());
    CHECK_FALSE(engine.vetoed(before, 2026));
    CHECK(engine.vetoed(after, 2026));
}

TEST_CASE("an award's conditions must all hold, and an absent condition always holds")
{
    const QList<EligibilityFacts> members {facts(1, 0), facts(2, 5000)};
    const Award none;
    for (const EligibilityVerdict& verdict : Eligibility::evaluate(none, members, {})) {
        CHECK(verdict.eligible);
        CHECK(verdict.failed.isEmpty());
        CHECK_FALSE(verdict.pointsMissing.has_value());
        CHECK_FALSE(verdict.tieAtQuota);
    }

    Award both;
    both.minPoints = 4000;
    both.minActiveMonths = 6;
    QList<EligibilityFacts> two {facts(1, 5000), facts(2, 5000)};
    two[1].activeMonths = 5;
    const QList<EligibilityVerdict> verdicts = Eligibility::evaluate(both, two, {});
    CHECK(verdicts[0].eligible);
    CHECK_FALSE(verdicts[1].eligible);
    CHECK(verdicts[1].failed == keys({condition::minActiveMonths}));
}

TEST_CASE("min_points requires a year total at least the minimum and gives the points still missing")
{
    Award award;
    award.minPoints = 4000;
    const QList<EligibilityVerdict> verdicts
        = Eligibility::evaluate(award, {facts(1, 4000), facts(2, 3950), facts(3, -500)}, {});
    CHECK(verdicts[0].eligible);
    CHECK(verdicts[0].pointsMissing == 0);
    CHECK(verdicts[1].failed == keys({condition::minPoints}));
    CHECK(verdicts[1].pointsMissing == 50);
    CHECK(verdicts[2].pointsMissing == 4500);
}

TEST_CASE("top_percent admits ranks up to ceil(scope size × top_percent / 100), in exact arithmetic")
{
    CHECK(Eligibility::topPercentLimit(10, 30) == 3);
    CHECK(Eligibility::topPercentLimit(11, 30) == 4); // 3.3 -> 4
    CHECK(Eligibility::topPercentLimit(30, 10) == 3); // 30 × 0.1 in floating point is 3.0000000000000004
    CHECK(Eligibility::topPercentLimit(100, 0.07) == 1);
    CHECK(Eligibility::topPercentLimit(300, 33.33) == 100); // 99.99 -> 100
    CHECK(Eligibility::topPercentLimit(3, 33.33) == 1); // 0.9999 -> 1
    CHECK(Eligibility::topPercentLimit(10000, 33.33) == 3333);
    CHECK(Eligibility::topPercentLimit(10001, 33.33) == 3334); // 3333.3333
    CHECK(Eligibility::topPercentLimit(100000, 12.345) == 12345);
    CHECK(Eligibility::topPercentLimit(100001, 12.345) == 12346);
    CHECK(Eligibility::topPercentLimit(7, 0) == 0);
    CHECK(Eligibility::topPercentLimit(7, 100) == 7);
    CHECK(Eligibility::topPercentLimit(7, 150) == 7);
    CHECK(Eligibility::topPercentLimit(0, 30) == 0);

    Award award;
    award.topPercent = 30;
    award.scope = Award::Scope::All;
    // Ten members: ranks 1, 2, 3, 3, 5, ...; the limit is 3, so both members sharing rank 3 pass.
    const QList<EligibilityFacts> members {facts(1, 900), facts(2, 800), facts(3, 700), facts(4, 700), facts(5, 600),
                                           facts(6, 500), facts(7, 400), facts(8, 300), facts(9, 200), facts(10, 100)};
    const QList<EligibilityVerdict> verdicts = Eligibility::evaluate(award, members, {});
    QList<bool> eligible;
    for (const EligibilityVerdict& verdict : verdicts)
        eligible.append(verdict.eligible);
    CHECK(eligible == QList<bool> {true, true, true, true, false, false, false, false, false, false});
    CHECK(verdicts[4].failed == keys({condition::topPercent}));
}

TEST_CASE("top_percent with scope branch ranks a member within their own branch")
{
    Award award;
    award.topPercent = 50;
    award.scope = Award::Scope::Branch;
    // Branch 1: 900, 100 (limit 1); branch 2: 500, 400, 300, 200 (limit 2).
    const QList<EligibilityFacts> members {facts(1, 900, 1), facts(2, 100, 1), facts(3, 500, 2),
                                           facts(4, 400, 2), facts(5, 300, 2), facts(6, 200, 2)};
    QList<bool> eligible;
    for (const EligibilityVerdict& verdict : Eligibility::evaluate(award, members, {}))
        eligible.append(verdict.eligible);
    CHECK(eligible == QList<bool> {true, false, true, true, false, false});

    award.scope = Award::Scope::All; // limit 3 of 6: 900, 500, 400
    eligible.clear();
    for (const EligibilityVerdict& verdict : Eligibility::evaluate(award, members, {}))
        eligible.append(verdict.eligible);
    CHECK(eligible == QList<bool> {true, false, true, true, false, false});
}

TEST_CASE("full_member_only requires a 正式党员")
{
    Award award;
    award.fullMemberOnly = true;
    QList<EligibilityFacts> members {facts(1, 0), facts(2, 0)};
    members[1].fullMember = false;
    const QList<EligibilityVerdict> verdicts = Eligibility::evaluate(award, members, {});
    CHECK(verdicts[0].eligible);
    CHECK(verdicts[1].failed == keys({condition::fullMemberOnly}));
}

TEST_CASE("no_veto requires that the member is not vetoed that year")
{
    Award award;
    award.noVeto = true;
    QList<EligibilityFacts> members {facts(1, 9000), facts(2, 9000)};
    members[1].vetoed = true;
    const QList<EligibilityVerdict> verdicts = Eligibility::evaluate(award, members, {});
    CHECK(verdicts[0].eligible);
    CHECK(verdicts[1].failed == keys({condition::noVeto}));
}

TEST_CASE("min_active_months requires at least that many active months")
{
    Award award;
    award.minActiveMonths = 6;
    QList<EligibilityFacts> members {facts(1, 0), facts(2, 0)};
    members[0].activeMonths = 6;
    members[1].activeMonths = 5;
    const QList<EligibilityVerdict> verdicts = Eligibility::evaluate(award, members, {});
    CHECK(verdicts[0].eligible);
    CHECK(verdicts[1].failed == keys({condition::minActiveMonths}));
}

TEST_CASE("quota admits those whose rank among the members meeting every other condition is within the quota")
{
    Award award;
    award.quota = 2;
    award.minPoints = 100;
    award.scope = Award::Scope::All;
    // The second best is a probationary member and the award wants full members, so the quota of 2 goes to the first
    // and the third; the fourth is beyond it, and the fifth, failing min_points, is no candidate for it.
    award.fullMemberOnly = true;
    QList<EligibilityFacts> members {facts(1, 9000), facts(2, 8000), facts(3, 7000), facts(4, 6000), facts(5, 50)};
    members[1].fullMember = false;
    const QList<EligibilityVerdict> verdicts = Eligibility::evaluate(award, members, {});
    CHECK(verdicts[0].eligible);
    CHECK(verdicts[1].failed == keys({condition::fullMemberOnly}));
    CHECK(verdicts[2].eligible);
    CHECK(verdicts[3].failed == keys({condition::quota}));
    CHECK(verdicts[4].failed == keys({condition::minPoints}));
    for (const EligibilityVerdict& verdict : verdicts)
        CHECK_FALSE(verdict.tieAtQuota);
}

TEST_CASE("members tied at the quota boundary are flagged tie_at_quota and stay eligible")
{
    Award award;
    award.quota = 2;
    award.scope = Award::Scope::All;
    const QList<EligibilityVerdict> verdicts
        = Eligibility::evaluate(award, {facts(1, 900), facts(2, 800), facts(3, 800), facts(4, 800), facts(5, 700)}, {});
    CHECK(verdicts[0].eligible);
    CHECK_FALSE(verdicts[0].tieAtQuota);
    for (int i = 1; i <= 3; ++i) {
        CHECK(verdicts[i].eligible);
        CHECK(verdicts[i].tieAtQuota);
    }
    CHECK(verdicts[4].failed == keys({condition::quota}));

    // Everyone tied at the top: all admitted, all flagged.
    const QList<EligibilityVerdict> allTied
        = Eligibility::evaluate(award, {facts(1, 500), facts(2, 500), facts(3, 500)}, {});
    for (const EligibilityVerdict& verdict : allTied) {
        CHECK(verdict.eligible);
        CHECK(verdict.tieAtQuota);
    }

    // A tie that fits inside the quota is not flagged.
    const QList<EligibilityVerdict> fits
        = Eligibility::evaluate(award, {facts(1, 500), facts(2, 500), facts(3, 400)}, {});
    CHECK_FALSE(fits[0].tieAtQuota);
    CHECK_FALSE(fits[1].tieAtQuota);
    CHECK(fits[2].failed == keys({condition::quota}));
}

TEST_CASE("quota counts per scope: with scope branch each branch has its own quota")
{
    Award award;
    award.quota = 1;
    award.scope = Award::Scope::Branch;
    const QList<EligibilityVerdict> verdicts
        = Eligibility::evaluate(award, {facts(1, 900, 1), facts(2, 800, 1), facts(3, 100, 2), facts(4, 50, 2)}, {});
    QList<bool> eligible;
    for (const EligibilityVerdict& verdict : verdicts)
        eligible.append(verdict.eligible);
    CHECK(eligible == QList<bool> {true, false, true, false});
}

TEST_CASE("the verdict lists every condition failed by its key, in the spec's order, and the points missing")
{
    Award award;
    award.minPoints = 6000;
    award.topPercent = 50;
    award.scope = Award::Scope::All;
    award.fullMemberOnly = true;
    award.noVeto = true;
    award.minActiveMonths = 6;
    award.quota = 1;
    QList<EligibilityFacts> members {facts(1, 9000), facts(2, 1000)};
    members[1].fullMember = false;
    members[1].vetoed = true;
    members[1].activeMonths = 2;
    const QList<EligibilityVerdict> verdicts = Eligibility::evaluate(award, members, {});
    CHECK(verdicts[0].eligible);
    CHECK_FALSE(verdicts[1].eligible);
    CHECK(verdicts[1].failed
          == keys({condition::minPoints, condition::topPercent, condition::fullMemberOnly, condition::noVeto,
                   condition::minActiveMonths}));
    CHECK(verdicts[1].pointsMissing == 5000);
}

TEST_CASE("eligibility is evaluated on the year total, base points included, over every current member")
{
    LedgerBuilder b;
    b.basePoints(1000);
    const qint64 r = b.rule(QStringLiteral("A01"), 100);
    const qint64 active = b.member(QStringLiteral("张三"));
    const qint64 idle = b.member(QStringLiteral("李四"));
    b.member(QStringLiteral("王五"), 1, QStringLiteral("正式党员"), QStringLiteral("转出"));
    b.entry(active, r, QDate(2026, 2, 1), 5);
    b.entry(active, r, QDate(2027, 2, 1), 50); // another year
    const ScoringEngine engine(b.ledger());
    Award award;
    award.minPoints = 1200;
    const QList<EligibilityVerdict> verdicts = engine.eligibility(2026, award);
    REQUIRE(verdicts.size() == 2);
    CHECK(verdicts[0].memberId == active);
    CHECK(verdicts[0].eligible);
    CHECK(verdicts[1].memberId == idle);
    CHECK(verdicts[1].pointsMissing == 200);
}

TEST_CASE("grade bands are applied to the year total")
{
    const QList<GradeBand> bands = standardBands();
    CHECK(Grades::gradeFor(bands, 9500, false) == QStringLiteral("优秀"));
    CHECK(Grades::gradeFor(bands, 9000, false) == QStringLiteral("优秀"));
    CHECK(Grades::gradeFor(bands, 8999, false) == QStringLiteral("合格"));
    CHECK(Grades::gradeFor(bands, 4500, false) == QStringLiteral("基本合格"));
    CHECK(Grades::gradeFor(bands, 4499, false) == QStringLiteral("不合格"));
    CHECK(Grades::gradeFor(bands, -300, false) == QStringLiteral("不合格"));
    QList<GradeBand> shuffled {bands[2], bands[3], bands[0], bands[1]};
    CHECK(Grades::gradeFor(shuffled, 8999, false) == QStringLiteral("合格"));
    CHECK(Grades::gradeFor({}, 8999, false).isEmpty());
}

TEST_CASE("a vetoed member takes the lowest band whatever the total")
{
    CHECK(Grades::gradeFor(standardBands(), 12000, true) == QStringLiteral("不合格"));
    const QList<GradeBand> closed {{QStringLiteral("优秀"), 9000}, {QStringLiteral("合格"), 6000}};
    CHECK(Grades::gradeFor(closed, 12000, true) == QStringLiteral("合格"));
    CHECK(Grades::gradeFor(closed, 100, false).isEmpty());

    LedgerBuilder b;
    for (const GradeBand& band : standardBands())
        b.grade(band.name, band.minPoints);
    const qint64 m = b.member(QStringLiteral("张三"));
    const qint64 good = b.rule(QStringLiteral("A01"), 10000);
    const qint64 veto = b.rule(QStringLiteral("V01"), -100, std::nullopt, std::nullopt, true);
    b.entry(m, good, QDate(2026, 1, 1));
    b.entry(m, veto, QDate(2026, 12, 31));
    const ScoringEngine engine(b.ledger());
    CHECK(engine.total(m, Period::year(2026)) == 9900);
    CHECK(engine.grade(m, 2026) == QStringLiteral("不合格"));
    Award award;
    CHECK(engine.eligibility(2026, award).first().grade == QStringLiteral("不合格"));
}
