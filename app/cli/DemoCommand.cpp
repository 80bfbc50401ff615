// demo: a demonstration organisation for trying Jifen out, and for benchmarks at city scale.
#include "Cli.h"
#include "io/DemoData.h"

namespace jifen::cli {

namespace {

int demoCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption members(QStringLiteral("members"), Context::tr("How many members (default 200)."),
                                     Context::tr("N"), QStringLiteral("200"));
    const QCommandLineOption noEntries(QStringLiteral("no-entries"), Context::tr("Members only, no year of entries."));
    const QCommandLineOption seed(QStringLiteral("seed"), Context::tr("Another seed gives another organisation."),
                                  Context::tr("N"));
    parser.addOption(members);
    parser.addOption(noEntries);
    parser.addOption(seed);
    if (const auto stop = context.parse(parser,
                                        Context::tr("Load a demonstration organisation: branches, members with "
                                                    "generated ID numbers and a year of points entries."),
                                        0, 0))
        return *stop;
    bool ok = false;
    DemoData::Options options;
    options.members = parser.value(members).toInt(&ok);
    if (!ok || options.members < 1 || options.members > 1000000)
        return context.fail(Context::tr("--members must be a number from 1 to 1000000."), UsageError);
    options.entries = !parser.isSet(noEntries);
    if (parser.isSet(seed)) {
        options.seed = parser.value(seed).toUInt(&ok);
        if (!ok)
            return context.fail(Context::tr("--seed must be a whole number."), UsageError);
    }
    const DemoData::Result result = DemoData::load(context.ledger(), options);
    context.out() << Context::tr("Demonstration loaded: %1 branches, %2 members, %3 entries.")
                         .arg(result.branches)
                         .arg(result.members)
                         .arg(result.entries)
                  << Qt::endl;
    return Ok;
}

} // namespace

JIFEN_CLI_COMMAND("demo", QT_TRANSLATE_NOOP("CliCommand", "load a demonstration organisation"), demoCommand);

} // namespace jifen::cli
