#include "GuiFixture.h"
#include "backup/RestoreDialog.h"
#include "common/MessageBox.h"
#include "integrity/IntegrityBanner.h"
#include "main/StartupBackup.h"
#include "members/MemberTableModel.h"
#include "members/MembersPage.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Ledger.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTableWidget>

using namespace jifen;
using namespace jifen::test;

TEST_CASE("the start-up backup skips an empty ledger and copies one with members")
{
    GuiFixture f;
    const QString path = f.ledger().database().path();
    {
        ui::StartupBackup backup(path);
        QSignalSpy finished(&backup, &ui::StartupBackup::finished);
        backup.start();
        WAIT_UNTIL(finished.count() == 1);
        CHECK(finished.constFirst().at(0).toString().isEmpty());
        CHECK(finished.constFirst().at(1).toString().isEmpty());
        CHECK(Backup::list(path).isEmpty());
    }
    const qint64 branch = f.addBranch(QStringLiteral("第一党支部"));
    f.addMember(QStringLiteral("张三"), branch);
    ui::StartupBackup backup(path);
    QSignalSpy finished(&backup, &ui::StartupBackup::finished);
    backup.start();
    WAIT_UNTIL(finished.count() == 1);
    INFO(finished.constFirst().at(1).toString().toStdString());
    const QString made = finished.constFirst().at(0).toString();
    REQUIRE_FALSE(made.isEmpty());
    CHECK(QFileInfo::exists(made));
    const QList<Backup::Info> backups = Backup::list(path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.constFirst().reason == QStringLiteral("startup"));
    CHECK(backups.constFirst().members == 1);
}

TEST_CASE("the restore dialog lists backups and restores one, keeping the replaced ledger")
{
    GuiFixture f;
    const QString path = f.ledger().database().path();
    const qint64 branch = f.addBranch(QStringLiteral("第一党支部"));
    f.addMember(QStringLiteral("张三"), branch);
    f.addMember(QStringLiteral("李四"), branch);
    Backup::rotate(f.ledger().database(), QStringLiteral("manual"));
    f.addMember(QStringLiteral("王五"), branch);
    f.refreshScreens();
    REQUIRE(f.ledger().members().size() == 3);

    auto* dialog = qobject_cast<ui::RestoreDialog*>(f.window->restoreFromBackup());
    REQUIRE(dialog);
    QTableWidget* table = dialog->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("By hand"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("2"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("0"));
    saveScreenshot(dialog, QStringLiteral("restore-dialog"));

    // Declining the confirmation changes nothing.
    table->selectRow(0);
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    click(dialog, QStringLiteral("restoreButton"));
    CHECK(f.ledger().members().size() == 3);

    QSignalSpy finished(f.window.get(), &ui::MainWindow::verificationFinished);
    ui::MessageBox::takeShown();
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    click(dialog, QStringLiteral("restoreButton"));
    CHECK(f.ledger().members().size() == 2);
    const QStringList shown = ui::MessageBox::takeShown();
    REQUIRE_FALSE(shown.isEmpty());
    CHECK(shown.constLast().contains(QStringLiteral("is kept as")));
    // The replaced ledger is kept beside it.
    const QStringList kept = QFileInfo(path).absoluteDir().entryList({QStringLiteral("ledger.sqlite.replaced-*")});
    CHECK(kept.size() == 1);
    // The screens read the restored ledger, and it verifies.
    CHECK(f.window->membersPage()->model()->rowCount() == 2);
    WAIT_UNTIL(finished.count() == 1);
    CHECK(finished.constFirst().constFirst().toBool());
    CHECK_FALSE(f.window->integrityBanner()->isVisible());
}

TEST_CASE("a viewer may not open the restore dialog")
{
    TempDir dir;
    ui::MainWindow window(std::make_unique<Database>(dir.dbPath()),
                          Actor {QStringLiteral("viewer"), Actor::Role::Viewer});
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("actionRestore"))->isVisible());
    CHECK(window.restoreFromBackup() == nullptr);
}
