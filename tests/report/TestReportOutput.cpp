#include "LedgerFixture.h"
#include "OutputSupport.h"
#include "XlsxExport.h"
#include "io/ReportCsv.h"
#include "print/ReportPrinter.h"
#include "report/ReportBuilder.h"

#include <QPrinter>
#include <QRegularExpression>

using namespace jifen;
using namespace jifen::test;

namespace {


QString pdfOf(const TempDir& dir, const ReportDocument& document, const QString& name)
{
    const QString path = dir.filePath(name);
    QString error;
    REQUIRE(ui::ReportPrinter(document).writePdf(path, &error));
    return path;
}

// A ranking long enough for several pages: 150 members, points falling by half a point every three, in five branches
// named after `branch` (%1: 1-5).
RankingReport longRanking(const QString& branch = QStringLiteral("机关第%1党支部"))
{
    QList<RankingReport::Line> lines;
    for (int i = 0; i < 150; ++i) {
        RankingReport::Line line;
        line.memberId = i + 1;
        line.name = QStringLiteral("党员%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        line.idNumber = QStringLiteral("110105198001010032");
        line.branchName = branch.arg(i % 5 + 1);
        line.periodTotal = 3000 - (i / 3) * 50;
        line.yearToDate = line.periodTotal * 3;
        line.rank = (i / 3) * 3 + 1;
        line.previousRank = i + 1;
        line.grade = QStringLiteral("合格");
        lines << line;
    }
    return RankingReport::build(QStringLiteral("市直机关党委"), Period::month(2026, 3), {}, lines, aprilFirst);
}

} // namespace

TEST_CASE("the month's ranking printout reads as the golden file: title, columns, ties, notes, signatures, notice")
{
    useChinese();
    LedgerFixture f;
    const RankingReport report = ReportBuilder(f.ledger, aprilFirst).ranking(Period::month(2026, 3), std::nullopt);
    const QString text = pdfText(pdfOf(f.dir, report.document(), QStringLiteral("ranking.pdf")));
    compareGolden(QStringLiteral("ranking-2026-03.txt"), text);
    CHECK(text.contains(QStringLiteral("市直机关党委2026年3月党员积分排名")));
    CHECK(text.contains(QStringLiteral("公示期：2026-04-01 至 2026-04-07")));
    CHECK_FALSE(text.contains(QStringLiteral("110105198001010032")));
}

TEST_CASE("every page of a long ranking repeats the header row and says which page of how many it is")
{
    useChinese();
    TempDir dir;
    const QString pdf = pdfOf(dir, longRanking().document(), QStringLiteral("long.pdf"));
    const int pages = pdfPages(pdf);
    REQUIRE(pages >= 4);
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        const QString text = pdfText(pdf, page);
        CHECK(text.contains(QStringLiteral("排名 姓名 所在支部 本期积分 年度累计 名次变化 等级")));
        // pdftotext drops the narrow spaces between Chinese characters: compare without spaces.
        CHECK(QString(text).remove(u' ').contains(QStringLiteral("第%1页共%2页").arg(page).arg(pages)));
        CHECK(text.contains(QStringLiteral("公示期：2026-04-01 至 2026-04-07")));
        CHECK(text.contains(QStringLiteral("制表人：")));
        CHECK(text.contains(QStringLiteral("审核人：")));
    }
    // Every member is printed exactly once.
    const QString all = pdfText(pdf);
    for (int i = 1; i <= 150; ++i)
        CHECK(all.count(QStringLiteral("党员%1").arg(i, 3, 10, QLatin1Char('0'))) == 1);
}

TEST_CASE("the ranking CSV is UTF-8 with a byte order mark and matches the golden file")
{
    useChinese();
    LedgerFixture f;
    const RankingReport report = ReportBuilder(f.ledger, aprilFirst).ranking(Period::month(2026, 3), std::nullopt);
    const QByteArray csv = ReportCsv::write({report.table(RankingReport::exportColumns())});
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    compareGolden(QStringLiteral("ranking-2026-03.csv"), QString::fromUtf8(csv.mid(3)));
}

TEST_CASE("the ranking .xlsx has the header row, column widths and the ID column stored as text")
{
    useChinese();
    LedgerFixture f;
    const RankingReport report = ReportBuilder(f.ledger, aprilFirst).ranking(Period::month(2026, 3), std::nullopt);
    const QString path = f.dir.filePath(QStringLiteral("ranking.xlsx"));
    QString error;
    REQUIRE(XlsxExport::write(path, {report.table(RankingReport::exportColumns())}, &error));
    const QStringList cells = xlsxCells(path);
    compareGolden(QStringLiteral("ranking-2026-03.xlsx.txt"), cells.join(u'\n') + u'\n');
    CHECK(cells.contains(QStringLiteral("A1=排名")));
    CHECK(cells.contains(QStringLiteral("D2=110105********0059")));

    const QString sheet = xlsxSheetXml(path);
    // Column widths, the frozen header row, and the ID cells as shared strings (never numbers).
    CHECK(sheet.count(QStringLiteral("<col ")) == 9);
    CHECK(sheet.contains(QStringLiteral("customWidth=\"1\"")));
    CHECK(sheet.contains(QStringLiteral("state=\"frozen\"")));
    static const QRegularExpression idCell(QStringLiteral("<c r=\"D[2-9]\"[^>]*>"));
    auto it = idCell.globalMatch(sheet);
    int idCells = 0;
    for (; it.hasNext(); ++idCells)
        CHECK(it.next().captured(0).contains(QStringLiteral("t=\"s\"")));
    CHECK(idCells == 4);
    // Points are numbers a spreadsheet can add up.
    CHECK(cells.contains(QStringLiteral("F2=10")));
}

