#include "GuiFixture.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "io/RuleSetFile.h"
#include "rules/RuleDialog.h"
#include "rules/RulesPage.h"
#include "storage/Ledger.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QTableWidget>

using namespace jifen;
using namespace jifen::test;
using Page = ui::MainWindow::Page;

namespace {

struct RulesFixture : GuiFixture
{
    ui::RulesPage* page = window->rulesPage();
    RulesFixture() { window->showPage(Page::Rules); }

    QTableWidget* table(const char* name) const { return page->findChild<QTableWidget*>(QLatin1String(name)); }
    void trigger(const char* action) const
    {
        auto* a = page->findChild<QAction*>(QLatin1String(action));
        REQUIRE(a);
        a->trigger();
    }
    ui::RuleDialog* dialog() const
    {
        auto* d = page->findChild<ui::RuleDialog*>(QStringLiteral("ruleDialog"));
        REQUIRE(d);
        WAIT_UNTIL(d->isVisible());
        return d;
    }
    void undo() const { window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger(); }
};

} // namespace

TEST_CASE("a rule is added through the form and applies to every date")
{
    RulesFixture f;
    f.trigger("newRule");
    QPointer<ui::RuleDialog> d = f.dialog();
    d->findChild<QLineEdit*>(QStringLiteral("codeEdit"))->setText(QStringLiteral("E01"));
    typeText(d->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("参加理论学习"));
    d->findChild<QDoubleSpinBox*>(QStringLiteral("pointsSpin"))->setValue(1.5);
    d->findChild<QDoubleSpinBox*>(QStringLiteral("capMonthSpin"))->setValue(3);
    click(d, QStringLiteral("okButton"));
    WAIT_UNTIL(d.isNull());
    const auto rule = f.ledger().ruleByCode(QStringLiteral("E01"));
    REQUIRE(rule);
    REQUIRE(rule->versions.size() == 1);
    CHECK(rule->versions[0].points == 150);
    CHECK(rule->versions[0].capMonth == 300);
    CHECK_FALSE(rule->versions[0].capYear.has_value());
    CHECK(f.table("rulesTable")->rowCount() == 1);
    CHECK(f.table("rulesTable")->item(0, 3)->text() == QStringLiteral("1.5"));
    f.undo();
    CHECK_FALSE(f.ledger().ruleByCode(QStringLiteral("E01")).has_value());
}

TEST_CASE("a rule changed from a date keeps the old values for earlier dates, and undo takes the change back")
{
    RulesFixture f;
    f.ledger().importRuleSet(RuleSetFile::defaultRuleSet(), QDate());
    f.refreshScreens();
    f.table("rulesTable")->selectRow(4); // A05 参加主题党日活动, 3 points
    REQUIRE(f.table("rulesTable")->item(4, 0)->text() == QStringLiteral("A05"));
    f.trigger("editRule");
    QPointer<ui::RuleDialog> d = f.dialog();
    const QDate from = QDate::currentDate().addDays(-30);
    d->findChild<QDateEdit*>(QStringLiteral("effectiveDateEdit"))->setDate(from);
    d->findChild<QDoubleSpinBox*>(QStringLiteral("pointsSpin"))->setValue(4);
    click(d, QStringLiteral("okButton"));
    WAIT_UNTIL(d.isNull());
    const auto rule = f.ledger().ruleByCode(QStringLiteral("A05"));
    REQUIRE(rule->versions.size() == 2);
    CHECK(rule->versionAt(from.addDays(-1)).points == 300);
    CHECK(rule->versionAt(from).points == 400);
    CHECK(f.table("ruleHistory")->rowCount() == 2);
    f.undo();
    CHECK(f.ledger().ruleByCode(QStringLiteral("A05"))->versions.size() == 1);
    CHECK(f.table("ruleHistory")->rowCount() == 1);
}

TEST_CASE("a second change from the same date replaces the first, and undo restores the first")
{
    RulesFixture f;
    f.ledger().importRuleSet(RuleSetFile::defaultRuleSet(), QDate());
    RuleVersion v = f.ledger().ruleByCode(QStringLiteral("A01"))->current();
    const QDate from = QDate::currentDate();
    v.points = 500;
    f.ledger().saveRuleVersion(QStringLiteral("A01"), v, from);
    f.refreshScreens();
    f.table("rulesTable")->selectRow(0);
    f.trigger("editRule");
    QPointer<ui::RuleDialog> d = f.dialog();
    d->findChild<QDateEdit*>(QStringLiteral("effectiveDateEdit"))->setDate(from);
    d->findChild<QDoubleSpinBox*>(QStringLiteral("pointsSpin"))->setValue(6);
    click(d, QStringLiteral("okButton"));
    WAIT_UNTIL(d.isNull());
    auto rule = f.ledger().ruleByCode(QStringLiteral("A01"));
    REQUIRE(rule->versions.size() == 2);
    CHECK(rule->versionAt(from).points == 600);
    f.undo();
    rule = f.ledger().ruleByCode(QStringLiteral("A01"));
    REQUIRE(rule->versions.size() == 2);
    CHECK(rule->versionAt(from).points == 500);
}

TEST_CASE("awards edited in the table are saved, and a bad cell is named by row and column")
{
    RulesFixture f;
    f.ledger().importRuleSet(RuleSetFile::defaultRuleSet(), QDate());
    f.refreshScreens();
    QTableWidget* awards = f.table("awardsTable");
    REQUIRE(awards->rowCount() == 3);
    awards->item(0, 2)->setText(QStringLiteral("95"));
    REQUIRE(f.page->saveAwards());
    CHECK(f.ledger().ruleSet().awards[0].minPoints == 9500);

    awards->item(1, 5)->setText(QStringLiteral("many"));
    ui::MessageBox::takeShown();
    CHECK_FALSE(f.page->saveAwards());
    CHECK(ui::MessageBox::takeShown()
          == QStringList {QStringLiteral("Row 2, column Quota: many is not a valid value.")});
    f.undo();
    CHECK(f.ledger().ruleSet().awards[0].minPoints == 9000);
}

TEST_CASE("grade bands and base points are saved together")
{
    RulesFixture f;
    f.ledger().importRuleSet(RuleSetFile::defaultRuleSet(), QDate());
    f.refreshScreens();
    f.page->findChild<QDoubleSpinBox*>(QStringLiteral("basePoints"))->setValue(60);
    f.table("gradesTable")->item(0, 1)->setText(QStringLiteral("95"));
    REQUIRE(f.page->saveGrades());
    const RuleSet rules = f.ledger().ruleSet();
    CHECK(rules.basePoints == 6000);
    CHECK(rules.grades[0].minPoints == 9500);
}

TEST_CASE("the rule set goes out to a file and comes back into another ledger unchanged")
{
    RulesFixture from;
    from.ledger().importRuleSet(RuleSetFile::defaultRuleSet(), QDate());
    from.refreshScreens();
    const QString file = from.dir.filePath(QStringLiteral("rules.json"));
    ui::FileDialog::setNextFileName(file);
    from.trigger("exportRules");
    REQUIRE(QFile::exists(file));

    RulesFixture into;
    ui::FileDialog::setNextFileName(file);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    into.trigger("importRules");
    CHECK(RuleSetFile::write(into.ledger().ruleSet()) == RuleSetFile::write(from.ledger().ruleSet()));
    CHECK(into.table("rulesTable")->rowCount() == from.table("rulesTable")->rowCount());
}
