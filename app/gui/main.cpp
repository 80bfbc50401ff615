#include "main/FirstRun.h"
#include "main/MainWindow.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "support/Application.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    jifen::initApplication(app);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Jifen"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Jifen: the Party member points ledger."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "Open the ledger FILE."),
                                QApplication::translate("main", "FILE"));
    parser.addOption(db);
    parser.process(app);

    std::unique_ptr<jifen::Database> database;
    try {
        database = std::make_unique<jifen::Database>(jifen::Database::resolvePath(parser.value(db)));
    } catch (const jifen::StorageError& error) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Jifen"), error.message());
        return 1;
    }
    // Asked once per ledger: the name every change of this single-user ledger is stamped with.
    const QString operatorName = jifen::ui::FirstRun::operatorName(*database);
    jifen::ui::MainWindow window(std::move(database), operatorName);
    window.show();
    // A new user sees every screen alive: an empty ledger offers the demonstration organisation.
    QTimer::singleShot(0, &window, [&window] { window.offerDemonstration(); });
    return QApplication::exec();
}
