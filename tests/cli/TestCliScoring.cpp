// The scoring commands of jifen-cli: add-points, reverse-entry, entries, import-points, ranking, eligibility, branches.
#include "CliRunner.h"
#include "TestSupport.h"
#include "model/IdNumber.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

using namespace jifen;
using namespace jifen::test;

namespace {

// A ledger with the default rule set (A01: 3 points, at most 3 a month; C01: -3) and three members: 张三 and 李四 in
// 第一党支部, 王五 in 第二党支部.
QString ledgerWithMembers(const TempDir& dir)
{
    const QString db = dir.dbPath();
    REQUIRE(runCli(db, {QStringLiteral("init")}).exitCode == 0);
    const QList<std::pair<QString, QString>> people {{QStringLiteral("张三"), QStringLiteral("第一党支部")},
                                                     {QStringLiteral("李四"), QStringLiteral("第一党支部")},
                                                     {QStringLiteral("王五"), QStringLiteral("第二党支部")}};
    for (qsizetype i = 0; i < people.size(); ++i) {
        const CliResult added = runCli(db,
                                       {QStringLiteral("add-member"), QStringLiteral("--name"), people[i].first,
                                        QStringLiteral("--id-number"), validIdNumber(int(i) + 1), QStringLiteral("--branch"),
                                        people[i].second, QStringLiteral("--join-date"), QStringLiteral("2001-07-01")});
        REQUIRE(added.exitCode == 0);
    }
    return db;
}

CliResult addPoints(const QString& db, int member, const QString& rule, const QString& date, int quantity = 1)
{
    return runCli(db,
                  {QStringLiteral("add-points"), QStringLiteral("--member"), validIdNumber(member), QStringLiteral("--rule"),
                   rule, QStringLiteral("--date"), date, QStringLiteral("--quantity"), QString::number(quantity)});
}

QJsonObject json(const CliResult& result)
{
    REQUIRE(result.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result.rawOut, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

QJsonArray listEntries(const QString& db)
{
    return json(runCli(db, {QStringLiteral("entries"), QStringLiteral("--format"), QStringLiteral("json")}))
        .value(QStringLiteral("entries"))
        .toArray();
}

int entryCount(const QString& db)
{
    return int(listEntries(db).size());
}

} // namespace

TEST_CASE("add-points prints the new entry's id and the entry shows its raw points and contribution")
{
    TempDir dir;
    const QString db = ledgerWithMembers(dir);
    const CliResult first = addPoints(db, 1, QStringLiteral("A01"), QStringLiteral("2025-03-02"));
    REQUIRE(first.exitCode == 0);
    const qint64 id = first.out.trimmed().toLongLong();
    CHECK(id > 0);
    const CliResult second = addPoints(db, 1, QStringLiteral("A01"), QStringLiteral("2025-03-09"), 2);
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.trimmed().toLongLong() == id + 1);

    const QJsonArray entries = json(runCli(db,
                                           {QStringLiteral("entries"), QStringLiteral("--member"), validIdNumber(1),
                                            QStringLiteral("--format"), QStringLiteral("json")}))
                                   .value(QStringLiteral("entries"))
                                   .toArray();
    REQUIRE(entries.size() == 2);
    const QJsonObject capped = entries[1].toObject();
    CHECK(capped.value(QStringLiteral("raw_points")).toDouble() == 6);
    CHECK(capped.value(QStringLiteral("contribution")).toDouble() == 0);
    CHECK(capped.value(QStringLiteral("over_cap")).toBool());
    CHECK(capped.value(QStringLiteral("status")).toString() == QStringLiteral("counted"));
    CHECK(capped.value(QStringLiteral("id_number")).toString() == IdNumber::masked(validIdNumber(1)));
    CHECK(entries[0].toObject().value(QStringLiteral("over_cap")).toBool() == false);
}

TEST_CASE("JSON output escapes quotes, backslashes and control characters and keeps every character of a note")
{
    TempDir dir;
    const QString db = ledgerWithMembers(dir);
    // Chinese, a character outside the BMP (𠮷, a surrogate pair in UTF-16), Latin with an accent, and what JSON
    // must escape.
    const QString note = QStringLiteral("他说\"好\" C:\\台账\t第一\n第二 𠮷 café \u0001");
    REQUIRE(runCli(db,
                   {QStringLiteral("add-points"), QStringLiteral("--member"), validIdNumber(1), QStringLiteral("--rule"),
                    QStringLiteral("A01"), QStringLiteral("--date"), QStringLiteral("2025-03-02"),
                    QStringLiteral("--note"), note})
                .exitCode
            == 0);
    const QJsonArray entries = listEntries(db); // json() requires the whole output to parse
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].toObject().value(QStringLiteral("note")).toString() == note);
}

