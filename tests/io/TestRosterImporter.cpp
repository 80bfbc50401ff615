#include "TestSupport.h"
#include "io/RosterImporter.h"

#include <QBuffer>

using jifen::ImportIssue;
using jifen::Member;
using jifen::RosterImporter;
using jifen::test::fixturePath;

namespace {

RosterImporter::Options testOptions()
{
    RosterImporter::Options options;
    options.today = QDate(2025, 6, 30);
    return options;
}

RosterImporter::Result import(const char* name, RosterImporter::Options options = testOptions())
{
    return RosterImporter::read(fixturePath(QStringLiteral("io/") + QLatin1String(name)), options);
}

const RosterImporter::Record& recordAt(const RosterImporter::Result& result, int row)
{
    for (const auto& record : result.records)
        if (record.row == row)
            return record;
    FAIL("no record for row " << row);
    return result.records.constFirst();
}

// The issues of a row as "column:severity" strings, e.g. "身份证号:E"; column "-" for the whole row.
QStringList issuesOfRow(const RosterImporter::Result& result, int row)
{
    QStringList found;
    for (const ImportIssue& issue : result.issues)
        if (issue.row == row)
            found.append((issue.columnName.isEmpty() ? QStringLiteral("-") : issue.columnName)
                         + (issue.isError() ? QStringLiteral(":E") : QStringLiteral(":W")));
    return found;
}

QString describe(const Member& m)
{
    return QStringList {m.name,
                        m.gender,
                        m.idNumber,
                        m.birthDate.toString(Qt::ISODate),
                        m.ethnicity,
                        m.education,
                        m.branchName,
                        m.joinDate.toString(Qt::ISODate),
                        m.fullMemberDate.toString(Qt::ISODate),
                        m.category,
                        m.phone,
                        m.position,
                        m.status,
                        m.notes}
        .join(QLatin1Char('|'));
}

const char* const goodRosters[] = {"roster-good-utf8.csv", "roster-good-utf8-bom.csv", "roster-good-gb18030.csv",
                                   "roster-good-utf16le.txt", "roster-good-utf16be.txt"};

} // namespace

TEST_CASE("a roster as Excel writes it imports the same members in every encoding")
{
    const QStringList expected = {
        QStringLiteral("张三|男|110105198001010016|1980-01-01|汉族|大学本科|第一党支部|2005-07-01|2006-07-01|正式党员|"
                       "13800138000|科长|在册|"),
        QStringLiteral(
            "李四|女|11010519850315006X|1985-03-15|汉族|硕士研究生|第一党支部|2010-07-01|2011-07-01|正式党员|"
            "13900139000||在册|2020年调入\n原单位：市财政局"),
        QStringLiteral(
            "阿依古丽·买买提|女|650102199006200020|1990-06-20|维吾尔族|大专|第二党支部|2019-07-01|2020-07-01|"
            "正式党员|0991-1234567|副主任,兼秘书|在册|说\"到\"做到"),
        QStringLiteral(
            "王五|男|110105197508081230|1975-08-08|汉族|高中|第二党支部|1998-07-01|1999-07-01|正式党员|||在册|"),
        QStringLiteral(
            "赵六|男|410402200001050016|2000-01-05|回族|本科|第一党支部|2025-01-01||预备党员|13700137000|科员|在册|"),
        QStringLiteral("孙七|女|320106197011110046|1970-11-11|满族|中专|机关第三党支部|1995-07-01|1996-07-01|正式党员|"
                       "13600136000||在册|"),
    };
    for (const char* name : goodRosters) {
        INFO(name);
        const auto result = import(name);
        CHECK_FALSE(result.hasErrors());
        QStringList members;
        QList<int> rows;
        for (const auto& record : result.records) {
            members.append(describe(record.member));
            rows.append(record.row);
            CHECK_FALSE(record.refused);
            CHECK(record.member.branchId == 0);
        }
        CHECK(members == expected);
        CHECK(rows == QList<int> {2, 3, 4, 6, 7, 8}); // row 5 is the blank line
        CHECK(result.branchNames
              == QStringList {QStringLiteral("第一党支部"), QStringLiteral("第二党支部"),
                              QStringLiteral("机关第三党支部")});
    }
}

TEST_CASE("an unknown column and a converted 15-digit ID number are warnings, not errors")
{
    const auto result = import("roster-good-gb18030.csv");
    CHECK(issuesOfRow(result, 1) == QStringList {QStringLiteral("籍贯:W")});
    CHECK(issuesOfRow(result, 6) == QStringList {QStringLiteral("身份证号:W")});
    CHECK(result.issues.size() == 2);
    CHECK(result.columns[0].field == jifen::RosterMapping::Field::Ignore); // 序号, silently
    CHECK_FALSE(result.columns[14].field.has_value()); // 籍贯
}

