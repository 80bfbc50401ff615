#pragma once

#include <QLocale>

class QCoreApplication;

namespace jifen {

// Installs Jifen's translation (compiled into core) and Qt's own for the locale; English needs none.
// Returns true when a Jifen translation was loaded.
bool installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace jifen
