#include "LedgerFixture.h"
#include "OutputSupport.h"
#include "awards/AwardsPage.h"
#include "charts/ChartView.h"
#include "charts/ChartsPage.h"
#include "common/Session.h"
#include "main/MainWindow.h"
#include "print/ReportTableModel.h"
#include "ranking/RankingPage.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/PublicationLog.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QPrinter>
#include <QTabWidget>
#include <QTableView>

using namespace jifen;
using namespace jifen::test;

namespace {

// With JIFEN_SCREENSHOTS=DIR, saves the page as DIR/<name>.png (run under xvfb-run with LANG=zh_CN.UTF-8 to look at
// the screens as a clerk sees them).
void screenshot(QWidget& page, const QString& name)
{
    const QString dir = qEnvironmentVariable("JIFEN_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    page.resize(1280, 800);
    page.show();
    QApplication::processEvents();
    QDir().mkpath(dir);
    page.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QStringList column(const ui::ReportTableModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

TEST_CASE("the ranking page shows the period's ranking and marks changes after it was printed for notice")
{
    useChinese();
    LedgerFixture f;
    ui::RankingPage page(f.ledger);
    page.setPeriod(Period::month(2026, 3));
    CHECK(column(*page.model(), 1)
          == QStringList {QStringLiteral("丙"), QStringLiteral("乙"), QStringLiteral("甲"), QStringLiteral("丁")});
    CHECK(page.model()->headerData(2, Qt::Horizontal).toString() == QStringLiteral("身份证号"));
    CHECK(page.statusText().contains(QStringLiteral("尚未公示")));

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(f.dir.filePath(QStringLiteral("notice.pdf")));
    CHECK(page.printForNotice(&printer) > 0);
    CHECK(QFileInfo(f.dir.filePath(QStringLiteral("notice.pdf"))).size() > 1000);
    CHECK(PublicationLog(f.ledger).list().size() == 1);
    CHECK(page.report().status == RankingReport::Status::Published);

    f.ledger.addEntry(f.yi, f.bonus, QDate(2026, 3, 25), 1, {});
    page.refresh();
    CHECK(page.report().status == RankingReport::Status::ChangedAfterPublication);
    CHECK(page.statusText().contains(QStringLiteral("※")));
    CHECK(column(*page.model(), 1).contains(QStringLiteral("乙 ※")));
    screenshot(page, QStringLiteral("ranking-page"));

    page.setPeriod(Period::month(2026, 3), f.branchTwo);
    CHECK(column(*page.model(), 1) == QStringList {QStringLiteral("丙"), QStringLiteral("丁")});
}

TEST_CASE("the ranking page exports what it shows to PDF, CSV and Excel")
{
    useChinese();
    LedgerFixture f;
    ui::RankingPage page(f.ledger);
    page.setPeriod(Period::month(2026, 3));
    for (const QString& name : {QStringLiteral("r.pdf"), QStringLiteral("r.csv"), QStringLiteral("r.xlsx")}) {
        INFO(name.toStdString());
        CHECK(page.exportTo(f.dir.filePath(name)).isEmpty());
        CHECK(QFileInfo(f.dir.filePath(name)).size() > 100);
    }
    CHECK(xlsxCells(f.dir.filePath(QStringLiteral("r.xlsx"))).contains(QStringLiteral("C2=丙")));
    CHECK_FALSE(page.exportTo(f.dir.filePath(QStringLiteral("r.doc"))).isEmpty());
}

TEST_CASE("the commendation page has a tab per award with the eligible and the near-the-line tables")
{
    useChinese();
    LedgerFixture f;
    ui::AwardsPage page(f.ledger);
    page.setYear(2026);
    REQUIRE(page.tabs()->count() == 1);
    CHECK(page.tabs()->tabText(0) == QStringLiteral("优秀共产党员（1人）"));
    auto* eligible = page.tabs()->widget(0)->findChild<QTableView*>(QStringLiteral("eligibleTable"));
    auto* near = page.tabs()->widget(0)->findChild<QTableView*>(QStringLiteral("nearTable"));
    REQUIRE(eligible);
    REQUIRE(near);
    CHECK(eligible->model()->rowCount() == 1);
    CHECK(near->model()->index(0, 5).data().toString().contains(QStringLiteral("支部排名第 2")));
    screenshot(page, QStringLiteral("awards-page"));
}

TEST_CASE("the charts page draws each chart, lists a bar's members with reasons, and follows the entries")
{
    useChinese();
    LedgerFixture f;
    ui::ChartsPage page(f.ledger);
    for (const auto kind :
         {ui::ChartsPage::Kind::Eligibility, ui::ChartsPage::Kind::Branches, ui::ChartsPage::Kind::Member,
          ui::ChartsPage::Kind::Participation, ui::ChartsPage::Kind::Categories}) {
        page.setChart(kind, 2026);
        REQUIRE(page.view()->chart());
        CHECK_FALSE(page.view()->chart()->series().isEmpty());
    }
    page.setChart(ui::ChartsPage::Kind::Branches, 2026);
    // 一支部 (the first branch, drawn at the top: the last category): 乙 near the line for the rank.
    page.showMembers(1, 1);
    REQUIRE(page.memberList()->count() == 1);
    CHECK(page.memberList()->item(0)->text().contains(QStringLiteral("乙")));
    CHECK(page.memberList()->item(0)->text().contains(QStringLiteral("未进入前50%")));
    screenshot(page, QStringLiteral("charts-page-branches"));

    page.setChart(ui::ChartsPage::Kind::Eligibility, 2026);
    QList<qint64> eligible;
    for (int bin = 0; bin < 20; ++bin)
        eligible += page.view()->membersAt(0, bin);
    CHECK(eligible == QList<qint64> {f.jia});
    screenshot(page, QStringLiteral("charts-page-eligibility"));
    // 乙 earns 5 more points in 2026 and passes 甲: now 乙 is eligible and 甲 is the one outside the top 50%.
    f.ledger.addEntry(f.yi, f.bonus, QDate(2026, 3, 25), 2, {});
    page.refresh();
    eligible.clear();
    for (int bin = 0; bin < 20; ++bin)
        eligible += page.view()->membersAt(0, bin);
    CHECK(eligible == QList<qint64> {f.yi});
    CHECK(page.exportTo(f.dir.filePath(QStringLiteral("chart.png"))).isEmpty());
    CHECK(page.exportTo(f.dir.filePath(QStringLiteral("chart.pdf"))).isEmpty());
}

TEST_CASE("the main window carries the ranking, commendation and charts pages, which follow the ledger")
{
    useChinese();
    TempDir dir;
    const QString path = dir.dbPath();
    {
        LedgerFixture f; // made in its own directory, copied beside the window's
        Backup::write(f.db, path);
    }
    ui::MainWindow window(std::make_unique<Database>(path), QStringLiteral("王书记"));
    CHECK(qobject_cast<ui::RankingPage*>(window.pageWidget(ui::MainWindow::Page::Ranking)));
    CHECK(qobject_cast<ui::AwardsPage*>(window.pageWidget(ui::MainWindow::Page::Awards)));
    auto* charts = qobject_cast<ui::ChartsPage*>(window.pageWidget(ui::MainWindow::Page::Charts));
    REQUIRE(charts);
    auto* ranking = qobject_cast<ui::RankingPage*>(window.pageWidget(ui::MainWindow::Page::Ranking));
    window.showPage(ui::MainWindow::Page::Ranking);
    window.show();
    ranking->setPeriod(Period::month(2026, 3));
    CHECK(ranking->model()->rowCount() == 4);
    // A change through the session (as the entry screen makes it) is followed by the page on screen.
    const qint64 yi = window.ledger().memberByIdNumber(QStringLiteral("110105198001010040"))->id;
    const qint64 bonus = window.ledger().ruleByCode(QStringLiteral("B01"))->id;
    window.ledger().addEntry(yi, bonus, QDate(2026, 3, 26), 3, {});
    window.session().notify(ui::Session::Entries);
    CHECK(ranking->model()->index(0, 1).data().toString() == QStringLiteral("乙")); // 5 + 9 = 14 now leads March
    if (!qEnvironmentVariable("JIFEN_SCREENSHOTS").isEmpty()) {
        window.resize(1280, 800);
        QApplication::processEvents();
        window.grab().save(QDir(qEnvironmentVariable("JIFEN_SCREENSHOTS")).filePath(QStringLiteral("main-ranking.png")));
    }
    window.close();
}
