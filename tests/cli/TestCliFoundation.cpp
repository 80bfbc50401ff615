#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

using namespace jifen::test;

namespace {

QString initialised(const TempDir& dir)
{
    const QString db = dir.dbPath();
    REQUIRE(runCli(db, {QStringLiteral("init")}).exitCode == 0);
    return db;
}

} // namespace

TEST_CASE("init creates the database and loads the default rule set once")
{
    TempDir dir;
    const CliResult first = runCli(dir.dbPath(), {QStringLiteral("init")});
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("Default rule set loaded")));
    if (testServer().isEmpty())
        CHECK(QFileInfo::exists(dir.dbPath()));
    const CliResult second = runCli(dir.dbPath(), {QStringLiteral("init")});
    CHECK(second.exitCode == 0);
    CHECK_FALSE(second.out.contains(QStringLiteral("Default rule set loaded")));
}

TEST_CASE("the JIFEN_DB environment variable chooses the database when --db is absent")
{
    TempDir dir;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JIFEN_DB"), dir.filePath(QStringLiteral("from-env.sqlite")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(JIFEN_CLI_PATH), {QStringLiteral("init")});
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 0);
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("from-env.sqlite"))));
}

TEST_CASE("export-rules output imported into a new database exports unchanged")
{
    TempDir dir;
    const QString first = initialised(dir);
    const CliResult exported = runCli(first, {QStringLiteral("export-rules")});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.startsWith(QStringLiteral("{\"format\": \"jifen-rules/1\"")));
    const QString file = dir.filePath(QStringLiteral("rules.json"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(exported.out.toUtf8());
    out.close();

    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    REQUIRE(runCli(second, {QStringLiteral("init")}).exitCode == 0);
    REQUIRE(runCli(second, {QStringLiteral("import-rules"), file}).exitCode == 0);
    CHECK(runCli(second, {QStringLiteral("export-rules")}).out == exported.out);
    const CliResult again = runCli(second, {QStringLiteral("import-rules"), file});
    CHECK(again.out.contains(QStringLiteral("Rule set unchanged")));
}

TEST_CASE("a bad rule-set file is a data error that names the problem and changes nothing")
{
    TempDir dir;
    const QString db = initialised(dir);
    const QString file = dir.filePath(QStringLiteral("bad.json"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(R"({"format": "jifen-rules/1", "rules": [{"code": "A01", "name": "x", "points": 0}]})");
    out.close();
    const int before = auditCount(db);
    const CliResult result = runCli(db, {QStringLiteral("import-rules"), file});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("rules[0].points")));
    CHECK(auditCount(db) == before);
}

TEST_CASE("add-member prints the new id and derives gender and birth date from the ID number")
{
    TempDir dir;
    const QString db = initialised(dir);
    const CliResult added = runCli(db, {QStringLiteral("add-member"), QStringLiteral("--name"), QStringLiteral("张三"),
                                        QStringLiteral("--id-number"), smallLedgerZhang, QStringLiteral("--branch"),
                                        QStringLiteral("第一党支部"), QStringLiteral("--phone"),
                                        QStringLiteral("13812345678")});
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.trimmed().toLongLong() > 0);
    const CliResult json = runCli(db, {QStringLiteral("export-members"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray members = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(members.size() == 1);
    const QJsonObject m = members.first().toObject();
    CHECK(m.value(QStringLiteral("gender")).toString() == QStringLiteral("女"));
    CHECK(m.value(QStringLiteral("birth_date")).toString() == QStringLiteral("1949-12-31"));
    CHECK(m.value(QStringLiteral("branch")).toString() == QStringLiteral("第一党支部"));
    CHECK(m.value(QStringLiteral("id_number")).toString() == QStringLiteral("110105********002X"));
    CHECK(m.value(QStringLiteral("phone")).toString() == QStringLiteral("138****5678"));
    CHECK(m.value(QStringLiteral("join_date")).isNull());
    const QStringList keys{QStringLiteral("name"),       QStringLiteral("gender"),    QStringLiteral("id_number"),
                           QStringLiteral("birth_date"), QStringLiteral("ethnicity"), QStringLiteral("education"),
                           QStringLiteral("branch"),     QStringLiteral("join_date"), QStringLiteral("full_member_date"),
                           QStringLiteral("category"),   QStringLiteral("phone"),     QStringLiteral("position"),
                           QStringLiteral("status"),     QStringLiteral("notes")};
    for (const QString& key : keys)
        CHECK(m.contains(key));
}

TEST_CASE("a refused member is a data error and leaves the database untouched")
{
    TempDir dir;
    const QString db = initialised(dir);
    const QStringList zhangArgs{QStringLiteral("add-member"), QStringLiteral("--name"), QStringLiteral("张三"),
                                QStringLiteral("--id-number"), smallLedgerZhang, QStringLiteral("--branch"),
                                QStringLiteral("第一党支部")};
    REQUIRE(runCli(db, zhangArgs).exitCode == 0);
    const int before = auditCount(db);

    const CliResult duplicate = runCli(db, {QStringLiteral("add-member"), QStringLiteral("--name"), QStringLiteral("王五"),
                                            QStringLiteral("--id-number"), smallLedgerZhang, QStringLiteral("--branch"),
                                            QStringLiteral("新支部")});
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.err.contains(QStringLiteral("already exists")));
    const CliResult badCheck = runCli(db, {QStringLiteral("add-member"), QStringLiteral("--name"), QStringLiteral("李四"),
                                           QStringLiteral("--id-number"), QStringLiteral("110105194912310021"),
                                           QStringLiteral("--branch"), QStringLiteral("新支部")});
    CHECK(badCheck.exitCode == 1);
    CHECK(badCheck.err.contains(QStringLiteral("check digit")));
    const CliResult excel = runCli(db, {QStringLiteral("add-member"), QStringLiteral("--name"), QStringLiteral("李四"),
                                        QStringLiteral("--id-number"), QStringLiteral("4.10402E+17"),
                                        QStringLiteral("--branch"), QStringLiteral("新支部")});
    CHECK(excel.exitCode == 1);
    CHECK(excel.err.contains(QStringLiteral("Excel")));
    CHECK(auditCount(db) == before);
}

TEST_CASE("export-members reveals full numbers only when asked, and records that it did")
{
    TempDir dir;
    const QString db = initialised(dir);
    REQUIRE(runCli(db, {QStringLiteral("add-member"), QStringLiteral("--name"), QStringLiteral("张三"),
                        QStringLiteral("--id-number"), smallLedgerZhang, QStringLiteral("--branch"), QStringLiteral("第一党支部")})
                .exitCode
            == 0);
    const CliResult masked = runCli(db, {QStringLiteral("export-members")});
    REQUIRE(masked.exitCode == 0);
    CHECK(masked.rawOut.startsWith(QByteArray("\xEF\xBB\xBF") + QStringLiteral("姓名,性别,身份证号").toUtf8()));
    CHECK_FALSE(masked.out.contains(smallLedgerZhang));
    const CliResult revealed = runCli(db, {QStringLiteral("export-members"), QStringLiteral("--reveal-ids")});
    CHECK(revealed.out.contains(QStringLiteral("\"=\"\"%1\"\"\"").arg(smallLedgerZhang)));
    const CliResult audit = runCli(db, {QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("1")});
    CHECK(audit.out.contains(QStringLiteral("ids.reveal")));
}

TEST_CASE("usage errors exit with 2 and every command answers --help")
{
    TempDir dir;
    const QString db = dir.dbPath();
    CHECK(runCli(db, {}).exitCode == 2);
    CHECK(runCli(db, {QStringLiteral("no-such-command")}).exitCode == 2);
    CHECK(runCli(db, {QStringLiteral("--no-such-option"), QStringLiteral("init")}).exitCode == 2);
    CHECK(runCli(db, {QStringLiteral("init"), QStringLiteral("--no-such-option")}).exitCode == 2);
    CHECK(runCli(db, {QStringLiteral("add-member"), QStringLiteral("--name"), QStringLiteral("x")}).exitCode == 2);
    CHECK(runCli(db, {QStringLiteral("import-rules")}).exitCode == 2);
    CHECK(runCli(db, {QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("zero")}).exitCode == 2);
    const CliResult help = runCli(db, {QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char* command : {"init", "import-rules", "export-rules", "add-member", "export-members", "audit"}) {
        INFO(command);
        CHECK(help.out.contains(QLatin1String(command)));
        const CliResult commandHelp = runCli(db, {QLatin1String(command), QStringLiteral("--help")});
        CHECK(commandHelp.exitCode == 0);
        CHECK(commandHelp.out.contains(QStringLiteral("Usage:")));
    }
    CHECK(runCli(db, {QStringLiteral("--version")}).out.startsWith(QStringLiteral("jifen-cli ")));
}

TEST_CASE("audit lists changes newest first with their operator")
{
    TempDir dir;
    const QString db = initialised(dir);
    const CliResult audit = runCli(db, {QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("2")});
    REQUIRE(audit.exitCode == 0);
    const QStringList lines = audit.out.trimmed().split(u'\n');
    CHECK(lines.size() == 2);
    CHECK(lines.constFirst().contains(QStringLiteral("cli-tester")));
    CHECK(lines.constFirst().section(u'\t', 0, 0).toInt() > lines.constLast().section(u'\t', 0, 0).toInt());
}

TEST_CASE("once operators exist the CLI needs a name and password and stamps the operator")
{
    TempDir dir;
    const QString db = initialised(dir);
    const QString password = QStringLiteral("correct horse");
    const CliResult added = runCli(db, {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("admin"),
                                        QStringLiteral("--role"), QStringLiteral("admin")},
                                   {}, {{QStringLiteral("JIFEN_NEW_PASSWORD"), password}});
    REQUIRE(added.exitCode == 0);
    // Every command that reads or writes the ledger's content asks who is there.
    for (const QStringList& command :
         {QStringList {QStringLiteral("export-rules")}, QStringList {QStringLiteral("entries")},
          QStringList {QStringLiteral("entries"), QStringLiteral("--period"), QStringLiteral("2026")},
          QStringList {QStringLiteral("operator"), QStringLiteral("list")}}) {
        INFO(command.join(u' ').toStdString());
        const CliResult anonymous = runCli(db, command, {}, {{QStringLiteral("JIFEN_USER"), QString()}});
        CHECK(anonymous.exitCode == 1);
        CHECK(anonymous.err.contains(QStringLiteral("--user")));
        CHECK_FALSE(anonymous.out.contains(QStringLiteral("admin")));
    }
    const CliResult wrong = runCli(db, {QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("export-rules")},
                                   {}, {{QStringLiteral("JIFEN_PASSWORD"), QStringLiteral("wrong password")}});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("Wrong operator name or password")));
    const CliResult clerk = runCli(db, {QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("operator"),
                                        QStringLiteral("add"), QStringLiteral("clerk"), QStringLiteral("--role"),
                                        QStringLiteral("clerk")},
                                   {}, {{QStringLiteral("JIFEN_PASSWORD"), password},
                                        {QStringLiteral("JIFEN_NEW_PASSWORD"), password}});
    CHECK(clerk.exitCode == 0);
    // A clerk may not change the rule set: the core refuses, whatever the client.
    const QString rules = dir.filePath(QStringLiteral("rules.json"));
    QFile file(rules);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(runCli(db, {QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("export-rules")}, {},
                      {{QStringLiteral("JIFEN_PASSWORD"), password}})
                   .rawOut);
    file.close();
    const CliResult refused = runCli(db, {QStringLiteral("--user"), QStringLiteral("clerk"), QStringLiteral("import-rules"),
                                          rules, QStringLiteral("--effective"), QStringLiteral("2026-01-01")},
                                     {}, {{QStringLiteral("JIFEN_PASSWORD"), password}});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("may not")));
    const CliResult audit = runCli(db, {QStringLiteral("--user"), QStringLiteral("clerk"), QStringLiteral("audit"),
                                        QStringLiteral("--limit"), QStringLiteral("1")},
                                   {}, {{QStringLiteral("JIFEN_PASSWORD"), password}});
    CHECK(audit.out.contains(QStringLiteral("operator.add")));
    CHECK(audit.out.contains(QStringLiteral("\tadmin\t")));
}

