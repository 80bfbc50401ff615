// PointsImport's bulk path: a batch of PointsImport::bulkRows rows or more is written with the entry indexes dropped
// and rebuilt and with SQLite's foreign keys off; what it leaves must be what any other write leaves.
#include "PointsFeed.h"
#include "TestSupport.h"
#include "io/CsvReader.h"
#include "model/IdNumber.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/LedgerVerifier.h"
#include "storage/PointsImport.h"
#include "storage/ScoreStore.h"
#include "storage/StorageError.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace jifen;

namespace {

QStringList column(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    QStringList values;
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < query.record().count(); ++i)
            row << query.value(i).toString();
        values << row.join(u',');
    }
    return values;
}

// The entries table's indexes with their definitions, one line each.
const QString entryIndexes
    = QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entries' ORDER BY name");

// A rule version of 3 points an entry: 参加主题党日活动.
RuleVersion themeDay()
{
    RuleVersion version;
    version.name = QStringLiteral("参加主题党日活动");
    version.points = 300;
    return version;
}

// A ledger whose rule set is rule A01 (themeDay()).
struct LedgerWithA01
{
    test::TempDir dir;
    Database db {dir.dbPath()};
    Ledger ledger {db, Actor::singleUser(QStringLiteral("tester"))};

    LedgerWithA01()
    {
        RuleSet rules;
        rules.rules << Rule {0, QStringLiteral("A01"), {themeDay()}};
        ledger.importRuleSet(rules, QDate());
    }
};

// Adds `count` members who joined in 2001 to one branch; returns their ID numbers.
QStringList addMembers(Ledger& ledger, int count)
{
    const qint64 branch = ledger.ensureBranch(QStringLiteral("第一党支部"));
    QStringList idNumbers;
    for (int i = 0; i < count; ++i) {
        Member m;
        m.name = QStringLiteral("党员%1").arg(i);
        const QString first17 = QStringLiteral("11010119800101%1").arg(i, 3, 10, QLatin1Char('0'));
        m.idNumber = first17 + IdNumber::checkDigit(first17);
        m.branchId = branch;
        m.joinDate = QDate(2001, 7, 1);
        ledger.addMember(m);
        idNumbers << m.idNumber;
    }
    return idNumbers;
}

} // namespace

TEST_CASE("a bulk points import keeps the entry indexes and foreign keys, and its totals are those of a recomputation",
          "[sqlite]")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
    RuleSet rules;
    RuleVersion capped = themeDay();
    capped.capMonth = 900;
    RuleVersion penalty;
    penalty.name = QStringLiteral("无故缺席组织生活");
    penalty.points = -200;
    penalty.capYear = 1000;
    rules.rules << Rule {0, QStringLiteral("A01"), {capped}} << Rule {0, QStringLiteral("C01"), {penalty}};
    ledger.importRuleSet(rules, QDate());
    const QStringList idNumbers = addMembers(ledger, 40);
    const QStringList indexesBefore = column(db, entryIndexes);
    const QStringList cacheBefore = column(db, QStringLiteral("PRAGMA cache_size"));

    QStringList lines;
    for (int i = 0; i < int(PointsImport::bulkRows); ++i) {
        lines << QStringLiteral("%1,%2,%3,%4,第%5行")
                     .arg(idNumbers[i % idNumbers.size()], i % 7 == 0 ? QStringLiteral("C01") : QStringLiteral("A01"),
                          QDate(2025, 1, 1).addDays(i % 365).toString(Qt::ISODate))
                     .arg(1 + i % 3)
                     .arg(i + 2);
    }
    PointsImport import(ledger, QDate(2026, 1, 1));
    test::feedPoints(import, QStringLiteral("身份证号,规则编码,日期,数量,备注"), lines);
    REQUIRE(import.apply(QStringLiteral("points.csv")) == 1);

    CHECK(column(db, QStringLiteral("SELECT COUNT(*), MIN(id), MAX(id) FROM entries"))
          == QStringList {QStringLiteral("%1,1,%1").arg(PointsImport::bulkRows)});
    CHECK(column(db, QStringLiteral("SELECT note FROM entries WHERE id = 1234"))
          == QStringList {QStringLiteral("第1235行")});
    CHECK(column(db, entryIndexes) == indexesBefore);
    CHECK(column(db, QStringLiteral("PRAGMA foreign_keys")) == QStringList {QStringLiteral("1")});
    CHECK(column(db, QStringLiteral("PRAGMA cache_size")) == cacheBefore);

    const QString totals = QStringLiteral("SELECT * FROM member_years ORDER BY year, member_id");
    const QStringList imported = column(db, totals);
    CHECK(imported.size() == idNumbers.size());
    ScoreStore(db).rebuild();
    CHECK(column(db, totals) == imported);
    const LedgerVerifier::Result verified = LedgerVerifier(db).run();
    INFO((verified.problems.isEmpty() ? QString() : verified.problems.constFirst().message).toStdString());
    CHECK(verified.ok());
}

