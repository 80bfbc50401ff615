// The fault harness: kills jifen-cli with SIGKILL at random moments while it writes, then checks that the file is
// intact (PRAGMA integrity_check), that the chain verifies, and that each write is wholly there or not at all.
// Also: a full disk, a read-only file, and several processes writing at once. Prints its counts; exits 1 on any failure.
//
//   fault_harness --cli PATH [--runs N] [--seed S] [--workdir DIR]

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDate>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

QTextStream out(stdout);

struct Counts {
    qint64 members = 0, entries = 0, rules = 0, versions = 0, audit = 0;
    bool operator==(const Counts&) const = default;
};

// A scenario: a command that writes `delta` rows at once, and the files it needs.
struct Scenario {
    QString name;
    std::function<QStringList(int run, const QString& dir)> arguments;
    std::function<Counts(const Counts& before)> after; // the counts when the command completed
    int killShare = 1; // kills aimed at: runs / killShare (keeps the harness's running time bounded)
    QString ledger; // empty: the harness's main ledger
};

QString cliPath;

int runCli(const QString& db, const QStringList& args, QString* err = nullptr,
           const std::function<void()>& childSetup = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("JIFEN_USER"), QStringLiteral("harness"));
    process.setProcessEnvironment(env);
#ifdef Q_OS_UNIX
    if (childSetup)
        process.setChildProcessModifier(childSetup);
#endif
    process.start(cliPath, QStringList{QStringLiteral("--db"), db} + args);
    process.waitForFinished(300000);
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

Counts counts(const QString& db, QString* integrity)
{
    Counts c;
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("harness"));
        sql.setDatabaseName(db);
        if (sql.open()) {
            QSqlQuery q(sql);
            if (integrity) {
                q.exec(QStringLiteral("PRAGMA integrity_check"));
                *integrity = q.next() ? q.value(0).toString() : QStringLiteral("no answer");
            }
            auto count = [&](const char* table) {
                QSqlQuery n(sql);
                n.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
                return n.next() ? n.value(0).toLongLong() : -1;
            };
            c.members = count("members");
            c.entries = count("entries");
            c.rules = count("rules");
            c.versions = count("rule_versions");
            c.audit = count("audit_log");
            sql.close();
        } else if (integrity) {
            *integrity = QStringLiteral("cannot open");
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("harness"));
    return c;
}

