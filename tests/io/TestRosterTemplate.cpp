#include "TestSupport.h"
#include "io/RosterImporter.h"
#include "io/RosterTemplate.h"

#include <QFile>

using namespace jifen;

TEST_CASE("the roster template is UTF-8 with a BOM and reads back with every column recognised")
{
    const QByteArray csv = RosterTemplate::csv();
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.endsWith("\r\n"));
    const QString header = QString::fromUtf8(csv.mid(3)).trimmed();
    CHECK(header.startsWith(QStringLiteral("姓名,")));
    CHECK(header.contains(QStringLiteral("身份证号")));
    CHECK(header.contains(QStringLiteral("所在支部")));

    const RosterImporter::Result read = RosterImporter::parse(csv);
    CHECK(read.headerRow == 1);
    CHECK(read.records.isEmpty());
    REQUIRE(read.columns.size() == RosterMapping::dataFields().size());
    for (const RosterImporter::Column& column : read.columns) {
        INFO(column.header.toStdString());
        CHECK(column.used);
    }
}

TEST_CASE("the roster template is written to a file, and an unwritable place is reported")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("名册模板.csv"));
    QString error;
    REQUIRE(RosterTemplate::write(path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == RosterTemplate::csv());
    CHECK_FALSE(RosterTemplate::write(dir.filePath(QStringLiteral("missing/folder/t.csv")), &error));
    CHECK_FALSE(error.isEmpty());
}