TEST_CASE("add-points refuses bad input: usage errors exit 2, data errors exit 1, and nothing is written")
{
    TempDir dir;
    const QString db = ledgerWithMembers(dir);
    CHECK(runCli(db, {QStringLiteral("add-points"), QStringLiteral("--member"), validIdNumber(1)}).exitCode == 2);
    CHECK(addPoints(db, 1, QStringLiteral("A01"), QStringLiteral("2025-02-30")).exitCode == 2);
    // Exactly YYYY-MM-DD: what Qt's ISO reading would also take is refused.
    for (const QString& loose :
         {QStringLiteral("2025-02-03xyz"), QStringLiteral("2025-02-03 junk"), QStringLiteral("2025/02/03"),
          QStringLiteral("2025.02.03"), QStringLiteral("2025-2-3")}) {
        INFO(loose.toStdString());
        const CliResult refused = addPoints(db, 1, QStringLiteral("A01"), loose);
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("YYYY-MM-DD")));
    }
    CHECK(addPoints(db, 1, QStringLiteral("A01"), QStringLiteral("2025-02-03"), 0).exitCode == 2);
    const CliResult unknownRule = addPoints(db, 1, QStringLiteral("Z99"), QStringLiteral("2025-02-03"));
    CHECK(unknownRule.exitCode == 1);
    CHECK(unknownRule.err.contains(QStringLiteral("Z99")));
    CHECK(addPoints(db, 9, QStringLiteral("A01"), QStringLiteral("2025-02-03")).exitCode == 1);
    // A mistyped ID number is a malformed argument, as in report and chart; it is named masked, as every ID number is.
    const CliResult mistyped = runCli(db,
                                      {QStringLiteral("add-points"), QStringLiteral("--member"),
                                       QStringLiteral("110105198001010099"), QStringLiteral("--rule"),
                                       QStringLiteral("A01"), QStringLiteral("--date"), QStringLiteral("2025-02-03")});
    CHECK(mistyped.exitCode == 2);
    CHECK(mistyped.err.contains(QStringLiteral("110105********0099")));
    CHECK_FALSE(mistyped.err.contains(QStringLiteral("110105198001010099")));
    const CliResult future
        = addPoints(db, 1, QStringLiteral("A01"), QDate::currentDate().addDays(1).toString(Qt::ISODate));
    CHECK(future.exitCode == 1);
    CHECK(future.err.contains(QStringLiteral("future")));
    const CliResult beforeJoining = addPoints(db, 1, QStringLiteral("A01"), QStringLiteral("1999-02-03"));
    CHECK(beforeJoining.exitCode == 1);
    CHECK(entryCount(db) == 0);
}

TEST_CASE("reverse-entry keeps the entry, marks it reversed with the reason, and frees the cap it used")
{
    TempDir dir;
    const QString db = ledgerWithMembers(dir);
    const qint64 first
        = addPoints(db, 1, QStringLiteral("A01"), QStringLiteral("2025-03-02")).out.trimmed().toLongLong();
    addPoints(db, 1, QStringLiteral("A01"), QStringLiteral("2025-03-09"));
    CHECK(runCli(db, {QStringLiteral("reverse-entry"), QString::number(first)}).exitCode == 2); // no reason
    const CliResult reversed = runCli(
        db,
        {QStringLiteral("reverse-entry"), QString::number(first), QStringLiteral("--reason"), QStringLiteral("录错")});
    REQUIRE(reversed.exitCode == 0);
    CHECK(runCli(
              db,
              {QStringLiteral("reverse-entry"), QStringLiteral("999"), QStringLiteral("--reason"), QStringLiteral("x")})
              .exitCode
          == 1);
    const QJsonArray entries = listEntries(db);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].toObject().value(QStringLiteral("status")).toString() == QStringLiteral("reversed"));
    CHECK(entries[0].toObject().value(QStringLiteral("reversal_reason")).toString() == QStringLiteral("录错"));
    CHECK(entries[0].toObject().value(QStringLiteral("contribution")).isNull());
    CHECK(entries[1].toObject().value(QStringLiteral("contribution")).toDouble() == 3);
}

