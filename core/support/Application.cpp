#include "Application.h"

#include "Translations.h"

#include <QCoreApplication>

namespace jifen {

void initApplication(QCoreApplication& app)
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("jifen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIFEN_VERSION));
    installTranslations(app);
}

} // namespace jifen
