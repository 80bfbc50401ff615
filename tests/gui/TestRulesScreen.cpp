#include "GuiFixture.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "io/RuleSetFile.h"
#include "rules/BranchEvaluationTab.h"
#include "rules/BranchRulesTab.h"
#include "rules/MeetingTypesTab.h"
#include "rules/PledgeRulesTab.h"
#include "rules/RuleDialog.h"
#include "rules/RulesPage.h"
#include "storage/BranchEntries.h"
#include "storage/Ledger.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
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

TEST_CASE("meeting types are edited in their table, saved for every date, and undone; a bad cell is named")
{
    RulesFixture f;
    f.ledger().importRuleSet(RuleSetFile::defaultRuleSet(), QDate());
    f.refreshScreens();
    auto* tab = f.page->findChild<ui::MeetingTypesTab*>(QStringLiteral("meetingTypesTab"));
    REQUIRE(tab);
    QTableWidget* types = f.table("meetingTypesTable");
    REQUIRE(types->rowCount() == 6);
    CHECK(types->item(0, 1)->text() == u"支部党员大会");
    auto* present = qobject_cast<QComboBox*>(types->cellWidget(0, 3));
    REQUIRE(present);
    CHECK(present->currentData().toString() == u"A01");

    types->item(0, 2)->setText(QStringLiteral("6"));
    present->setCurrentIndex(present->findData(QStringLiteral("A02")));
    REQUIRE(tab->save());
    MeetingType saved = f.ledger().ruleSet().meetingTypes.constFirst();
    CHECK(saved.requiredPerYear == 6);
    CHECK(saved.presentRule == u"A02");

    types->item(1, 0)->setText(QStringLiteral("DYDH")); // the first row's code again
    ui::MessageBox::takeShown();
    CHECK_FALSE(tab->save());
    CHECK(ui::MessageBox::takeShown()
          == QStringList {QStringLiteral("Row 2, column Code: the code DYDH appears twice.")});
    types->item(1, 0)->setText(QStringLiteral("ZWH"));
    types->item(1, 2)->setText(QStringLiteral("many"));
    CHECK_FALSE(tab->save());
    CHECK(ui::MessageBox::takeShown()
          == QStringList {QStringLiteral("Row 2, column Required a year: must be a whole number from 0 to 366.")});

    f.undo();
    saved = f.ledger().ruleSet().meetingTypes.constFirst();
    CHECK(saved.requiredPerYear == 4);
    CHECK(saved.presentRule == u"A01");
    CHECK(types->item(1, 2)->text() == u"12"); // the table shows the ledger again
}

TEST_CASE("a branch rule with zero points is refused by row and column; a removed rule that entries use is kept")
{
    RulesFixture f;
    f.ledger().importRuleSet(RuleSetFile::defaultRuleSet(), QDate());
    f.refreshScreens();
    auto* tab = f.page->findChild<ui::BranchRulesTab*>(QStringLiteral("branchRulesTab"));
    REQUIRE(tab);
    QTableWidget* rules = f.table("branchRulesTable");
    REQUIRE(rules->rowCount() == 5);
    rules->item(0, 3)->setText(QStringLiteral("0"));
    ui::MessageBox::takeShown();
    CHECK_FALSE(tab->save());
    CHECK(ui::MessageBox::takeShown() == QStringList {QStringLiteral("Row 1, column Points: must not be zero.")});
    rules->item(0, 3)->setText(QStringLiteral("6"));
    rules->item(0, 5)->setText(QStringLiteral("12"));
    REQUIRE(tab->save());
    BranchRule z01 = f.ledger().ruleSet().branchRules.constFirst();
    CHECK(z01.points == 600);
    CHECK(z01.capYear == 1200);

    click(tab, QStringLiteral("addBranchRule"));
    const int added = rules->rowCount() - 1;
    rules->item(added, 0)->setText(QStringLiteral("Z09"));
    rules->item(added, 1)->setText(QStringLiteral("创建党建品牌"));
    rules->item(added, 3)->setText(QStringLiteral("2"));
    rules->item(added, 6)->setCheckState(Qt::Unchecked);
    ui::MessageBox::takeShown();
    const bool saved = tab->save();
    INFO(ui::MessageBox::takeShown().join(u'\n').toStdString());
    REQUIRE(saved);
    CHECK(f.ledger().ruleSet().branchRules.size() == 6);
    f.undo();
    CHECK(f.ledger().ruleSet().branchRules.size() == 5);
    CHECK(rules->rowCount() == 5);

    // Y03 has a branch entry: removing its row keeps it, and the clerk is told why.
    const qint64 branch = f.addBranch(QStringLiteral("第一党支部"), f.addBranch(QStringLiteral("机关党委")));
    BranchEntries(f.ledger()).add(branch, QStringLiteral("Y03"), QDate::currentDate(), 1, QString());
    REQUIRE(rules->item(4, 0)->text() == u"Y03");
    rules->removeRow(4);
    ui::MessageBox::takeShown();
    REQUIRE(tab->save());
    CHECK(f.ledger().ruleSet().branchRules.size() == 5);
    CHECK(ui::MessageBox::takeShown()
          == QStringList {QStringLiteral("Kept because meetings or branch entries use them: Y03")});
}