TEST_CASE("ranking prints the issue's JSON: period, scope and rows with rank, name, id_number, branch, points, "
          "previous_rank")
{
    TempDir dir;
    const QString db = ledgerWithMembers(dir);
    addPoints(db, 1, QStringLiteral("B01"), QStringLiteral("2025-02-10"));
    addPoints(db, 2, QStringLiteral("A01"), QStringLiteral("2025-03-02"));
    addPoints(db, 3, QStringLiteral("A01"), QStringLiteral("2025-03-05"));
    addPoints(db, 1, QStringLiteral("C01"), QStringLiteral("2025-03-06"));

    const QJsonObject all
        = json(runCli(db,
                      {QStringLiteral("ranking"), QStringLiteral("--period"), QStringLiteral("2025-03"),
                       QStringLiteral("--format"), QStringLiteral("json")}));
    CHECK(all.value(QStringLiteral("period")).toString() == QStringLiteral("2025-03"));
    CHECK(all.value(QStringLiteral("scope")).toString() == QStringLiteral("all"));
    const QJsonArray rows = all.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 3);
    const QStringList keys {QStringLiteral("rank"),   QStringLiteral("name"),   QStringLiteral("id_number"),
                            QStringLiteral("branch"), QStringLiteral("points"), QStringLiteral("previous_rank")};
    CHECK(rows[0].toObject().keys().size() == keys.size());
    for (const QString& key : keys)
        CHECK(rows[0].toObject().contains(key));
    // 李四 and 王五 tie on 3 and are listed in pinyin order; 张三 has -3.
    CHECK(rows[0].toObject().value(QStringLiteral("name")).toString() == QStringLiteral("李四"));
    CHECK(rows[1].toObject().value(QStringLiteral("name")).toString() == QStringLiteral("王五"));
    CHECK(rows[1].toObject().value(QStringLiteral("rank")).toInt() == 1);
    CHECK(rows[2].toObject().value(QStringLiteral("rank")).toInt() == 3);
    CHECK(rows[2].toObject().value(QStringLiteral("points")).isDouble());
    CHECK(rows[2].toObject().value(QStringLiteral("points")).toDouble() == -3);
    CHECK(rows[2].toObject().value(QStringLiteral("previous_rank")).toInt() == 1); // February: 张三 alone had points
    CHECK(rows[0].toObject().value(QStringLiteral("previous_rank")).toInt() == 2);

    const QJsonObject branch
        = json(runCli(db,
                      {QStringLiteral("ranking"), QStringLiteral("--period"), QStringLiteral("2025-Q1"),
                       QStringLiteral("--branch"), QStringLiteral("第一党支部"), QStringLiteral("--format"),
                       QStringLiteral("json"), QStringLiteral("--reveal-ids")}));
    CHECK(branch.value(QStringLiteral("scope")).toString() == QStringLiteral("第一党支部"));
    const QJsonArray branchRows = branch.value(QStringLiteral("rows")).toArray();
    REQUIRE(branchRows.size() == 2);
    CHECK(branchRows[0].toObject().value(QStringLiteral("id_number")).toString() == validIdNumber(2));

    CHECK(runCli(db, {QStringLiteral("ranking"), QStringLiteral("--period"), QStringLiteral("2025-13")}).exitCode == 2);
    CHECK(runCli(db, {QStringLiteral("ranking")}).exitCode == 2);
    CHECK(runCli(db,
                 {QStringLiteral("ranking"), QStringLiteral("--period"), QStringLiteral("2025"),
                  QStringLiteral("--branch"), QStringLiteral("无此支部")})
              .exitCode
          == 1);
    const CliResult csv = runCli(db,
                                 {QStringLiteral("ranking"), QStringLiteral("--period"), QStringLiteral("2025"),
                                  QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.rawOut.startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("eligibility prints the issue's JSON with the failed conditions by their keys")
{
    TempDir dir;
    const QString db = ledgerWithMembers(dir);
    addPoints(db, 1, QStringLiteral("A01"), QStringLiteral("2025-03-02"));
    const QJsonObject result = json(runCli(db,
                                           {QStringLiteral("eligibility"), QStringLiteral("--year"),
                                            QStringLiteral("2025"), QStringLiteral("--award"), QStringLiteral("CCXF"),
                                            QStringLiteral("--format"), QStringLiteral("json")}));
    CHECK(result.value(QStringLiteral("year")).toInt() == 2025);
    const QJsonArray awards = result.value(QStringLiteral("awards")).toArray();
    REQUIRE(awards.size() == 1);
    const QJsonObject award = awards[0].toObject();
    CHECK(award.value(QStringLiteral("code")).toString() == QStringLiteral("CCXF"));
    CHECK(award.value(QStringLiteral("name")).toString() == QStringLiteral("出彩先锋"));
    const QJsonArray rows = award.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 3);
    const QJsonObject top = rows[0].toObject();
    const QStringList keys {QStringLiteral("name"),           QStringLiteral("id_number"),    QStringLiteral("branch"),
                            QStringLiteral("points"),         QStringLiteral("eligible"),     QStringLiteral("failed"),
                            QStringLiteral("points_missing"), QStringLiteral("tie_at_quota"), QStringLiteral("grade"),
                            QStringLiteral("left_status"),    QStringLiteral("left_date")};
    CHECK(top.keys().size() == keys.size());
    for (const QString& key : keys)
        CHECK(top.contains(key));
    // Base points 50 + 3; CCXF wants 80 points and 6 active months.
    CHECK(top.value(QStringLiteral("name")).toString() == QStringLiteral("张三"));
    CHECK(top.value(QStringLiteral("points")).toDouble() == 53);
    CHECK_FALSE(top.value(QStringLiteral("eligible")).toBool());
    CHECK(top.value(QStringLiteral("failed")).toArray()
          == QJsonArray {QStringLiteral("min_points"), QStringLiteral("min_active_months")});
    CHECK(top.value(QStringLiteral("points_missing")).toDouble() == 27);
    CHECK(top.value(QStringLiteral("grade")).toString() == QStringLiteral("基本合格"));

    const QJsonObject everyAward
        = json(runCli(db,
                      {QStringLiteral("eligibility"), QStringLiteral("--year"), QStringLiteral("2025"),
                       QStringLiteral("--format"), QStringLiteral("json")}));
    CHECK(everyAward.value(QStringLiteral("awards")).toArray().size() == 3);
    CHECK(runCli(db,
                 {QStringLiteral("eligibility"), QStringLiteral("--year"), QStringLiteral("2025"),
                  QStringLiteral("--award"), QStringLiteral("NONE")})
              .exitCode
          == 1);
    CHECK(runCli(db, {QStringLiteral("eligibility"), QStringLiteral("--year"), QStringLiteral("2025-03")}).exitCode
          == 2);
}

TEST_CASE("branches reports members, average points, participation and eligible counts per branch")
{
    TempDir dir;
    const QString db = ledgerWithMembers(dir);
    addPoints(db, 1, QStringLiteral("A01"), QStringLiteral("2025-03-02"));
    addPoints(db, 3, QStringLiteral("C01"), QStringLiteral("2025-03-02"));
    const QJsonObject result
        = json(runCli(db,
                      {QStringLiteral("branches"), QStringLiteral("--period"), QStringLiteral("2025-03"),
                       QStringLiteral("--format"), QStringLiteral("json")}));
    const QJsonArray branches = result.value(QStringLiteral("branches")).toArray();
    REQUIRE(branches.size() == 2);
    const QJsonObject first = branches[0].toObject();
    CHECK(first.value(QStringLiteral("name")).toString() == QStringLiteral("第一党支部"));
    CHECK(first.value(QStringLiteral("members")).toInt() == 2);
    CHECK(first.value(QStringLiteral("average_points")).toDouble() == 1.5);
    CHECK(first.value(QStringLiteral("participation")).toDouble() == 0.5);
    CHECK(first.value(QStringLiteral("over_100")).toBool() == false);
    CHECK(first.value(QStringLiteral("eligible")).toObject().contains(QStringLiteral("YXDY")));
    const QJsonObject second = branches[1].toObject();
    CHECK(second.value(QStringLiteral("average_points")).toDouble() == -3);
    CHECK(second.value(QStringLiteral("participation")).toDouble() == 0); // a deduction is not activity
}

TEST_CASE("import-points writes nothing when any row is bad, names file, row and column, and with --skip-invalid "
          "writes the good rows and exits 3")
{
    TempDir dir;
    const QString db = ledgerWithMembers(dir);
    const QByteArray text = "日期,身份证号,规则编码,数量,备注\n"
                            "2025-04-01,"
        + validIdNumber(1).toUtf8()
        + ",A01,1,\"说明,含逗号\"\n"
          "2025/4/2,"
        + validIdNumber(2).toUtf8()
        + ",B01,2,\n"
          "2025-13-01,"
        + validIdNumber(1).toUtf8()
        + ",ZZ,0,\n"
          "2025-04-03,110101198001019999,A01,,\n";
    const QString file = writeFile(dir, QStringLiteral("points.csv"), text);
    const CliResult refused = runCli(db, {QStringLiteral("import-points"), file});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("points.csv, row 4, column “日期”")));
    CHECK(refused.err.contains(QStringLiteral("points.csv, row 4, column “规则编码”")));
    CHECK(refused.err.contains(QStringLiteral("points.csv, row 4, column “数量”")));
    CHECK(refused.err.contains(QStringLiteral("points.csv, row 5, column “身份证号”")));
    CHECK(entryCount(db) == 0);

    const CliResult dryRun = runCli(
        db, {QStringLiteral("import-points"), file, QStringLiteral("--dry-run"), QStringLiteral("--skip-invalid")});
    CHECK(dryRun.exitCode == 3); // as the import would end
    CHECK(dryRun.err.contains(QStringLiteral("2 rows would be written, 2 skipped")));
    CHECK(entryCount(db) == 0);

    const QDir backups(dir.filePath(QStringLiteral("ledger-backups")));
    const QStringList before = backups.entryList({QStringLiteral("*-import.sqlite")}, QDir::Files);
    const CliResult skipped = runCli(db, {QStringLiteral("import-points"), file, QStringLiteral("--skip-invalid")});
    CHECK(skipped.exitCode == 3); // written in part
    CHECK(skipped.err.contains(QStringLiteral("Written in part: 2 rows written, 2 skipped.")));
    // The import backed the ledger file up first: one more automatic backup, named for the import. (A server
    // ledger's backups are the server's.)
    if (testServer().isEmpty())
        CHECK(backups.entryList({QStringLiteral("*-import.sqlite")}, QDir::Files).size() == before.size() + 1);
    const QJsonArray entries = listEntries(db);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].toObject().value(QStringLiteral("note")).toString() == QStringLiteral("说明,含逗号"));
    CHECK(entries[1].toObject().value(QStringLiteral("quantity")).toInt() == 2);
    CHECK(runCli(db, {QStringLiteral("verify")}).exitCode == 0);
}

