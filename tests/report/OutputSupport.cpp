#include "OutputSupport.h"

#include "TestSupport.h"
#include "ZipReader.h"
#include "support/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace jifen::test {

QString pdfText(const QString& pdf, int page)
{
    QStringList arguments {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    QStringList lines;
    static const QRegularExpression spaces(QStringLiteral("[ \\t]+"));
    for (QString line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n')) {
        line.replace(spaces, QStringLiteral(" "));
        line = line.trimmed();
        line.remove(u'\f');
        if (!line.isEmpty())
            lines << line;
    }
    return lines.join(u'\n') + u'\n';
}

int pdfPages(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(process.waitForFinished(60000));
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(QString::fromUtf8(process.readAllStandardOutput())).captured(1).toInt();
}

QSizeF pdfPageSize(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(process.waitForFinished(60000));
    static const QRegularExpression size(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"));
    const QRegularExpressionMatch match = size.match(QString::fromUtf8(process.readAllStandardOutput()));
    REQUIRE(match.hasMatch());
    return {match.captured(1).toDouble(), match.captured(2).toDouble()};
}

QString xlsxSheetXml(const QString& xlsx, int sheet)
{
    return QString::fromUtf8(zipMember(xlsx, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
}

QStringList xlsxCells(const QString& xlsx, int sheet)
{
    QStringList shared;
    QXmlStreamReader strings(zipMember(xlsx, QStringLiteral("xl/sharedStrings.xml")));
    while (!strings.atEnd()) {
        if (strings.readNext() == QXmlStreamReader::StartElement && strings.name() == u"t")
            shared << strings.readElementText();
    }
    QStringList cells;
    QXmlStreamReader xml(xlsxSheetXml(xlsx, sheet));
    QString reference, type;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"c") {
            reference = xml.attributes().value(QStringLiteral("r")).toString();
            type = xml.attributes().value(QStringLiteral("t")).toString();
        } else if (xml.isStartElement() && xml.name() == u"v") {
            const QString value = xml.readElementText();
            cells << reference + u'=' + (type == u"s" ? shared.value(value.toInt()) : value);
        }
    }
    return cells;
}

void compareGolden(const QString& name, const QString& actual)
{
    const QString path = fixturePath(QStringLiteral("report/") + name);
    if (qEnvironmentVariableIsSet("JIFEN_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(actual.toUtf8());
        WARN("golden file rewritten: " << path.toStdString());
        return;
    }
    const QString expected = QString::fromUtf8(readFixture(QStringLiteral("report/") + name));
    INFO("golden file " << path.toStdString() << " (JIFEN_UPDATE_GOLDEN=1 rewrites it)");
    CHECK(actual == expected);
}

void useChinese()
{
    static const bool installed
        = installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China));
    REQUIRE(installed);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

} // namespace jifen::test