// A valid 18-character ID number for a serial.
QString idNumber(int serial)
{
    QString first17 = QStringLiteral("110105%1%2")
                          .arg(QDate(1960, 1, 1).addDays(serial % 15000).toString(QStringLiteral("yyyyMMdd")))
                          .arg(serial % 1000, 3, 10, QLatin1Char('0'));
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char codes[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * weights[i];
    return first17 + QLatin1Char(codes[sum % 11]);
}

// An ID number of another district than idNumber()'s, so imported rosters never meet the members added one by one.
QString importedIdNumber(int serial)
{
    QString first17 = QStringLiteral("110106%1%2")
                          .arg(QDate(1950, 1, 1).addDays(serial / 900).toString(QStringLiteral("yyyyMMdd")))
                          .arg(serial % 900 + 100, 3, 10, QLatin1Char('0'));
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char codes[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * weights[i];
    return first17 + QLatin1Char(codes[sum % 11]);
}

// A roster of `rows` new members (serials from `first`), as an Excel export would give it.
QByteArray roster(int first, int rows)
{
    QByteArray csv = "姓名,身份证号,所在支部,入党时间,人员类别\n";
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("导入%1,%2,导入支部%3,2005-07-01,正式党员\n")
                   .arg(first + i)
                   .arg(importedIdNumber(first + i))
                   .arg((first + i) % 7)
                   .toUtf8();
    return csv;
}

// `rows` points on one date for the first `members` imported members, by rules R1, R2, ... in turn.
QByteArray pointsFile(int rows, int members, QDate date)
{
    QByteArray csv = "身份证号,规则编码,日期,数量,备注\n";
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("%1,R%2,%3,1,批量导入\n")
                   .arg(importedIdNumber(i % members))
                   .arg(i / members + 1)
                   .arg(date.toString(Qt::ISODate))
                   .toUtf8();
    return csv;
}

QString writeFile(const QString& dir, const QString& name, const QByteArray& data)
{
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(data);
    return path;
}

// A rule-set file with many rules whose points differ from run to run: its import adds a version to every rule in one
// long transaction.
QByteArray bigRuleSet(int run, int rules)
{
    QByteArray json = "{\"format\": \"jifen-rules/1\", \"rules\": [";
    for (int i = 0; i < rules; ++i)
        json += (i ? "," : "") + QStringLiteral("{\"code\": \"R%1\", \"name\": \"规则%1\", \"points\": %2}")
                                     .arg(i)
                                     .arg(run + 2)
                                     .toUtf8();
    return json + "]}";
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    out.setEncoding(QStringConverter::Utf8);
    QCommandLineParser parser;
    const QCommandLineOption cli(QStringLiteral("cli"), QStringLiteral("jifen-cli to drive."), QStringLiteral("PATH"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Kills per scenario."),
                                        QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"),
                                        QStringLiteral("20261126"));
    parser.addOptions({cli, runsOption, seedOption});
    parser.addHelpOption();
    parser.process(app);
    cliPath = parser.value(cli);
    const int runs = parser.value(runsOption).toInt();
    QRandomGenerator random(parser.value(seedOption).toUInt());

    QTemporaryDir work;
    QFile::setPermissions(work.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                           | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const QString db = work.filePath(QStringLiteral("ledger.sqlite"));
    if (runCli(db, {QStringLiteral("init")}) != 0) {
        out << "cannot initialise a ledger with " << cliPath << Qt::endl;
        return 1;
    }

    // The imports and the batch write to a ledger of their own, so the main ledger stays small for the checks below
    // (a full disk, several writers at once), and verify after each kill stays quick.
    const QString importsDb = work.filePath(QStringLiteral("imports.sqlite"));
    if (runCli(importsDb, {QStringLiteral("init")}) != 0
        || runCli(importsDb, {QStringLiteral("import-rules"),
                              writeFile(work.path(), QStringLiteral("import-rules.json"), bigRuleSet(0, 10))})
            != 0) {
        out << "cannot initialise the imports ledger with " << cliPath << Qt::endl;
        return 1;
    }
    int serial = 0;
    static constexpr int importRows = 100, pointRows = 400;
    QList<Scenario> scenarios{
        {QStringLiteral("rule-set import (1500 rules in one transaction)"),
         [&](int run, const QString& dir) {
             return QStringList{QStringLiteral("import-rules"),
                                writeFile(dir, QStringLiteral("rules-%1.json").arg(run), bigRuleSet(run, 1500))};
         },
         [](const Counts& before) {
             Counts c = before;
             c.versions += 1500; // a new version of every rule
             return c;
         },
         1,
         {}},
        {QStringLiteral("member added with a new branch"),
         [&](int, const QString&) {
             ++serial;
             return QStringList{QStringLiteral("add-member"), QStringLiteral("--name"), QStringLiteral("党员%1").arg(serial),
                                QStringLiteral("--id-number"), idNumber(serial), QStringLiteral("--branch"),
                                QStringLiteral("支部%1").arg(serial)};
         },
         [](const Counts& before) {
             Counts c = before;
             c.members += 1;
             return c;
         },
         1,
         {}},
        // Each run imports a roster of new members; the timing run (-1) imports the members the points below name.
        {QStringLiteral("member import (%1 rows in one transaction)").arg(importRows),
         [&](int run, const QString& dir) {
             return QStringList{QStringLiteral("import-members"),
                                writeFile(dir, QStringLiteral("roster-%1.csv").arg(run),
                                          roster((run + 1) * importRows, importRows))};
         },
         [](const Counts& before) {
             Counts c = before;
             c.members += importRows;
             return c;
         },
         4, importsDb},
        // Each run on a date of its own, so no run repeats another's entries.
        {QStringLiteral("points import (%1 rows in one transaction)").arg(pointRows),
         [&](int run, const QString& dir) {
             return QStringList{QStringLiteral("import-points"),
                                writeFile(dir, QStringLiteral("points-%1.csv").arg(run),
                                          pointsFile(pointRows, importRows, QDate(2025, 1, 2).addDays(run)))};
         },
         [](const Counts& before) {
             Counts c = before;
             c.entries += pointRows;
             return c;
         },
         4, importsDb},
    };

    int kills = 0, corrupt = 0, partial = 0, unverified = 0, completed = 0;
    int aimedKills = 0;
    for (const Scenario& scenario : scenarios) {
        const QString& ledger = scenario.ledger.isEmpty() ? db : scenario.ledger;
        // Time one uncut run to know where to aim the kills.
        QElapsedTimer timer;
        Counts before = counts(ledger, nullptr);
        timer.start();
        QString uncutError;
        runCli(ledger, scenario.arguments(-1, work.path()), &uncutError);
        const qint64 typical = std::max<qint64>(timer.elapsed(), 20);
        // A command that never writes would pass every check below: the uncut run must have written it all.
        // (Members and entries only: the first rule-set import also removes the default rules.)
        const Counts uncut = counts(ledger, nullptr), expected = scenario.after(before);
        if (uncut.members != expected.members || uncut.entries != expected.entries) {
            ++partial;
            out << "UNCUT " << scenario.name << " did not write what it should: " << uncutError << Qt::endl;
        }
        out << scenario.name << ": an uncut run takes " << typical << " ms" << Qt::endl;
        // Aim the kills inside the write; runs that finish first still count as checks, not as kills.
        int scenarioKills = 0;
        const int aim = std::max(1, runs / scenario.killShare);
        aimedKills += aim;
        for (int run = 0; scenarioKills < aim && run < aim * 4; ++run) {
            before = counts(ledger, nullptr);
            const Counts done = scenario.after(before);
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("JIFEN_USER"), QStringLiteral("harness"));
            process.setProcessEnvironment(env);
            process.start(cliPath, QStringList{QStringLiteral("--db"), ledger} + scenario.arguments(run, work.path()));
            process.waitForStarted();
            const int delay = static_cast<int>(random.bounded(static_cast<quint32>(typical)));
            if (!process.waitForFinished(delay)) {
                process.kill(); // SIGKILL on Unix
                process.waitForFinished();
                ++kills;
                ++scenarioKills;
            } else {
                ++completed;
            }
            QString integrity;
            const Counts now = counts(ledger, &integrity);
            if (integrity != u"ok") {
                ++corrupt;
                out << "CORRUPT after " << scenario.name << " run " << run << ": " << integrity << Qt::endl;
            }
            // The audit log may differ by the records of the write itself; the data must be all or nothing.
            Counts nowData = now, beforeData = before, doneData = done;
            nowData.audit = beforeData.audit = doneData.audit = 0;
            if (!(nowData == beforeData) && !(nowData == doneData)) {
                ++partial;
                out << "PARTIAL after " << scenario.name << " run " << run << ": members " << now.members << " (was "
                    << before.members << "), entries " << now.entries << " (was " << before.entries
                    << "), rule versions "
                    << now.versions << " (was " << before.versions << ")"
                    << Qt::endl;
            }
            QString err;
            if (runCli(ledger, {QStringLiteral("verify")}, &err) != 0) {
                ++unverified;
                out << "VERIFY FAILED after " << scenario.name << " run " << run << ": " << err << Qt::endl;
            }
        }
    }
#ifdef Q_OS_UNIX
    // A batch of add-points, one process per entry as a clerk's script would run them: the batch is killed (the shell
    // and the jifen-cli it is running) at a random moment. Each entry is all or nothing: as many entries as audit
    // records of entries, never an entry without its record or the reverse.
    {
        constexpr int batch = 8;
        auto startBatch = [&](QProcess& process, int run) {
            QStringList script;
            for (int i = 0; i < batch; ++i)
                script << QStringLiteral("'%1' --db '%2' add-points --member %3 --rule R2 --date %4 --note 批次%5")
                              .arg(cliPath, importsDb, importedIdNumber(i), QDate(2025, 6, 1).toString(Qt::ISODate))
                              .arg(run);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("JIFEN_USER"), QStringLiteral("harness"));
            process.setProcessEnvironment(env);
            process.setChildProcessModifier([] { setpgid(0, 0); }); // its own group, so one kill reaches the cli
            process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script.join(QStringLiteral(" && "))});
            process.waitForStarted();
        };
        const QString name = QStringLiteral("a batch of %1 add-points").arg(batch);
        QElapsedTimer timer;
        Counts before = counts(importsDb, nullptr);
        timer.start();
        {
            QProcess process;
            startBatch(process, -1);
            process.waitForFinished(300000);
        }
        const qint64 typical = std::max<qint64>(timer.elapsed(), 20);
        out << name << ": an uncut batch takes " << typical << " ms" << Qt::endl;
        const Counts done = counts(importsDb, nullptr);
        // Audit records one entry writes (checked on the uncut batch).
        const qint64 perEntry
            = done.entries > before.entries ? (done.audit - before.audit) / (done.entries - before.entries) : 0;
        if (done.entries - before.entries != batch || perEntry < 1) {
            ++partial;
            out << "BATCH did not complete uncut: " << done.entries - before.entries << " entries" << Qt::endl;
        }
        int batchKills = 0;
        const int aim = std::max(1, runs / 4);
        aimedKills += aim;
        for (int run = 0; batchKills < aim && run < aim * 4; ++run) {
            before = counts(importsDb, nullptr);
            QProcess process;
            startBatch(process, run);
            const int delay = static_cast<int>(random.bounded(static_cast<quint32>(typical)));
            if (!process.waitForFinished(delay)) {
                ::kill(-static_cast<pid_t>(process.processId()), SIGKILL);
                process.waitForFinished();
                ++kills;
                ++batchKills;
            } else {
                ++completed;
            }
            QString integrity;
            const Counts now = counts(importsDb, &integrity);
            if (integrity != u"ok") {
                ++corrupt;
                out << "CORRUPT after " << name << " run " << run << ": " << integrity << Qt::endl;
            }
            const qint64 added = now.entries - before.entries;
            if (added < 0 || added > batch || now.audit - before.audit != added * perEntry
                || now.members != before.members) {
                ++partial;
                out << "PARTIAL after " << name << " run " << run << ": " << added << " entries, "
                    << now.audit - before.audit << " audit records" << Qt::endl;
            }
            QString err;
            if (runCli(importsDb, {QStringLiteral("verify")}, &err) != 0) {
                ++unverified;
                out << "VERIFY FAILED after " << name << " run " << run << ": " << err << Qt::endl;
            }
        }
    }
#endif
    out << "fault harness: " << kills << " kills, " << completed << " runs finished before the kill, " << corrupt
        << " corrupt files, " << partial << " partial writes, " << unverified << " failed verifications" << Qt::endl;

    int passed = 0, failed = 0;
    auto check = [&](bool ok, const QString& what) {
        ++(ok ? passed : failed);
        out << (ok ? "ok: " : "FAILED: ") << what << Qt::endl;
    };
    check(corrupt + partial + unverified == 0 && kills >= aimedKills,
          QStringLiteral("%1 kills: 0 corrupt files, 0 partial writes, 0 failed verifications").arg(kills));

#ifdef Q_OS_UNIX
    // A full disk: the process may write only a few kilobytes more than the file already has.
    {
        const Counts before = counts(db, nullptr);
        const qint64 size = QFileInfo(db).size() + QFileInfo(db + QStringLiteral("-wal")).size();
        QString err;
        const int rc = runCli(db,
                              {QStringLiteral("import-rules"),
                               writeFile(work.path(), QStringLiteral("full.json"), bigRuleSet(9999, 3000))},
                              &err, [size]() {
                                  std::signal(SIGXFSZ, SIG_IGN);
                                  rlimit limit{static_cast<rlim_t>(size / 2 + 8192), static_cast<rlim_t>(size / 2 + 8192)};
                                  setrlimit(RLIMIT_FSIZE, &limit);
                              });
        QString integrity;
        const Counts after = counts(db, &integrity);
        check(rc == 1 && !err.isEmpty(), QStringLiteral("a full disk is a clear error (exit %1: %2)").arg(rc).arg(err.trimmed()));
        check(integrity == u"ok" && after.versions == before.versions && after.members == before.members,
              QStringLiteral("a full disk loses nothing"));
    }
    // A read-only file, for a user who may read it but not write it (root ignores file modes, so drop to nobody).
    {
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadOther);
        for (const QString& side : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::setPermissions(db + side, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther
                                                 | QFileDevice::WriteOther);
        const Counts before = counts(db, nullptr);
        QString err;
        const bool root = geteuid() == 0;
        const int rc = runCli(db,
                              {QStringLiteral("add-member"), QStringLiteral("--name"), QStringLiteral("只读"),
                               QStringLiteral("--id-number"), idNumber(424242), QStringLiteral("--branch"),
                               QStringLiteral("只读支部")},
                              &err, [root]() {
                                  if (root && (setgid(65534) != 0 || setuid(65534) != 0))
                                      _exit(99);
                              });
        const Counts after = counts(db, nullptr);
        check(rc == 1 && (err.contains(QStringLiteral("read-only")) || err.contains(QStringLiteral("permission"))),
              QStringLiteral("a read-only file is a clear error (exit %1: %2)").arg(rc).arg(err.trimmed()));
        check(after == before, QStringLiteral("a read-only file is left as it was"));
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
#endif
    // Several processes writing at once: every write lands, nothing is corrupted.
    {
        const Counts before = counts(db, nullptr);
        QList<QProcess*> writers;
        const int processes = 6, each = 5;
        for (int p = 0; p < processes; ++p) {
            auto* process = new QProcess;
            QStringList script;
            for (int i = 0; i < each; ++i) {
                const int n = 500000 + p * 100 + i;
                script << QStringLiteral("'%1' --db '%2' add-member --name 并发%3 --id-number %4 --branch 并发支部%5")
                              .arg(cliPath, db)
                              .arg(n)
                              .arg(idNumber(n))
                              .arg(p);
            }
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("JIFEN_USER"), QStringLiteral("harness"));
            process->setProcessEnvironment(env);
            process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script.join(QStringLiteral(" && "))});
            writers << process;
        }
        bool allOk = true;
        for (QProcess* process : std::as_const(writers)) {
            process->waitForFinished(300000);
            allOk = allOk && process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
            if (process->exitCode() != 0)
                out << process->readAllStandardError();
            delete process;
        }
        QString integrity;
        const Counts after = counts(db, &integrity);
        check(allOk && after.members == before.members + processes * each,
              QStringLiteral("%1 processes writing at once: every write landed").arg(processes));
        check(integrity == u"ok" && runCli(db, {QStringLiteral("verify")}) == 0,
              QStringLiteral("%1 processes writing at once: the file is intact and verifies").arg(processes));
    }
    out << "fault harness: " << passed << " passed, " << failed << " failed" << Qt::endl;
    return failed == 0 ? 0 : 1;
}