TEST_CASE("the commendation list and the member statement print as their golden files")
{
    useChinese();
    LedgerFixture f;
    ReportBuilder builder(f.ledger, aprilFirst);
    compareGolden(QStringLiteral("eligibility-2026.txt"),
                  pdfText(pdfOf(f.dir, builder.eligibility(2026, builder.ruleSet().awards).document(),
                                QStringLiteral("eligibility.pdf"))));
    const QString statement
        = pdfText(pdfOf(f.dir, builder.statement(f.jia, 2026).document(), QStringLiteral("statement.pdf")));
    compareGolden(QStringLiteral("statement-2026.txt"), statement);
    CHECK(statement.contains(QStringLiteral("封顶后计入")));
}

TEST_CASE("a ranking printed again after a published change marks the changed member and says so")
{
    useChinese();
    LedgerFixture f;
    ReportBuilder builder(f.ledger, aprilFirst);
    const Period march = Period::month(2026, 3);
    builder.publish(builder.ranking(march, std::nullopt), std::nullopt);
    f.ledger.addEntry(f.yi, f.bonus, QDate(2026, 3, 25), 1, {});
    const QString text
        = pdfText(pdfOf(f.dir, builder.ranking(march, std::nullopt).document(), QStringLiteral("again.pdf")));
    const QString compact = QString(text).remove(u' ');
    CHECK(compact.contains(QStringLiteral("乙※")));
    CHECK(compact.contains(QStringLiteral("※有1名党员的积分在公示后发生变动")));
    CHECK(text.contains(QStringLiteral("由王书记公示")));
}

TEST_CASE("a table too wide for the page wraps its longest text column first, never a short name or branch")
{
    TempDir dir;
    ReportDocument document;
    document.title = QStringLiteral("接近条件");
    ReportTable table;
    using Align = ReportTable::Align;
    table.columns = {{QStringLiteral("姓名"), Align::Left, 10, false},
                     {QStringLiteral("身份证号"), Align::Left, 20, true},
                     {QStringLiteral("所在支部"), Align::Left, 16, false},
                     {QStringLiteral("年度积分"), Align::Right, 9, false},
                     {QStringLiteral("不符合的原因"), Align::Left, 36, false}};
    table.rows << QList<ReportCell> {QStringLiteral("司马英"), QStringLiteral("410411********5624"),
                                     QStringLiteral("机关服务中心党支部"), ReportCell(QStringLiteral("141"), 141),
                                     QStringLiteral("支部排名第 7，未进入前20%（须在第 6 名以内）；活跃月份 7 个，"
                                                    "少于 8 个；本年度受到一票否决")};
    document.addTable(table);
    const QString text = pdfText(pdfOf(dir, document, QStringLiteral("wide.pdf")));
    CHECK(text.contains(QStringLiteral("司马英")));
    CHECK(text.contains(QStringLiteral("机关服务中心党支部")));
}

TEST_CASE("a printout whose columns do not fit A4 portrait turns landscape by itself; a narrow one stays portrait")
{
    useChinese();
    TempDir dir;
    // Branch names as long as real ones: the ranking as printed for notice fits portrait; with every column (tie, ID
    // number) it does not.
    const RankingReport report = longRanking(QStringLiteral("市直机关工委办公室第%1党支部"));
    const QSizeF narrow = pdfPageSize(pdfOf(dir, report.document(), QStringLiteral("narrow.pdf")));
    const QSizeF wide
        = pdfPageSize(pdfOf(dir, report.document(RankingReport::exportColumns()), QStringLiteral("wide.pdf")));
    CHECK(qRound(narrow.width()) == 595);
    CHECK(qRound(narrow.height()) == 842);
    CHECK(qRound(wide.width()) == 842);
    CHECK(qRound(wide.height()) == 595);

    // The print dialog opens on the same choice, and the clerk may still change it there.
    QPrinter printer(QPrinter::HighResolution);
    ui::ReportPrinter(report.document(RankingReport::exportColumns())).setupPage(&printer);
    CHECK(printer.pageLayout().orientation() == QPageLayout::Landscape);
    CHECK(printer.pageLayout().pageSize().id() == QPageSize::A4);
    ui::ReportPrinter(report.document()).setupPage(&printer);
    CHECK(printer.pageLayout().orientation() == QPageLayout::Portrait);
}
