#include "GuiFixture.h"
#include "branches/BranchEvaluationPage.h"
#include "charts/ChartView.h"
#include "io/RuleSetFile.h"
#include "storage/BranchEntries.h"
#include "storage/Ledger.h"

#include <QAbstractBarSeries>
#include <QChart>
#include <QComboBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace jifen;
using namespace jifen::test;
using Page = ui::MainWindow::Page;

namespace {

// 机关党委 > 第一党支部 (two members, commended in 2025: +5), 第二党支部 (one member), on the default rule set.
struct EvaluationFixture : GuiFixture
{
    qint64 committee = addBranch(QStringLiteral("机关党委"));
    qint64 one = addBranch(QStringLiteral("第一党支部"), committee);
    qint64 two = addBranch(QStringLiteral("第二党支部"), committee);
    ui::BranchEvaluationPage* page = nullptr;

    EvaluationFixture()
    {
        ledger().importRuleSet(RuleSetFile::defaultRuleSet(), QDate());
        addMember(QStringLiteral("张三"), one);
        addMember(QStringLiteral("李四"), one);
        addMember(QStringLiteral("王五"), two);
        BranchEntries(ledger()).add(one, QStringLiteral("Z01"), QDate(2025, 6, 1), 1, {});
        refreshScreens();
        window->showPage(Page::BranchEvaluation);
        page = qobject_cast<ui::BranchEvaluationPage*>(window->pageWidget(Page::BranchEvaluation));
        REQUIRE(page);
        page->setYear(2025);
        WAIT_UNTIL(!page->isLoading() && page->report().year == 2025);
    }

    int column(const QString& title) const
    {
        const QAbstractItemModel* model = page->table()->model();
        for (int c = 0; c < model->columnCount(); ++c)
            if (model->headerData(c, Qt::Horizontal).toString() == title)
                return c;
        FAIL("no column " << title.toStdString());
        return -1;
    }
};

} // namespace

TEST_CASE("gui: the branch evaluation page lists the branches in rank order with figures explained on hover")
{
    EvaluationFixture f;
    const QAbstractItemModel* model = f.page->table()->model();
    REQUIRE(model->rowCount() == 2);
    CHECK(columnTexts(model, f.column(QStringLiteral("Party branch")))
          == QStringList {QStringLiteral("第一党支部"), QStringLiteral("第二党支部")});
    const int score = f.column(QStringLiteral("Score"));
    CHECK(model->index(0, score).data().toString() == QStringLiteral("27.22")); // 40 × 50 / 90 = 22.22, + 5
    CHECK(model->index(0, score).data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("= 27.22")));
    CHECK((model->index(0, score).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight) != 0);
    const int average = f.column(QStringLiteral("Average points"));
    CHECK(model->headerData(average, Qt::Horizontal, Qt::ToolTipRole).toString().startsWith(QStringLiteral("A: ")));
    CHECK(model->index(1, average).data(Qt::ToolTipRole).toString() == QStringLiteral("A = 50 ÷ 1 = 50.00"));
    // Both branches were evaluated in 2024 too, in the floor tier, and stay there.
    CHECK(columnTexts(model, f.column(QStringLiteral("Change")))
          == QStringList {QStringLiteral("→"), QStringLiteral("→")});

    // The award's verdicts beside, each branch with the conditions it failed.
    QTabWidget* awards = f.page->awardTabs();
    REQUIRE(awards->count() == 1);
    auto* failed = awards->widget(0)->findChild<QTableView*>(QStringLiteral("failedBranches"));
    REQUIRE(failed);
    REQUIRE(failed->model()->rowCount() == 2);
    CHECK(failed->model()->index(0, 4).data().toString().startsWith(QStringLiteral("score 27.22, below 85")));

    // The tier chart: this year against the year before.
    REQUIRE(f.page->chart()->chart());
    const QList<QAbstractSeries*> series = f.page->chart()->chart()->series();
    REQUIRE(series.size() == 1);
    CHECK(qobject_cast<QAbstractBarSeries*>(series[0])->count() == 2);

    saveScreenshot(f.window.get(), QStringLiteral("branch-evaluation"));
}

TEST_CASE("gui: the branch evaluation is worked out in the background and follows the scope; print and export")
{
    EvaluationFixture f;
    f.page->refresh();
    CHECK(f.page->isLoading()); // the window goes on: the answer arrives later
    CHECK_FALSE(f.page->findChild<QPushButton*>(QStringLiteral("csvButton"))->isEnabled());
    WAIT_UNTIL(!f.page->isLoading());
    CHECK(f.page->findChild<QPushButton*>(QStringLiteral("csvButton"))->isEnabled());

    auto* scope = f.page->findChild<QComboBox*>(QStringLiteral("evaluationScope"));
    REQUIRE(scope);
    CHECK(scope->findText(QStringLiteral("机关党委")) > 0);

    const QString csv = f.dir.filePath(QStringLiteral("branches.csv"));
    CHECK(f.page->exportTo(csv).isEmpty());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(QStringLiteral("第一党支部,2,50.00")));
    const QString pdf = f.dir.filePath(QStringLiteral("branches.pdf"));
    CHECK(f.page->exportTo(pdf).isEmpty());
    CHECK(QFileInfo(pdf).size() > 0);
}
