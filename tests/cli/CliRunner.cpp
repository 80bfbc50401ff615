#include "CliRunner.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

namespace jifen::test {

CliResult runCli(const QString& db, const QStringList& arguments, const QByteArray& input,
                 const QMap<QString, QString>& environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.remove(QStringLiteral("JIFEN_DB"));
    env.insert(QStringLiteral("JIFEN_USER"), QStringLiteral("cli-tester"));
    env.remove(QStringLiteral("JIFEN_PASSWORD"));
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    QStringList all;
    if (!db.isEmpty())
        all << QStringLiteral("--db") << db;
    all << arguments;
    process.start(QStringLiteral(JIFEN_CLI_PATH), all);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.rawOut = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.rawOut);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace jifen::test

namespace jifen::test {

QMap<QString, QString> chineseLocale()
{
    return {{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")},
            {QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8")},
            {QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN")}};
}

int auditCount(const QString& db)
{
    const CliResult audit = runCli(db, {QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("100000"),
                                        QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(audit.exitCode == 0);
    return static_cast<int>(QJsonDocument::fromJson(audit.out.toUtf8()).array().size());
}

QString pdfLayoutText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace jifen::test
