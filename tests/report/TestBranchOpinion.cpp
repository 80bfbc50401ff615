#include "LedgerFixture.h"
#include "report/ReportBuilder.h"
#include "storage/Meetings.h"
#include "storage/OpinionLog.h"
#include "storage/Pledges.h"

using namespace jifen;
using namespace jifen::test;

namespace {


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
    CHECK_FALSE(y.fromMeetings); // no meeting lists 甲 yet
    CHECK(y.attended == 4); // A01 on 10 January, and three on 10 February
    CHECK(y.absent == 0);
    CHECK(builder.opinion({f.jia}, 2026, 2026).figures(opinion.pages[0]).rows[0][6].text == u"attended 4 time(s)");
    REQUIRE(y.pledges.size() == 2);
    CHECK(y.pledges[0].review->result == PledgeResult::Fulfilled);
    CHECK_FALSE(y.pledges[1].review);
    CHECK(opinion.opinion == u"同意推荐");
}

TEST_CASE("once meetings list the member in a year, the branch opinion gives attendance as present / listed from them")
{
    LedgerFixture f;
    RuleSet rules = f.ledger.ruleSet();
    MeetingType meeting;
    meeting.code = QStringLiteral("DYDH");
    meeting.name = QStringLiteral("支部党员大会");
    meeting.requiredPerYear = 4;
    meeting.presentRule = QStringLiteral("A01");
    rules.meetingTypes << meeting;
    f.ledger.importRuleSet(rules, QDate(2026, 1, 1));
    using A = Meeting::Attendance;
    Meetings meetings(f.ledger);
    meetings.record(f.branchOne, QStringLiteral("DYDH"), QDate(2026, 3, 15), QStringLiteral("一季度"),
                    {{f.jia, A::Present}, {f.yi, A::Absent}});
    meetings.record(f.branchOne, QStringLiteral("DYDH"), QDate(2026, 6, 15), QStringLiteral("二季度"),
                    {{f.jia, A::Excused}, {f.yi, A::Present}});
    const qint64 third = meetings.record(f.branchOne, QStringLiteral("DYDH"), QDate(2026, 9, 15), {},
                                         {{f.jia, A::Present}, {f.yi, A::Present}});
    meetings.cancel(third, QStringLiteral("改期"));
    const qint64 fourth = meetings.record(f.branchOne, QStringLiteral("DYDH"), QDate(2026, 10, 15), {},
                                          {{f.jia, A::Present}, {f.yi, A::Present}});
    meetings.mark(fourth, f.yi, A::Absent);

    ReportBuilder builder(f.ledger, QDate(2026, 11, 1));
    const BranchOpinion opinion = builder.opinion({f.jia, f.yi, f.bing}, 2025, 2026);
    const BranchOpinion::Year& jia = opinion.pages[0].years[1];
    CHECK(jia.fromMeetings);
    CHECK(jia.listed == 3); // the cancelled meeting does not count
    CHECK(jia.present == 2);
    CHECK(jia.excused == 1);
    CHECK(jia.absent == 0);
    CHECK(jia.attended == 2); // not the A01 entries typed by hand (four) nor those the meetings wrote
    const BranchOpinion::Year& yi = opinion.pages[1].years[1];
    CHECK(yi.listed == 3);
    CHECK(yi.present == 1);
    CHECK(yi.absent == 2); // the changed attendance counts as it stands now
    const QList<QList<ReportCell>> rows = opinion.figures(opinion.pages[1]).rows;
    CHECK(rows[1][6].text == u"present 1 / listed 3, absent without leave 2");
    // 丙 is listed at no meeting: the attending rules' entries still count, and 2025 has no meetings for anyone.
    const BranchOpinion::Year& bing = opinion.pages[2].years[1];
    CHECK_FALSE(bing.fromMeetings);
    CHECK(bing.attended == 2);
    CHECK_FALSE(opinion.pages[0].years[0].fromMeetings);
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