TEST_CASE("an exported cell that Excel would run as a formula is written as text")
{
    TempDir dir;
    const QString db = initialised(dir);
    REQUIRE(runCli(db, {QStringLiteral("add-member"), QStringLiteral("--name"), QStringLiteral("张三"),
                        QStringLiteral("--id-number"), smallLedgerZhang, QStringLiteral("--branch"), QStringLiteral("第一党支部"),
                        QStringLiteral("--notes"), QStringLiteral("=HYPERLINK(\"http://x\")")})
                .exitCode
            == 0);
    const CliResult csv = runCli(db, {QStringLiteral("export-members")});
    CHECK(csv.out.contains(QStringLiteral("\"\t=HYPERLINK(\"\"http://x\"\")\"")));
}

TEST_CASE("under a Chinese locale the CLI speaks Chinese")
{
    TempDir dir;
    const CliResult init = runCli(dir.dbPath(), {QStringLiteral("init")}, {}, chineseLocale());
    CHECK(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("已载入默认积分规则")));
    const CliResult refused = runCli(dir.dbPath(), {QStringLiteral("add-member"), QStringLiteral("--name"),
                                                    QStringLiteral("李四"), QStringLiteral("--id-number"),
                                                    QStringLiteral("4.10402E+17"), QStringLiteral("--branch"),
                                                    QStringLiteral("第一党支部")},
                                     {}, chineseLocale());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("请在 Excel 中将该列设置为“文本”格式")));
}

