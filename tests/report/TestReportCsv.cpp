#include "TestSupport.h"
#include "io/ReportCsv.h"

using namespace jifen;

TEST_CASE("a report CSV starts with a byte order mark and ends its lines with CRLF")
{
    ReportTable table;
    table.columns = {{QStringLiteral("排名"), ReportTable::Align::Center, 5, false},
                     {QStringLiteral("姓名"), ReportTable::Align::Left, 10, false}};
    table.rows = {{ReportCell(QStringLiteral("1"), 1), ReportCell(QStringLiteral("张三"))}};
    const QByteArray csv = ReportCsv::write({table});
    CHECK(csv == QByteArray("\xEF\xBB\xBF") + QStringLiteral("排名,姓名\r\n1,张三\r\n").toUtf8());
}

TEST_CASE("report CSV fields with commas, quotes or formula starts are quoted or defused")
{
    CHECK(ReportCsv::field(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(ReportCsv::field(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(ReportCsv::field(QStringLiteral("=cmd()")) == QStringLiteral("\t=cmd()"));
    CHECK(ReportCsv::field(QStringLiteral("-2+cmd|' /C calc'!A0")) == QStringLiteral("\t-2+cmd|' /C calc'!A0"));
    CHECK(ReportCsv::field(QStringLiteral("-2.5")) == QStringLiteral("-2.5"));
}

TEST_CASE("several tables in one CSV are each headed by their caption")
{
    ReportTable a, b;
    a.caption = QStringLiteral("优秀共产党员：符合条件");
    a.columns = {{QStringLiteral("姓名"), ReportTable::Align::Left, 10, false}};
    a.rows = {{ReportCell(QStringLiteral("甲"))}};
    b.caption = QStringLiteral("优秀共产党员：接近条件");
    b.columns = a.columns;
    const QString text = QString::fromUtf8(ReportCsv::write({a, b}).mid(3));
    CHECK(text == QStringLiteral("优秀共产党员：符合条件\r\n姓名\r\n甲\r\n\r\n优秀共产党员：接近条件\r\n姓名\r\n\r\n"));
}
