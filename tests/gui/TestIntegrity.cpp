#include "GuiFixture.h"
#include "integrity/IntegrityBanner.h"
#include "storage/Database.h"
#include "storage/Ledger.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace jifen;
using namespace jifen::test;

namespace {

// Opens the window on the ledger, runs the start-up check and waits for its end; returns whether it passed.
bool openAndVerify(const QString& path, std::unique_ptr<ui::MainWindow>& window)
{
    window = std::make_unique<ui::MainWindow>(std::make_unique<Database>(path), QStringLiteral("测试员"));
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy finished(window.get(), &ui::MainWindow::verificationFinished);
    window->verifyLedger();
    WAIT_UNTIL(finished.count() == 1);
    CHECK_FALSE(window->isVerifying());
    return finished.constFirst().constFirst().toBool();
}

} // namespace

TEST_CASE("a ledger written only through Jifen opens without a banner")
{
    TempDir dir;
    fillSmallLedger(dir.dbPath());
    std::unique_ptr<ui::MainWindow> window;
    CHECK(openAndVerify(dir.dbPath(), window));
    CHECK_FALSE(window->integrityBanner()->isVisible());
}

TEST_CASE("an entry changed with another tool shows the red banner naming the record until dismissed")
{
    TempDir dir;
    fillSmallLedger(dir.dbPath());
    test::rawExec(dir.dbPath(), {QStringLiteral("UPDATE entries SET quantity = 5 WHERE id = 2")}, test::Triggers::Bypass);
    std::unique_ptr<ui::MainWindow> window;
    CHECK_FALSE(openAndVerify(dir.dbPath(), window));
    ui::IntegrityBanner* banner = window->integrityBanner();
    REQUIRE(banner->isVisible());
    const QString text = banner->text();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Row 2 of entries")));
    CHECK(text.contains(QStringLiteral("quantity")));
    CHECK(text.contains(QStringLiteral("backup")));
    // At the top of the window, above the pages.
    CHECK(banner->mapTo(window.get(), QPoint(0, 0)).y()
          < window->findChild<QWidget*>(QStringLiteral("pages"))->mapTo(window.get(), QPoint(0, 0)).y());
    saveScreenshot(window.get(), QStringLiteral("integrity-banner"));
    // It stays: switching pages does not hide it; only Dismiss does.
    window->showPage(ui::MainWindow::Page::Audit);
    QCoreApplication::processEvents();
    CHECK(banner->isVisible());
    click(banner, QStringLiteral("integrityDismiss"));
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("a removed audit record is caught at start-up")
{
    TempDir dir;
    fillSmallLedger(dir.dbPath());
    test::rawExec(dir.dbPath(), {QStringLiteral("DELETE FROM audit_log WHERE id = 3")}, test::Triggers::Bypass);
    std::unique_ptr<ui::MainWindow> window;
    CHECK_FALSE(openAndVerify(dir.dbPath(), window));
    CHECK(window->integrityBanner()->isVisible());
    CHECK(window->integrityBanner()->text().contains(QStringLiteral("Audit record")));
}
