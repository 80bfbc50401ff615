// audit: the audit log, newest first.
#include "Cli.h"
#include "model/DateText.h"
#include "storage/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jifen::cli {

namespace {

int auditCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), Context::tr("Show at most N records (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption format(QStringLiteral("format"), Context::tr("text (default) or json."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    parser.addOption(limit);
    parser.addOption(format);
    if (const auto stop = context.parse(parser, Context::tr("Show the audit log, newest first."), 0, 0))
        return *stop;
    bool ok = false;
    const int count = parser.value(limit).toInt(&ok);
    if (!ok || count < 1)
        return context.fail(Context::tr("--limit must be a positive whole number."), UsageError);
    const QString kind = parser.value(format);
    if (kind != u"text" && kind != u"json")
        return context.fail(Context::tr("--format must be text or json."), UsageError);
    const QList<AuditRecord> records = context.ledger().audit().recent(count);
    if (kind == u"json") {
        QJsonArray array;
        for (const AuditRecord& r : records)
            array.append(QJsonObject {{QStringLiteral("id"), r.id},
                                      {QStringLiteral("at"), r.at.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("operator"), r.operatorName},
                                      {QStringLiteral("action"), r.action},
                                      {QStringLiteral("entity"), r.entity},
                                      {QStringLiteral("entity_id"), r.entityId},
                                      {QStringLiteral("summary"), r.summary},
                                      {QStringLiteral("before"), AuditLog::shown(r.before)},
                                      {QStringLiteral("after"), AuditLog::shown(r.after)},
                                      {QStringLiteral("hash"), r.hash}});
        return context.print(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    for (const AuditRecord& r : records)
        context.out() << r.id << '\t' << DateText::second(r.at) << '\t' << r.operatorName << '\t' << r.action << '\t'
                      << r.summary << '\n';
    context.out().flush();
    return Ok;
}

} // namespace

JIFEN_CLI_COMMAND("audit", QT_TRANSLATE_NOOP("CliCommand", "show the audit log"), auditCommand);

} // namespace jifen::cli
