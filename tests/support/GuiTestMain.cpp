#define CATCH_CONFIG_RUNNER
#include "common/FileDialog.h"
#include "common/InputDialog.h"
#include "common/MessageBox.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    // catch_discover_tests runs this binary at build time without ctest's environment: without a display,
    // QApplication would abort and the tests would silently vanish.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jifen-gui-tests"));
    // Settings of the tests never touch the clerk's own, and start empty: each test process (ctest runs them in
    // parallel) keeps its settings in a directory of its own, so one test's clear() never races another's write.
    QStandardPaths::setTestModeEnabled(true);
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings().clear();
    // A dialog nobody answered returns its default (Cancel for input and file dialogs) instead of waiting for a click.
    jifen::ui::MessageBox::setTestMode(true);
    jifen::ui::InputDialog::setTestMode(true);
    jifen::ui::FileDialog::setTestMode(true);
    return Catch::Session().run(argc, argv);
}