TEST_CASE("a large points file checked on several threads, whole or read in parts, gives the rows and errors, in file "
          "order, that checking row by row gives",
          "[sqlite]")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
    RuleSet rules;
    rules.rules << Rule {0, QStringLiteral("A01"), {themeDay()}} << Rule {0, QStringLiteral("B02"), {themeDay()}};
    ledger.importRuleSet(rules, QDate());
    const QStringList idNumbers = addMembers(ledger, 30);

    // Good rows with a bad one every 37th row (unknown member, unknown rule, bad, future and too early dates, a
    // quantity of 0, in turn): more errors than PointsImport::maxIssues, spread over every thread's share of the file.
    QByteArray csv = "身份证号,规则编码,日期,数量,备注\r\n";
    const qsizetype rowCount = PointsImport::rowsPerPart + 43000; // more than one part, each checked on threads
    for (qsizetype i = 0; i < rowCount; ++i) {
        QString id = idNumbers[i % idNumbers.size()];
        QString code = i % 2 ? QStringLiteral("A01") : QStringLiteral("B02");
        QString date = QDate(2025, 1, 1).addDays(i % 365).toString(Qt::ISODate);
        QString quantity = QString::number(1 + i % 3);
        if (i % 37 == 5) {
            switch (i / 37 % 6) {
            case 0:
                id = QStringLiteral("110101198001019999");
                break;
            case 1:
                code = QStringLiteral("Z99");
                break;
            case 2:
                date = QStringLiteral("2025-02-30");
                break;
            case 3:
                date = QStringLiteral("2027-01-01");
                break;
            case 4:
                date = QStringLiteral("1999-12-31");
                break;
            default:
                quantity = QStringLiteral("0");
            }
        }
        csv += QStringLiteral("%1,%2,%3,%4,第%5条\r\n").arg(id, code, date, quantity).arg(i + 1).toUtf8();
        if (i % 1000 == 999)
            csv += "\r\n"; // a blank line still takes a spreadsheet row
    }
    const CsvReader::Result read = CsvReader::parse(csv);
    REQUIRE(read.issues.isEmpty());
    const CsvTable& table = read.table;
    QList<QStringView> header;
    table.cellViews(0, header);

    PointsImport byRow(ledger, QDate(2026, 1, 1));
    REQUIRE(byRow.setHeader(table.rowNumber(0), header));
    QList<QStringView> cells;
    for (qsizetype row = 1; row < table.rowCount(); ++row) {
        table.cellViews(row, cells);
        byRow.addRow(table.rowNumber(row), cells);
    }
    PointsImport threaded(ledger, QDate(2026, 1, 1));
    REQUIRE(threaded.setHeader(table.rowNumber(0), header));
    threaded.addRows(table, 1);

    PointsImport inParts(ledger, QDate(2026, 1, 1));
    CHECK(inParts.addFile(csv, {}).isEmpty());
    CHECK(inParts.hasHeader());

    CHECK(byRow.rowsRead() == rowCount);
    CHECK(byRow.rowsWithIssues() == (rowCount + 31) / 37);
    REQUIRE(byRow.issues().size() == PointsImport::maxIssues);
    for (const PointsImport* other : {&threaded, &inParts}) {
        INFO((other == &threaded ? "whole table on threads" : "read in parts"));
        CHECK(other->rowsRead() == byRow.rowsRead());
        CHECK(other->rowsWithIssues() == byRow.rowsWithIssues());
        REQUIRE(other->issues().size() == byRow.issues().size());
        for (qsizetype i = 0; i < byRow.issues().size(); ++i)
            CHECK(other->issues()[i].toText(QStringLiteral("points.csv"))
                  == byRow.issues()[i].toText(QStringLiteral("points.csv")));
        REQUIRE(other->rows().size() == byRow.rows().size());
        bool same = true;
        for (qsizetype i = 0; i < byRow.rows().size() && same; ++i) {
            const PointsImport::Row& a = byRow.rows()[i];
            const PointsImport::Row& b = other->rows()[i];
            same = a.fileRow == b.fileRow && a.memberId == b.memberId && a.ruleId == b.ruleId && a.date == b.date
                && a.quantity == b.quantity && a.note == b.note;
            INFO("row " << i);
            CHECK(same);
        }
        // The last good row is the file's last line, with its spreadsheet row number counting the blank lines.
        CHECK(other->rows().constLast().note == QStringLiteral("第%1条").arg(rowCount));
        CHECK(other->rows().constLast().fileRow == table.rowNumber(table.rowCount() - 1));
    }
}

