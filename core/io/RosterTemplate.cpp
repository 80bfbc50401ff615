#include "RosterTemplate.h"

#include "RosterMapping.h"

#include <QDir>
#include <QSaveFile>
#include <QStringList>

namespace jifen {

QByteArray RosterTemplate::csv()
{
    QStringList headers;
    for (const RosterMapping::Field field : RosterMapping::dataFields())
        headers.append(RosterMapping::standardHeader(field));
    return QByteArrayLiteral("\xEF\xBB\xBF") + headers.join(u',').toUtf8() + QByteArrayLiteral("\r\n");
}

bool RosterTemplate::write(const QString& fileName, QString* error)
{
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(csv());
        if (file.commit())
            return true;
    }
    if (error)
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
    return false;
}

} // namespace jifen
