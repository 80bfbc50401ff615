// verify: the tamper-evidence check.
#include "Cli.h"

#include "storage/LedgerVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jifen::cli {

namespace {

int verifyCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), Context::tr("text (default) or json."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    parser.addOption(format);
    if (const auto stop = context.parse(parser, Context::tr("Check the ledger against its hash-chained audit log. "
                                                            "Exits 1 and names the first broken link when anything "
                                                            "was changed outside Jifen."),
                                        0, 0))
        return *stop;
    const QString kind = parser.value(format);
    if (kind != u"text" && kind != u"json")
        return context.fail(Context::tr("--format must be text or json."), UsageError);

    const LedgerVerifier::Result result = LedgerVerifier(context.database()).run();
    if (kind == u"json") {
        QJsonArray problems;
        for (const auto& p : result.problems)
            problems.append(QJsonObject{{QStringLiteral("audit_id"), p.auditId},
                                        {QStringLiteral("table"), p.table},
                                        {QStringLiteral("row_id"), p.rowId},
                                        {QStringLiteral("message"), p.message}});
        context.writeOutput({}, QJsonDocument(QJsonObject{{QStringLiteral("ok"), result.ok()},
                                                          {QStringLiteral("audit_records"), result.auditRecords},
                                                          {QStringLiteral("rows_checked"), result.rowsChecked},
                                                          {QStringLiteral("head_hash"), result.headHash},
                                                          {QStringLiteral("problems"), problems}})
                                    .toJson(QJsonDocument::Indented));
        return result.ok() ? Ok : DataError;
    }
    if (result.ok()) {
        context.out() << Context::tr("Ledger verified: %1 audit records, %2 rows; chain head %3")
                             .arg(result.auditRecords)
                             .arg(result.rowsChecked)
                             .arg(result.headHash.isEmpty() ? QStringLiteral("-") : result.headHash)
                      << Qt::endl;
        return Ok;
    }
    context.err() << Context::tr("The ledger FAILED verification. First broken link:") << '\n'
                  << "  " << result.problems.constFirst().message << '\n';
    if (result.problems.size() > 1) {
        context.err() << Context::tr("Further problems:") << '\n';
        for (qsizetype i = 1; i < result.problems.size(); ++i)
            context.err() << "  " << result.problems[i].message << '\n';
    }
    context.err().flush();
    return DataError;
}

} // namespace

JIFEN_CLI_COMMAND("verify", QT_TRANSLATE_NOOP("CliCommand", "check the ledger against its hash-chained audit log"),
                  verifyCommand);

} // namespace jifen::cli
