#include "FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStringList>

namespace jifen::ui {

namespace {

QStringList& nextNames()
{
    static QStringList names;
    return names;
}

const QString lastFolderKey = QStringLiteral("ui/last_folder");

QString lastFolder()
{
    return QSettings().value(lastFolderKey, QDir::homePath()).toString();
}

void remember(const QString& fileName)
{
    if (!fileName.isEmpty())
        QSettings().setValue(lastFolderKey, QFileInfo(fileName).absolutePath());
}

} // namespace

void FileDialog::setTestMode(bool on)
{
    s_testMode = on;
}

void FileDialog::setNextFileName(const QString& fileName)
{
    nextNames().append(fileName);
}

bool FileDialog::takeNext(QString& fileName)
{
    if (nextNames().isEmpty()) {
        if (!s_testMode)
            return false;
        fileName.clear(); // Cancel
        return true;
    }
    fileName = nextNames().takeFirst();
    return true;
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    QString name;
    if (!takeNext(name))
        name = QFileDialog::getOpenFileName(parent, caption, lastFolder(), filter);
    remember(name);
    return name;
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                    const QString& filter)
{
    QString name;
    if (!takeNext(name))
        name = QFileDialog::getSaveFileName(parent, caption, QDir(lastFolder()).filePath(suggestedName), filter);
    remember(name);
    return name;
}

} // namespace jifen::ui