TEST_CASE("every problem is reported on its row and column, and only the good row is accepted")
{
    for (const char* name : {"roster-problems-utf8-bom.csv", "roster-problems-gb18030.csv"}) {
        INFO(name);
        const auto result = import(name);
        CHECK(issuesOfRow(result, 2) == QStringList {QStringLiteral("身份证号:E")}); // 4.10402E+17
        CHECK(issuesOfRow(result, 3) == QStringList {QStringLiteral("身份证号:E")}); // rounded to 000
        CHECK(issuesOfRow(result, 4) == QStringList {QStringLiteral("身份证号:E")}); // the same ID ...
        CHECK(issuesOfRow(result, 5) == QStringList {QStringLiteral("身份证号:E")}); // ... twice
        CHECK(issuesOfRow(result, 6) == QStringList {QStringLiteral("入党时间:E")}); // in the future
        CHECK(issuesOfRow(result, 7) == QStringList {QStringLiteral("入党时间:E")}); // before 18
        CHECK(issuesOfRow(result, 8) == QStringList {QStringLiteral("性别:E")}); // ID says otherwise
        CHECK(issuesOfRow(result, 9) == QStringList {QStringLiteral("出生日期:E")}); // ID says otherwise
        CHECK(issuesOfRow(result, 10) == QStringList {QStringLiteral("入党时间:E")}); // 2019/2/30
        CHECK(issuesOfRow(result, 11) == QStringList {QStringLiteral("姓名:E")}); // empty
        CHECK(issuesOfRow(result, 12) == QStringList {QStringLiteral("人员类别:E")}); // probationary + full date
        CHECK(issuesOfRow(result, 13) == QStringList {QStringLiteral("手机号码:E")}); // 1.38001E+10
        CHECK(issuesOfRow(result, 14).isEmpty());
        CHECK(issuesOfRow(result, 15) == QStringList {QStringLiteral("转正时间:E")}); // before joining
        CHECK(issuesOfRow(result, 16) == QStringList {QStringLiteral("身份证号:E")}); // check digit
        CHECK(issuesOfRow(result, 17) == QStringList {QStringLiteral("所在支部:E")}); // no branch

        REQUIRE(result.records.size() == 16);
        CHECK(result.refusedCount() == 15);
        CHECK_FALSE(recordAt(result, 14).refused);
        CHECK(recordAt(result, 14).member.name == QStringLiteral("丑"));
        CHECK(result.branchNames == QStringList {QStringLiteral("第三党支部")});
        CHECK_FALSE(result.hasFileErrors());
    }
}

TEST_CASE("Excel's damage to ID numbers is explained with the way to fix it")
{
    const auto result = import("roster-problems-gb18030.csv");
    const auto scientific = result.issuesAt(2, 1);
    REQUIRE(scientific.size() == 1);
    CHECK(scientific[0].message.contains(QStringLiteral("4.10402E+17")));
    CHECK(scientific[0].message.contains(QStringLiteral("Text")));
    const auto rounded = result.issuesAt(3, 1);
    REQUIRE(rounded.size() == 1);
    CHECK(rounded[0].message.contains(QStringLiteral("000")));
}

TEST_CASE("a repeated ID number names the other row on both rows")
{
    const auto result = import("roster-problems-utf8-bom.csv");
    const auto first = result.issuesAt(4, 1);
    const auto second = result.issuesAt(5, 1);
    REQUIRE(first.size() == 1);
    REQUIRE(second.size() == 1);
    CHECK(first[0].message.contains(QStringLiteral("row 5")));
    CHECK(second[0].message.contains(QStringLiteral("row 4")));
    CHECK(recordAt(result, 4).refused);
    CHECK(recordAt(result, 5).refused);
}

TEST_CASE("an issue's text names the file, the row and the column as written in the file")
{
    const auto result = import("roster-problems-utf8-bom.csv");
    const auto issues = result.issuesAt(13, 8);
    REQUIRE(issues.size() == 1);
    const QString text = issues[0].toText(QStringLiteral("名册.csv"));
    CHECK(text.contains(QStringLiteral("名册.csv")));
    CHECK(text.contains(QStringLiteral("row 13")));
    CHECK(text.contains(QStringLiteral("“手机号码”")));
}

