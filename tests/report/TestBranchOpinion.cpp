#include "LedgerFixture.h"
#include "report/ReportBuilder.h"
#include "storage/OpinionLog.h"
#include "storage/Pledges.h"

using namespace jifen;
using namespace jifen::test;

namespace {

const QDate aprilFirst(2026, 4, 1);

const RankingReport::Row& rowOf(const RankingReport& report, qint64 memberId)
{
    for (const RankingReport::Row& row : report.rows)
        if (row.memberId == memberId)
            return row;
    FAIL("member not in the ranking");
    return report.rows.constFirst();
}

} // namespace

TEST_CASE("the branch opinion quotes the year total, ranks and grade of the year's ranking")
{
    LedgerFixture f;
    ReportBuilder builder(f.ledger, aprilFirst);
    const BranchOpinion opinion = builder.opinion({f.jia, f.ding}, 2026, 2026);
    REQUIRE(opinion.pages.size() == 2);
    const RankingReport all = builder.ranking(Period::year(2026), std::nullopt);
    for (const BranchOpinion::Page& page : opinion.pages) {
        REQUIRE(page.years.size() == 1);
        const BranchOpinion::Year& y = page.years[0];
        CHECK(y.counted);
        const RankingReport::Row& overall = rowOf(all, page.member.id);
        const RankingReport branch = builder.ranking(Period::year(2026), page.member.branchId);
        CHECK(y.total == overall.periodPoints);
        CHECK(y.grade == overall.grade);
        CHECK(y.overallRank == overall.rank);
        CHECK(y.overallSize == all.rows.size());
        CHECK(y.branchRank == rowOf(branch, page.member.id).rank);
        CHECK(y.branchSize == branch.rows.size());
    }
    // 甲: 28 points (乙 25, 丙 20, 丁 10), first of the two in 一支部.
    CHECK(opinion.pages[0].years[0].total == 2800);
    CHECK(BranchOpinion::rankText(opinion.pages[0].years[0].branchRank, opinion.pages[0].years[0].branchSize)
          == u"1 / 2");
}

TEST_CASE("the branch opinion gives each award's verdict as the commendation list does, and the veto with its rule")
{
    LedgerFixture f;
    ReportBuilder builder(f.ledger, aprilFirst);
    const BranchOpinion opinion = builder.opinion({f.jia, f.ding}, 2026, 2026);
    const EligibilityReport list = builder.eligibility(2026, builder.ruleSet().awards);
    REQUIRE(list.sections.size() == 1);
    QList<qint64> eligible;
    for (const EligibilityReport::Line& line : list.sections[0].eligible)
        eligible << line.memberId;
    for (const BranchOpinion::Page& page : opinion.pages) {
        REQUIRE(page.years[0].awards.size() == 1);
        CHECK(page.years[0].awards[0].name == u"优秀共产党员");
        CHECK(page.years[0].awards[0].eligible == eligible.contains(page.member.id));
    }
    const BranchOpinion::Year& jia = opinion.pages[0].years[0];
    const BranchOpinion::Year& ding = opinion.pages[1].years[0];
    CHECK(jia.awards[0].eligible);
    CHECK_FALSE(jia.vetoed);
    CHECK(ding.vetoed);
    REQUIRE(ding.vetoes.size() == 1);
    CHECK(ding.vetoes[0].startsWith(QStringLiteral("C01 受到党纪处分")));
    CHECK_FALSE(ding.awards[0].reasons.isEmpty());
}

TEST_CASE("the branch opinion counts attendance from the attending rules' entries and lists the year's pledges")
{
    LedgerFixture f;
    Pledges pledges(f.ledger);
    const qint64 kept = pledges.add(f.jia, 2026, QStringLiteral("带头参加志愿服务"));
    pledges.add(f.jia, 2026, QStringLiteral("完成学习计划"));
    pledges.add(f.jia, 2025, QStringLiteral("上一年的承诺"));
    pledges.review(kept, PledgeResult::Fulfilled, QStringLiteral("全年参加八次"));
    ReportBuilder builder(f.ledger, aprilFirst);
    const BranchOpinion opinion = builder.opinion({f.jia}, 2026, 2026, QStringLiteral("同意推荐"));
    CHECK(opinion.attendanceRules == QStringList {QStringLiteral("A01 参加支部党员大会")});
    const BranchOpinion::Year& y = opinion.pages[0].years[0];
    CHECK(y.attended == 4); // A01 on 10 January, and three on 10 February
    CHECK(y.absent == 0);
    REQUIRE(y.pledges.size() == 2);
    CHECK(y.pledges[0].review->result == PledgeResult::Fulfilled);
    CHECK_FALSE(y.pledges[1].review);
    CHECK(opinion.opinion == u"同意推荐");
}

TEST_CASE("issuing a branch opinion records for whom, which years, by whom and when")
{
    LedgerFixture f;
    ReportBuilder builder(f.ledger, aprilFirst);
    const BranchOpinion opinion = builder.opinion({f.jia, f.yi}, 2025, 2026);
    CHECK(opinion.pages[0].years.size() == 2);
    builder.recordOpinion(opinion);
    const QList<OpinionIssue> issues = OpinionLog(f.ledger).list();
    REQUIRE(issues.size() == 2);
    CHECK(issues[1].memberId == f.jia);
    CHECK(issues[0].memberId == f.yi);
    CHECK(issues[0].yearFrom == 2025);
    CHECK(issues[0].yearTo == 2026);
    CHECK(issues[0].by == u"王书记");
    CHECK(issues[0].at.isValid());
}
