// The exit-code contract, held for every command: 0 done in full, 1 refused with nothing changed, 2 usage error,
// 3 written in part (only with --skip-invalid). Each command runs with bad input and with a write it must refuse,
// against a ledger whose content is hashed before and after.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <map>
#include <memory>

using namespace jifen::test;

namespace {

const QString adminPassword = QStringLiteral("admin-secret-1");
const QString clerkPassword = QStringLiteral("clerk-secret-1");
const QString viewerPassword = QStringLiteral("viewer-secret-1");
const QString nobody = QStringLiteral("110105198001010032"); // a valid ID number of no member

struct Case {
    const char* what;
    QStringList arguments; // "{dir}" stands for the test's directory, "{db}" for the ledger
    int exitCode;
    bool viewer = false;      // run as the viewer, who may write nothing, on a ledger with operators
    bool skipsRows = false;   // the input has rows with errors
};

// The commands `jifen-cli --help` lists: the CLI's own registry.
QStringList registeredCommands()
{
    const CliResult help = runCli({}, {QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    const qsizetype start = help.out.indexOf(QStringLiteral("Commands:\n"));
    REQUIRE(start >= 0);
    QStringList names;
    static const QRegularExpression line(QStringLiteral("^  ([a-z-]+) "));
    for (const QString& each : help.out.mid(start).split(u'\n').mid(1)) {
        if (each.isEmpty())
            break;
        const auto match = line.match(each);
        REQUIRE(match.hasMatch());
        names << match.captured(1);
    }
    return names;
}

QStringList args(std::initializer_list<const char*> words)
{
    QStringList list;
    for (const char* word : words)
        list << QString::fromUtf8(word);
    return list;
}

// Bad input and a refused write for every command. A command without an entry here fails the test.
std::map<QString, QList<Case>> cases()
{
    const QString z = smallLedgerZhang;
    const QString n = nobody;
    std::map<QString, QList<Case>> all;
    all[QStringLiteral("init")] = {{"unknown option", args({"init", "--bogus"}), 2},
                                   {"a viewer may not name the organisation", args({"init", "--org", "X"}), 1, true}};
    all[QStringLiteral("add-member")] = {
        {"missing --branch", args({"add-member", "--name", "李四", "--id-number", "110105198001010032"}), 2},
        {"a bad ID number", args({"add-member", "--name", "李四", "--id-number", "110105198001010033", "--branch", "新支部"}),
         1},
        {"a viewer may not add", args({"add-member", "--name", "李四", "--id-number", "110105198001010032", "--branch",
                                       "新支部"}),
         1, true}};
    all[QStringLiteral("add-points")] = {
        {"a date that is not one", QStringList{QStringLiteral("add-points"), QStringLiteral("--member"), z,
                                               QStringLiteral("--rule"), QStringLiteral("A05"), QStringLiteral("--date"),
                                               QStringLiteral("2026/03/05")},
         2},
        {"an unknown rule", QStringList{QStringLiteral("add-points"), QStringLiteral("--member"), z,
                                        QStringLiteral("--rule"), QStringLiteral("ZZ"), QStringLiteral("--date"),
                                        QStringLiteral("2026-03-05")},
         1},
        {"a viewer may not enter points", QStringList{QStringLiteral("add-points"), QStringLiteral("--member"), z,
                                                      QStringLiteral("--rule"), QStringLiteral("A05"),
                                                      QStringLiteral("--date"), QStringLiteral("2026-03-05")},
         1, true}};
    all[QStringLiteral("reverse-entry")] = {
        {"not an entry id", args({"reverse-entry", "abc", "--reason", "x"}), 2},
        {"an entry reversed already", args({"reverse-entry", "1", "--reason", "again"}), 1},
        {"a viewer may not reverse", args({"reverse-entry", "2", "--reason", "x"}), 1, true}};
    all[QStringLiteral("entries")] = {
        {"not an ID number", args({"entries", "--member", "123"}), 2},
        {"no such member", QStringList{QStringLiteral("entries"), QStringLiteral("--member"), n}, 1},
        {"a viewer may not reveal", args({"entries", "--reveal-ids"}), 1, true}};
    all[QStringLiteral("audit")] = {{"a bad limit", args({"audit", "--limit", "0"}), 2},
                                    {"a bad format", args({"audit", "--format", "xml"}), 2}};
    all[QStringLiteral("export-members")] = {
        {"a bad format", args({"export-members", "--format", "xml"}), 2},
        // The reveal is recorded only with the file written.
        {"a file that cannot be written", args({"export-members", "--reveal-ids", "-o", "{dir}/points-good.csv/roster.csv"}),
         1},
        {"a viewer may not reveal", args({"export-members", "--reveal-ids", "-o", "{dir}/roster.csv"}), 1, true}};
    all[QStringLiteral("member-status")] = {
        {"missing --date", QStringList{QStringLiteral("member-status"), QStringLiteral("--member"), z,
                                       QStringLiteral("--status"), QStringLiteral("转出")},
         2},
        {"a date after today", QStringList{QStringLiteral("member-status"), QStringLiteral("--member"), z,
                                           QStringLiteral("--status"), QStringLiteral("转出"), QStringLiteral("--date"),
                                           QStringLiteral("2999-01-01")},
         1},
        {"a viewer may not change the roster",
         QStringList{QStringLiteral("member-status"), QStringLiteral("--member"), z, QStringLiteral("--status"),
                     QStringLiteral("转出"), QStringLiteral("--date"), QStringLiteral("2026-01-02")},
         1, true}};
    all[QStringLiteral("move-member")] = {
        {"missing --branch", QStringList{QStringLiteral("move-member"), QStringLiteral("--member"), z,
                                         QStringLiteral("--date"), QStringLiteral("2026-01-02")},
         2},
        {"no such branch", QStringList{QStringLiteral("move-member"), QStringLiteral("--member"), z,
                                       QStringLiteral("--branch"), QStringLiteral("无"), QStringLiteral("--date"),
                                       QStringLiteral("2026-01-02")},
         1},
        {"no such member", QStringList{QStringLiteral("move-member"), QStringLiteral("--member"), n,
                                       QStringLiteral("--branch"), QStringLiteral("无"), QStringLiteral("--date"),
                                       QStringLiteral("2026-01-02")},
         1}};
    all[QStringLiteral("export-rules")] = {
        {"an unexpected argument", args({"export-rules", "extra"}), 2},
        {"a file that cannot be written", args({"export-rules", "-o", "{dir}/points-good.csv/rules.json"}), 1}};
    all[QStringLiteral("import-rules")] = {
        {"a bad date", args({"import-rules", "{dir}/rules.json", "--effective", "2026/01/01"}), 2},
        {"not a rule-set file", args({"import-rules", "{dir}/points-bad.csv"}), 1},
        {"a viewer may not change rules", args({"import-rules", "{dir}/rules.json"}), 1, true}};
    all[QStringLiteral("import-points")] = {
        {"a bad encoding", args({"import-points", "{dir}/points-bad.csv", "--encoding", "latin1"}), 2},
        {"a bad row, all or nothing", args({"import-points", "{dir}/points-bad.csv"}), 1, false, true},
        {"a bad row skipped", args({"import-points", "{dir}/points-bad.csv", "--skip-invalid"}), 3, false, true},
        {"a bad row skipped, dry run",
         args({"import-points", "{dir}/points-bad.csv", "--skip-invalid", "--dry-run"}), 3, false, true},
        {"every row bad", args({"import-points", "{dir}/points-all-bad.csv", "--skip-invalid"}), 1, false, true},
        {"a viewer may not import", args({"import-points", "{dir}/points-good.csv"}), 1, true}};
    // --- branches (organisation life and the branch evaluation) ---
    all[QStringLiteral("import-meetings")] = {
        {"no file named", args({"import-meetings"}), 2},
        {"not a meetings file", args({"import-meetings", "{dir}/points-good.csv"}), 1},
        {"a viewer may not import", args({"import-meetings", "{dir}/points-good.csv"}), 1, true}};
    all[QStringLiteral("meeting")] = {
        {"an unknown action", args({"meeting", "hold"}), 2},
        {"an unknown branch", args({"meeting", "add", "--branch", "无此支部", "--type", "DYDH", "--date", "2026-03-05"}), 1},
        {"a viewer may not record", args({"meeting", "add", "--branch", "第一党支部", "--type", "DYDH", "--date",
                                          "2026-03-05"}),
         1, true}};
    all[QStringLiteral("meetings")] = {{"an unknown format", args({"meetings", "--format", "xml"}), 2}};
    all[QStringLiteral("branch-points")] = {
        {"an unknown action", args({"branch-points", "give"}), 2},
        {"an unknown branch rule", args({"branch-points", "add", "--branch", "第一党支部", "--rule", "ZZ", "--date",
                                         "2026-03-05"}),
         1},
        {"a viewer may not record", args({"branch-points", "add", "--branch", "第一党支部", "--rule", "ZZ", "--date",
                                          "2026-03-05"}),
         1, true}};
    all[QStringLiteral("branch-eval")] = {
        {"no --year", args({"branch-eval"}), 2},
        {"an unknown scope", args({"branch-eval", "--year", "2026", "--under", "无此支部"}), 1}};
    all[QStringLiteral("import-members")] = {
        {"a bad delimiter", args({"import-members", "{dir}/members-bad.csv", "--delimiter", "pipe"}), 2},
        {"a bad row, all or nothing", args({"import-members", "{dir}/members-bad.csv"}), 1, false, true},
        {"a bad row skipped", args({"import-members", "{dir}/members-bad.csv", "--skip-invalid"}), 3, false, true},
        {"a bad row skipped, dry run",
         args({"import-members", "{dir}/members-bad.csv", "--skip-invalid", "--dry-run"}), 3, false, true},
        {"a viewer may not import", args({"import-members", "{dir}/members-good.csv"}), 1, true}};
    all[QStringLiteral("ranking")] = {{"no period", args({"ranking"}), 2},
                                      {"no such branch", args({"ranking", "--period", "2026", "--branch", "无"}), 1},
                                      {"a viewer may not reveal", args({"ranking", "--period", "2026", "--reveal-ids"}),
                                       1, true}};
    all[QStringLiteral("eligibility")] = {
        {"not a year", args({"eligibility", "--year", "2026-03"}), 2},
        {"no such award", args({"eligibility", "--year", "2026", "--award", "NOPE"}), 1}};
    all[QStringLiteral("branches")] = {{"not a period", args({"branches", "--period", "2026-13"}), 2}};
    all[QStringLiteral("report")] = {
        {"no output", args({"report", "ranking", "--period", "2026"}), 2},
        {"no such member", QStringList{QStringLiteral("report"), QStringLiteral("member"), QStringLiteral("--member"),
                                       n, QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--output"),
                                       QStringLiteral("{dir}/member.csv")},
         1},
        {"a viewer may not publish", args({"report", "ranking", "--period", "2026-03", "--publish", "--output",
                                           "{dir}/ranking.csv"}),
         1, true},
        {"branches: no year", args({"report", "branches", "--output", "{dir}/branches.csv"}), 2},
        {"branches: no such scope", args({"report", "branches", "--year", "2026", "--under", "无此支部", "--output",
                                          "{dir}/branches.csv"}),
         1},
        {"branches: a file that cannot be written",
         args({"report", "branches", "--year", "2026", "--output", "{dir}/points-good.csv/branches.pdf"}), 1}};
    all[QStringLiteral("pledge")] = {
        {"an unknown action", args({"pledge", "frobnicate"}), 2},
        {"no such pledge", args({"pledge", "review", "99", "--result", "践诺"}), 1},
        {"a viewer may not add a pledge", QStringList{QStringLiteral("pledge"), QStringLiteral("add"),
                                                      QStringLiteral("--member"), z, QStringLiteral("--year"),
                                                      QStringLiteral("2026"), QStringLiteral("--text"),
                                                      QStringLiteral("学习")},
         1, true}};
    all[QStringLiteral("pledges")] = {{"a bad format", args({"pledges", "--format", "xml"}), 2},
                                      {"no such branch", args({"pledges", "--branch", "无"}), 1},
                                      {"a viewer may not reveal", args({"pledges", "--reveal-ids"}), 1, true}};
    all[QStringLiteral("report")].append(
        {"a viewer may not issue a branch opinion",
         QStringList{QStringLiteral("report"), QStringLiteral("opinion"), QStringLiteral("--member"), z,
                     QStringLiteral("--years"), QStringLiteral("2026"), QStringLiteral("--output"),
                     QStringLiteral("{dir}/opinion.pdf")},
         1, true});
    all[QStringLiteral("chart")] = {
        {"an unknown chart", args({"chart", "pie", "--year", "2026", "--output", "{dir}/chart.png"}), 2},
        {"no such award", args({"chart", "eligibility", "--year", "2026", "--award", "NOPE", "--output",
                                "{dir}/chart.png"}),
         1},
        {"tiers: no year", args({"chart", "tiers", "--output", "{dir}/tiers.png"}), 2},
        {"tiers: no such branch", args({"chart", "tiers", "--year", "2026", "--under", "无", "--output", "{dir}/t.png"}),
         1},
        {"tiers: a file that cannot be written",
         args({"chart", "tiers", "--year", "2026", "--output", "{dir}/points-good.csv/tiers.png"}), 1}};
    all[QStringLiteral("verify")] = {{"a bad format", args({"verify", "--format", "xml"}), 2}};
    all[QStringLiteral("backup")] = {{"no file", args({"backup"}), 2},
                                     {"a file that cannot be written", args({"backup", "{dir}/points-good.csv/copy.sqlite"}), 1}};
    all[QStringLiteral("restore")] = {{"no file", args({"restore"}), 2},
                                      {"no such backup", args({"restore", "{dir}/missing.sqlite"}), 1},
                                      {"a viewer may not restore", args({"restore", "{dir}/plain.sqlite"}), 1, true}};
    all[QStringLiteral("copy")] = {{"no --to", args({"copy", "--from", "{db}"}), 2},
                                   {"a target that exists", args({"copy", "--from", "{db}", "--to", "{dir}/plain.sqlite"}),
                                    1}};
    all[QStringLiteral("demo")] = {{"a bad member count", args({"demo", "--members", "0"}), 2},
                                   {"a viewer may not load", args({"demo", "--members", "3"}), 1, true}};
    all[QStringLiteral("operator")] = {{"an unknown action", args({"operator", "frobnicate", "x"}), 2},
                                       {"a viewer may not add", args({"operator", "add", "newcomer", "--role", "clerk"}), 1,
                                        true}};
    all[QStringLiteral("review")] = {{"an unknown action", args({"review", "frobnicate"}), 2},
                                     {"entries that wait for no review", args({"review", "approve", "2", "99999"}), 1},
                                     {"a viewer may not switch review on", args({"review", "enable"}), 1, true}};
    return all;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// The small ledger (TestSupport's fillSmallLedger) twice, made once: `plain.sqlite` in single-user mode, where most
// cases run (no password to check: the test stays fast), and `guarded.sqlite` with three operators, an administrator,
// a clerk and the viewer the refused writes run as. And the input files the cases read.
const QTemporaryDir& templateDir()
{
    static QTemporaryDir dir;
    static bool made = false;
    if (made)
        return dir;
    REQUIRE(dir.isValid());
    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    fillSmallLedger(plain);
    REQUIRE(runCli(plain, {QStringLiteral("export-rules"), QStringLiteral("-o"), dir.filePath(QStringLiteral("rules.json"))})
                .exitCode
            == 0);
    const QString guarded = dir.filePath(QStringLiteral("guarded.sqlite"));
    REQUIRE(QFile::copy(plain, guarded));
    // runCli signs in as cli-tester: the first operator, an administrator, ends single-user mode.
    REQUIRE(runCli(guarded, args({"operator", "add", "cli-tester", "--role", "admin"}), {},
                   {{QStringLiteral("JIFEN_NEW_PASSWORD"), adminPassword}})
                .exitCode
            == 0);
    for (const auto& [name, password] : {std::pair{"clerk", clerkPassword}, std::pair{"viewer", viewerPassword}})
        REQUIRE(runCli(guarded, {QStringLiteral("operator"), QStringLiteral("add"), QLatin1String(name),
                                 QStringLiteral("--role"), QLatin1String(name)},
                       {},
                       {{QStringLiteral("JIFEN_NEW_PASSWORD"), password},
                        {QStringLiteral("JIFEN_PASSWORD"), adminPassword}})
                    .exitCode
                == 0);
    const QByteArray good = smallLedgerZhang.toUtf8() + ",A05,2026-03-05,1,\n";
    const QByteArray bad = smallLedgerZhang.toUtf8() + ",ZZ,2026-03-06,1,\n";
    const QByteArray header = "id_number,rule_code,date,quantity,note\n";
    writeFile(dir.filePath(QStringLiteral("points-good.csv")), header + good);
    writeFile(dir.filePath(QStringLiteral("points-bad.csv")), header + good + bad);
    writeFile(dir.filePath(QStringLiteral("points-all-bad.csv")), header + bad);
    const QByteArray roster = "姓名,身份证号,所在支部\n";
    const QByteArray newMember = "李四,110105198001010032,第一党支部\n";
    const QByteArray badMember = "王五,110105198001010033,第一党支部\n"; // a wrong check digit
    writeFile(dir.filePath(QStringLiteral("members-good.csv")), roster + newMember);
    writeFile(dir.filePath(QStringLiteral("members-bad.csv")), roster + newMember + badMember);
    made = true;
    return dir;
}

// A working copy of one template: a file, or a database on the test server (`jifen-cli copy`). Remade only after a
// case changed it.
class WorkLedger
{
public:
    explicit WorkLedger(const char* templateName)
        : m_template(templateDir().filePath(QLatin1String(templateName)))
    {
        remake();
    }
    const QString& location() const { return m_location; }
    // The content hash before the next case: the hash after the case before, unless that one changed the ledger.
    const QByteArray& hash() const { return m_hash; }

    void remake()
    {
        m_dir = std::make_unique<TempDir>();
        m_location = m_dir->dbPath();
        if (testServer().isEmpty()) {
            REQUIRE(QFile::copy(m_template, m_location));
        } else {
            const CliResult copied = runCli({}, QStringList{QStringLiteral("copy"), QStringLiteral("--from"), m_template,
                                                            QStringLiteral("--to"), m_location},
                                            {}, {{QStringLiteral("JIFEN_PASSWORD"), adminPassword}});
            INFO(copied.err.toStdString());
            REQUIRE(copied.exitCode == 0);
        }
        m_hash = ledgerHash(m_location);
    }

private:
    QString m_template;
    std::unique_ptr<TempDir> m_dir;
    QString m_location;
    QByteArray m_hash;
};

} // namespace

TEST_CASE("every command keeps to the exit codes: 1 and 2 change nothing, skipped rows never exit 0")
{
    const std::map<QString, QList<Case>> all = cases();
    const QStringList commands = registeredCommands();
    REQUIRE(commands.size() > 20);
    const QString dir = templateDir().path();

    // One ledger of each kind for every case; a case that writes (exit 0 or 3) gets the next one a fresh copy.
    WorkLedger plain("plain.sqlite");
    WorkLedger guarded("guarded.sqlite");
    for (const QString& command : commands) {
        INFO("command " << command.toStdString());
        const auto found = all.find(command);
        CHECK(found != all.end()); // a new command needs its cases here
        if (found == all.end())
            continue;
        for (const Case& c : found->second) {
            WorkLedger& ledger = c.viewer ? guarded : plain;
            const QString db = ledger.location();
            QStringList arguments = c.arguments;
            arguments.replaceInStrings(QStringLiteral("{dir}"), dir);
            arguments.replaceInStrings(QStringLiteral("{db}"), db);
            INFO("case " << c.what << ": jifen-cli " << arguments.join(u' ').toStdString());
            const QByteArray before = ledger.hash();
            const CliResult result
                = runCli(db, arguments, {},
                         {{QStringLiteral("JIFEN_USER"), c.viewer ? QStringLiteral("viewer") : QStringLiteral("cli-tester")},
                          {QStringLiteral("JIFEN_PASSWORD"), viewerPassword},
                          {QStringLiteral("JIFEN_NEW_PASSWORD"), QStringLiteral("newcomer-secret-1")}});
            const QByteArray after = ledgerHash(db);
            INFO("stdout: " << result.out.toStdString() << "\nstderr: " << result.err.toStdString());
            CHECK(result.exitCode == c.exitCode);
            if (result.exitCode == 1 || result.exitCode == 2) {
                CHECK(before == after); // refused: nothing changed
                CHECK_FALSE(result.err.trimmed().isEmpty()); // the reason on stderr
            }
            if (c.skipsRows)
                CHECK(result.exitCode != 0);
            if (result.exitCode == 3) {
                CHECK(c.arguments.contains(QStringLiteral("--skip-invalid")));
                CHECK(result.err.contains(QRegularExpression(QStringLiteral("\\d+ rows (would be )?written, \\d+ skipped"))));
            }
            if (before != after)
                ledger.remake();
        }
    }
    for (const auto& [command, unused] : all)
        CHECK(commands.contains(command)); // a case for a command that no longer exists
}