TEST_CASE("a title row above the header is skipped and the rows keep Excel's numbers")
{
    const auto result = import("roster-title-row.csv");
    CHECK(result.headerRow == 2);
    CHECK(result.table.delimiter() == ';');
    REQUIRE(result.records.size() == 1);
    CHECK(result.records[0].row == 3);
    CHECK(result.records[0].member.name == QStringLiteral("张三"));
    CHECK(issuesOfRow(result, 1) == QStringList {QStringLiteral("-:W")});
    CHECK_FALSE(result.hasErrors());
}

TEST_CASE("a roster without an ID column is refused as a whole")
{
    const auto result = import("roster-no-id-column.csv");
    CHECK(result.records.isEmpty());
    CHECK(result.hasFileErrors());
    REQUIRE(issuesOfRow(result, 1) == QStringList {QStringLiteral("-:E")});
    CHECK(result.issues[0].message.contains(QStringLiteral("身份证号")));
}

TEST_CASE("a file without any recognisable header is refused as a whole")
{
    const auto result = RosterImporter::parse("foo,bar\r\n1,2\r\n", testOptions());
    CHECK(result.headerRow == 0);
    CHECK(result.hasFileErrors());
    CHECK(result.records.isEmpty());
}

TEST_CASE("a file not read completely cannot be imported even if its rows look fine")
{
    const auto result
        = RosterImporter::parse("姓名,身份证号,所在支部\r\n张三,110105198001010016,\"一支部\r\n", testOptions());
    CHECK_FALSE(result.readCompletely);
    CHECK(result.hasFileErrors());
}

TEST_CASE("a profile maps headers the built-in names do not know")
{
    jifen::ImportIssues profileIssues;
    auto options = testOptions();
    options.mapping = jifen::RosterMapping::load(fixturePath(QStringLiteral("io/custom-mapping.json")), &profileIssues);
    CHECK(profileIssues.isEmpty());
    const auto result = import("roster-custom-headers.csv", options);
    CHECK_FALSE(result.hasErrors());
    CHECK(result.issues.isEmpty());
    REQUIRE(result.records.size() == 1);
    CHECK(result.records[0].member.name == QStringLiteral("张三"));
    CHECK(result.records[0].member.branchName == QStringLiteral("第一党支部"));
    CHECK(result.records[0].member.joinDate == QDate(2005, 7, 1));

    const auto unmapped = import("roster-custom-headers.csv");
    CHECK(unmapped.hasFileErrors());
}

TEST_CASE("the wrong encoding chosen by hand shows up as errors on the garbled cells")
{
    auto options = testOptions();
    options.csv.encoding = jifen::TextDecoding::Request::Utf8;
    const auto result = import("roster-problems-gb18030.csv", options);
    // The Chinese headers are garbled, so not even the header row is found.
    CHECK(result.hasFileErrors());
    REQUIRE_FALSE(result.issues.isEmpty());
    CHECK(result.issues[0].row == 0);
    CHECK_FALSE(result.issues[0].isError());
}

TEST_CASE("undecodable characters in a value are an error on that cell")
{
    QByteArray data = QStringLiteral("name,id_number,branch\r\n张三,110105198001010016,").toUtf8();
    data.append("\xB5\xDA\xD2\xBB\r\n"); // "第一" in GBK, in an otherwise UTF-8 file
    auto options = testOptions();
    options.csv.encoding = jifen::TextDecoding::Request::Utf8;
    const auto result = RosterImporter::parse(data, options);
    REQUIRE(result.records.size() == 1);
    CHECK(result.records[0].refused);
    CHECK(issuesOfRow(result, 2) == QStringList {QStringLiteral("branch:E")});
}

TEST_CASE("a default branch fills rows that name none, and a missing branch column then is no error")
{
    auto options = testOptions();
    options.defaultBranch = QStringLiteral("机关党支部");
    const auto result
        = RosterImporter::parse(QStringLiteral("姓名,身份证号\n张三,110105198001010016\n").toUtf8(), options);
    CHECK_FALSE(result.hasErrors());
    REQUIRE(result.records.size() == 1);
    CHECK(result.records[0].member.branchName == QStringLiteral("机关党支部"));
}

TEST_CASE("gender and birth date come from the ID number when blank and are checked against it when given")
{
    const QByteArray data = QStringLiteral("姓名,身份证号,性别,出生日期,支部\n"
                                           "甲,110105198001010016,,,一支部\n"
                                           "乙,110105198001010016,M,1980年1月,二支部\n")
                                .toUtf8();
    const auto result = RosterImporter::parse(data, testOptions());
    REQUIRE(result.records.size() == 2);
    CHECK(result.records[0].member.gender == QStringLiteral("男"));
    CHECK(result.records[0].member.birthDate == QDate(1980, 1, 1));
    CHECK(result.records[1].member.gender == QStringLiteral("男"));
    // Same ID twice, but the values themselves were accepted.
    CHECK(issuesOfRow(result, 2) == QStringList {QStringLiteral("身份证号:E")});
    CHECK(issuesOfRow(result, 3) == QStringList {QStringLiteral("身份证号:E")});
}

