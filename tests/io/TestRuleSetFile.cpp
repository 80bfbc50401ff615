#include "TestSupport.h"
#include "io/RuleSetFile.h"

#include <QFile>

using namespace jifen;

TEST_CASE("the bundled default rule set reads without errors and writes back byte for byte")
{
    QFile file(QStringLiteral(":/rules/default-rules.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const auto result = RuleSetFile::parse(text);
    REQUIRE(result.errors == QStringList());
    CHECK(result.ruleSet.basePoints == 5000);
    CHECK(result.ruleSet.grades.size() == 4);
    bool hasVeto = false;
    for (const Rule& rule : result.ruleSet.rules)
        hasVeto = hasVeto || rule.current().veto;
    CHECK(hasVeto);
    CHECK(RuleSetFile::write(result.ruleSet) == text);
}

TEST_CASE("absent or null optional keys read as unset")
{
    const auto result = RuleSetFile::parse(R"({"format": "jifen-rules/1",
        "rules": [{"code": "A01", "name": "党课", "points": 2.5}],
        "awards": [{"code": "X", "name": "先锋", "quota": null}]})");
    REQUIRE(result.ok());
    const RuleVersion& v = result.ruleSet.rules.constFirst().current();
    CHECK(v.points == 250);
    CHECK_FALSE(v.capMonth);
    CHECK_FALSE(v.veto);
    CHECK(result.ruleSet.basePoints == 0);
    CHECK_FALSE(result.ruleSet.awards.constFirst().quota);
}

TEST_CASE("every bad value is reported with its place in the file")
{
    const auto result = RuleSetFile::parse(R"({"format": "jifen-rules/1",
        "rules": [{"code": "A01", "name": "党课", "points": 0},
                  {"code": "A01", "name": "党课", "points": 1.234, "cap_month": -2},
                  {"name": "无编码", "points": 1, "veto": "yes"}],
        "awards": [{"code": "X", "name": "先锋", "top_percent": 120, "scope": "city", "min_active_months": 13}]})");
    const QString all = result.errors.join(u'\n');
    CHECK(all.contains(QStringLiteral("rules[0].points: must not be zero")));
    CHECK(all.contains(QStringLiteral("rules[1].points: must be a number with at most two decimal places")));
    CHECK(all.contains(QStringLiteral("rules[1].cap_month")));
    CHECK(all.contains(QStringLiteral("rules[1].code: A01 appears twice")));
    CHECK(all.contains(QStringLiteral("rules[2].code: missing")));
    CHECK(all.contains(QStringLiteral("rules[2].veto")));
    CHECK(all.contains(QStringLiteral("awards[0].top_percent")));
    CHECK(all.contains(QStringLiteral("awards[0].scope")));
    CHECK(all.contains(QStringLiteral("awards[0].min_active_months")));
}

TEST_CASE("a file that is not a jifen-rules/1 document is refused")
{
    CHECK_FALSE(RuleSetFile::parse("{").ok());
    CHECK_FALSE(RuleSetFile::parse(R"({"format": "jifen-rules/2"})").ok());
    CHECK_FALSE(RuleSetFile::parse("[]").ok());
}

TEST_CASE("pledge_rules link review results to rules of the file and round-trip")
{
    QFile file(QStringLiteral(":/rules/default-rules.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const RuleSet defaults = RuleSetFile::parse(file.readAll()).ruleSet;
    CHECK(defaults.pledgeRules.fulfilled == u"B03");
    CHECK(defaults.pledgeRules.partly.isEmpty());
    CHECK(defaults.pledgeRules.unfulfilled.isEmpty());
    const auto b03 = std::find_if(defaults.rules.cbegin(), defaults.rules.cend(),
                                  [](const Rule& rule) { return rule.code == u"B03"; });
    REQUIRE(b03 != defaults.rules.cend());
    CHECK(b03->current().name == u"履行党员承诺践诺");

    const QByteArray text = R"({"format": "jifen-rules/1",
        "rules": [{"code": "B03", "name": "践诺", "points": 2}, {"code": "C09", "name": "未践诺", "points": -1}],
        "pledge_rules": {"fulfilled": "B03", "partly": null, "unfulfilled": "C09"}})";
    const auto read = RuleSetFile::parse(text);
    REQUIRE(read.ok());
    CHECK(read.ruleSet.pledgeRules == PledgeRules {QStringLiteral("B03"), QString(), QStringLiteral("C09")});
    const auto again = RuleSetFile::parse(RuleSetFile::write(read.ruleSet));
    REQUIRE(again.ok());
    CHECK(again.ruleSet.pledgeRules == read.ruleSet.pledgeRules);
}

