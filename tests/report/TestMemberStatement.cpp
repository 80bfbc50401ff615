#include "ReportFixtures.h"
#include "TestSupport.h"
#include "report/MemberStatement.h"

using namespace jifen;
using namespace jifen::test;

namespace {

MemberStatement::EntryLine entry(qint64 id, QDate date, Cents raw, Cents contribution,
                                 MemberStatement::EntryLine::State state = MemberStatement::EntryLine::State::Counted)
{
    MemberStatement::EntryLine e;
    e.entryId = id;
    e.date = date;
    e.ruleCode = QStringLiteral("A01");
    e.ruleName = QStringLiteral("参加支部党员大会");
    e.category = QStringLiteral("基本");
    e.raw = raw;
    e.contribution = contribution;
    e.state = state;
    return e;
}

MemberStatement statement()
{
    using State = MemberStatement::EntryLine::State;
    const MemberYear member = memberYear(7, QStringLiteral("张三"), 1, QStringLiteral("第一党支部"), {4, 0, 2}, 1000);
    QList<MemberStatement::EntryLine> entries {
        entry(5, QDate(2026, 3, 2), 200, 200), entry(3, QDate(2026, 1, 20), 200, 0),
        entry(2, QDate(2026, 1, 20), 200, 100), entry(1, QDate(2026, 1, 5), 300, 300),
        entry(4, QDate(2026, 2, 1), 200, 0, State::Reversed)};
    entries[4].reversalReason = QStringLiteral("录入错误");
    return MemberStatement::build(QStringLiteral("市直机关党委"), member, QStringLiteral("正式党员"), QDate(2001, 7, 1),
                                  entries, QDate(2026, 4, 2));
}

} // namespace

TEST_CASE("a statement lists entries by date, then by creation")
{
    const MemberStatement s = statement();
    QList<qint64> order;
    for (const auto& e : s.entries)
        order << e.entryId;
    CHECK(order == QList<qint64> {1, 2, 3, 4, 5});
}

TEST_CASE("a statement says which entries a cap cut, which it stopped and which were reversed")
{
    const MemberStatement s = statement();
    CHECK(s.remark(s.entries[0]).isEmpty());
    CHECK(s.remark(s.entries[1]) == QStringLiteral("cut by the cap"));
    CHECK(s.remark(s.entries[2]) == QStringLiteral("over the cap"));
    CHECK(s.remark(s.entries[3]) == QStringLiteral("reversed: 录入错误"));
    const ReportTable table = s.entryTable();
    REQUIRE(table.rows.size() == 5);
    CHECK(table.rows[1][4].text == QStringLiteral("2"));
    CHECK(table.rows[1][5].text == QStringLiteral("1"));
    CHECK(table.rows[3][6].flagged);
}

TEST_CASE("the month table runs from the base points through December with the cumulative total")
{
    const ReportTable months = statement().monthTable();
    REQUIRE(months.rows.size() == 13);
    CHECK(months.rows[0][1].text == QStringLiteral("10"));
    CHECK(months.rows[1][1].text == QStringLiteral("4"));
    CHECK(months.rows[1][2].text == QStringLiteral("14"));
    CHECK(months.rows[1][3].text == QStringLiteral("✓"));
    CHECK(months.rows[2][3].text.isEmpty());
    CHECK(months.rows[3][2].text == QStringLiteral("16"));
    CHECK(months.rows[12][2].text == QStringLiteral("16"));
}

TEST_CASE("a statement's document prints the ID number masked and each award's verdict with reasons")
{
    MemberStatement s = statement();
    s.branchRank = 2;
    s.branchSize = 9;
    s.overallRank = 11;
    s.overallSize = 80;
    AwardOutcome verdict = outcome(7, false, {QStringLiteral("min_points")}, 2400);
    s.awards.append({excellentMember(), verdict});
    const ReportDocument doc = s.document();
    QString text;
    for (const auto& block : doc.blocks)
        text += block.text + u'\n';
    CHECK(text.contains(QStringLiteral("110105********002X")));
    CHECK_FALSE(text.contains(QStringLiteral("11010519491231002X")));
    CHECK(text.contains(QStringLiteral("Rank 2 of 9 in the branch; rank 11 of 80 overall.")));
    CHECK(text.contains(QStringLiteral("优秀共产党员: not eligible: 24 points short of 40")));
    CHECK(doc.tables().size() == 2);
}
