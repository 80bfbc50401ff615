#include "TestSupport.h"
#include "report/RankingReport.h"

using namespace jifen;

namespace {

RankingReport::Line line(qint64 id, const QString& name, double points, int rank, std::optional<int> previous)
{
    RankingReport::Line l;
    l.memberId = id;
    l.name = name;
    l.idNumber = QStringLiteral("110105194912310021");
    l.branchName = QStringLiteral("第一党支部");
    l.periodTotal = *points::fromDouble(points);
    l.yearToDate = l.periodTotal + 1000;
    l.rank = rank;
    l.previousRank = previous;
    l.grade = QStringLiteral("合格");
    return l;
}

// 1, 2, 2, 4 as RANK.EQ gives them; the previous month's ranks 3, 1, 2, none.
RankingReport march()
{
    const QList<RankingReport::Line> lines {
        line(1, QStringLiteral("赵一"), 12, 1, 3), line(2, QStringLiteral("钱二"), 8.5, 2, 1),
        line(3, QStringLiteral("孙三"), 8.5, 2, 2), line(4, QStringLiteral("李四"), 3, 4, {})};
    return RankingReport::build(QStringLiteral("市直机关党委"), Period::month(2026, 3), {}, lines, QDate(2026, 4, 1));
}

} // namespace

TEST_CASE("members sharing a rank are flagged as tied, the others are not")
{
    const RankingReport report = march();
    REQUIRE(report.rows.size() == 4);
    CHECK_FALSE(report.rows[0].tied);
    CHECK(report.rows[1].tied);
    CHECK(report.rows[2].tied);
    CHECK_FALSE(report.rows[3].tied);
}

TEST_CASE("rank change is the previous rank minus the current one, unset without a previous rank")
{
    const RankingReport report = march();
    CHECK(report.rows[0].rankChange == 2);
    CHECK(report.rows[1].rankChange == -1);
    CHECK(report.rows[2].rankChange == 0);
    CHECK_FALSE(report.rows[3].rankChange.has_value());
}

TEST_CASE("a ranking never carries a full ID number")
{
    const RankingReport report = march();
    for (const RankingReport::Row& row : report.rows)
        CHECK(row.maskedId == QStringLiteral("110105********0021"));
    const ReportTable table = report.table(RankingReport::exportColumns());
    for (const auto& cells : table.rows)
        for (const ReportCell& cell : cells)
            CHECK_FALSE(cell.text.contains(QStringLiteral("19491231")));
}

TEST_CASE("the notice period runs seven days from the day the ranking is prepared, both ends included")
{
    const RankingReport report = march();
    CHECK(report.noticeFrom == QDate(2026, 4, 1));
    CHECK(report.noticeTo == QDate(2026, 4, 7));
    const RankingReport longer = RankingReport::build({}, Period::month(2026, 3), {}, {}, QDate(2026, 4, 28), 10);
    CHECK(longer.noticeTo == QDate(2026, 5, 7));
}

TEST_CASE("the printed table shows ties in the rank column, the export table in a column of its own")
{
    const RankingReport report = march();
    const ReportTable printed = report.table(RankingReport::printColumns());
    REQUIRE(printed.columns.size() == 7);
    CHECK(printed.columns[0].title == QStringLiteral("Rank"));
    CHECK(printed.rows[1][0].text == QStringLiteral("2 (tie)"));
    CHECK(printed.rows[0][0].text == QStringLiteral("1"));
    CHECK(printed.rows[0][5].text == QStringLiteral("↑2"));
    CHECK(printed.rows[1][5].text == QStringLiteral("↓1"));
    CHECK(printed.rows[2][5].text == QStringLiteral("—"));
    CHECK(printed.rows[3][5].text == QStringLiteral("new"));
    CHECK(printed.rows[1][3].text == QStringLiteral("8.5"));
    CHECK(printed.rows[1][4].text == QStringLiteral("18.5"));

    const ReportTable exported = report.table(RankingReport::exportColumns());
    CHECK(exported.rows[1][0].text == QStringLiteral("2"));
    CHECK(exported.rows[1][0].number == 2.0);
    CHECK(exported.rows[1][1].text == QStringLiteral("tie"));
    CHECK(exported.rows[0][1].text.isEmpty());
    CHECK(exported.columns[3].keepAsText);
    CHECK(exported.rows[1][5].number == 8.5);
}

TEST_CASE("after a publication, members whose entries changed are marked in the table and counted in a note")
{
    RankingReport report = march();
    report.markPublished(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC), QStringLiteral("王书记"), {3});
    CHECK(report.status == RankingReport::Status::ChangedAfterPublication);
    CHECK(report.changedCount() == 1);
    const ReportTable table = report.table(RankingReport::printColumns());
    CHECK(table.rows[2][1].text == QStringLiteral("孙三 ※"));
    CHECK(table.rows[2][1].flagged);
    CHECK_FALSE(table.rows[1][1].flagged);
    const ReportDocument doc = report.document();
    bool noted = false;
    for (const auto& block : doc.blocks)
        noted = noted || block.text.contains(QStringLiteral("changed after publication"));
    CHECK(noted);

    RankingReport unchanged = march();
    unchanged.markPublished(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC), QStringLiteral("王书记"), {});
    CHECK(unchanged.status == RankingReport::Status::Published);
}

TEST_CASE("the notice document carries the title, the period, signature lines and the notice period")
{
    const ReportDocument doc = march().document();
    CHECK(doc.title == QStringLiteral("市直机关党委 2026-03 points ranking"));
    CHECK(doc.subtitle.join(u' ').contains(QStringLiteral("all members")));
    CHECK(doc.signatureLines);
    CHECK(doc.noticeFrom == QDate(2026, 4, 1));
    CHECK(doc.noticeTo == QDate(2026, 4, 7));
    CHECK(doc.tables().size() == 1);
}
