// The branch evaluation of branch-spec.md against hand-worked examples, and against a simple second implementation
// on random branches.
#include "TestSupport.h"
#include "model/Pinyin.h"
#include "scoring/BranchEvaluation.h"

#include <random>

using namespace jifen;

namespace {

MeetingType type(const char* code, int required)
{
    return MeetingType{0, QString::fromLatin1(code), QString::fromLatin1(code), required, {}, {}};
}

// The spec's example table: 40 / 90, 20, 30, 10, member_veto; 支部党员大会 4 a year, 支委会 12, 党小组会 none required.
RuleSet table()
{
    RuleSet rules;
    rules.meetingTypes = {type("DYDH", 4), type("ZWH", 12), type("DXZH", 0)};
    rules.branchEvaluation = BranchEvaluationSettings{4000, 9000, 2000, 3000, 1000, true};
    rules.branchTiers = {{QStringLiteral("五星"), 9000, 1000}, {QStringLiteral("四星"), 8000, 3000},
                         {QStringLiteral("三星"), 7000, std::nullopt}, {QStringLiteral("一星"), std::nullopt, std::nullopt}};
    return rules;
}

BranchFacts branch(qint64 id, const QString& name, int members = 1)
{
    BranchFacts f;
    f.branchId = id;
    f.name = name;
    f.nameKey = Pinyin::sortKey(name);
    f.members = members;
    return f;
}

// A branch whose score is exactly `score` hundredths: everything from branch rules.
BranchFacts scored(qint64 id, const QString& name, Cents score)
{
    BranchFacts f = branch(id, name);
    f.branchRulePoints = score;
    return f;
}

const BranchResult& named(const QList<BranchResult>& results, const QString& name)
{
    for (const BranchResult& r : results)
        if (r.facts.name == name)
            return r;
    FAIL("no branch " << name.toStdString());
    return results.constFirst();
}

} // namespace

TEST_CASE("a quotient is rounded to the nearest whole, halves away from zero")
{
    CHECK(BranchEvaluation::roundedQuotient(5, 2) == 3);
    CHECK(BranchEvaluation::roundedQuotient(-5, 2) == -3);
    CHECK(BranchEvaluation::roundedQuotient(7, 4) == 2);
    CHECK(BranchEvaluation::roundedQuotient(-7, 4) == -2);
    CHECK(BranchEvaluation::roundedQuotient(5, 4) == 1);
    CHECK(BranchEvaluation::roundedQuotient(0, 3) == 0);
}

TEST_CASE("a branch's figures and components follow the spec's formulas, each rounded to hundredths")
{
    // n = 3, year totals (base included) 200.00 in all: A = 66.666… → 66.67; member_points = 40 × 200 / (3 × 90)
    // = 29.629… → 29.63. Active months 25: P = 25 / 36 = 69.444…% → 69.44; participation = 20 × 25 / 36 = 13.888…
    // → 13.89. Held: 3 of 4 支部党员大会, 12 of 12 支委会, the 党小组会 not required: M = (3/4 + 1) / 2 = 87.5%;
    // meetings = 30 × 0.875 = 26.25. 7 present, 1 absent: T = 87.5%, attendance = 8.75. Branch rules 5.
    // Score = 29.63 + 13.89 + 26.25 + 8.75 + 5 = 83.52.
    BranchFacts f = branch(1, QStringLiteral("第一党支部"), 3);
    f.totalPoints = 20000;
    f.activeMonths = 25;
    f.held = {{QStringLiteral("DYDH"), 3}, {QStringLiteral("ZWH"), 12}, {QStringLiteral("DXZH"), 5}};
    f.present = 7;
    f.absent = 1;
    f.branchRulePoints = 500;
    const QList<BranchResult> results = BranchEvaluation::evaluate({f}, table());
    REQUIRE(results.size() == 1);
    const BranchResult& r = results.constFirst();
    CHECK(r.avgPoints == 6667);
    CHECK(r.memberPoints == 2963);
    CHECK(r.participation == 6944);
    CHECK(r.participationPoints == 1389);
    CHECK(r.meetingRate == 8750);
    CHECK(r.meetingPoints == 2625);
    CHECK(r.attendance == 8750);
    CHECK(r.attendancePoints == 875);
    CHECK(r.branchRulePoints == 500);
    CHECK(r.score == 8352);
    CHECK(r.rank == 1);
}