TEST_CASE("import-points reads UTF-8 with a BOM and GB18030, with English headers in any order")
{
    TempDir dir;
    const QString db = ledgerWithMembers(dir);
    const QByteArray bom = "\xEF\xBB\xBF"
                           "rule_code,id_number,date\r\nA01,"
        + validIdNumber(1).toUtf8() + ",2025-05-01\r\n";
    CHECK(runCli(db, {QStringLiteral("import-points"), writeFile(dir, QStringLiteral("bom.csv"), bom)}).exitCode == 0);
    QStringEncoder gb18030("GB18030");
    REQUIRE(gb18030.isValid());
    const QByteArray chinese
        = gb18030(QStringLiteral("身份证号,规则编码,日期,备注\n%1,B01,2025-05-02,志愿服务“手拉手”\n").arg(validIdNumber(3)));
    CHECK(runCli(db, {QStringLiteral("import-points"), writeFile(dir, QStringLiteral("gb.csv"), chinese)}).exitCode
          == 0);
    const QJsonArray entries = listEntries(db);
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].toObject().value(QStringLiteral("note")).toString() == QStringLiteral("志愿服务“手拉手”"));
    const CliResult missing = runCli(
        db, {QStringLiteral("import-points"), writeFile(dir, QStringLiteral("bad.csv"), "name,date\nx,2025-01-01\n")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("row 1")));
    CHECK(runCli(db, {QStringLiteral("import-points"), dir.filePath(QStringLiteral("absent.csv"))}).exitCode == 1);
    CHECK(runCli(db, {QStringLiteral("verify")}).exitCode == 0);
}

