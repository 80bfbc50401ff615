#include "GuiFixture.h"
#include "operators/OperatorsDialog.h"
#include "operators/SignInDialog.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/Operators.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>

using namespace jifen;
using namespace jifen::test;

namespace {

const QString adminPassword = QStringLiteral("correct horse");
const QString clerkPassword = QStringLiteral("battery staple");

// A ledger with an administrator and a clerk.
void addOperators(const QString& path)
{
    Database db(path);
    Ledger single(db, Actor::singleUser(QStringLiteral("setup")));
    Operators::add(single, QStringLiteral("admin"), Actor::Role::Admin, adminPassword);
    Ledger admin(db, Actor {QStringLiteral("admin"), Actor::Role::Admin});
    Operators::add(admin, QStringLiteral("clerk"), Actor::Role::Clerk, clerkPassword);
}

void attempt(ui::SignInDialog& dialog, const QString& name, const QString& password)
{
    auto* nameEdit = dialog.findChild<QLineEdit*>(QStringLiteral("signInName"));
    auto* passwordEdit = dialog.findChild<QLineEdit*>(QStringLiteral("signInPassword"));
    REQUIRE(nameEdit);
    REQUIRE(passwordEdit);
    nameEdit->setText(name);
    passwordEdit->setText(password);
    click(&dialog, QStringLiteral("signInButton"));
    WAIT_UNTIL(!dialog.isChecking());
}

} // namespace

TEST_CASE("an operator signs in with the right password and gets their role")
{
    TempDir dir;
    addOperators(dir.dbPath());
    ui::SignInDialog dialog(dir.dbPath());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    attempt(dialog, QStringLiteral("clerk"), QStringLiteral("wrong password"));
    CHECK(dialog.isVisible());
    CHECK(dialog.errorText() == QStringLiteral("Wrong operator name or password."));
    // A name that does not exist gets the same answer.
    attempt(dialog, QStringLiteral("nobody"), clerkPassword);
    CHECK(dialog.errorText() == QStringLiteral("Wrong operator name or password."));
    saveScreenshot(&dialog, QStringLiteral("sign-in-dialog"));
    attempt(dialog, QStringLiteral("clerk"), clerkPassword);
    WAIT_UNTIL(dialog.result() == QDialog::Accepted);
    CHECK(dialog.actor().name == QStringLiteral("clerk"));
    CHECK(dialog.actor().role == Actor::Role::Clerk);
}

TEST_CASE("after repeated failures the sign-in dialog says how long to wait and stays responsive")
{
    TempDir dir;
    addOperators(dir.dbPath());
    ui::SignInDialog dialog(dir.dbPath());
    dialog.show();
    for (int i = 0; i < 3; ++i)
        attempt(dialog, QStringLiteral("clerk"), QStringLiteral("wrong password"));
    // The fourth attempt, even with the right password, must wait: core refuses, the dialog does not sleep.
    QElapsedTimer timer;
    timer.start();
    attempt(dialog, QStringLiteral("clerk"), clerkPassword);
    CHECK(timer.elapsed() < 1500);
    CHECK(dialog.errorText().contains(QStringLiteral("try again in")));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.findChild<QWidget*>(QStringLiteral("signInButton"))->isEnabled());
}

TEST_CASE("a disabled operator cannot sign in")
{
    TempDir dir;
    addOperators(dir.dbPath());
    {
        Database db(dir.dbPath());
        Ledger admin(db, Actor {QStringLiteral("admin"), Actor::Role::Admin});
        Operators::setActive(admin, QStringLiteral("clerk"), false);
    }
    ui::SignInDialog dialog(dir.dbPath());
    dialog.show();
    attempt(dialog, QStringLiteral("clerk"), clerkPassword);
    CHECK(dialog.errorText().contains(QStringLiteral("disabled")));
}

TEST_CASE("the window of a viewer hides points entry and disables editing")
{
    TempDir dir;
    addOperators(dir.dbPath());
    ui::MainWindow window(std::make_unique<Database>(dir.dbPath()),
                          Actor {QStringLiteral("viewer"), Actor::Role::Viewer});
    window.show();
    CHECK_FALSE(window.isPageShown(ui::MainWindow::Page::Entry));
    CHECK(window.isPageShown(ui::MainWindow::Page::Members));
    CHECK_FALSE(window.findChild<QWidget*>(QStringLiteral("membersToolbar"))->isEnabled());
    CHECK_FALSE(window.findChild<QWidget*>(QStringLiteral("membersViewToolbar"))->isEnabled()); // no full IDs
    CHECK_FALSE(window.findChild<QWidget*>(QStringLiteral("rulesToolbar"))->isEnabled());
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("actionOperators"))->isVisible());
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("actionDemo"))->isVisible());
    CHECK(window.findChild<QLabel*>(QStringLiteral("operatorName"))
              ->text()
              .startsWith(QStringLiteral("Operator: viewer")));
}