TEST_CASE("a component exactly half a hundredth is rounded away from zero")
{
    // 1 present, 15 absent: attendance = 10 × 1/16 = 0.625 → 0.63. A = -0.01 / 2 = -0.005 → -0.01.
    BranchFacts f = branch(1, QStringLiteral("甲支部"), 2);
    f.totalPoints = -1;
    f.present = 1;
    f.absent = 15;
    const BranchResult r = BranchEvaluation::evaluate({f}, table()).constFirst();
    CHECK(r.attendancePoints == 63);
    CHECK(r.attendance == 625);
    CHECK(r.avgPoints == -1);
    CHECK(r.memberPoints == 0); // a negative A gives 0
}

TEST_CASE("member points reach their max at full_at and stop there")
{
    BranchFacts f = branch(1, QStringLiteral("甲支部"), 2);
    f.totalPoints = 2 * 12000; // A = 120 > 90
    CHECK(BranchEvaluation::evaluate({f}, table()).constFirst().memberPoints == 4000);
}

TEST_CASE("a year with no meetings gives no meeting or attendance points, unless no type is required")
{
    BranchFacts f = branch(1, QStringLiteral("甲支部"));
    RuleSet rules = table();
    BranchResult r = BranchEvaluation::evaluate({f}, rules).constFirst();
    CHECK(r.meetingRate == 0);
    CHECK(r.meetingPoints == 0);
    CHECK(r.attendance == 0);
    CHECK(r.attendancePoints == 0);
    rules.meetingTypes = {type("DXZH", 0)};
    r = BranchEvaluation::evaluate({f}, rules).constFirst();
    CHECK(r.meetingRate == 10000);
    CHECK(r.meetingPoints == 3000);
}

TEST_CASE("meetings held beyond what is required count as the requirement, not more")
{
    BranchFacts f = branch(1, QStringLiteral("甲支部"));
    f.held = {{QStringLiteral("DYDH"), 9}, {QStringLiteral("ZWH"), 0}};
    CHECK(BranchEvaluation::evaluate({f}, table()).constFirst().meetingRate == 5000);
}

TEST_CASE("a rule set without branch_evaluation evaluates no branches, and branches without counted members are left out")
{
    RuleSet rules = table();
    CHECK(BranchEvaluation::evaluate({branch(1, QStringLiteral("甲支部"))}, rules).size() == 1);
    CHECK(BranchEvaluation::evaluate({branch(1, QStringLiteral("甲支部"), 0)}, rules).isEmpty());
    rules.branchEvaluation.reset();
    CHECK(BranchEvaluation::evaluate({branch(1, QStringLiteral("甲支部"))}, rules).isEmpty());
}

TEST_CASE("branches are ranked by score as competition ranks, equal scores in Chinese name order")
{
    const QList<BranchResult> results = BranchEvaluation::evaluate(
        {scored(1, QStringLiteral("张支部"), 8000), scored(2, QStringLiteral("安支部"), 8000),
         scored(3, QStringLiteral("李支部"), 9000), scored(4, QStringLiteral("王支部"), 7000)},
        table());
    QStringList names;
    QList<int> ranks;
    for (const BranchResult& r : results) {
        names << r.facts.name;
        ranks << r.rank;
    }
    CHECK(names == QStringList{QStringLiteral("李支部"), QStringLiteral("安支部"), QStringLiteral("张支部"),
                               QStringLiteral("王支部")});
    CHECK(ranks == QList<int>{1, 2, 2, 4});
}

