#include "Cli.h"

#include "support/Application.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    jifen::initApplication(app);
    return jifen::cli::run(QCoreApplication::arguments());
}