TEST_CASE("the window of a clerk enters points but manages neither rules nor operators")
{
    TempDir dir;
    addOperators(dir.dbPath());
    ui::MainWindow window(std::make_unique<Database>(dir.dbPath()),
                          Actor {QStringLiteral("clerk"), Actor::Role::Clerk});
    CHECK(window.isPageShown(ui::MainWindow::Page::Entry));
    CHECK(window.findChild<QWidget*>(QStringLiteral("membersToolbar"))->isEnabled());
    CHECK(window.findChild<QWidget*>(QStringLiteral("membersViewToolbar"))->isEnabled());
    CHECK_FALSE(window.findChild<QWidget*>(QStringLiteral("rulesToolbar"))->isEnabled());
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("actionOperators"))->isVisible());
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("actionReviewEnabled"))->isVisible());
}

TEST_CASE("an administrator adds a clerk and disables them in the operators dialog")
{
    TempDir dir;
    addOperators(dir.dbPath());
    ui::MainWindow window(std::make_unique<Database>(dir.dbPath()),
                          Actor {QStringLiteral("admin"), Actor::Role::Admin});
    CHECK(window.findChild<QAction*>(QStringLiteral("actionOperators"))->isVisible());
    CHECK(window.findChild<QWidget*>(QStringLiteral("rulesToolbar"))->isEnabled());
    CHECK_FALSE(window.isPageShown(ui::MainWindow::Page::Entry));
    // An administrator does not edit the roster but may show full ID numbers.
    CHECK_FALSE(window.findChild<QWidget*>(QStringLiteral("membersToolbar"))->isEnabled());
    CHECK(window.findChild<QWidget*>(QStringLiteral("membersViewToolbar"))->isEnabled());

    ui::OperatorsDialog dialog(window.ledger());
    dialog.show();
    CHECK(dialog.table()->rowCount() == 2);
    dialog.findChild<QLineEdit*>(QStringLiteral("newOperatorName"))->setText(QStringLiteral("second"));
    dialog.findChild<QLineEdit*>(QStringLiteral("operatorPassword"))->setText(QStringLiteral("short"));
    dialog.findChild<QLineEdit*>(QStringLiteral("operatorPasswordRepeat"))->setText(QStringLiteral("short"));
    click(&dialog, QStringLiteral("addOperator"));
    CHECK(dialog.errorText().contains(QStringLiteral("at least 8")));
    dialog.findChild<QLineEdit*>(QStringLiteral("operatorPassword"))->setText(QStringLiteral("long enough"));
    dialog.findChild<QLineEdit*>(QStringLiteral("operatorPasswordRepeat"))->setText(QStringLiteral("long enough"));
    click(&dialog, QStringLiteral("addOperator"));
    CHECK(dialog.errorText().isEmpty());
    REQUIRE(dialog.table()->rowCount() == 3);
    CHECK(dialog.table()->item(2, 0)->text() == QStringLiteral("second"));
    CHECK(dialog.table()->item(2, 1)->text() == Actor::roleLabel(Actor::Role::Clerk));

    dialog.table()->selectRow(2);
    click(&dialog, QStringLiteral("toggleOperator"));
    CHECK(dialog.table()->item(2, 2)->text() == QStringLiteral("Disabled"));
    const auto ops = Operators::list(window.ledger().database());
    CHECK_FALSE(ops.at(2).active);
    CHECK(window.ledger().audit().recent(1).constFirst().action == QStringLiteral("operator.disable"));
}

TEST_CASE("without operators the window runs in single-user mode and may create the first administrator")
{
    GuiFixture f;
    CHECK(f.ledger().actor().role == Actor::Role::SingleUser);
    CHECK(f.window->isPageShown(ui::MainWindow::Page::Entry));
    CHECK(f.find<QAction>(QStringLiteral("actionOperators"))->isVisible());
    ui::OperatorsDialog dialog(f.ledger());
    // Only an administrator may come first.
    CHECK_FALSE(dialog.findChild<QWidget*>(QStringLiteral("operatorRole"))->isEnabled());
    dialog.findChild<QLineEdit*>(QStringLiteral("newOperatorName"))->setText(QStringLiteral("boss"));
    dialog.findChild<QLineEdit*>(QStringLiteral("operatorPassword"))->setText(adminPassword);
    dialog.findChild<QLineEdit*>(QStringLiteral("operatorPasswordRepeat"))->setText(adminPassword);
    click(&dialog, QStringLiteral("addOperator"));
    CHECK(dialog.errorText().isEmpty());
    REQUIRE(Operators::list(f.ledger().database()).size() == 1);
    CHECK(Operators::list(f.ledger().database()).constFirst().role == Actor::Role::Admin);
}