TEST_CASE("pledge_rules naming a rule the file does not have is reported with its place")
{
    const auto result = RuleSetFile::parse(R"({"format": "jifen-rules/1",
        "rules": [{"code": "B03", "name": "践诺", "points": 2}],
        "pledge_rules": {"fulfilled": "B99", "partly": 3}})");
    const QString all = result.errors.join(u'\n');
    CHECK(all.contains(QStringLiteral("pledge_rules.fulfilled: no rule with code B99")));
    CHECK(all.contains(QStringLiteral("pledge_rules.partly: must be text")));
}

// --- the branch keys (branch-spec.md) ---------------------------------------------------------------------------------

TEST_CASE("the branch keys read into the rule set, percentages and points in hundredths")
{
    const auto result = RuleSetFile::parse(R"({"format": "jifen-rules/1",
        "rules": [{"code": "A01", "name": "参加支部党员大会", "points": 2}, {"code": "C01", "name": "缺席", "points": -3}],
        "meeting_types": [{"code": "DYDH", "name": "支部党员大会", "required_per_year": 4, "present_rule": "A01", "absent_rule": "C01"},
                          {"code": "DXZH", "name": "党小组会", "required_per_year": null, "present_rule": null}],
        "branch_rules": [{"code": "Z01", "name": "受到上级党组织表彰", "category": "奖励", "points": 5, "cap_month": null, "cap_year": 10, "veto": false}],
        "branch_evaluation": {"member_points": {"max": 40, "full_at": 90}, "participation": {"max": 20},
                              "meetings": {"max": 30}, "attendance": {"max": 10}, "member_veto": true},
        "branch_tiers": [{"name": "五星", "min_score": 90, "max_share": 12.5}, {"name": "一星", "min_score": null}],
        "branch_awards": [{"code": "HQDZB", "name": "红旗党支部", "min_score": 85, "min_tier": "五星", "no_veto": true,
                           "min_meeting_rate": 100, "min_attendance": null, "top_percent": null, "quota": 2}]})");
    REQUIRE(result.errors == QStringList());
    const RuleSet& set = result.ruleSet;
    REQUIRE(set.meetingTypes.size() == 2);
    CHECK(set.meetingTypes[0].requiredPerYear == 4);
    CHECK(set.meetingTypes[0].absentRule == QStringLiteral("C01"));
    CHECK(set.meetingTypes[1].requiredPerYear == 0);
    CHECK(set.meetingTypes[1].presentRule.isEmpty());
    CHECK(set.branchRules.constFirst().capYear == Cents(1000));
    REQUIRE(set.branchEvaluation);
    CHECK(*set.branchEvaluation == BranchEvaluationSettings{4000, 9000, 2000, 3000, 1000, true});
    CHECK(set.branchTiers[0].maxShare == Cents(1250));
    CHECK_FALSE(set.branchTiers[1].minScore);
    CHECK(set.branchAwards.constFirst().minMeetingRate == Cents(10000));
    CHECK(set.branchAwards.constFirst().quota == 2);
    // Written and read again: unchanged.
    const QByteArray written = RuleSetFile::write(set);
    const auto again = RuleSetFile::parse(written);
    REQUIRE(again.ok());
    CHECK(RuleSetFile::write(again.ruleSet) == written);
    CHECK(again.ruleSet.branchTiers == set.branchTiers);
    CHECK(again.ruleSet.branchAwards == set.branchAwards);
}

TEST_CASE("a rule set without the branch keys loads and is written without them")
{
    const QByteArray text = "{\"format\": \"jifen-rules/1\",\n \"base_points\": 0,\n \"rules\": [],\n \"awards\": [],\n"
                            " \"grades\": []\n}\n";
    const auto result = RuleSetFile::parse(text);
    REQUIRE(result.ok());
    CHECK(result.ruleSet.meetingTypes.isEmpty());
    CHECK_FALSE(result.ruleSet.branchEvaluation);
    CHECK(RuleSetFile::write(result.ruleSet) == text);
}

TEST_CASE("a wrong branch key is named with its place")
{
    const auto result = RuleSetFile::parse(R"({"format": "jifen-rules/1",
        "meeting_types": [{"code": "DYDH", "name": "大会", "present_rule": "A99"}, {"code": "DYDH", "name": "又一个"}],
        "branch_rules": [{"code": "Z01", "name": "表彰", "points": 0}],
        "branch_evaluation": {"member_points": {"max": 40}},
        "branch_tiers": [{"name": "五星", "min_score": 90, "max_share": 120}],
        "branch_awards": [{"code": "HQDZB", "name": "红旗党支部", "min_tier": "六星"}]})");
    const QString errors = result.errors.join(u'\n');
    CHECK(errors.contains(QStringLiteral("meeting_types[0].present_rule")));
    CHECK(errors.contains(QStringLiteral("meeting_types[1].code")));
    CHECK(errors.contains(QStringLiteral("branch_rules[0].points")));
    CHECK(errors.contains(QStringLiteral("branch_evaluation.member_points.full_at")));
    CHECK(errors.contains(QStringLiteral("branch_tiers[0].max_share")));
    CHECK(errors.contains(QStringLiteral("branch_awards[0].min_tier")));
}
