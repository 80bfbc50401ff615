// import-meetings, meeting, meetings, branch-points and branch-eval as scripts see them (issue #21's contract).
#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

using namespace jifen::test;

namespace {

// A ledger with the default rule set, 第一党支部 with members 0-2 and 第二党支部 with member 3.
QString ledger(const TempDir& dir)
{
    const QString db = dir.dbPath();
    REQUIRE(runCli(db, {QStringLiteral("init")}).exitCode == 0);
    for (int i = 0; i < 4; ++i)
        REQUIRE(runCli(db, {QStringLiteral("add-member"), QStringLiteral("--name"), QStringLiteral("成员%1").arg(i),
                            QStringLiteral("--id-number"), validIdNumber(i), QStringLiteral("--branch"),
                            i < 3 ? QStringLiteral("第一党支部") : QStringLiteral("第二党支部"),
                            QStringLiteral("--join-date"), QStringLiteral("2000-01-01")})
                    .exitCode
                == 0);
    return db;
}

QString writeMeetingsFile(const TempDir& dir, const QString& text, bool gb18030 = false)
{
    const QString path = dir.filePath(QStringLiteral("meetings.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    if (gb18030) {
        QStringEncoder encoder("GB18030");
        file.write(encoder.encode(text));
    } else {
        file.write(text.toUtf8());
    }
    return path;
}

QJsonArray meetings(const QString& db)
{
    const CliResult listed = runCli(db, {QStringLiteral("meetings"), QStringLiteral("--format"), QStringLiteral("json"),
                                         QStringLiteral("--reveal-ids")});
    REQUIRE(listed.exitCode == 0);
    return QJsonDocument::fromJson(listed.out.toUtf8()).array();
}

} // namespace

TEST_CASE("import-meetings records every row with its lists, type by code or name, in GB18030 too")
{
    TempDir dir;
    const QString db = ledger(dir);
    const QString file = writeMeetingsFile(
        dir,
        QStringLiteral("支部,会议类型,日期,主题,出席,请假,缺席\n"
                       "第一党支部,DYDH,2026-03-05,学习,%1；%2,,%3\n"
                       "第一党支部,主题党日,2026-03-20,志愿服务,%1、%2 %3,,\n")
            .arg(validIdNumber(0), validIdNumber(3), validIdNumber(1)),
        true);
    const CliResult result = runCli(db, {QStringLiteral("import-meetings"), file});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonArray list = meetings(db);
    REQUIRE(list.size() == 2);
    const QJsonObject first = list[0].toObject();
    CHECK(first.keys()
          == QStringList{QStringLiteral("absent"), QStringLiteral("branch"), QStringLiteral("cancelled"),
                         QStringLiteral("date"), QStringLiteral("excused"), QStringLiteral("id"),
                         QStringLiteral("present"), QStringLiteral("topic"), QStringLiteral("type"),
                         QStringLiteral("type_name")});
    CHECK(first.value(QStringLiteral("present")).toArray()
          == QJsonArray{validIdNumber(0), validIdNumber(3)}); // a guest from 第二党支部
    CHECK(first.value(QStringLiteral("absent")).toArray() == QJsonArray{validIdNumber(1)});
    CHECK(list[1].toObject().value(QStringLiteral("type")).toString() == QStringLiteral("ZTDR"));
    CHECK(list[1].toObject().value(QStringLiteral("present")).toArray().size() == 3);
}

TEST_CASE("import-meetings names each bad row and column, writes nothing, or skips them with exit code 3")
{
    TempDir dir;
    const QString db = ledger(dir);
    const QString file = writeMeetingsFile(
        dir, QStringLiteral("支部,会议类型,日期,主题,出席,请假,缺席\n"
                            "第一党支部,DYDH,2026-03-05,好的一行,%1,,\n"
                            "第九党支部,DYDH,2026-03-05,,,,\n"
                            "第一党支部,年会,2026-03-05,,,,\n"
                            "第一党支部,DYDH,2026-02-30,,,,\n"
                            "第一党支部,DYDH,2026-03-06,,%1,%1,\n"
                            "第一党支部,DYDH,2026-03-07,,110105198001011001,,\n")
                 .arg(validIdNumber(0)));
    CliResult result = runCli(db, {QStringLiteral("import-meetings"), file});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("row 3, column “支部”")));
    CHECK(result.err.contains(QStringLiteral("row 4, column “会议类型”")));
    CHECK(result.err.contains(QStringLiteral("row 5, column “日期”")));
    CHECK(result.err.contains(QStringLiteral("row 6, column “请假”")));
    CHECK(result.err.contains(QStringLiteral("row 7, column “出席”")));
    CHECK(meetings(db).isEmpty());

    result = runCli(db, {QStringLiteral("import-meetings"), file, QStringLiteral("--skip-invalid"),
                         QStringLiteral("--dry-run")});
    CHECK(result.exitCode == 3);
    CHECK(meetings(db).isEmpty());

    result = runCli(db, {QStringLiteral("import-meetings"), file, QStringLiteral("--skip-invalid")});
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QStringLiteral("1 rows written, 5 skipped")));
    CHECK(meetings(db).size() == 1);
}