TEST_CASE("tiers and the branch award are saved together; an award's unknown tier and disordered tiers are refused")
{
    RulesFixture f;
    f.ledger().importRuleSet(RuleSetFile::defaultRuleSet(), QDate());
    f.refreshScreens();
    auto* tab = f.page->findChild<ui::BranchEvaluationTab*>(QStringLiteral("branchEvaluationTab"));
    REQUIRE(tab);
    QTableWidget* tiers = f.table("branchTiersTable");
    QTableWidget* awards = f.table("branchAwardsTable");
    REQUIRE(tiers->rowCount() == 5);
    REQUIRE(awards->rowCount() == 1);
    CHECK(tiers->item(0, 2)->text() == u"10"); // 五星: at most 10% of the branches
    CHECK(f.page->findChild<QDoubleSpinBox*>(QStringLiteral("meetingsMax"))->value() == 30);

    tiers->item(0, 2)->setText(QStringLiteral("12.5"));
    awards->item(0, 8)->setText(QStringLiteral("3"));
    f.page->findChild<QDoubleSpinBox*>(QStringLiteral("meetingsMax"))->setValue(25);
    REQUIRE(tab->save());
    RuleSet rules = f.ledger().ruleSet();
    CHECK(rules.branchTiers[0].maxShare == 1250);
    CHECK(rules.branchAwards[0].quota == 3);
    CHECK(rules.branchEvaluation->meetingsMax == 2500);

    ui::MessageBox::takeShown();
    awards->item(0, 3)->setText(QStringLiteral("六星"));
    CHECK_FALSE(tab->save());
    CHECK(ui::MessageBox::takeShown()
          == QStringList {QStringLiteral("Row 1, column Tier at least: no tier is named 六星.")});
    awards->item(0, 3)->setText(QStringLiteral("四星"));
    tiers->item(1, 1)->setText(QStringLiteral("95"));
    CHECK_FALSE(tab->save());
    CHECK(ui::MessageBox::takeShown()
          == QStringList {
              QStringLiteral("Row 2, column Score at least: tiers go from the highest minimum score to the lowest.")});

    f.undo();
    rules = f.ledger().ruleSet();
    CHECK(rules.branchTiers[0].maxShare == 1000);
    CHECK(rules.branchAwards[0].quota == 2);
}

TEST_CASE("turning the branch evaluation off leaves the rule set without it, and a file written then has no such key")
{
    RulesFixture f;
    f.ledger().importRuleSet(RuleSetFile::defaultRuleSet(), QDate());
    f.refreshScreens();
    auto* tab = f.page->findChild<ui::BranchEvaluationTab*>(QStringLiteral("branchEvaluationTab"));
    auto* evaluate = f.page->findChild<QGroupBox*>(QStringLiteral("evaluateBranches"));
    REQUIRE(evaluate);
    CHECK(evaluate->isChecked());
    evaluate->setChecked(false);
    REQUIRE(tab->save());
    CHECK_FALSE(f.ledger().ruleSet().branchEvaluation.has_value());
    CHECK_FALSE(RuleSetFile::write(f.ledger().ruleSet()).contains("branch_evaluation"));
}

TEST_CASE("the rule a pledge review result writes is chosen per result, and undo restores the links")
{
    RulesFixture f;
    f.ledger().importRuleSet(RuleSetFile::defaultRuleSet(), QDate());
    f.refreshScreens();
    auto* tab = f.page->findChild<ui::PledgeRulesTab*>(QStringLiteral("pledgeRulesTab"));
    REQUIRE(tab);
    const PledgeRules before = f.ledger().pledgeRules();
    REQUIRE_FALSE(before.fulfilled.isEmpty());
    auto* partly = f.page->findChild<QComboBox*>(QStringLiteral("pledgeRule_partly"));
    REQUIRE(partly);
    CHECK(partly->currentData().toString().isEmpty()); // (none)
    partly->setCurrentIndex(partly->findData(before.fulfilled));
    REQUIRE(tab->save());
    CHECK(f.ledger().pledgeRules().partly == before.fulfilled);
    f.undo();
    CHECK(f.ledger().pledgeRules() == before);
    CHECK(partly->currentData().toString().isEmpty());
}