TEST_CASE("a new ledger set up with its organisation's rule set scores the year so far by that rule set")
{
    // As a new user does it: init (the defaults: A01 is 3 points, at most 3 a month), the organisation's own rules
    // (A01 is 5 points, uncapped; 优秀共产党员 from 5 points), the roster, then the points of the months before today.
    TempDir dir;
    const QString db = dir.dbPath();
    REQUIRE(runCli(db, {QStringLiteral("init")}).exitCode == 0);
    const QString rules = writeFile(
        dir, QStringLiteral("rules.json"),
        QStringLiteral("{\"format\": \"jifen-rules/1\", \"base_points\": 0,"
                       " \"rules\": [{\"code\": \"A01\", \"name\": \"参加支部党员大会\", \"category\": \"基本\", \"points\": 5}],"
                       " \"awards\": [{\"code\": \"YXDY\", \"name\": \"优秀共产党员\", \"min_points\": 5}], \"grades\": []}")
            .toUtf8());
    const CliResult imported = runCli(db, {QStringLiteral("import-rules"), rules});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("A01")));
    const QString roster = writeFile(dir, QStringLiteral("roster.csv"),
                                     QStringLiteral("姓名,身份证号,所在支部,入党时间\n张三,%1,第一党支部,2001-07-01\n"
                                                    "李四,%2,第一党支部,2001-07-01\n")
                                         .arg(validIdNumber(1), validIdNumber(2))
                                         .toUtf8());
    REQUIRE(runCli(db, {QStringLiteral("import-members"), roster}).exitCode == 0);
    const QDate day = QDate::currentDate().addDays(-40); // a month before the rules were imported
    const QString points = writeFile(dir, QStringLiteral("points.csv"),
                                     QStringLiteral("身份证号,规则编码,日期,数量,备注\n%1,A01,%2,2,\n")
                                         .arg(validIdNumber(1), day.toString(Qt::ISODate))
                                         .toUtf8());
    REQUIRE(runCli(db, {QStringLiteral("import-points"), points}).exitCode == 0);

    const QJsonObject ranking = json(runCli(db, {QStringLiteral("ranking"), QStringLiteral("--period"),
                                                 day.toString(QStringLiteral("yyyy-MM")), QStringLiteral("--format"),
                                                 QStringLiteral("json")}));
    const QJsonObject first = ranking.value(QStringLiteral("rows")).toArray().first().toObject();
    CHECK(first.value(QStringLiteral("name")).toString() == QStringLiteral("张三"));
    CHECK(first.value(QStringLiteral("points")).toDouble() == 10); // 2 × 5, not the defaults' 3 (capped)

    const QJsonObject eligibility = json(runCli(
        db, {QStringLiteral("eligibility"), QStringLiteral("--year"), QString::number(day.year()),
             QStringLiteral("--award"), QStringLiteral("YXDY"), QStringLiteral("--format"), QStringLiteral("json")}));
    const QJsonArray rows
        = eligibility.value(QStringLiteral("awards")).toArray().first().toObject().value(QStringLiteral("rows")).toArray();
    bool zhangEligible = false;
    for (const QJsonValue& row : rows)
        if (row.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("张三"))
            zhangEligible = row.toObject().value(QStringLiteral("eligible")).toBool();
    CHECK(zhangEligible);
}