TEST_CASE("tiers are filled from the top within their share limits, a tie on the limit keeps the tier and is flagged")
{
    // Ten branches: 五星 admits ceil(10 × 10%) = 1, but two share the top score of 95: both take it, flagged.
    // 四星 admits ceil(10 × 30%) = 3 of the others with at least 80: 88, 85, 84 (82 goes on to 三星).
    const QList<Cents> scores{9500, 9500, 8800, 8500, 8400, 8200, 7500, 7000, 6000, 1000};
    QList<BranchFacts> facts;
    for (qsizetype i = 0; i < scores.size(); ++i)
        facts << scored(i + 1, QStringLiteral("支部%1").arg(QChar(u'甲' + int(i))), scores[i]);
    const QList<BranchResult> results = BranchEvaluation::evaluate(facts, table());
    QStringList tiers;
    QList<bool> ties;
    for (const BranchResult& r : results) {
        tiers << r.tier.value_or(QString());
        ties << r.tieAtShare;
    }
    CHECK(tiers
          == QStringList{QStringLiteral("五星"), QStringLiteral("五星"), QStringLiteral("四星"), QStringLiteral("四星"),
                         QStringLiteral("四星"), QStringLiteral("三星"), QStringLiteral("三星"), QStringLiteral("三星"),
                         QStringLiteral("一星"), QStringLiteral("一星")});
    CHECK(ties == QList<bool>{true, true, false, false, false, false, false, false, false, false});
}

TEST_CASE("a vetoed branch takes the lowest tier and fails no_veto, whatever its score")
{
    RuleSet rules = table();
    rules.branchAwards = {BranchAward{QStringLiteral("HQDZB"), QStringLiteral("红旗党支部"), 8500, QString(), true,
                                      std::nullopt, std::nullopt, std::nullopt, std::nullopt}};
    BranchFacts vetoed = scored(1, QStringLiteral("甲支部"), 9900);
    vetoed.branchVetoed = true;
    BranchFacts memberVetoed = scored(2, QStringLiteral("乙支部"), 9800);
    memberVetoed.memberVetoed = true;
    const BranchFacts clean = scored(3, QStringLiteral("丙支部"), 9000);
    QList<BranchResult> results = BranchEvaluation::evaluate({vetoed, memberVetoed, clean}, rules);
    CHECK(named(results, QStringLiteral("甲支部")).vetoed);
    CHECK(named(results, QStringLiteral("甲支部")).tier == QStringLiteral("一星"));
    CHECK(named(results, QStringLiteral("甲支部")).rank == 1); // still ranked by score
    CHECK(named(results, QStringLiteral("甲支部")).awards.constFirst().failed == QStringList{QStringLiteral("no_veto")});
    CHECK(named(results, QStringLiteral("乙支部")).tier == QStringLiteral("一星"));
    // 五星 admits ceil(3 × 10%) = 1 non-vetoed branch: 丙支部.
    CHECK(named(results, QStringLiteral("丙支部")).tier == QStringLiteral("五星"));
    CHECK(named(results, QStringLiteral("丙支部")).awards.constFirst().eligible);

    rules.branchEvaluation->memberVeto = false; // a member's veto no longer strikes the branch
    results = BranchEvaluation::evaluate({vetoed, memberVetoed, clean}, rules);
    CHECK_FALSE(named(results, QStringLiteral("乙支部")).vetoed);
}

