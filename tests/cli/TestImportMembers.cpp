#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace jifen::test;

namespace {

QString fixture(const char* name)
{
    return fixturePath(QStringLiteral("io/") + QLatin1String(name));
}

QJsonArray members(const QString& db)
{
    const CliResult exported
        = runCli(db, {QStringLiteral("export-members"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(exported.exitCode == 0);
    return QJsonDocument::fromJson(exported.out.toUtf8()).array();
}

// import-members, as every command but init, works on a ledger that exists.
void initialise(const TempDir& dir)
{
    REQUIRE(runCli(dir.dbPath(), {QStringLiteral("init")}).exitCode == 0);
}

CliResult importMembers(const QString& db, const QStringList& arguments)
{
    return runCli(db, QStringList {QStringLiteral("import-members")} + arguments);
}

} // namespace

TEST_CASE("import-members adds a roster in any encoding Excel writes and reports new branches")
{
    for (const char* name : {"roster-good-gb18030.csv", "roster-good-utf8-bom.csv", "roster-good-utf16le.txt",
                             "roster-good-utf16be.txt", "roster-good-utf8.csv"}) {
        INFO(name);
        TempDir dir;
        initialise(dir);
        const CliResult result = importMembers(dir.dbPath(), {fixture(name)});
        INFO(result.out.toStdString() << result.err.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(result.out.contains(QStringLiteral("Added: 6")));
        CHECK(result.out.contains(QStringLiteral("New branches: 第一党支部, 第二党支部, 机关第三党支部")));
        CHECK(result.out.contains(QStringLiteral("row 1, column “籍贯”"))); // the unknown column, as a warning
        CHECK(members(dir.dbPath()).size() == 6);
        CHECK(runCli(dir.dbPath(), {QStringLiteral("verify")}).exitCode == 0);
    }
}

TEST_CASE("importing the same roster twice changes nothing the second time")
{
    TempDir dir;
    initialise(dir);
    REQUIRE(importMembers(dir.dbPath(), {fixture("roster-good-gb18030.csv")}).exitCode == 0);
    const int records = auditCount(dir.dbPath());
    const CliResult again = importMembers(dir.dbPath(), {fixture("roster-good-utf16le.txt")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Unchanged: 6")));
    CHECK(again.out.contains(QStringLiteral("Added: 0")));
    CHECK(auditCount(dir.dbPath()) == records);
}

TEST_CASE("a roster with errors writes nothing, names every problem and exits 1")
{
    TempDir dir;
    initialise(dir);
    const CliResult result = importMembers(dir.dbPath(), {fixture("roster-problems-gb18030.csv")});
    CHECK(result.exitCode == 1);
    CHECK(result.out.contains(QStringLiteral("row 2, column “身份证号”")));
    CHECK(result.out.contains(QStringLiteral("row 17, column “所在支部”")));
    CHECK(result.out.contains(QStringLiteral("Refused: 15")));
    CHECK(result.err.contains(QStringLiteral("Nothing was written")));
    CHECK(members(dir.dbPath()).isEmpty());
}

TEST_CASE("with --skip-invalid the valid rows go in, the refused ones are listed, and the exit code is 3")
{
    TempDir dir;
    initialise(dir);
    const CliResult result
        = importMembers(dir.dbPath(), {fixture("roster-problems-utf8-bom.csv"), QStringLiteral("--skip-invalid")});
    CHECK(result.exitCode == 3); // written in part
    CHECK(result.err.contains(QStringLiteral("Written in part: 1 rows written, 15 skipped.")));
    CHECK(result.out.contains(QStringLiteral("Added: 1")));
    CHECK(result.out.contains(QStringLiteral("Refused: 15 (rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17)")));
    const QJsonArray stored = members(dir.dbPath());
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].toObject().value(QStringLiteral("name")).toString() == QStringLiteral("丑"));
}

TEST_CASE("a dry run (--dry-run) shows what would change and writes nothing")
{
    TempDir dir;
    initialise(dir);
    const CliResult result
        = importMembers(dir.dbPath(), {fixture("roster-good-utf8.csv"), QStringLiteral("--dry-run")});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("Added: 6")));
    CHECK(result.out.contains(QStringLiteral("Dry run: nothing was written.")));
    CHECK(members(dir.dbPath()).isEmpty());
}

TEST_CASE("import-members backs the ledger up before writing, and a dry run or a refused file takes no backup", "[sqlite]")
{
    TempDir dir;
    initialise(dir);
    const QDir backups(dir.filePath(QStringLiteral("ledger-backups")));
    const QStringList sqlite {QStringLiteral("*.sqlite")};
    CHECK(importMembers(dir.dbPath(), {fixture("roster-good-utf8.csv"), QStringLiteral("--dry-run")}).exitCode == 0);
    CHECK(backups.entryList(sqlite, QDir::Files).isEmpty());
    CHECK(importMembers(dir.dbPath(), {fixture("roster-problems-utf8-bom.csv")}).exitCode == 1);
    CHECK(backups.entryList(sqlite, QDir::Files).isEmpty());
    CHECK(importMembers(dir.dbPath(), {fixture("roster-good-utf8.csv")}).exitCode == 0);
    const QStringList taken = backups.entryList(sqlite, QDir::Files);
    REQUIRE(taken.size() == 1);
    CHECK(taken[0].endsWith(QStringLiteral("-import.sqlite")));
    // It holds the ledger as it was before the import: no members yet.
    CHECK(members(backups.filePath(taken[0])).isEmpty());
    CHECK(members(dir.dbPath()).size() == 6);
}

TEST_CASE("a forced wrong encoding is reported and nothing is written")
{
    TempDir dir;
    initialise(dir);
    const CliResult result = importMembers(
        dir.dbPath(), {fixture("roster-good-gb18030.csv"), QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    CHECK(result.exitCode == 1);
    CHECK(result.out.contains(QStringLiteral("not valid UTF-8")));
    CHECK(members(dir.dbPath()).isEmpty());
    CHECK(importMembers(dir.dbPath(),
                        {fixture("roster-good-gb18030.csv"), QStringLiteral("--encoding"), QStringLiteral("latin1")})
              .exitCode
          == 2);
}

TEST_CASE("an exported roster, edited and imported back, updates only what was edited")
{
    TempDir dir;
    initialise(dir);
    REQUIRE(importMembers(dir.dbPath(), {fixture("roster-good-gb18030.csv")}).exitCode == 0);
    const QString file = dir.filePath(QStringLiteral("export.csv"));
    REQUIRE(runCli(dir.dbPath(),
                   {QStringLiteral("export-members"), QStringLiteral("--reveal-ids"), QStringLiteral("-o"), file})
                .exitCode
            == 0);
    // Full ID and phone numbers: a file for its owner's eyes only.
    CHECK(QFileInfo(file).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const CliResult unchanged = importMembers(dir.dbPath(), {file});
    INFO(unchanged.out.toStdString());
    CHECK(unchanged.exitCode == 0);
    CHECK(unchanged.out.contains(QStringLiteral("Unchanged: 6")));

    QFile csv(file);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(csv.readAll());
    csv.close();
    text.replace(QStringLiteral("13800138000"), QStringLiteral("13900000000"));
    REQUIRE(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
    csv.write(text.toUtf8());
    csv.close();
    const CliResult edited = importMembers(dir.dbPath(), {file});
    INFO(edited.out.toStdString());
    CHECK(edited.exitCode == 0);
    CHECK(edited.out.contains(QStringLiteral("Updated: 1")));
    CHECK(edited.out.contains(QStringLiteral("row 2, 张三: phone")));
    CHECK(runCli(dir.dbPath(), {QStringLiteral("verify")}).exitCode == 0);
}

TEST_CASE("a landline's leading 0 survives an export opened and saved again in Excel")
{
    TempDir dir;
    initialise(dir);
    const QString roster = dir.filePath(QStringLiteral("roster.csv"));
    {
        QFile file(roster);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("姓名,身份证号,所在支部,入党时间,联系电话\r\n"
                                  "张三,110105198001010016,第一党支部,2005-07-01,01062345678\r\n"
                                  "李四,11010519850315006X,第一党支部,2006-07-01,13800138000\r\n")
                       .toUtf8());
    }
    REQUIRE(importMembers(dir.dbPath(), {roster}).exitCode == 0);
    const QString exported = dir.filePath(QStringLiteral("export.csv"));
    REQUIRE(runCli(dir.dbPath(),
                   {QStringLiteral("export-members"), QStringLiteral("--reveal-ids"), QStringLiteral("-o"), exported})
                .exitCode
            == 0);
    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    file.close();
    // Written as Excel keeps text; the mobile number, which Excel keeps whole, stays plain.
    CHECK(text.contains(QStringLiteral("\"=\"\"01062345678\"\"\"")));
    CHECK(text.contains(QStringLiteral(",13800138000,")));
    const CliResult again = importMembers(dir.dbPath(), {exported});
    INFO(again.out.toStdString());
    CHECK(again.out.contains(QStringLiteral("Unchanged: 2")));

    // Excel saves the cell's value: the number as text, with its 0.
    QString saved = text;
    saved.replace(QStringLiteral("\"=\"\"01062345678\"\"\""), QStringLiteral("01062345678"));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(saved.toUtf8());
    file.close();
    const CliResult resaved = importMembers(dir.dbPath(), {exported});
    INFO(resaved.out.toStdString());
    CHECK(resaved.out.contains(QStringLiteral("Unchanged: 2")));
}

TEST_CASE("the audit log in JSON shows the imported members' ID and phone numbers masked")
{
    TempDir dir;
    initialise(dir);
    REQUIRE(importMembers(dir.dbPath(), {fixture("roster-good-gb18030.csv")}).exitCode == 0);
    const CliResult audit
        = runCli(dir.dbPath(), {QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(audit.exitCode == 0);
    CHECK(audit.out.contains(QStringLiteral("member.import")));
    // The records' values only: their hashes are hexadecimal and may hold runs of digits.
    QString values;
    for (const QJsonValue& record : QJsonDocument::fromJson(audit.out.toUtf8()).array())
        for (const char* side : {"before", "after"})
            values += QString::fromUtf8(
                QJsonDocument::fromVariant(record.toObject().value(QLatin1String(side)).toVariant())
                    .toJson(QJsonDocument::Compact));
    CHECK(values.contains(QStringLiteral("********")));
    CHECK_FALSE(QRegularExpression(QStringLiteral("\\d{17}[\\dX]")).match(values).hasMatch());
    CHECK_FALSE(QRegularExpression(QStringLiteral("1\\d{10}")).match(values).hasMatch());
}

TEST_CASE("an export with masked numbers cannot be imported back by mistake")
{
    TempDir dir;
    initialise(dir);
    REQUIRE(importMembers(dir.dbPath(), {fixture("roster-good-gb18030.csv")}).exitCode == 0);
    const QString file = dir.filePath(QStringLiteral("masked.csv"));
    REQUIRE(runCli(dir.dbPath(), {QStringLiteral("export-members"), QStringLiteral("-o"), file}).exitCode == 0);
    const CliResult result = importMembers(dir.dbPath(), {file});
    CHECK(result.exitCode == 1);
    CHECK(result.out.contains(QStringLiteral("masked")));
    CHECK(result.out.contains(QStringLiteral("Updated: 0")));
}

TEST_CASE("listing missing members (--list-missing) names those the file does not, and leaves them alone")
{
    TempDir dir;
    initialise(dir);
    REQUIRE(importMembers(dir.dbPath(), {fixture("roster-good-gb18030.csv")}).exitCode == 0);
    const CliResult result
        = importMembers(dir.dbPath(), {fixture("roster-title-row.csv"), QStringLiteral("--list-missing")});
    INFO(result.out.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("not in the file (left as they are): 5")));
    CHECK(result.out.contains(QStringLiteral("650102********0020")));
    CHECK(members(dir.dbPath()).size() == 6);
}

TEST_CASE("a mapping given on the command line reads headers of another system, and can be saved")
{
    TempDir dir;
    initialise(dir);
    const QString profile = dir.filePath(QStringLiteral("mapping.json"));
    const CliResult result
        = importMembers(dir.dbPath(),
                        {fixture("roster-custom-headers.csv"), QStringLiteral("--map"), QStringLiteral("党员名字=name"),
                         QStringLiteral("--map"), QStringLiteral("证件号码=id_number"), QStringLiteral("--map"),
                         QStringLiteral("部门=branch"), QStringLiteral("--map"), QStringLiteral("入党年月=join_date"),
                         QStringLiteral("--save-mapping"), profile});
    INFO(result.out.toStdString() << result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("Added: 1")));
    TempDir other;
    initialise(other);
    const CliResult again
        = importMembers(other.dbPath(), {fixture("roster-custom-headers.csv"), QStringLiteral("--mapping"), profile});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Added: 1")));
    CHECK(importMembers(other.dbPath(),
                        {fixture("roster-custom-headers.csv"), QStringLiteral("--map"), QStringLiteral("x=shoe_size")})
              .exitCode
          == 2);
}