TEST_CASE("a join date given as a month is not refused for the month of the 18th birthday")
{
    // Born 2000-01-05; joining "2018年1月" may well be on or after the 18th birthday.
    const QByteArray data
        = QStringLiteral("姓名,身份证号,支部,入党时间\n赵六,410402200001050016,一支部,2018年1月\n").toUtf8();
    const auto result = RosterImporter::parse(data, testOptions());
    CHECK_FALSE(result.hasErrors());
    REQUIRE(result.records.size() == 1);
    CHECK(result.records[0].member.joinDate == QDate(2018, 1, 1));
}

TEST_CASE("a blank category follows from the dates, and only the uncertain year is flagged")
{
    const QByteArray data = QStringLiteral("姓名,身份证号,支部,入党时间,转正时间\n"
                                           "甲,110105198001010016,一支部,2025-01-01,\n"
                                           "乙,11010519850315006X,一支部,2023-12-01,\n"
                                           "丙,650102199006200020,一支部,2010-07-01,\n")
                                .toUtf8();
    const auto result = RosterImporter::parse(data, testOptions());
    REQUIRE(result.records.size() == 3);
    CHECK(result.records[0].member.category == QStringLiteral("预备党员"));
    CHECK(result.records[1].member.category == QStringLiteral("正式党员"));
    CHECK(issuesOfRow(result, 3) == QStringList {QStringLiteral("入党时间:W")});
    CHECK(result.records[2].member.category == QStringLiteral("正式党员"));
    CHECK(issuesOfRow(result, 4).isEmpty());
}

TEST_CASE("a column named twice is used once, and values under no header are reported")
{
    const QByteArray data = QStringLiteral("姓名,身份证号,支部,手机,联系电话\n"
                                           "甲,110105198001010016,一支部,13800138000,13900139000,多余\n")
                                .toUtf8();
    const auto result = RosterImporter::parse(data, testOptions());
    REQUIRE(result.records.size() == 1);
    CHECK(result.records[0].member.phone == QStringLiteral("13800138000"));
    CHECK(issuesOfRow(result, 1) == QStringList {QStringLiteral("联系电话:W"), QStringLiteral("-:W")});
    CHECK(result.issues[1].column == 5);
    CHECK_FALSE(result.hasErrors());
}

TEST_CASE("the importer reads from any device")
{
    QByteArray data = QStringLiteral("姓名,身份证号,支部\n张三,110105198001010016,一支部\n").toUtf8();
    QBuffer buffer(&data);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    const auto result = RosterImporter::read(&buffer, testOptions());
    REQUIRE(result.records.size() == 1);
    CHECK(result.records[0].member.idNumber == QStringLiteral("110105198001010016"));
}

TEST_CASE("re-validating a read file with another mapping keeps the reader's issues")
{
    const auto read = jifen::CsvReader::parse(QByteArray("\xEF\xBB\xBF"
                                                         "a,b,c\n张三,110105198001010016,一支部\n"));
    auto options = testOptions();
    CHECK(RosterImporter::importTable(read, options).hasFileErrors());
    options.mapping.setOverride(QStringLiteral("a"), jifen::RosterMapping::Field::Name);
    options.mapping.setOverride(QStringLiteral("b"), jifen::RosterMapping::Field::IdNumber);
    options.mapping.setOverride(QStringLiteral("c"), jifen::RosterMapping::Field::Branch);
    const auto remapped = RosterImporter::importTable(read, options);
    CHECK_FALSE(remapped.hasErrors());
    REQUIRE(remapped.records.size() == 1);
    CHECK(remapped.records[0].member.name == QStringLiteral("张三"));
}

TEST_CASE("a member who left needs the date, when the file has a column for it")
{
    const QByteArray data = QStringLiteral("姓名,身份证号,支部,状态,转出日期\n"
                                           "甲,110105198001010016,一支部,转出,2024-03-01\n"
                                           "乙,11010519850315006X,一支部,去世,\n"
                                           "丙,650102199006200020,一支部,在册,\n")
                                .toUtf8();
    const auto result = RosterImporter::parse(data, testOptions());
    REQUIRE(result.records.size() == 3);
    CHECK(result.records[0].member.status == QStringLiteral("转出"));
    CHECK(result.records[0].member.statusDate == QDate(2024, 3, 1));
    CHECK(issuesOfRow(result, 3) == QStringList {QStringLiteral("转出日期:E")});
    CHECK(issuesOfRow(result, 4).isEmpty());
}