TEST_CASE("a branch award lists every condition failed, by its key, in the spec's order")
{
    RuleSet rules = table();
    rules.branchAwards = {BranchAward{QStringLiteral("HQDZB"), QStringLiteral("红旗党支部"), 8500, QStringLiteral("四星"),
                                      true, 10000, 9000, 5000, std::nullopt}};
    BranchFacts weak = branch(1, QStringLiteral("甲支部"));
    weak.held = {{QStringLiteral("DYDH"), 4}, {QStringLiteral("ZWH"), 11}}; // M = 23/24 < 100%
    weak.present = 8;
    weak.absent = 2; // T = 80% < 90%
    weak.branchVetoed = true;
    BranchFacts strong = scored(2, QStringLiteral("乙支部"), 6000);
    strong.held = {{QStringLiteral("DYDH"), 4}, {QStringLiteral("ZWH"), 12}};
    strong.present = 9;
    strong.absent = 1; // exactly 90%: holds
    const QList<BranchResult> results = BranchEvaluation::evaluate({weak, strong}, rules);
    // 乙: 30 + 9 + 60 = 99 → rank 1, 五星; 甲: M = 28.75 + T = 8 → 36.75, rank 2, top 50% admits 1.
    CHECK(named(results, QStringLiteral("乙支部")).awards.constFirst().eligible);
    CHECK(named(results, QStringLiteral("甲支部")).awards.constFirst().failed
          == QStringList{QStringLiteral("min_score"), QStringLiteral("min_tier"), QStringLiteral("no_veto"),
                         QStringLiteral("min_meeting_rate"), QStringLiteral("min_attendance"),
                         QStringLiteral("top_percent")});
}

TEST_CASE("a branch award's quota admits the best of those meeting every other condition, ties across it flagged")
{
    RuleSet rules = table();
    rules.branchAwards = {BranchAward{QStringLiteral("HQDZB"), QStringLiteral("红旗党支部"), 8000, QString(), true,
                                      std::nullopt, std::nullopt, std::nullopt, 2}};
    BranchFacts vetoedTop = scored(1, QStringLiteral("甲支部"), 9900);
    vetoedTop.branchVetoed = true;
    const QList<BranchResult> results = BranchEvaluation::evaluate(
        {vetoedTop, scored(2, QStringLiteral("乙支部"), 9500), scored(3, QStringLiteral("丙支部"), 9000),
         scored(4, QStringLiteral("丁支部"), 9000), scored(5, QStringLiteral("戊支部"), 8000),
         scored(6, QStringLiteral("己支部"), 7000)},
        rules);
    // Among 乙 95, 丙 90, 丁 90, 戊 80: ranks 1, 2, 2, 4; quota 2 admits 乙, 丙 and 丁, the last two flagged.
    const auto verdict = [&](const char16_t* name) { return named(results, QString::fromUtf16(name)).awards.constFirst(); };
    CHECK(verdict(u"乙支部").eligible);
    CHECK_FALSE(verdict(u"乙支部").tieAtQuota);
    CHECK(verdict(u"丙支部").eligible);
    CHECK(verdict(u"丙支部").tieAtQuota);
    CHECK(verdict(u"丁支部").tieAtQuota);
    CHECK(verdict(u"戊支部").failed == QStringList{QStringLiteral("quota")});
    CHECK(verdict(u"己支部").failed == QStringList{QStringLiteral("min_score")});
    CHECK(verdict(u"甲支部").failed == QStringList{QStringLiteral("no_veto")});
}

// --- a simple second implementation ---------------------------------------------------------------------------------

