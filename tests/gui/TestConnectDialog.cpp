#include "GuiFixture.h"
#include "main/ConnectDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

using namespace jifen;
using namespace jifen::test;

namespace {

void fill(ui::ConnectDialog& dialog, const QString& host, int port, const QString& database, const QString& user,
          const QString& password)
{
    dialog.findChild<QLineEdit*>(QStringLiteral("connectHost"))->setText(host);
    dialog.findChild<QSpinBox*>(QStringLiteral("connectPort"))->setValue(port);
    dialog.findChild<QLineEdit*>(QStringLiteral("connectDatabase"))->setText(database);
    dialog.findChild<QLineEdit*>(QStringLiteral("connectUser"))->setText(user);
    dialog.findChild<QLineEdit*>(QStringLiteral("connectPassword"))->setText(password);
}

} // namespace

TEST_CASE("the connect dialog builds the server address from its fields and keeps the password out of it")
{
    ui::ConnectDialog dialog;
    fill(dialog, QStringLiteral("db.example.org"), 5433, QStringLiteral("jifen_city"), QStringLiteral("clerk"),
         QStringLiteral("secret"));
    auto* ssl = dialog.findChild<QComboBox*>(QStringLiteral("connectSsl"));
    ssl->setCurrentIndex(ssl->findData(QStringLiteral("require")));
    CHECK(dialog.url() == QStringLiteral("postgresql://clerk@db.example.org:5433/jifen_city?sslmode=require"));
    CHECK(dialog.password() == QStringLiteral("secret"));
    CHECK_FALSE(dialog.url().contains(QStringLiteral("secret")));
}

TEST_CASE("a server that does not answer leaves the dialog open with the reason, the window alive, nothing "
          "remembered")
{
    ui::ConnectDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    // Nothing listens on port 1 of this machine.
    fill(dialog, QStringLiteral("127.0.0.1"), 1, QStringLiteral("jifen"), QStringLiteral("clerk"), {});
    click(&dialog, QStringLiteral("connectButton"));
    CHECK(dialog.isConnecting()); // the click returned before the connection attempt ended
    WAIT_UNTIL(!dialog.isConnecting());
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText().contains(QStringLiteral("Cannot connect to the ledger server")));
    CHECK(ui::ConnectDialog::recentConnections().isEmpty());
    saveScreenshot(&dialog, QStringLiteral("connect-dialog"));
}

TEST_CASE("the connect dialog asks for the server, the database and the account before trying")
{
    ui::ConnectDialog dialog;
    dialog.show();
    fill(dialog, QStringLiteral("db.example.org"), 5432, {}, QStringLiteral("clerk"), {});
    click(&dialog, QStringLiteral("connectButton"));
    CHECK_FALSE(dialog.isConnecting());
    CHECK(dialog.errorText() == QStringLiteral("Fill in the server, the database and the account."));
}
