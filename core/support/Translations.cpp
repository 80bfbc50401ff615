#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace jifen {

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    if (locale.language() != QLocale::Chinese)
        return false;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/jifen_zh_CN.qm")))
        return false;
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace jifen
