// copy: a whole ledger from one engine to another (a file to a server to start sharing, a server to a file).
#include "Cli.h"
#include "storage/LedgerCopy.h"
#include "storage/LedgerVerifier.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QFileInfo>

namespace jifen::cli {

namespace {

// Verifies `db`; on a broken chain prints the first broken link and returns false.
bool verified(Context& context, Database& db, const QString& which, QString* head)
{
    const LedgerVerifier::Result result = LedgerVerifier(db).run();
    if (!result.ok()) {
        context.err() << Context::tr("%1 FAILED verification: %2").arg(which, result.problems.constFirst().message)
                      << Qt::endl;
        return false;
    }
    *head = result.headHash;
    return true;
}

int copyCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), Context::tr("The ledger to copy: a file or a server URL."),
                                  QStringLiteral("FILE_OR_URL"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Context::tr("Where to copy it: a new file or an empty server "
                                            "database."),
                                QStringLiteral("FILE_OR_URL"));
    parser.addOption(from);
    parser.addOption(to);
    if (const auto stop = context.parse(parser,
                                        Context::tr("Copy a whole ledger between files and servers, with its "
                                                    "audit chain, verifying it on both sides."),
                                        0, 0))
        return *stop;
    if (!parser.isSet(from) || !parser.isSet(to))
        return context.fail(Context::tr("Give both --from and --to."), UsageError);
    const QString source = parser.value(from);
    const QString target = parser.value(to);
    if (!Database::isServerUrl(source) && !QFileInfo::exists(source))
        return context.fail(Context::tr("No ledger file %1.").arg(source));
    if (!Database::isServerUrl(target) && QFileInfo::exists(target))
        return context.fail(Context::tr("%1 exists already: the copy goes into a new file.").arg(target));

    context.setDatabaseLocation(source);
    context.ledger(); // signs in to the source: a copy holds everyone's data
    Database& in = context.database();
    QString sourceHead;
    if (!verified(context, in, Context::tr("The source ledger"), &sourceHead))
        return DataError;

    qint64 rows = 0;
    QString targetHead;
    bool targetOk = false;
    // A copy that fails leaves no new file behind: exit 1 means nothing changed. (A server database keeps the schema
    // made for the copy; the copy itself is one transaction.)
    const auto removeNewFile = [&target] {
        if (!Database::isServerUrl(target))
            Database::removeFile(target);
    };
    try {
        Database out(target);
        rows = LedgerCopy::run(in, out);
        targetOk = verified(context, out, Context::tr("The copy"), &targetHead);
    } catch (const StorageError&) {
        removeNewFile();
        throw;
    }
    if (!targetOk || targetHead != sourceHead) {
        removeNewFile();
        if (targetOk)
            context.err()
                << Context::tr("The copy's chain head %1 differs from the source's %2.").arg(targetHead, sourceHead)
                << Qt::endl;
        return DataError;
    }
    context.out() << Context::tr("Copied %1 rows from %2 to %3; both verified, chain head %4")
                         .arg(rows)
                         .arg(in.path(), Database::isServerUrl(target) ? target : QFileInfo(target).absoluteFilePath(),
                              sourceHead.isEmpty() ? QStringLiteral("-") : sourceHead)
                  << Qt::endl;
    return Ok;
}

} // namespace

JIFEN_CLI_COMMAND("copy", QT_TRANSLATE_NOOP("CliCommand", "copy a whole ledger between a file and a server"),
                  copyCommand);

} // namespace jifen::cli
