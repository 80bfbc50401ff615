// import-points: points entries from a CSV file, all or nothing unless --skip-invalid.
#include "Cli.h"
#include "io/CsvReader.h"
#include "storage/PointsImport.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <future>

namespace jifen::cli {

namespace {

int importPointsCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE.csv"),
        Context::tr(
            "Columns 身份证号,规则编码,日期,数量,备注 (or id_number,rule_code,date,quantity,note) in any order; "
            "UTF-8 with or without BOM, or GB18030."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Context::tr("Check the file and write nothing."));
    const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"),
                                         Context::tr("Import the good rows and skip the rows with errors."));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      Context::tr("auto (default), utf-8, gb18030 or utf-16."), Context::tr("ENCODING"),
                                      QStringLiteral("auto"));
    for (const auto* option : {&dryRun, &skipInvalid, &encoding})
        parser.addOption(*option);
    if (const auto stop = context.parse(
            parser,
            Context::tr("Import points entries from a CSV file, in file order. Without --skip-invalid, any error "
                        "means nothing is written."),
            1, 1))
        return *stop;
    CsvReader::Options options;
    const auto request = TextDecoding::requestFromKey(parser.value(encoding));
    if (!request)
        return context.fail(Context::tr("--encoding must be auto, utf-8, gb18030 or utf-16."), UsageError);
    options.encoding = *request;

    const QString fileName = parser.positionalArguments().constFirst();
    const QString shownName = QFileInfo(fileName).fileName();
    // JIFEN_TIMING=1 reports how long reading the file (with opening the ledger) and checking it took
    // (benchmarks/scoring_bench.sh); apply() reports its own phases.
    const bool timing = qEnvironmentVariableIsSet("JIFEN_TIMING");
    QElapsedTimer timer;
    timer.start();
    // The file's bytes are read on a second thread while the ledger opens and the import loads its members and
    // rules. (A ledger with operators thus asks for the sign-in before a file that cannot be read is reported.)
    ImportIssues readIssues;
    std::future<QByteArray> reading = std::async(std::launch::async, [&fileName, &readIssues] {
        return CsvReader::readFile(fileName, &readIssues);
    });
    PointsImport import(context.ledger());
    QByteArray data = reading.get();
    if (timing)
        context.err() << QStringLiteral("import-points: read %1 ms").arg(timer.restart()) << Qt::endl;
    if (!hasErrors(readIssues))
        readIssues = import.addFile(data, options);
    data = QByteArray(); // the checked rows hold what the import needs: the file's text goes before the writing
    if (timing)
        context.err() << QStringLiteral("import-points: check %1 ms").arg(timer.restart()) << Qt::endl;
    if (int exitCode = DataError; !reportReadIssues(context, fileName, readIssues, &exitCode))
        return exitCode;

    for (const ImportIssue& issue : import.issues())
        context.err() << issue.toText(shownName) << '\n';
    if (import.rowsWithIssues() > import.issues().size())
        context.err() << Context::tr("… and more errors in other rows.") << '\n';
    context.err().flush();
    if (!import.hasHeader())
        return context.fail(Context::tr("Nothing was imported."));
    if (!import.issues().isEmpty() && !parser.isSet(skipInvalid)) {
        return context.fail(Context::tr("%1 of %2 rows have errors; nothing was imported.")
                                .arg(import.rowsWithIssues())
                                .arg(import.rowsRead()));
    }
    if (parser.isSet(dryRun)) {
        context.out() << Context::tr("Dry run: %1 rows would be imported, %2 skipped; nothing was written.")
                             .arg(import.rows().size())
                             .arg(import.rowsWithIssues())
                      << Qt::endl;
        return importExit(context, import.rows().size(), import.rowsWithIssues(), true);
    }
    const qint64 first = import.apply(shownName);
    if (first == 0)
        context.out() << Context::tr("Nothing to import.") << Qt::endl;
    else
        context.out() << Context::tr("%1 entries imported (ids %2 to %3), %4 rows skipped.")
                             .arg(import.rows().size())
                             .arg(first)
                             .arg(first + import.rows().size() - 1)
                             .arg(import.rowsWithIssues())
                      << Qt::endl;
    return importExit(context, first == 0 ? 0 : import.rows().size(), import.rowsWithIssues(), false);
}

} // namespace

JIFEN_CLI_COMMAND("import-points", QT_TRANSLATE_NOOP("CliCommand", "import points entries from a CSV file"),
                  importPointsCommand);

} // namespace jifen::cli
