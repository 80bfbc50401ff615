#include "GuiFixture.h"
#include "common/InputDialog.h"
#include "review/ReviewPage.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/Operators.h"

#include <QAction>
#include <QTableWidget>

using namespace jifen;
using namespace jifen::test;

namespace {

const QString operatorPassword = QStringLiteral("password1");

// A ledger with review on, an administrator, a clerk and a reviewer, and three of the clerk's entries pending.
void buildLedger(const QString& path)
{
    Database db(path);
    Ledger single(db, Actor::singleUser(QStringLiteral("setup")));
    RuleSet rules;
    RuleVersion v;
    v.name = QStringLiteral("参加主题党日活动");
    v.points = 300;
    rules.rules << Rule {0, QStringLiteral("A05"), {v}};
    single.importRuleSet(rules, QDate());
    Member m;
    m.name = QStringLiteral("张三");
    m.idNumber = QStringLiteral("11010519491231002X");
    m.gender = QStringLiteral("女");
    m.branchId = single.ensureBranch(QStringLiteral("第一党支部"));
    const qint64 member = single.addMember(m);
    single.setSetting(QStringLiteral("review_enabled"), QStringLiteral("1"));
    Operators::add(single, QStringLiteral("admin"), Actor::Role::Admin, operatorPassword);
    Ledger admin(db, Actor {QStringLiteral("admin"), Actor::Role::Admin});
    Operators::add(admin, QStringLiteral("clerk"), Actor::Role::Clerk, operatorPassword);
    Operators::add(admin, QStringLiteral("reviewer"), Actor::Role::Reviewer, operatorPassword);
    Ledger clerk(db, Actor {QStringLiteral("clerk"), Actor::Role::Clerk});
    const qint64 rule = single.ruleByCode(QStringLiteral("A05"))->id;
    clerk.addEntry(member, rule, QDate(2026, 3, 1), 1, QStringLiteral("三月主题党日"));
    clerk.addEntry(member, rule, QDate(2026, 3, 8), 2, {});
    clerk.addEntry(member, rule, QDate(2026, 3, 15), 1, {});
}

} // namespace

TEST_CASE("a reviewer sees the pending entries and approves or rejects them with a reason")
{
    TempDir dir;
    buildLedger(dir.dbPath());
    ui::MainWindow window(std::make_unique<Database>(dir.dbPath()),
                          Actor {QStringLiteral("reviewer"), Actor::Role::Reviewer});
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.isPageShown(ui::MainWindow::Page::Review));
    CHECK_FALSE(window.isPageShown(ui::MainWindow::Page::Entry));
    window.showPage(ui::MainWindow::Page::Review);
    QTableWidget* table = window.reviewPage()->table();
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, 0)->text() == QStringLiteral("张三"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("第一党支部"));
    CHECK(table->item(0, 2)->text().contains(QStringLiteral("A05")));
    CHECK(table->item(1, 4)->text() == QStringLiteral("6"));
    CHECK(table->item(0, 5)->text() == QStringLiteral("clerk"));
    CHECK(table->item(0, 6)->text() == QStringLiteral("三月主题党日"));
    saveScreenshot(&window, QStringLiteral("review-page"));

    table->selectRow(0);
    click(window.reviewPage(), QStringLiteral("approveEntries"));
    REQUIRE(table->rowCount() == 2);
    Ledger& ledger = window.ledger();
    const auto approved = ledger.entry(1);
    REQUIRE(approved);
    CHECK(approved->review == Entry::Review::Approved);

    // A rejection asks for the reason; cancelling it changes nothing.
    table->selectRow(0);
    click(window.reviewPage(), QStringLiteral("rejectEntries"));
    CHECK(table->rowCount() == 2);
    table->selectRow(0);
    ui::InputDialog::setNextText(QStringLiteral("日期不对"));
    click(window.reviewPage(), QStringLiteral("rejectEntries"));
    CHECK(table->rowCount() == 1);
    CHECK(ledger.entry(2)->review == Entry::Review::Rejected);
    CHECK(ledger.audit().recent(1).constFirst().operatorName == QStringLiteral("reviewer"));
    CHECK(ledger.pendingEntries().size() == 1);
}

TEST_CASE("the review page is hidden while review is off and from clerks")
{
    TempDir dir;
    buildLedger(dir.dbPath());
    {
        ui::MainWindow clerk(std::make_unique<Database>(dir.dbPath()),
                             Actor {QStringLiteral("clerk"), Actor::Role::Clerk});
        CHECK_FALSE(clerk.isPageShown(ui::MainWindow::Page::Review));
    }
    {
        Database db(dir.dbPath());
        Ledger(db, Actor {QStringLiteral("admin"), Actor::Role::Admin})
            .setSetting(QStringLiteral("review_enabled"), QStringLiteral("0"));
    }
    ui::MainWindow reviewer(std::make_unique<Database>(dir.dbPath()),
                            Actor {QStringLiteral("reviewer"), Actor::Role::Reviewer});
    CHECK_FALSE(reviewer.isPageShown(ui::MainWindow::Page::Review));
    CHECK_FALSE(reviewer.findChild<QAction*>(QStringLiteral("actionReviewEnabled"))->isVisible());
}

TEST_CASE("an administrator switches review on and off from the settings menu")
{
    GuiFixture f;
    QAction* toggle = f.find<QAction>(QStringLiteral("actionReviewEnabled"));
    REQUIRE(toggle);
    CHECK(toggle->isVisible());
    CHECK_FALSE(toggle->isChecked());
    CHECK_FALSE(f.window->isPageShown(ui::MainWindow::Page::Review));
    toggle->trigger();
    CHECK(f.ledger().setting(QStringLiteral("review_enabled")) == QStringLiteral("1"));
    CHECK(toggle->isChecked());
    // The single user may review (but never their own entries: core refuses that).
    CHECK(f.window->isPageShown(ui::MainWindow::Page::Review));
    toggle->trigger();
    CHECK(f.ledger().setting(QStringLiteral("review_enabled")) == QStringLiteral("0"));
    CHECK_FALSE(f.window->isPageShown(ui::MainWindow::Page::Review));
}
