#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace jifen {

// An empty roster for a clerk to fill in with Excel and import back: the standard Chinese headers in the template's
// order, UTF-8 with a byte order mark (so Excel on a Chinese PC opens it right), CRLF.
class RosterTemplate
{
    Q_DECLARE_TR_FUNCTIONS(RosterTemplate)

public:
    static QByteArray csv();
    // Writes csv() through QSaveFile; false with the reason in *error (translated) when it cannot.
    static bool write(const QString& fileName, QString* error = nullptr);
};

} // namespace jifen