TEST_CASE("import-meetings writes what meeting add writes, entry for entry, and verify vouches for it")
{
    // The import writes its rows in batches (as a points import does); a ledger with the same meetings added one by
    // one holds the same meetings, attendance, entries and notes, and both pass verify, also after a mark and a cancel.
    TempDir imported;
    TempDir added;
    const QString importDb = ledger(imported);
    const QString addDb = ledger(added);
    const QString file = writeMeetingsFile(imported,
                                   QStringLiteral("支部,会议类型,日期,主题,出席,请假,缺席\n"
                                                  "第一党支部,DYDH,2026-03-05,学习,%1；%2,%3,%4\n"
                                                  "第一党支部,ZWH,2026-03-06,,%1,,%3\n"
                                                  "第二党支部,DK,2026-03-07,党课,%4,,\n")
                                       .arg(validIdNumber(0), validIdNumber(3), validIdNumber(2), validIdNumber(1)));
    CliResult result = runCli(importDb, {QStringLiteral("import-meetings"), file});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const auto add = [&addDb](const QString& branch, const QString& type, const QString& date, const QString& topic,
                              const QString& present, const QString& excused, const QString& absent) {
        QStringList arguments{QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("--branch"), branch,
                              QStringLiteral("--type"), type, QStringLiteral("--date"), date};
        for (const auto& [option, value] : {std::pair{QStringLiteral("--topic"), topic},
                                            std::pair{QStringLiteral("--present"), present},
                                            std::pair{QStringLiteral("--excused"), excused},
                                            std::pair{QStringLiteral("--absent"), absent}})
            if (!value.isEmpty())
                arguments << option << value;
        REQUIRE(runCli(addDb, arguments).exitCode == 0);
    };
    add(QStringLiteral("第一党支部"), QStringLiteral("DYDH"), QStringLiteral("2026-03-05"), QStringLiteral("学习"),
        validIdNumber(0) + u';' + validIdNumber(3), validIdNumber(2), validIdNumber(1));
    add(QStringLiteral("第一党支部"), QStringLiteral("ZWH"), QStringLiteral("2026-03-06"), QString(), validIdNumber(0),
        QString(), validIdNumber(2));
    add(QStringLiteral("第二党支部"), QStringLiteral("DK"), QStringLiteral("2026-03-07"), QStringLiteral("党课"),
        validIdNumber(1), QString(), QString());
    for (const QString& db : {importDb, addDb}) {
        REQUIRE(runCli(db, {QStringLiteral("meeting"), QStringLiteral("mark"), QStringLiteral("1"),
                            QStringLiteral("--member"), validIdNumber(1), QStringLiteral("--as"), QStringLiteral("present")})
                    .exitCode
                == 0);
        REQUIRE(runCli(db, {QStringLiteral("meeting"), QStringLiteral("cancel"), QStringLiteral("2"),
                            QStringLiteral("--reason"), QStringLiteral("重复录入")})
                    .exitCode
                == 0);
        CHECK(runCli(db, {QStringLiteral("verify")}).exitCode == 0);
    }
    CHECK(meetings(importDb) == meetings(addDb));
    const auto entries = [](const QString& db) {
        const CliResult listed = runCli(db, {QStringLiteral("entries"), QStringLiteral("--format"),
                                             QStringLiteral("json"), QStringLiteral("--reveal-ids")});
        REQUIRE(listed.exitCode == 0);
        QJsonArray list
            = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("entries")).toArray();
        for (QJsonValueRef entry : list) { // when and by whom differ between the two ledgers
            QJsonObject object = entry.toObject();
            for (const char* key : {"entered_at", "entered_by", "reversed_at", "reversed_by"})
                object.remove(QLatin1String(key));
            entry = object;
        }
        return list;
    };
    const QJsonArray importedEntries = entries(importDb);
    CHECK(importedEntries.size() == 7); // 3 + 2 + 1 of the meetings, 1 of the mark
    CHECK(importedEntries == entries(addDb));
}

