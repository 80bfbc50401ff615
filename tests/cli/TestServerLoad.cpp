// Issue 10, item 6: several clerks (processes here) enter points into one server ledger at once. Run by
// tests/run-on-postgres.sh only (it needs JIFEN_TEST_POSTGRES); JIFEN_LOAD_SECONDS bounds the run (default 20).
#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace jifen;
using namespace jifen::test;

namespace {

constexpr int members = 6;
constexpr int pointWorkers = 6;
constexpr int importWorkers = 2;
constexpr int rowsPerImport = 25;

QJsonObject json(const CliResult& result)
{
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(result.rawOut);
    REQUIRE(doc.isObject());
    return doc.object();
}

QStringList lines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

// The ranking and eligibility of `db` as JSON text, for comparing two ledgers.
QByteArray verdicts(const QString& db)
{
    QByteArray all;
    for (const QString& month : {QStringLiteral("2026-03"), QStringLiteral("2026-04"), QStringLiteral("2026")})
        all += runCli(db,
                      {QStringLiteral("ranking"), QStringLiteral("--period"), month, QStringLiteral("--format"),
                       QStringLiteral("json"), QStringLiteral("--reveal-ids")})
                   .rawOut;
    all += runCli(db,
                  {QStringLiteral("eligibility"), QStringLiteral("--year"), QStringLiteral("2026"),
                   QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--reveal-ids")})
               .rawOut;
    return all;
}

} // namespace

TEST_CASE("eight processes adding points and importing at once on one server ledger lose nothing, cap in turn "
          "and verify")
{
    REQUIRE_FALSE(testServer().isEmpty());
    TempDir dir;
    const QString db = dir.dbPath();
    REQUIRE(runCli(db, {QStringLiteral("init")}).exitCode == 0);
    for (int i = 1; i <= members; ++i)
        REQUIRE(runCli(db,
                       {QStringLiteral("add-member"), QStringLiteral("--name"), QStringLiteral("党员%1").arg(i),
                        QStringLiteral("--id-number"), validIdNumber(i), QStringLiteral("--branch"),
                        i % 2 ? QStringLiteral("第一党支部") : QStringLiteral("第二党支部"),
                        QStringLiteral("--join-date"), QStringLiteral("2001-07-01")})
                    .exitCode
                == 0);

    // A points file for the importers: every member, capped (A01) and uncapped (B01) rules, March and April.
    QByteArray csv = "身份证号,规则编码,日期,数量\n";
    for (int row = 0; row < rowsPerImport; ++row)
        csv += QStringLiteral("%1,%2,2026-0%3-%4,1\n")
                   .arg(validIdNumber(row % members + 1), row % 3 ? QStringLiteral("A01") : QStringLiteral("B01"))
                   .arg(3 + row % 2)
                   .arg(row % 28 + 1, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    QFile points(dir.filePath(QStringLiteral("points.csv")));
    REQUIRE(points.open(QIODevice::WriteOnly));
    points.write(csv);
    points.close();

    // Each worker is a shell loop calling the real jifen-cli until the deadline, writing one line per success
    // (the new entry's id, or the rows imported) and the messages of failures.
    const int seconds = qEnvironmentVariableIntValue("JIFEN_LOAD_SECONDS") > 0
        ? qEnvironmentVariableIntValue("JIFEN_LOAD_SECONDS")
        : 20;
    const QString script = QStringLiteral(R"sh(
end=$(( $(date +%s) + @SECONDS@ ))
i=0
while [ "$(date +%s)" -lt "$end" ]; do
    i=$((i + 1))
    if [ "$KIND" = points ]; then
        member=$(( (WORKER + i) % @MEMBERS@ ))
        rule=A01; [ $((i % 4)) = 0 ] && rule=C01
        if id=$("$CLI" --db "$DB" add-points --member "$(sed -n "$((member + 1))p" "$DIR/ids")" --rule "$rule" \
                --date "$(printf '2026-03-%02d' $(( i % 28 + 1 )))" 2>>"$DIR/fail-$WORKER"); then
            echo "$id" >>"$DIR/ok-$WORKER"
        fi
    else
        if "$CLI" --db "$DB" import-points "$DIR/points.csv" >/dev/null 2>>"$DIR/fail-$WORKER"; then
            echo @ROWS@ >>"$DIR/ok-$WORKER"
        fi
    fi
done
)sh")
                               .replace(QStringLiteral("@SECONDS@"), QString::number(seconds))
                               .replace(QStringLiteral("@MEMBERS@"), QString::number(members))
                               .replace(QStringLiteral("@ROWS@"), QString::number(rowsPerImport));
    QFile ids(dir.filePath(QStringLiteral("ids")));
    REQUIRE(ids.open(QIODevice::WriteOnly));
    for (int i = 1; i <= members; ++i)
        ids.write(validIdNumber(i).toLatin1() + '\n');
    ids.close();

    std::vector<std::unique_ptr<QProcess>> workers;
    for (int w = 0; w < pointWorkers + importWorkers; ++w) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLI"), QStringLiteral(JIFEN_CLI_PATH));
        env.insert(QStringLiteral("DB"), db);
        env.insert(QStringLiteral("DIR"), dir.path());
        env.insert(QStringLiteral("WORKER"), QString::number(w));
        env.insert(QStringLiteral("KIND"), w < pointWorkers ? QStringLiteral("points") : QStringLiteral("import"));
        env.insert(QStringLiteral("JIFEN_USER"), QStringLiteral("clerk-%1").arg(w));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        REQUIRE(process->waitForStarted());
        workers.push_back(std::move(process));
    }
    for (auto& process : workers) {
        REQUIRE(process->waitForFinished((seconds + 120) * 1000));
        CHECK(process->exitCode() == 0);
    }

    // Nothing failed, and the ledger holds exactly the entries the workers were told were written.
    qint64 expected = 0;
    QSet<qint64> entryIds;
    for (int w = 0; w < pointWorkers + importWorkers; ++w) {
        const QStringList failures = lines(dir.filePath(QStringLiteral("fail-%1").arg(w)));
        INFO("worker " << w << ": " << failures.join(u'\n').toStdString());
        CHECK(failures.isEmpty());
        for (const QString& line : lines(dir.filePath(QStringLiteral("ok-%1").arg(w)))) {
            if (w < pointWorkers) {
                CHECK(!entryIds.contains(line.trimmed().toLongLong())); // no id handed out twice
                entryIds.insert(line.trimmed().toLongLong());
                ++expected;
            } else {
                expected += line.toLongLong();
            }
        }
    }
    CHECK(entryIds.size() >= pointWorkers); // every clerk got through, more than once in all
    const QJsonObject entries
        = json(runCli(db, {QStringLiteral("entries"), QStringLiteral("--format"), QStringLiteral("json")}));
    CHECK(entries.value(QStringLiteral("entries")).toArray().size() == expected);

    // verify walks the chain (one line, whoever wrote) and compares every stored total with a recomputation made
    // serially from the entries: the caps were applied as if the writes came one after the other.
    const CliResult verified = runCli(db, {QStringLiteral("verify")});
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);

    // The same ledger copied into a file ranks and judges exactly the same.
    const QString file = dir.filePath(QStringLiteral("copy.sqlite"));
    const CliResult copied
        = runCli({}, {QStringLiteral("copy"), QStringLiteral("--from"), db, QStringLiteral("--to"), file});
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);
    CHECK(verdicts(file) == verdicts(db));
}