namespace {

// Imports `rowCount` rows naming `memberCount` members in turn, the last of whom is removed after the file was checked
// (nobody has entries yet, so they may be): the import must fail naming row memberCount + 1, where that member first
// appears (the header is row 1), and leave entries, scores, audit log, entry indexes, foreign keys and the connection's
// page cache as they were.
void checkRemovedMemberRefused(int memberCount, int rowCount)
{
    LedgerWithA01 f;
    Database& db = f.db;
    Ledger& ledger = f.ledger;
    const QStringList idNumbers = addMembers(ledger, memberCount);
    QStringList lines;
    for (int i = 0; i < rowCount; ++i)
        lines << QStringLiteral("%1,A01,2025-03-01").arg(idNumbers[i % memberCount]);
    PointsImport import(ledger, QDate(2026, 1, 1));
    test::feedPoints(import, QStringLiteral("身份证号,规则编码,日期"), lines);

    ledger.removeMember(ledger.memberByIdNumber(idNumbers.constLast())->id);
    const QStringList auditBefore = column(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const QStringList indexesBefore = column(db, entryIndexes);
    const QStringList cacheBefore = column(db, QStringLiteral("PRAGMA cache_size"));

    try {
        import.apply(QStringLiteral("points.csv"));
        FAIL("an entry for a removed member was written");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Constraint);
        CHECK_THAT(error.what(), Catch::Contains(QStringLiteral("Row %1 ").arg(memberCount + 1).toStdString()));
    }
    CHECK(column(db, QStringLiteral("SELECT COUNT(*) FROM entries")) == QStringList {QStringLiteral("0")});
    CHECK(column(db, QStringLiteral("SELECT COUNT(*) FROM member_years")) == QStringList {QStringLiteral("0")});
    CHECK(column(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")) == auditBefore);
    CHECK(column(db, entryIndexes) == indexesBefore);
    CHECK(column(db, QStringLiteral("PRAGMA foreign_keys")) == QStringList {QStringLiteral("1")});
    CHECK(column(db, QStringLiteral("PRAGMA cache_size")) == cacheBefore);
}

} // namespace

TEST_CASE("a bulk points import naming a member removed after the file was checked writes nothing and names the row",
          "[sqlite]")
{
    // With the foreign keys off, the members the file names are checked against the ledger's inside the transaction.
    checkRemovedMemberRefused(40, int(PointsImport::bulkRows));
}

TEST_CASE("a points import naming a member removed after the file was checked writes nothing and names the row",
          "[sqlite]")
{
    // Below the bulk size the foreign keys are on: SQLite refuses the statement of 64 rows holding row 101, and the
    // rows go again one by one to name it.
    checkRemovedMemberRefused(100, 300);
}

TEST_CASE("a points row dated after the member left the roster is an error on its date")
{
    LedgerWithA01 f;
    Ledger& ledger = f.ledger;
    const QString idNumber = addMembers(ledger, 1).constFirst();
    Member left = ledger.memberByIdNumber(idNumber).value();
    left.status = QStringLiteral("转出");
    left.statusDate = QDate(2025, 6, 30);
    ledger.updateMember(left);

    PointsImport import(ledger, QDate(2026, 1, 1));
    const QString header = QStringLiteral("身份证号,规则编码,日期");
    const QString onTheDay = idNumber + QStringLiteral(",A01,2025-06-30");
    const QString after = idNumber + QStringLiteral(",A01,2025-07-01");
    REQUIRE(import.setHeader(1, test::pointsCells(header)));
    import.addRow(2, test::pointsCells(onTheDay));
    import.addRow(3, test::pointsCells(after));
    REQUIRE(import.rows().size() == 1);
    CHECK(import.rows().constFirst().fileRow == 2);
    REQUIRE(import.issues().size() == 1);
    const ImportIssue& issue = import.issues().constFirst();
    CHECK(issue.row == 3);
    CHECK(issue.columnName == QStringLiteral("日期"));
    CHECK(issue.message.contains(QStringLiteral("2025-06-30")));
}
