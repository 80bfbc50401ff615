#include "GuiFixture.h"
#include "common/InputDialog.h"
#include "common/MessageBox.h"
#include "main/FirstRun.h"
#include "members/MemberTableModel.h"
#include "members/MembersPage.h"
#include "storage/Database.h"
#include "storage/Ledger.h"

#include <QLabel>

using namespace jifen;
using namespace jifen::test;

TEST_CASE("the operator's name is asked once and kept in the ledger")
{
    TempDir dir;
    Database db(dir.dbPath());
    ui::InputDialog::setNextText(QStringLiteral("李书记"));
    CHECK(ui::FirstRun::operatorName(db) == QStringLiteral("李书记"));
    // Asked no more: with no answer queued, a question would answer Cancel and fall back to the system user.
    CHECK(ui::FirstRun::operatorName(db) == QStringLiteral("李书记"));
    const AuditRecord record = Ledger(db, Actor::singleUser({})).audit().recent(1).constFirst();
    CHECK(record.operatorName == QStringLiteral("李书记"));
    CHECK(record.action == QStringLiteral("setting.set"));
}

TEST_CASE("every change is stamped with the operator's name from the ledger")
{
    TempDir dir;
    {
        Database db(dir.dbPath());
        ui::InputDialog::setNextText(QStringLiteral("李书记"));
        ui::FirstRun::operatorName(db);
    }
    ui::MainWindow window(std::make_unique<Database>(dir.dbPath()));
    CHECK(window.ledger().actor().name == QStringLiteral("李书记"));
    CHECK(window.findChild<QLabel*>(QStringLiteral("operatorName"))->text() == QStringLiteral("Operator: 李书记"));
}

TEST_CASE("an empty ledger offers a demonstration organisation, loaded in the background")
{
    GuiFixture f;
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(f.window->offerDemonstration(24));
    WAIT_UNTIL(!f.window->isBusy());
    CHECK(f.ledger().members().size() == 24);
    CHECK(f.window->membersPage()->model()->rowCount() >= 20); // a few are marked 转出/去世
    CHECK_FALSE(f.ledger().ruleSet().rules.isEmpty());
    CHECK(f.ledger().audit().recent(1).constFirst().operatorName == QStringLiteral("测试员"));
    // Offered only once: the ledger is no longer empty.
    CHECK_FALSE(f.window->offerDemonstration(24));
}

TEST_CASE("declining the demonstration leaves the ledger empty")
{
    GuiFixture f;
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(f.window->offerDemonstration(24));
    CHECK(f.ledger().members().isEmpty());
}