TEST_CASE("a command on a ledger file that does not exist is an error naming the path, and creates nothing", "[sqlite]")
{
    TempDir dir;
    const QString typo = dir.filePath(QStringLiteral("ledgr.sqlite"));
    const QList<QStringList> commands{
        {QStringLiteral("ranking"), QStringLiteral("--period"), QStringLiteral("2026-03")},
        {QStringLiteral("add-member"), QStringLiteral("--name"), QStringLiteral("张三"), QStringLiteral("--id-number"),
         smallLedgerZhang, QStringLiteral("--branch"), QStringLiteral("第一党支部")},
        {QStringLiteral("verify")},
        {QStringLiteral("export-rules")},
        {QStringLiteral("backup"), QStringLiteral("--list")},
    };
    for (const QStringList& command : commands) {
        INFO(command.join(u' ').toStdString());
        const CliResult result = runCli(typo, command);
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(typo));
        CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }
    // init makes it; then the same command answers.
    REQUIRE(runCli(typo, {QStringLiteral("init")}).exitCode == 0);
    CHECK(runCli(typo, {QStringLiteral("verify")}).exitCode == 0);
}

TEST_CASE("init refuses an empty organisation name and creates nothing")
{
    TempDir dir;
    for (const QString& name : {QString(), QStringLiteral("   ")}) {
        const CliResult refused = runCli(dir.dbPath(), {QStringLiteral("init"), QStringLiteral("--org"), name});
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("--org")));
        if (testServer().isEmpty())
            CHECK_FALSE(QFileInfo::exists(dir.dbPath()));
    }
    // On a ledger that has a name, it stays.
    REQUIRE(runCli(dir.dbPath(), {QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("机关党委")}).exitCode
            == 0);
    const int records = auditCount(dir.dbPath());
    CHECK(runCli(dir.dbPath(), {QStringLiteral("init"), QStringLiteral("--org"), QString()}).exitCode == 2);
    CHECK(auditCount(dir.dbPath()) == records);
}

