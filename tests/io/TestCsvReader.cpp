#include "TestSupport.h"
#include "io/CsvReader.h"

#include <QBuffer>

using jifen::CsvReader;
using jifen::CsvTable;
using jifen::test::fixturePath;

namespace {

CsvReader::Result readFixture(const char* name, CsvReader::Options options = {})
{
    return CsvReader::read(fixturePath(QStringLiteral("io/") + QLatin1String(name)), options);
}

QList<int> rowNumbers(const CsvTable& table)
{
    QList<int> numbers;
    for (qsizetype row = 0; row < table.rowCount(); ++row)
        numbers.append(table.rowNumber(row));
    return numbers;
}

} // namespace

TEST_CASE("quoted fields keep their commas, doubled quotes and line breaks")
{
    const auto result = readFixture("quoting.csv");
    CHECK(result.issues.isEmpty());
    const auto& table = result.table;
    REQUIRE(table.rowCount() == 5);
    CHECK(table.cells(0) == QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(table.cells(1) == QStringList {QStringLiteral("x,y"), QStringLiteral("say \"hi\""), QStringLiteral("z")});
    CHECK(table.cell(2, 0) == QStringLiteral("line1\r\nline2"));
    CHECK(table.cells(3) == QStringList {QStringLiteral("last")}); // trailing empty columns dropped
    CHECK(table.cells(4) == QStringList {QStringLiteral("after"), QStringLiteral("the"), QStringLiteral("end")});
}

TEST_CASE("rows are numbered as Excel shows them: a quoted line break stays in its row, blank lines count")
{
    // header 1, quoted row 2, multi-line record 3, blank line 4, a row of separators 5, "last" 6, "after" 7
    CHECK(rowNumbers(readFixture("quoting.csv").table) == QList<int> {1, 2, 3, 6, 7});
}

TEST_CASE("LF, CR and CRLF line ends all give the same rows")
{
    for (const char* name : {"line-ends-lf.csv", "line-ends-cr.csv", "line-ends-crlf.csv"}) {
        INFO(name);
        const auto result = readFixture(name);
        CHECK(result.issues.isEmpty());
        REQUIRE(result.table.rowCount() == 3);
        CHECK(result.table.cells(2) == QStringList {QStringLiteral("3"), QStringLiteral("4")});
        CHECK(rowNumbers(result.table) == QList<int> {1, 2, 4});
    }
}

TEST_CASE("semicolons are detected as the separator and quoted semicolons kept")
{
    const auto result = readFixture("semicolons.csv");
    CHECK(result.table.delimiter() == ';');
    CHECK(result.table.encoding() == jifen::TextDecoding::Encoding::Gb18030);
    REQUIRE(result.table.rowCount() == 2);
    CHECK(result.table.cell(0, 0) == QStringLiteral("姓名"));
    CHECK(result.table.cell(1, 2) == QStringLiteral("a;b"));
}

TEST_CASE("Excel's sep= line names the separator and is not a row")
{
    const auto result = readFixture("sep-hint.csv");
    CHECK(result.table.delimiter() == ';');
    REQUIRE(result.table.rowCount() == 2);
    CHECK(result.table.rowNumber(0) == 1);
    CHECK(result.table.cells(0) == QStringList {QStringLiteral("a"), QStringLiteral("b,c")});
}

TEST_CASE("tab-separated UTF-16 keeps empty cells in their columns")
{
    const auto result = readFixture("tabs-empty-cells.txt");
    CHECK(result.table.delimiter() == '\t');
    CHECK(result.table.encoding() == jifen::TextDecoding::Encoding::Utf16LE);
    REQUIRE(result.table.rowCount() == 3);
    CHECK(result.table.cells(1) == QStringList {QString(), QStringLiteral("2")});
    CHECK(result.table.cells(2) == QStringList {QString(), QString(), QStringLiteral("3")});
}

TEST_CASE("a quote that never closes is an error naming where it opened")
{
    const auto result = readFixture("unclosed-quote.csv");
    REQUIRE(result.issues.size() == 1);
    CHECK(result.issues[0].isError());
    CHECK(result.issues[0].row == 2);
    CHECK(result.issues[0].column == 1);
}

TEST_CASE("an explicit separator overrides detection")
{
    CsvReader::Options options;
    options.delimiter = ';';
    const auto result = CsvReader::parse(QByteArray("a,b;c\r\n"), options);
    REQUIRE(result.table.rowCount() == 1);
    CHECK(result.table.cells(0) == QStringList {QStringLiteral("a,b"), QStringLiteral("c")});
}

TEST_CASE("the separator the records agree on wins over one that only appears in the header")
{
    CHECK(CsvReader::detectDelimiter("a;b,c;d\n1;2;3\n4;5;6\n") == ';');
    CHECK(CsvReader::detectDelimiter("a,b\n1,2\n") == ',');
    CHECK(CsvReader::detectDelimiter("a\tb\n\"1,5\"\t2\n") == '\t');
    CHECK(CsvReader::detectDelimiter("only\n") == ',');
}

TEST_CASE("a device is read from its current position and an unreadable file is an error")
{
    QByteArray data("skip\na,b\n");
    QBuffer buffer(&data);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    buffer.readLine();
    const auto fromDevice = CsvReader::read(&buffer);
    REQUIRE(fromDevice.table.rowCount() == 1);
    CHECK(fromDevice.table.cell(0, 1) == QStringLiteral("b"));

    const auto missing = CsvReader::read(QStringLiteral("/nonexistent/roster.csv"));
    REQUIRE(missing.issues.size() == 1);
    CHECK(missing.issues[0].isError());
    CHECK(missing.issues[0].message.contains(QStringLiteral("/nonexistent/roster.csv")));
}

TEST_CASE("an empty file is an error, not an empty success")
{
    const auto result = CsvReader::parse(QByteArray("\r\n\r\n"));
    CHECK((result.table.rowCount() == 0));
    REQUIRE(result.issues.size() == 1);
    CHECK(result.issues[0].isError());
}

TEST_CASE("undecodable bytes produce a warning naming the encoding used")
{
    CsvReader::Options options;
    options.encoding = jifen::TextDecoding::Request::Utf8;
    const auto result = readFixture("gb18030-no-bom.csv", options);
    REQUIRE(result.issues.size() == 1);
    CHECK_FALSE(result.issues[0].isError());
    CHECK(result.issues[0].message.contains(QStringLiteral("UTF-8")));
}

TEST_CASE("rows added by hand drop trailing empty cells and blank rows like read ones")
{
    CsvTable table;
    table.appendRow(1, {QStringLiteral("a"), QString(), QStringLiteral("c"), QString()});
    table.appendRow(2, {QString(), QString()});
    table.appendRow(3, {QStringLiteral("x")});
    REQUIRE(table.rowCount() == 2);
    CHECK(table.cells(0) == QStringList {QStringLiteral("a"), QString(), QStringLiteral("c")});
    CHECK(table.rowNumber(1) == 3);
    CHECK(table.cell(1, 0) == QStringLiteral("x"));
    CHECK(table.cell(1, 5).isEmpty());
    CHECK(table.columnCount() == 3);
}

TEST_CASE("read in parts, a file gives the rows, cells and row numbers it gives read whole")
{
    // Quoted line breaks, blank lines, Chinese text, trailing empty cells and a last line without its line end: every
    // part size, so that each kind of row falls at the end of a part somewhere (where the last cell must end with its
    // own text, not run on into the memory the next part is read into).
    const QByteArray data = QStringLiteral("身份证号,规则编码,备注\r\n"
                                           "110101196001011234,A01,\"两行\r\n的备注\"\r\n"
                                           "\r\n"
                                           "110101196001015678,B02,志愿服务,,\r\n"
                                           ",,\r\n"
                                           "x\r\n"
                                           "110101196001019999,C01,最后一行")
                                .toUtf8();
    const CsvReader::Result whole = CsvReader::parse(data);
    REQUIRE(whole.issues.isEmpty());
    REQUIRE(whole.table.rowCount() == 5);
    for (qsizetype rowsPerPart = 1; rowsPerPart <= 6; ++rowsPerPart) {
        INFO("rows per part: " << rowsPerPart);
        QList<int> numbers;
        QList<QStringList> rows;
        QList<qsizetype> partSizes;
        const CsvReader::Result parts = CsvReader::parseInParts(data, {}, rowsPerPart, [&](const CsvTable& part) {
            partSizes.append(part.rowCount());
            for (qsizetype row = 0; row < part.rowCount(); ++row) {
                numbers.append(part.rowNumber(row));
                rows.append(part.cells(row));
            }
        });
        CHECK(parts.issues.isEmpty());
        CHECK(parts.table.rowCount() == 0);
        CHECK(numbers == rowNumbers(whole.table));
        REQUIRE(rows.size() == whole.table.rowCount());
        for (qsizetype row = 0; row < rows.size(); ++row)
            CHECK(rows[row] == whole.table.cells(row));
        CHECK(partSizes.size() == (5 + rowsPerPart - 1) / rowsPerPart);
        CHECK(std::all_of(partSizes.cbegin(), partSizes.cend(), [&](qsizetype size) { return size <= rowsPerPart; }));
    }
}

TEST_CASE("read in parts, an empty file is an error and a broken one reports where it broke")
{
    int calls = 0;
    const auto count = [&calls](const CsvTable&) { ++calls; };
    const CsvReader::Result empty = CsvReader::parseInParts(QByteArray("\r\n\r\n"), {}, 2, count);
    REQUIRE(empty.issues.size() == 1);
    CHECK(empty.issues[0].isError());
    CHECK(calls == 0);

    const CsvReader::Result unclosed = CsvReader::parseInParts(QByteArray("a,b\r\nc,\"d\r\ne,f\r\n"), {}, 1, count);
    REQUIRE(unclosed.issues.size() == 1);
    CHECK(unclosed.issues[0].isError());
    CHECK(unclosed.issues[0].row == 2);
}