namespace {

// Rounds a/b (b > 0) with the remainder, halves away from zero.
qint64 refRound(qint64 a, qint64 b)
{
    qint64 q = a / b;
    const qint64 r = a % b;
    if (2 * (r < 0 ? -r : r) >= b)
        q += a < 0 ? -1 : 1;
    return q;
}

struct Ref {
    Cents score = 0;
    int rank = 0;
    QString tier;
    bool tie = false;
    bool eligible = false;
    bool tieAtQuota = false;
};

// Straight from the spec, quadratic, with M summed as a reduced fraction step by step.
QHash<qint64, Ref> reference(const QList<BranchFacts>& facts, const RuleSet& rules)
{
    const BranchEvaluationSettings& s = *rules.branchEvaluation;
    QHash<qint64, Ref> out;
    QList<qint64> ids;
    QHash<qint64, std::pair<qint64, qint64>> mOf;
    QHash<qint64, bool> vetoOf;
    for (const BranchFacts& f : facts) {
        const qint64 n = f.members;
        Cents member = 0;
        if (f.totalPoints > 0)
            member = std::min<qint64>(s.memberPointsMax, refRound(s.memberPointsMax * f.totalPoints, n * s.fullAt));
        qint64 num = 0, den = 1, k = 0;
        for (const MeetingType& t : rules.meetingTypes) {
            if (t.requiredPerYear <= 0)
                continue;
            ++k;
            const qint64 held = std::min(f.held.value(t.code), t.requiredPerYear);
            num = num * t.requiredPerYear + held * den;
            den = den * t.requiredPerYear;
            const qint64 g = std::gcd(num, den);
            num /= g;
            den /= g;
        }
        if (k == 0) {
            num = 1;
            den = 1;
        } else {
            den *= k;
        }
        const qint64 listed = f.present + f.absent;
        const Cents score = member + refRound(s.participationMax * f.activeMonths, 12 * n)
            + refRound(s.meetingsMax * num, den) + (listed ? refRound(s.attendanceMax * f.present, listed) : 0)
            + f.branchRulePoints;
        out[f.branchId].score = score;
        mOf[f.branchId] = {num, den};
        vetoOf[f.branchId] = f.branchVetoed || (s.memberVeto && f.memberVetoed);
        ids << f.branchId;
    }
    const qint64 count = ids.size();
    for (const qint64 id : ids) {
        int greater = 0;
        for (const qint64 other : ids)
            greater += out[other].score > out[id].score;
        out[id].rank = greater + 1;
    }
    QSet<qint64> placed;
    for (const qint64 id : ids)
        if (vetoOf[id]) {
            out[id].tier = rules.branchTiers.constLast().name;
            placed.insert(id);
        }
    for (const BranchTier& tier : rules.branchTiers) {
        QList<qint64> candidates;
        for (const qint64 id : ids)
            if (!placed.contains(id) && (!tier.minScore || out[id].score >= *tier.minScore))
                candidates << id;
        QList<qint64> in;
        for (const qint64 id : candidates) {
            int greater = 0;
            for (const qint64 other : candidates)
                greater += out[other].score > out[id].score;
            if (!tier.maxShare || greater + 1 <= (count * *tier.maxShare + 9999) / 10000)
                in << id;
        }
        if (tier.maxShare && in.size() > (count * *tier.maxShare + 9999) / 10000) {
            Cents lowest = out[in.constFirst()].score;
            for (const qint64 id : in)
                lowest = std::min(lowest, out[id].score);
            for (const qint64 id : in)
                out[id].tie = out[id].score == lowest;
        }
        for (const qint64 id : in) {
            out[id].tier = tier.name;
            placed.insert(id);
        }
    }
    const BranchAward& a = rules.branchAwards.constFirst();
    QList<qint64> meetAll;
    for (const qint64 id : ids) {
        const bool ok = (!a.minScore || out[id].score >= *a.minScore) && !(a.noVeto && vetoOf[id])
            && (!a.minMeetingRate || mOf[id].first * 10000 >= *a.minMeetingRate * mOf[id].second);
        if (ok)
            meetAll << id;
    }
    QList<qint64> admitted;
    for (const qint64 id : meetAll) {
        int greater = 0;
        for (const qint64 other : meetAll)
            greater += out[other].score > out[id].score;
        if (greater + 1 <= *a.quota)
            admitted << id;
    }
    if (admitted.size() > *a.quota) {
        Cents lowest = out[admitted.constFirst()].score;
        for (const qint64 id : admitted)
            lowest = std::min(lowest, out[id].score);
        for (const qint64 id : admitted)
            out[id].tieAtQuota = out[id].score == lowest;
    }
    for (const qint64 id : admitted)
        out[id].eligible = true;
    return out;
}

} // namespace