TEST_CASE("add-member refuses a join date before the 18th birthday as the roster import does, naming the field")
{
    TempDir dir;
    const QString db = initialised(dir);
    // 张三 was born 1949-12-31: joining in 1960 is before her 18th birthday; a full-member date before joining too.
    const CliResult young = runCli(db, {QStringLiteral("add-member"), QStringLiteral("--name"), QStringLiteral("张三"),
                                        QStringLiteral("--id-number"), smallLedgerZhang, QStringLiteral("--branch"),
                                        QStringLiteral("第一党支部"), QStringLiteral("--join-date"),
                                        QStringLiteral("1960-07-01")});
    CHECK(young.exitCode == 1);
    CHECK(young.err.contains(QStringLiteral("join date")));
    CHECK(young.err.contains(QStringLiteral("18th birthday")));
    const CliResult early = runCli(db, {QStringLiteral("add-member"), QStringLiteral("--name"), QStringLiteral("张三"),
                                        QStringLiteral("--id-number"), smallLedgerZhang, QStringLiteral("--branch"),
                                        QStringLiteral("第一党支部"), QStringLiteral("--join-date"),
                                        QStringLiteral("1975-07-01"), QStringLiteral("--full-member-date"),
                                        QStringLiteral("1974-07-01")});
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(QStringLiteral("full-member date")));
    const CliResult members = runCli(db, {QStringLiteral("export-members"), QStringLiteral("--format"),
                                          QStringLiteral("json")});
    REQUIRE(members.exitCode == 0);
    CHECK(QJsonDocument::fromJson(members.out.toUtf8()).array().isEmpty());
}

TEST_CASE("verify exits 1 when a trigger of the ledger was dropped with another tool")
{
    TempDir dir;
    const QString db = initialised(dir);
    REQUIRE(runCli(db, {QStringLiteral("verify")}).exitCode == 0);
    const bool server = !testServer().isEmpty();
    rawExec(db, {server ? QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log")
                        : QStringLiteral("DROP TRIGGER audit_log_no_update")});
    const CliResult result = runCli(db, {QStringLiteral("verify")});
    CHECK(result.exitCode == 1);
    CHECK((result.out + result.err).contains(server ? QStringLiteral("audit_log_no_change")
                                                    : QStringLiteral("audit_log_no_update")));
}
