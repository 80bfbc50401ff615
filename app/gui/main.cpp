#include "main/FirstRun.h"
#include "main/MainWindow.h"
#include "main/StartupBackup.h"
#include "operators/SignInDialog.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/Operators.h"
#include "storage/StorageError.h"
#include "support/Application.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    jifen::initApplication(app);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Jifen"));
    // Ties the windows to the installed desktop entry (its icon and name in the task bar and on Wayland).
    QGuiApplication::setDesktopFileName(QStringLiteral("cn.jifen.Jifen"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Jifen: the Party member points ledger."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("main", "Open the ledger FILE, or the ledger on a server: "
                                                                "postgresql://user@host:port/database."),
                                QApplication::translate("main", "FILE"));
    parser.addOption(db);
    parser.process(app);

    // A ledger server that wants a password not found in ~/.pgpass or PGPASSWORD asks for it here (on the GUI thread
    // only: worker threads reopening the ledger find the password remembered).
    jifen::Database::setPasswordPrompt([&app](const QString& url, const QString& message) {
        if (QThread::currentThread() != app.thread())
            return QString();
        return QInputDialog::getText(nullptr, QApplication::translate("main", "Ledger server password"),
                                     QApplication::translate("main", "%1\nPassword for %2:").arg(message, url),
                                     QLineEdit::Password);
    });
    std::unique_ptr<jifen::Database> database;
    try {
        database = std::make_unique<jifen::Database>(jifen::Database::resolvePath(parser.value(db)));
    } catch (const jifen::StorageError& error) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Jifen"), error.message());
        return 1;
    }
    std::unique_ptr<jifen::ui::MainWindow> window;
    try {
        if (jifen::Operators::any(*database)) {
            // A ledger with operators: nobody works on it without signing in.
            jifen::ui::SignInDialog signIn(database->path());
            if (signIn.exec() != QDialog::Accepted)
                return 0;
            window = std::make_unique<jifen::ui::MainWindow>(std::move(database), signIn.actor());
        }
    } catch (const jifen::StorageError& error) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Jifen"), error.message());
        return 1;
    }
    if (!window) {
        // Asked once per ledger: the name every change of this single-user ledger is stamped with.
        const QString operatorName = jifen::ui::FirstRun::operatorName(*database);
        window = std::make_unique<jifen::ui::MainWindow>(std::move(database), operatorName);
    }
    window->show();
    // A copy of the ledger as it was when Jifen started, taken beside it while the window is already usable.
    jifen::ui::StartupBackup backup(window->ledger().database().path());
    QObject::connect(&backup, &jifen::ui::StartupBackup::finished, window.get(),
                     [&window](const QString&, const QString& error) {
                         if (!error.isEmpty())
                             window->statusBar()->showMessage(
                                 QApplication::translate("main", "The start-up backup failed: %1").arg(error));
                     });
    backup.start();
    // The start-up check: the ledger is exactly what its audit log says, or a red banner says what differs.
    window->verifyLedger();
    // A new user sees every screen alive: an empty ledger offers the demonstration organisation.
    QTimer::singleShot(0, window.get(), [&window] { window->offerDemonstration(); });
    return QApplication::exec();
}
