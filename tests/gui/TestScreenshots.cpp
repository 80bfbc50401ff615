#include "GuiFixture.h"
#include "branches/BranchEvaluationPage.h"
#include "main/ConnectDialog.h"
#include "io/DemoData.h"
#include "support/Translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QTabWidget>
#include <QTableView>

using namespace jifen;
using namespace jifen::test;
using Page = ui::MainWindow::Page;

namespace {

// Saves what the clerk sees as DIR/<name>.png.
void save(QWidget* widget, const QString& dir, const QString& name)
{
    REQUIRE(widget);
    QApplication::processEvents();
    QTest::qWait(50);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void saveTabs(QTabWidget* tabs, QWidget* window, const QString& dir, const QString& name)
{
    REQUIRE(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        save(window, dir, QStringLiteral("%1-%2").arg(name).arg(i + 1));
    }
}

// Opens a dialog through its page's action, saves it and closes it.
void saveDialog(QWidget* page, const char* action, const char* dialogName, const QString& dir)
{
    auto* a = page->findChild<QAction*>(QLatin1String(action));
    REQUIRE(a);
    REQUIRE(a->isEnabled());
    a->trigger();
    auto* dialog = page->findChild<QDialog*>(QLatin1String(dialogName));
    REQUIRE(dialog);
    WAIT_UNTIL(dialog->isVisible());
    save(dialog, dir, QLatin1String(dialogName));
    dialog->reject();
}

} // namespace

// Not run by default. With JIFEN_SCREENSHOTS=DIR, every page and dialog of the main window on the demonstration
// organisation is saved as a picture, in the language of the environment:
//   LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 JIFEN_SCREENSHOTS=/tmp/shots xvfb-run -a tests/gui/test_gui "[screenshots]"
TEST_CASE("with JIFEN_SCREENSHOTS, every screen is saved as a picture", "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("JIFEN_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // The translators go in before any screen is built, as in the application.
    static const bool translated = installTranslations(*QCoreApplication::instance(), QLocale::system());
    Q_UNUSED(translated);

    GuiFixture f;
    DemoData::Options options;
    options.members = 200;
    DemoData::load(f.ledger(), options);
    f.refreshScreens();
    f.window->resize(1400, 900);
    QWidget* window = f.window.get();

    f.window->showPage(Page::Members);
    QWidget* members = f.window->pageWidget(Page::Members);
    auto* table = members->findChild<QTableView*>(QStringLiteral("memberTable"));
    REQUIRE(table);
    save(window, dir, QStringLiteral("01-members"));
    table->selectRow(3);
    save(window, dir, QStringLiteral("02-members-details"));
    saveDialog(members, "editMember", "memberDialog", dir);
    saveDialog(members, "moveMembers", "moveDialog", dir);
    saveDialog(members, "markStatus", "statusDialog", dir);

    f.window->showPage(Page::Entry);
    QWidget* entry = f.window->pageWidget(Page::Entry);
    auto* rule = entry->findChild<QComboBox*>(QStringLiteral("entryRule"));
    REQUIRE(rule);
    rule->setCurrentIndex(qMin(2, rule->count() - 1));
    auto* branch = entry->findChild<QComboBox*>(QStringLiteral("entryBranch"));
    REQUIRE(branch);
    branch->setCurrentIndex(qMin(2, branch->count() - 1));
    click(entry, QStringLiteral("tickAll"));
    save(window, dir, QStringLiteral("03-entry"));

    f.window->showPage(Page::Rules);
    QWidget* rules = f.window->pageWidget(Page::Rules);
    saveTabs(rules->findChild<QTabWidget*>(QStringLiteral("rulesTabs")), window, dir, QStringLiteral("04-rules"));
    rules->findChild<QTabWidget*>(QStringLiteral("rulesTabs"))->setCurrentIndex(0);
    saveDialog(rules, "newRule", "ruleDialog", dir);

    f.window->showPage(Page::Awards);
    saveTabs(f.window->pageWidget(Page::Awards)->findChild<QTabWidget*>(QStringLiteral("awardTabs")), window, dir,
             QStringLiteral("05-awards"));

    f.window->showPage(Page::Ranking);
    save(window, dir, QStringLiteral("06-ranking"));

    f.window->showPage(Page::Charts);
    auto* kind = f.window->pageWidget(Page::Charts)->findChild<QComboBox*>(QStringLiteral("chartKind"));
    REQUIRE(kind);
    for (int i = 0; i < kind->count(); ++i) {
        kind->setCurrentIndex(i);
        save(window, dir, QStringLiteral("07-charts-%1").arg(i + 1));
    }

    f.window->showPage(Page::BranchEvaluation);
    auto* evaluation = qobject_cast<ui::BranchEvaluationPage*>(f.window->pageWidget(Page::BranchEvaluation));
    REQUIRE(evaluation);
    WAIT_UNTIL(!evaluation->isLoading());
    f.window->resize(1366, 768); // the laptop screen a clerk has: the widest table of all must still read
    save(window, dir, QStringLiteral("07b-branch-evaluation"));
    f.window->resize(1400, 900);

    f.window->showPage(Page::Audit);
    save(window, dir, QStringLiteral("08-audit"));

    ui::ConnectDialog connect(window);
    connect.show();
    save(&connect, dir, QStringLiteral("09-connect-dialog"));
}
