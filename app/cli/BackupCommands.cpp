// backup, restore: copies of the ledger.
#include "Cli.h"

#include "storage/Backup.h"

#include <QDir>

namespace jifen::cli {

namespace {

int backupCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Context::tr("Where to write the copy."));
    const QCommandLineOption list(QStringLiteral("list"), Context::tr("List the automatic backups instead."));
    parser.addOption(list);
    if (const auto stop = context.parse(parser, Context::tr("Write a consistent copy of the ledger, even while it is "
                                                            "in use (SQLite's online backup)."),
                                        0, 1))
        return *stop;
    Database& db = context.database();
    if (parser.isSet(list)) {
        for (const Backup::Info& info : Backup::list(db.path()))
            context.out() << QDir::toNativeSeparators(info.path) << '\t'
                          << info.created.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << '\t' << info.reason << '\t'
                          << Context::tr("%1 members, %2 entries").arg(info.members).arg(info.entries) << '\n';
        context.out().flush();
        return Ok;
    }
    if (parser.positionalArguments().isEmpty())
        return context.fail(Context::tr("Name the file to write, or use --list."), UsageError);
    context.ledger(); // signs in: a backup holds everyone's data
    const QString target = parser.positionalArguments().constFirst();
    Backup::write(db, target);
    context.out() << Context::tr("Backup written: %1").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    return Ok;
}

int restoreCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Context::tr("The backup to restore."));
    if (const auto stop = context.parse(parser, Context::tr("Replace the ledger with a backup after verifying the "
                                                            "backup's chain; the replaced ledger is kept beside it."),
                                        1, 1))
        return *stop;
    const QString kept = Backup::restore(context.ledger(), parser.positionalArguments().constFirst());
    context.out() << Context::tr("Restored. The replaced ledger was kept as %1").arg(QDir::toNativeSeparators(kept))
                  << Qt::endl;
    return Ok;
}

} // namespace

JIFEN_CLI_COMMAND("backup", QT_TRANSLATE_NOOP("CliCommand", "write a copy of the ledger, or list automatic backups"),
                  backupCommand);
JIFEN_CLI_COMMAND("restore", QT_TRANSLATE_NOOP("CliCommand", "restore the ledger from a verified backup"),
                  restoreCommand);

} // namespace jifen::cli