TEST_CASE("masked ID and phone numbers from an export are refused with the reason")
{
    const QByteArray data
        = QStringLiteral("姓名,身份证号,支部,联系电话\n甲,110105********0016,一支部,138****8000\n").toUtf8();
    const auto result = RosterImporter::parse(data, testOptions());
    CHECK(issuesOfRow(result, 2) == QStringList {QStringLiteral("身份证号:E"), QStringLiteral("联系电话:E")});
    CHECK(result.issues[0].message.contains(QStringLiteral("masked")));
}

TEST_CASE("the supplied fields are the mapped columns plus what the ID number gives")
{
    const auto result = RosterImporter::parse(
        QStringLiteral("姓名,身份证号,支部,手机\n甲,110105198001010016,一支部,\n").toUtf8(), testOptions());
    QStringList fields = result.suppliedFields();
    fields.sort();
    CHECK(fields
          == QStringList {QStringLiteral("birth_date"), QStringLiteral("branch"), QStringLiteral("gender"),
                          QStringLiteral("id_number"), QStringLiteral("name"), QStringLiteral("phone")});
}

TEST_CASE("a file without a known header offers its first row as the columns to map")
{
    const auto read = RosterImporter::read(fixturePath(QStringLiteral("io/roster-custom-headers.csv")), testOptions());
    CHECK(read.hasFileErrors());
    CHECK(read.headerRow == 0);
    CHECK(read.records.isEmpty());
    REQUIRE(read.columns.size() == 4);
    CHECK(read.columns[1].header == QStringLiteral("证件号码"));
    CHECK_FALSE(read.columns[1].field.has_value());
    CHECK_FALSE(read.columns[1].used);
    CHECK(read.suppliedFields().isEmpty());
}

TEST_CASE("a name Excel could not save, or one without any letter, is an error on the name")
{
    const QByteArray data = QStringLiteral("姓名,身份证号,支部\n"
                                           "李?,110105198001010016,一支部\n"
                                           "王？明,11010519850315006X,一支部\n"
                                           "1,110105199006160026,一支部\n"
                                           "¥,110105196001010017,一支部\n"
                                           "阿依古丽·买买提,650102199006200020,一支部\n")
                                .toUtf8();
    const auto result = RosterImporter::parse(data, testOptions());
    REQUIRE(result.records.size() == 5);
    for (const int row : {2, 3, 4, 5}) {
        INFO(row);
        CHECK(issuesOfRow(result, row) == QStringList {QStringLiteral("姓名:E")});
    }
    CHECK(result.issuesAt(2, 0).constFirst().message.contains(QStringLiteral("CSV UTF-8")));
    CHECK(result.issuesAt(4, 0).constFirst().message.contains(QStringLiteral("no letters")));
    CHECK(issuesOfRow(result, 6).isEmpty());
    CHECK(recordAt(result, 6).member.name == QStringLiteral("阿依古丽·买买提"));
}

TEST_CASE("a birth date in the future inside the ID number is an error on the ID number")
{
    const QByteArray data = QStringLiteral("姓名,身份证号,支部\n"
                                           "甲,110105202601010019,一支部\n")
                                .toUtf8();
    const auto result = RosterImporter::parse(data, testOptions()); // today: 2025-06-30
    CHECK(issuesOfRow(result, 2) == QStringList {QStringLiteral("身份证号:E")});
    CHECK(result.issuesAt(2, 1).constFirst().message.contains(QStringLiteral("2026-01-01")));
}

TEST_CASE("a birth date that contradicts the ID number is shown as the date it stands for")
{
    const QByteArray data = QStringLiteral("姓名,身份证号,出生日期,支部\n"
                                           "甲,110105198001010016,33040,一支部\n")
                                .toUtf8();
    const auto result = RosterImporter::parse(data, testOptions());
    REQUIRE(issuesOfRow(result, 2) == QStringList {QStringLiteral("出生日期:E")});
    const QString message = result.issuesAt(2, 2).constFirst().message;
    CHECK(message.contains(QStringLiteral("1990-06-16"))); // Excel's serial 33040
    CHECK(message.contains(QStringLiteral("1980-01-01")));
}

TEST_CASE("a file with a header and no rows under it cannot be imported")
{
    const auto result = RosterImporter::parse(QStringLiteral("姓名,身份证号,支部\n\n").toUtf8(), testOptions());
    CHECK(result.records.isEmpty());
    CHECK(result.hasFileErrors());
    CHECK(issuesOfRow(result, 1) == QStringList {QStringLiteral("-:E")});
}