TEST_CASE("a March ranking printed again after member-status and move-member is identical, and eligibility lists the "
          "leaver as left")
{
    TempDir dir;
    const QString db = ledgerWithMembers(dir);
    for (int i = 1; i <= 3; ++i)
        REQUIRE(runCli(db, {QStringLiteral("add-points"), QStringLiteral("--member"), validIdNumber(i), QStringLiteral("--rule"),
                            QStringLiteral("A01"), QStringLiteral("--date"), QStringLiteral("2026-03-05")})
                    .exitCode
                == 0);
    const QStringList march {QStringLiteral("ranking"), QStringLiteral("--period"), QStringLiteral("2026-03"),
                             QStringLiteral("--format"), QStringLiteral("json")};
    const CliResult before = runCli(db, march);
    REQUIRE(before.exitCode == 0);
    const CliResult left = runCli(db, {QStringLiteral("member-status"), QStringLiteral("--member"), validIdNumber(1),
                                       QStringLiteral("--status"), QStringLiteral("转出"), QStringLiteral("--date"),
                                       QStringLiteral("2026-06-10"), QStringLiteral("--note"), QStringLiteral("调往外省")});
    CHECK(left.exitCode == 0);
    const CliResult moved = runCli(db, {QStringLiteral("move-member"), QStringLiteral("--member"), validIdNumber(3),
                                        QStringLiteral("--branch"), QStringLiteral("第一党支部"), QStringLiteral("--date"),
                                        QStringLiteral("2026-09-01")});
    CHECK(moved.exitCode == 0);
    const CliResult after = runCli(db, march);
    CHECK(after.exitCode == 0);
    CHECK(after.out == before.out);
    CHECK(after.out.contains(QStringLiteral("张三")));
    CHECK(after.out.contains(QStringLiteral("第二党支部")));

    const QJsonObject judged = QJsonDocument::fromJson(
                                   runCli(db, {QStringLiteral("eligibility"), QStringLiteral("--year"),
                                               QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("json")})
                                       .out.toUtf8())
                                   .object();
    const QJsonArray rows = judged.value(QStringLiteral("awards")).toArray()[0].toObject().value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 3);
    bool seen = false;
    for (const QJsonValue& row : rows) {
        const QJsonObject o = row.toObject();
        if (o.value(QStringLiteral("name")).toString() != QStringLiteral("张三")) {
            CHECK(o.value(QStringLiteral("left_status")).isNull());
            continue;
        }
        seen = true;
        CHECK_FALSE(o.value(QStringLiteral("eligible")).toBool());
        CHECK(o.value(QStringLiteral("failed")).toArray() == QJsonArray {QStringLiteral("on_roster")});
        CHECK(o.value(QStringLiteral("left_status")).toString() == QStringLiteral("转出"));
        CHECK(o.value(QStringLiteral("left_date")).toString() == QStringLiteral("2026-06-10"));
    }
    CHECK(seen);

    // The roster export gives the status date.
    const QJsonArray exported = QJsonDocument::fromJson(
                                    runCli(db, {QStringLiteral("export-members"), QStringLiteral("--format"),
                                                QStringLiteral("json")})
                                        .out.toUtf8())
                                    .array();
    REQUIRE(exported.size() == 3);
    CHECK(exported[0].toObject().value(QStringLiteral("status_date")).toString() == QStringLiteral("2026-06-10"));
    CHECK(exported[1].toObject().value(QStringLiteral("status_date")).isNull());
    const CliResult csv = runCli(db, {QStringLiteral("export-members")});
    CHECK(csv.out.section(QStringLiteral("\r\n"), 0, 0).endsWith(QStringLiteral(",状态日期")));
    CHECK(csv.out.section(QStringLiteral("\r\n"), 1, 1).endsWith(QStringLiteral(",2026-06-10")));
}