TEST_CASE("the evaluation agrees with a simple second implementation on random branches")
{
    for (quint64 seed = 1; seed <= 40; ++seed) {
        std::mt19937_64 random(seed);
        const auto pick = [&random](qint64 count) { return qint64(random() % quint64(count)); };
        RuleSet rules;
        rules.meetingTypes = {type("A", int(pick(5))), type("B", int(pick(13))), type("C", int(1 + pick(3)))};
        rules.branchEvaluation = BranchEvaluationSettings{pick(5000), 100 + pick(10000), pick(3000), pick(4000),
                                                          pick(2000), pick(2) == 0};
        rules.branchTiers = {{QStringLiteral("T1"), 4000 + pick(4000), 500 + pick(2000)},
                             {QStringLiteral("T2"), 2000 + pick(2000), pick(2) ? std::optional<Cents>(3000) : std::nullopt},
                             {QStringLiteral("T3"), std::nullopt, std::nullopt}};
        rules.branchAwards = {BranchAward{QStringLiteral("X"), QStringLiteral("X"), pick(6000), QString(), pick(2) == 0,
                                          pick(2) ? std::optional<Cents>(pick(10001)) : std::nullopt, std::nullopt,
                                          std::nullopt, int(1 + pick(3))}};
        QList<BranchFacts> facts;
        const int count = int(1 + pick(12));
        for (int i = 0; i < count; ++i) {
            BranchFacts f = branch(i + 1, QStringLiteral("支部%1").arg(i), int(1 + pick(20)));
            f.totalPoints = (pick(12000) - 1000) * f.members / (1 + pick(3));
            f.activeMonths = pick(12 * f.members + 1);
            for (const char* code : {"A", "B", "C"})
                f.held.insert(QString::fromLatin1(code), int(pick(14)));
            f.present = pick(30);
            f.absent = pick(10);
            f.branchRulePoints = (pick(5) - 2) * 100 * pick(3);
            f.branchVetoed = pick(10) == 0;
            f.memberVetoed = pick(8) == 0;
            facts << f;
        }
        const QHash<qint64, Ref> expected = reference(facts, rules);
        const QList<BranchResult> results = BranchEvaluation::evaluate(facts, rules);
        REQUIRE(results.size() == count);
        for (const BranchResult& r : results) {
            INFO("seed " << seed << ", branch " << r.facts.branchId);
            const Ref& e = expected[r.facts.branchId];
            CHECK(r.score == e.score);
            CHECK(r.rank == e.rank);
            CHECK(r.tier.value_or(QString()) == e.tier);
            CHECK(r.tieAtShare == e.tie);
            CHECK(r.awards.constFirst().eligible == e.eligible);
            CHECK(r.awards.constFirst().tieAtQuota == e.tieAtQuota);
        }
    }
}

TEST_CASE("the worked example of docs/branches.md scores 85.85")
{
    RuleSet rules = table();
    rules.meetingTypes = {type("DYDH", 4), type("ZWH", 12), type("ZTDR", 12), type("DK", 4), type("ZZSHH", 1)};
    BranchFacts f = branch(1, QStringLiteral("第一党支部"), 3);
    f.totalPoints = 20000;
    f.activeMonths = 25;
    f.held = {{QStringLiteral("DYDH"), 3}, {QStringLiteral("ZWH"), 12}, {QStringLiteral("ZTDR"), 11},
              {QStringLiteral("DK"), 4}, {QStringLiteral("ZZSHH"), 1}};
    f.present = 70;
    f.absent = 5;
    f.branchRulePoints = 500;
    const BranchResult r = BranchEvaluation::evaluate({f}, rules).constFirst();
    CHECK(r.meetingRate == 9333);
    CHECK(r.meetingPoints == 2800);
    CHECK(r.attendancePoints == 933);
    CHECK(r.score == 8585);
}