TEST_CASE("meeting add, mark and cancel; entries name the meeting; branch-points; branch-eval's JSON keys and verdicts")
{
    TempDir dir;
    const QString db = ledger(dir);
    CliResult result = runCli(db, {QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("--branch"),
                                   QStringLiteral("第一党支部"), QStringLiteral("--type"), QStringLiteral("党课"),
                                   QStringLiteral("--date"), QStringLiteral("2026-04-01"), QStringLiteral("--present"),
                                   validIdNumber(0) + u';' + validIdNumber(1), QStringLiteral("--absent"), validIdNumber(2)});
    REQUIRE(result.exitCode == 0);
    const QString id = result.out.trimmed();
    CHECK(runCli(db, {QStringLiteral("meeting"), QStringLiteral("mark"), id, QStringLiteral("--member"), validIdNumber(2),
                      QStringLiteral("--as"), QStringLiteral("excused")})
              .exitCode
          == 0);
    result = runCli(db, {QStringLiteral("entries"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray entries = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("entries")).toArray();
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].toObject().value(QStringLiteral("meeting")).toInteger() == id.toLongLong());
    CHECK(entries[2].toObject().value(QStringLiteral("status")).toString() == QStringLiteral("reversed"));
    CHECK(runCli(db, {QStringLiteral("meeting"), QStringLiteral("mark"), id, QStringLiteral("--member"), validIdNumber(2),
                      QStringLiteral("--as"), QStringLiteral("late")})
              .exitCode
          == 2);

    CHECK(runCli(db, {QStringLiteral("branch-points"), QStringLiteral("add"), QStringLiteral("--branch"),
                      QStringLiteral("第一党支部"), QStringLiteral("--rule"), QStringLiteral("Z01"), QStringLiteral("--date"),
                      QStringLiteral("2026-05-01")})
              .exitCode
          == 0);
    CHECK(runCli(db, {QStringLiteral("branch-points"), QStringLiteral("add"), QStringLiteral("--branch"),
                      QStringLiteral("第一党支部"), QStringLiteral("--rule"), QStringLiteral("A01"), QStringLiteral("--date"),
                      QStringLiteral("2026-05-01")})
              .exitCode
          == 1);

    result = runCli(db, {QStringLiteral("branch-eval"), QStringLiteral("--year"), QStringLiteral("2026"),
                         QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    CHECK(root.keys() == QStringList{QStringLiteral("branches"), QStringLiteral("scope"), QStringLiteral("year")});
    CHECK(root.value(QStringLiteral("scope")).toString() == QStringLiteral("all"));
    const QJsonArray branches = root.value(QStringLiteral("branches")).toArray();
    REQUIRE(branches.size() == 2);
    const QJsonObject first = branches[0].toObject();
    CHECK(first.keys()
          == QStringList{QStringLiteral("attendance"), QStringLiteral("avg_points"), QStringLiteral("awards"),
                         QStringLiteral("components"), QStringLiteral("meeting_rate"), QStringLiteral("members"),
                         QStringLiteral("name"), QStringLiteral("participation"), QStringLiteral("previous_tier"),
                         QStringLiteral("rank"), QStringLiteral("score"), QStringLiteral("tie_at_share"),
                         QStringLiteral("tier"), QStringLiteral("vetoed")});
    CHECK(first.value(QStringLiteral("components")).toObject().keys()
          == QStringList{QStringLiteral("attendance"), QStringLiteral("branch_rules"), QStringLiteral("meetings"),
                         QStringLiteral("member_points"), QStringLiteral("participation")});
    CHECK(first.value(QStringLiteral("awards")).toArray()[0].toObject().keys()
          == QStringList{QStringLiteral("code"), QStringLiteral("eligible"), QStringLiteral("failed"),
                         QStringLiteral("name"), QStringLiteral("tie_at_quota")});
    // 第一党支部: A = 50 + 2 × 3 / 3 = 52; 1 党课 of 4 among 5 required types: M = 5%; 2 present, 0 absent: T = 100%;
    // branch rules 5. Components 40 × 52 / 90 = 23.11, 20 × 2 / 36 = 1.11, 30 × 5% = 1.5, 10, 5: score 40.72.
    CHECK(first.value(QStringLiteral("name")).toString() == QStringLiteral("第一党支部"));
    CHECK(first.value(QStringLiteral("avg_points")).toDouble() == 52);
    CHECK(first.value(QStringLiteral("meeting_rate")).toDouble() == 5);
    CHECK(first.value(QStringLiteral("attendance")).toDouble() == 100);
    CHECK(first.value(QStringLiteral("score")).toDouble() == 40.72);
    CHECK(first.value(QStringLiteral("rank")).toInt() == 1);
    // The table words each verdict as the printed evaluation and the 支部考评 page do, quoting the branch's figures.
    result = runCli(db, {QStringLiteral("branch-eval"), QStringLiteral("--year"), QStringLiteral("2026"),
                         QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[1].startsWith(QStringLiteral("1,第一党支部,")));
    CHECK(lines[1].contains(QStringLiteral("\"no: score 40.72, below 85; ")));
    CHECK(lines[1].contains(QStringLiteral("; meetings held 5.00%, below 100%")));

    result = runCli(db, {QStringLiteral("branch-eval"), QStringLiteral("--year"), QStringLiteral("2026"),
                         QStringLiteral("--under"), QStringLiteral("第二党支部"), QStringLiteral("--format"),
                         QStringLiteral("json")});
    CHECK(QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("branches")).toArray().size() == 1);
    CHECK(runCli(db, {QStringLiteral("branch-eval")}).exitCode == 2);

    CHECK(runCli(db, {QStringLiteral("meeting"), QStringLiteral("cancel"), id, QStringLiteral("--reason"),
                      QStringLiteral("重复录入")})
              .exitCode
          == 0);
    CHECK(meetings(db)[0].toObject().value(QStringLiteral("cancelled")).toBool());
    CHECK(runCli(db, {QStringLiteral("verify")}).exitCode == 0);
}

namespace {

// 第一党支部 held a 党课 (two present, one absent) and was commended (Z01) in 2026.
QString evaluatedLedger(const TempDir& dir)
{
    const QString db = ledger(dir);
    REQUIRE(runCli(db,
                   {QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("--branch"),
                    QStringLiteral("第一党支部"), QStringLiteral("--type"), QStringLiteral("党课"),
                    QStringLiteral("--date"), QStringLiteral("2026-04-01"), QStringLiteral("--present"),
                    validIdNumber(0) + u';' + validIdNumber(1), QStringLiteral("--absent"), validIdNumber(2)})
                .exitCode
            == 0);
    REQUIRE(runCli(db,
                   {QStringLiteral("branch-points"), QStringLiteral("add"), QStringLiteral("--branch"),
                    QStringLiteral("第一党支部"), QStringLiteral("--rule"), QStringLiteral("Z01"),
                    QStringLiteral("--date"), QStringLiteral("2026-05-01")})
                .exitCode
            == 0);
    return db;
}

} // namespace

TEST_CASE("report branches writes branch-eval's figures to CSV, the A4 printout to PDF, and .xlsx")
{
    TempDir dir;
    const QString db = evaluatedLedger(dir);
    const CliResult evaluation = runCli(db,
                                        {QStringLiteral("branch-eval"), QStringLiteral("--year"),
                                         QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(evaluation.exitCode == 0);
    const QJsonArray branches
        = QJsonDocument::fromJson(evaluation.out.toUtf8()).object().value(QStringLiteral("branches")).toArray();
    REQUIRE(branches.size() == 2);

    const QString csv = dir.filePath(QStringLiteral("branches.csv"));
    CliResult result = runCli(db,
                              {QStringLiteral("report"), QStringLiteral("branches"), QStringLiteral("--year"),
                               QStringLiteral("2026"), QStringLiteral("--output"), csv},
                              {}, chineseLocale());
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    // The first table: a caption, the header, then one row per branch in rank order with every figure of branch-eval.
    const qsizetype header = lines.indexOf(QRegularExpression(QStringLiteral("^排名,党支部,.*")));
    REQUIRE(header >= 0);
    const QStringList titles = lines[header].split(u',');
    const auto field = [&](int row, const QString& title) {
        const qsizetype column = titles.indexOf(title);
        INFO(title.toStdString());
        REQUIRE(column >= 0);
        return lines[header + 1 + row].split(u',').value(column);
    };
    for (int i = 0; i < 2; ++i) {
        const QJsonObject b = branches[i].toObject();
        const QJsonObject parts = b.value(QStringLiteral("components")).toObject();
        CHECK(field(i, QStringLiteral("党支部")) == b.value(QStringLiteral("name")).toString());
        CHECK(field(i, QStringLiteral("排名")).toInt() == b.value(QStringLiteral("rank")).toInt());
        CHECK(field(i, QStringLiteral("党员数")).toInt() == b.value(QStringLiteral("members")).toInt());
        CHECK(field(i, QStringLiteral("人均积分")).toDouble() == b.value(QStringLiteral("avg_points")).toDouble());
        CHECK(field(i, QStringLiteral("参与率%")).toDouble() == b.value(QStringLiteral("participation")).toDouble());
        CHECK(field(i, QStringLiteral("会议完成率%")).toDouble() == b.value(QStringLiteral("meeting_rate")).toDouble());
        CHECK(field(i, QStringLiteral("出席率%")).toDouble() == b.value(QStringLiteral("attendance")).toDouble());
        CHECK(field(i, QStringLiteral("积分项(40)")).toDouble()
              == parts.value(QStringLiteral("member_points")).toDouble());
        CHECK(field(i, QStringLiteral("会议项(30)")).toDouble() == parts.value(QStringLiteral("meetings")).toDouble());
        CHECK(field(i, QStringLiteral("支部加减分")).toDouble()
              == parts.value(QStringLiteral("branch_rules")).toDouble());
        CHECK(field(i, QStringLiteral("总分")).toDouble() == b.value(QStringLiteral("score")).toDouble());
        CHECK(field(i, QStringLiteral("星级")) == b.value(QStringLiteral("tier")).toString());
        CHECK(field(i, QStringLiteral("上年星级")) == b.value(QStringLiteral("previous_tier")).toString());
    }
    // 第一党支部 by hand: A = (150 + 2 × 3 − 3) / 3 = 51, 40 × 51 / 90 = 22.67; P = 2 / 36, 20 × P = 1.11; one 党课 of
    // 4 among 5 required types, M = 5%, 1.50; T = 2 / 3, 6.67; Z01 5: score 36.95.
    CHECK(field(0, QStringLiteral("总分")) == QStringLiteral("36.95"));
    // 红旗党支部: nobody reaches 85 points; each branch's reasons are listed.
    CHECK(lines.contains(QStringLiteral("红旗党支部：未符合条件")));
    CHECK(lines.contains(
        QStringLiteral("第一党支部,36.95,1,一星,总分36.95，低于85；一星，低于四星；会议完成率5.00%，低于100%")));

    const QString pdf = dir.filePath(QStringLiteral("branches.pdf"));
    result = runCli(db,
                    {QStringLiteral("report"), QStringLiteral("branches"), QStringLiteral("--year"),
                     QStringLiteral("2026"), QStringLiteral("--output"), pdf, QStringLiteral("--date"),
                     QStringLiteral("2027-01-05")},
                    {}, chineseLocale());
    REQUIRE(result.exitCode == 0);
    const QString text = pdfLayoutText(pdf);
    CHECK(text.contains(QStringLiteral("2026年度支部评星定级结果")));
    CHECK(text.contains(QStringLiteral("第二党支部")));
    CHECK(text.contains(QStringLiteral("红旗党支部（HQDZB）")));
    CHECK(text.contains(QStringLiteral("2027-01-05")));

    const QString xlsx = dir.filePath(QStringLiteral("branches.xlsx"));
    REQUIRE(runCli(db,
                   {QStringLiteral("report"), QStringLiteral("branches"), QStringLiteral("--year"),
                    QStringLiteral("2026"), QStringLiteral("--output"), xlsx},
                   {}, chineseLocale())
                .exitCode
            == 0);
    QFile workbook(xlsx);
    REQUIRE(workbook.open(QIODevice::ReadOnly));
    CHECK(workbook.read(2) == "PK");

    CHECK(runCli(db, {QStringLiteral("report"), QStringLiteral("branches"), QStringLiteral("--output"), csv}).exitCode
          == 2);
    CHECK(
        runCli(db,
               {QStringLiteral("report"), QStringLiteral("branches"), QStringLiteral("--year"), QStringLiteral("2026"),
                QStringLiteral("--under"), QStringLiteral("无此支部"), QStringLiteral("--output"), csv})
            .exitCode
        == 1);
}

TEST_CASE("chart tiers draws the branches per tier against the year before to PNG and PDF, all or --under one tree")
{
    TempDir dir;
    const QString db = evaluatedLedger(dir);
    const QString png = dir.filePath(QStringLiteral("tiers.png"));
    CliResult result
        = runCli(db,
                 {QStringLiteral("chart"), QStringLiteral("tiers"), QStringLiteral("--year"), QStringLiteral("2026"),
                  QStringLiteral("--size"), QStringLiteral("800x500"), QStringLiteral("--output"), png});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QFile image(png);
    REQUIRE(image.open(QIODevice::ReadOnly));
    CHECK(image.read(4) == "\x89PNG");
    const QString pdf = dir.filePath(QStringLiteral("tiers.pdf"));
    REQUIRE(runCli(db,
                   {QStringLiteral("chart"), QStringLiteral("tiers"), QStringLiteral("--year"), QStringLiteral("2026"),
                    QStringLiteral("--output"), pdf},
                   {}, chineseLocale())
                .exitCode
            == 0);
    const QString text = pdfLayoutText(pdf);
    CHECK(text.contains(QStringLiteral("2026年与2025年各星级党支部数")));
    CHECK(!text.contains(QStringLiteral("第二党支部：")));
    CHECK(runCli(db, {QStringLiteral("chart"), QStringLiteral("tiers"), QStringLiteral("--output"), png}).exitCode
          == 2);

    // --under: the branches of one tree, named in the title.
    REQUIRE(runCli(db,
                   {QStringLiteral("chart"), QStringLiteral("tiers"), QStringLiteral("--year"), QStringLiteral("2026"),
                    QStringLiteral("--under"), QStringLiteral("第二党支部"), QStringLiteral("--output"), pdf},
                   {}, chineseLocale())
                .exitCode
            == 0);
    CHECK(pdfLayoutText(pdf).contains(QStringLiteral("第二党支部：2026年与2025年各星级党支部数")));
    CHECK(runCli(db, {QStringLiteral("chart"), QStringLiteral("tiers"), QStringLiteral("--year"), QStringLiteral("2026"),
                      QStringLiteral("--under"), QStringLiteral("无此支部"), QStringLiteral("--output"), pdf})
              .exitCode
          == 1);
}
