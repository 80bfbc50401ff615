#include "Cli.h"
#include "support/Application.h"

#include <QCoreApplication>

#include <memory>

#ifdef JIFEN_CLI_DRAWS
#include <QApplication>
#endif

#ifdef JIFEN_CLI_DRAWS
namespace {

// The command word: the first argument that is neither a global option nor the value of --db or --user.
QByteArray commandWord(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--db" || arg == "--user")
            ++i;
        else if (!arg.startsWith('-'))
            return arg;
    }
    return {};
}

} // namespace
#endif

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
#ifdef JIFEN_CLI_DRAWS
    // Reports and charts draw with QPainter, fonts and Qt Charts: they need a QApplication, on the offscreen platform
    // so that they run without a display. Every other command stays a plain QCoreApplication.
    const QByteArray command = commandWord(argc, argv);
    if (command == "report" || command == "chart") {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    jifen::initApplication(*app);
    return jifen::cli::run(QCoreApplication::arguments());
}