TEST_CASE("member-status and move-member refuse a date before the member's last change or after today, changing "
          "nothing")
{
    TempDir dir;
    const QString db = ledgerWithMembers(dir);
    const auto move = [&db](const QString& branch, const QString& date) {
        return runCli(db, {QStringLiteral("move-member"), QStringLiteral("--member"), validIdNumber(3),
                           QStringLiteral("--branch"), branch, QStringLiteral("--date"), date});
    };
    const auto status = [&db](const QString& value, const QString& date) {
        return runCli(db, {QStringLiteral("member-status"), QStringLiteral("--member"), validIdNumber(3),
                           QStringLiteral("--status"), value, QStringLiteral("--date"), date});
    };
    REQUIRE(move(QStringLiteral("第一党支部"), QStringLiteral("2026-09-01")).exitCode == 0);
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const QByteArray exported = runCli(db, {QStringLiteral("export-members")}).rawOut;
    const QString audit = runCli(db, {QStringLiteral("audit")}).out;

    const CliResult early = move(QStringLiteral("第二党支部"), QStringLiteral("2026-08-31"));
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(QStringLiteral("2026-09-01")));
    CHECK(status(QStringLiteral("转出"), QStringLiteral("2026-08-01")).exitCode == 1);
    CHECK(status(QStringLiteral("去世"), tomorrow).exitCode == 1);
    CHECK(move(QStringLiteral("第二党支部"), tomorrow).exitCode == 1);
    CHECK(status(QStringLiteral("离开"), QStringLiteral("2026-10-01")).exitCode == 2);
    CHECK(runCli(db, {QStringLiteral("member-status"), QStringLiteral("--member"), validIdNumber(3),
                      QStringLiteral("--status"), QStringLiteral("转出")})
              .exitCode
          == 2);
    CHECK(runCli(db, {QStringLiteral("export-members")}).rawOut == exported);
    CHECK(runCli(db, {QStringLiteral("audit")}).out == audit);
    CHECK(runCli(db, {QStringLiteral("verify")}).exitCode == 0);
}
