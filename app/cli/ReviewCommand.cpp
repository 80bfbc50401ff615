// review enable|disable|list|approve|reject: the second pair of eyes (审核).
#include "Cli.h"

#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jifen::cli {

namespace {

int reviewCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 Context::tr("enable, disable, list, approve ID..., or reject ID... --reason TEXT."));
    const QCommandLineOption reason(QStringLiteral("reason"), Context::tr("Why the entries are rejected."),
                                    Context::tr("TEXT"));
    const QCommandLineOption format(QStringLiteral("format"), Context::tr("text (default) or json, for list."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    parser.addOption(reason);
    parser.addOption(format);
    if (const auto stop = context.parse(parser, Context::tr("Review entries: while review is on, an entry counts only "
                                                            "once a reviewer other than its clerk has approved it."),
                                        1, 100000))
        return *stop;
    QStringList args = parser.positionalArguments();
    const QString action = args.takeFirst();
    Ledger& ledger = context.ledger();
    if (action == u"enable" || action == u"disable") {
        ledger.setSetting(QStringLiteral("review_enabled"), action == u"enable" ? QStringLiteral("1") : QStringLiteral("0"));
        context.out() << (action == u"enable" ? Context::tr("Review is on: new entries wait for approval.")
                                              : Context::tr("Review is off: new entries count at once."))
                      << Qt::endl;
        return Ok;
    }
    if (action == u"list") {
        const QList<Entry> pending = ledger.pendingEntries();
        if (parser.value(format) == u"json") {
            QJsonArray rows;
            for (const Entry& e : pending) {
                const auto m = ledger.member(e.memberId);
                rows.append(QJsonObject{{QStringLiteral("id"), e.id},
                                        {QStringLiteral("name"), m ? m->name : QString()},
                                        {QStringLiteral("rule_id"), e.ruleId},
                                        {QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                                        {QStringLiteral("quantity"), e.quantity},
                                        {QStringLiteral("note"), e.note},
                                        {QStringLiteral("entered_by"), e.enteredBy}});
            }
            return context.print(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        }
        for (const Entry& e : pending) {
            const auto m = ledger.member(e.memberId);
            context.out() << e.id << '\t' << (m ? m->name : QString()) << '\t' << e.date.toString(Qt::ISODate) << '\t'
                          << e.quantity << '\t' << e.enteredBy << '\t' << e.note << '\n';
        }
        context.out().flush();
        return Ok;
    }
    if (action != u"approve" && action != u"reject")
        return context.fail(Context::tr("Unknown action %1.").arg(action), UsageError);
    if (args.isEmpty())
        return context.fail(Context::tr("Name the entries to %1 by their ids.").arg(action), UsageError);
    if (action == u"reject" && parser.value(reason).trimmed().isEmpty())
        return context.fail(Context::tr("A rejection needs --reason."), UsageError);
    QList<qint64> ids;
    for (const QString& arg : std::as_const(args)) {
        bool ok = false;
        ids << arg.toLongLong(&ok);
        if (!ok)
            return context.fail(Context::tr("Not an entry id: %1").arg(arg), UsageError);
    }
    // All or nothing: one refused entry leaves every other one as it was.
    Transaction transaction(context.database());
    for (const qint64 id : std::as_const(ids))
        ledger.reviewEntry(id, action == u"approve", parser.value(reason));
    transaction.commit();
    context.out() << (action == u"approve" ? Context::tr("%n entries approved.", nullptr, static_cast<int>(ids.size()))
                                           : Context::tr("%n entries rejected.", nullptr, static_cast<int>(ids.size())))
                  << Qt::endl;
    return Ok;
}

} // namespace

JIFEN_CLI_COMMAND("review", QT_TRANSLATE_NOOP("CliCommand", "review pending entries (审核)"), reviewCommand);

} // namespace jifen::cli
