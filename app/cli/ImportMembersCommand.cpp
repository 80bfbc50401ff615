// import-members: a roster file (CSV or Excel's Unicode text) into the ledger.
#include "Cli.h"
#include "io/CsvReader.h"
#include "io/RosterImporter.h"
#include "model/IdNumber.h"
#include "storage/MemberImport.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace jifen::cli {

namespace {

QString rowList(const QList<int>& rows)
{
    QStringList numbers;
    for (const int row : rows)
        numbers.append(QString::number(row));
    return numbers.join(QStringLiteral(", "));
}

std::optional<char> delimiterFromKey(const QString& key)
{
    if (key == u"auto")
        return char(0);
    if (key == u"comma" || key == u",")
        return ',';
    if (key == u"semicolon" || key == u";")
        return ';';
    if (key == u"tab")
        return '\t';
    return std::nullopt;
}

int importMembersCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      Context::tr("The file's encoding: auto (default), utf-8, gb18030 or utf-16."),
                                      QStringLiteral("auto|utf-8|gb18030|utf-16"), QStringLiteral("auto"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                       Context::tr("The separator: auto (default), comma, semicolon or tab."),
                                       QStringLiteral("auto|comma|semicolon|tab"), QStringLiteral("auto"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Context::tr("Check the file and show what would change, without writing."));
    const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"),
                                         Context::tr("Import the valid rows even when other rows have errors."));
    const QCommandLineOption listMissing(QStringLiteral("list-missing"),
                                         Context::tr("List the members on the roster the file does not name (they "
                                                     "are left as they are)."));
    const QCommandLineOption branch(QStringLiteral("branch"),
                                    Context::tr("The branch of rows that name none (created when new)."),
                                    Context::tr("BRANCH"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     Context::tr("A column mapping profile (JSON) to read the headers with."),
                                     Context::tr("FILE"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 Context::tr("Read the column HEADER as FIELD (name, id_number, branch, phone, ..., "
                                             "or ignore); may be repeated."),
                                 Context::tr("HEADER=FIELD"));
    const QCommandLineOption saveMapping(QStringLiteral("save-mapping"),
                                         Context::tr("Save the column mapping used (profile and --map) to FILE."),
                                         Context::tr("FILE"));
    for (const auto* o :
         {&encoding, &delimiter, &dryRun, &skipInvalid, &listMissing, &branch, &mapping, &map, &saveMapping})
        parser.addOption(*o);
    parser.addPositionalArgument(Context::tr("FILE"), Context::tr("The roster: CSV or tab-separated text."));
    if (const auto stop = context.parse(parser,
                                        Context::tr("Import a roster, matching members by ID number: new members are "
                                                    "added, changed ones updated, unchanged ones left alone. With any "
                                                    "error nothing is written, unless --skip-invalid."),
                                        1, 1))
        return *stop;

    RosterImporter::Options options;
    const auto request = TextDecoding::requestFromKey(parser.value(encoding));
    if (!request)
        return context.fail(Context::tr("--encoding must be auto, utf-8, gb18030 or utf-16."), UsageError);
    options.csv.encoding = *request;
    const auto separator = delimiterFromKey(parser.value(delimiter));
    if (!separator)
        return context.fail(Context::tr("--delimiter must be auto, comma, semicolon or tab."), UsageError);
    options.csv.delimiter = *separator;
    options.defaultBranch = parser.value(branch).trimmed();
    if (parser.isSet(mapping)) {
        ImportIssues profileIssues;
        options.mapping = RosterMapping::load(parser.value(mapping), &profileIssues);
        for (const ImportIssue& issue : std::as_const(profileIssues))
            context.err() << issue.toText(parser.value(mapping)) << '\n';
        if (hasErrors(profileIssues))
            return context.fail(Context::tr("The mapping profile cannot be used."));
    }
    for (const QString& pair : parser.values(map)) {
        const qsizetype equals = pair.lastIndexOf(u'=');
        const auto field = equals > 0 ? RosterMapping::fieldFromKey(pair.mid(equals + 1).trimmed()) : std::nullopt;
        if (!field)
            return context.fail(Context::tr("--map needs HEADER=FIELD with FIELD one of: %1, ignore.")
                                    .arg(MemberImport::fieldKeys().join(QStringLiteral(", "))),
                                UsageError);
        options.mapping.setOverride(pair.left(equals).trimmed(), *field);
    }
    if (parser.isSet(saveMapping)) {
        QString error;
        if (!options.mapping.save(parser.value(saveMapping), &error))
            return context.fail(error);
    }

    const QString fileName = parser.positionalArguments().constFirst();
    const QString shownName = QFileInfo(fileName).fileName();
    // JIFEN_TIMING=1 reports how long reading and checking the file took (benchmarks/roster_import.sh).
    QElapsedTimer timer;
    timer.start();
    const RosterImporter::Result read = RosterImporter::read(fileName, options);
    if (qEnvironmentVariableIsSet("JIFEN_TIMING"))
        context.err() << QStringLiteral("import-members: read and check %1 ms").arg(timer.elapsed()) << Qt::endl;
    QTextStream& out = context.out();
    if (read.table.rowCount() > 0 && read.headerRow > 0)
        out << Context::tr("%1: %2, separated by %3; header in row %4.")
                   .arg(shownName, TextDecoding::displayName(read.table.encoding()),
                        CsvReader::delimiterName(read.table.delimiter()))
                   .arg(read.headerRow)
            << '\n';
    else if (read.table.rowCount() > 0)
        out << Context::tr("%1: %2, separated by %3; no header row found.")
                   .arg(shownName, TextDecoding::displayName(read.table.encoding()),
                        CsvReader::delimiterName(read.table.delimiter()))
            << '\n';
    for (const ImportIssue& issue : read.issues)
        out << issue.toText(shownName) << '\n';
    if (read.hasFileErrors())
        return context.fail(Context::tr("Nothing was written: the file cannot be imported as it is."));

    const QList<MemberImport::Row> rows = MemberImport::rowsFrom(read);
    QList<int> refused;
    for (const RosterImporter::Record& record : read.records)
        if (record.refused)
            refused.append(record.row);
    MemberImport::Options apply = MemberImport::optionsFrom(read);
    apply.skipInvalid = parser.isSet(skipInvalid);
    // Rows the file refuses mean nothing is written without --skip-invalid; the rest is still worked out, to show.
    apply.dryRun = parser.isSet(dryRun) || (!refused.isEmpty() && !apply.skipInvalid);
    apply.listMissing = parser.isSet(listMissing);
    apply.source = shownName;
    const MemberImport::Result result = MemberImport(context.ledger()).apply(rows, apply);

    for (const MemberImport::Refusal& refusal : result.refused) {
        refused.append(refusal.row);
        out << Context::tr("Error: %1, row %2: %3").arg(shownName).arg(refusal.row).arg(refusal.message) << '\n';
    }
    std::sort(refused.begin(), refused.end());

    out << Context::tr("Added: %1").arg(result.added.size()) << '\n';
    out << Context::tr("Updated: %1").arg(result.updated.size()) << '\n';
    for (const MemberImport::Update& update : result.updated)
        out << "  " << Context::tr("row %1, %2: %3").arg(update.row).arg(update.name, update.fields.join(u", "))
            << '\n';
    out << Context::tr("Unchanged: %1").arg(result.unchanged.size()) << '\n';
    out << Context::tr("Refused: %1").arg(refused.size());
    if (!refused.isEmpty())
        out << ' ' << Context::tr("(rows %1)").arg(rowList(refused));
    out << '\n';
    if (!result.newBranches.isEmpty())
        out << Context::tr("New branches: %1").arg(result.newBranches.join(QStringLiteral(", "))) << '\n';
    if (apply.listMissing) {
        out << Context::tr("On the roster but not in the file (left as they are): %1").arg(result.missing.size())
            << '\n';
        for (const Member& m : result.missing)
            out << "  " << m.name << '\t' << IdNumber::masked(m.idNumber) << '\t' << m.branchName << '\n';
    }
    if (result.written && result.added.isEmpty() && result.updated.isEmpty() && result.newBranches.isEmpty())
        out << Context::tr("Nothing to write: the roster already matches the file.") << '\n';
    else if (result.written)
        out << Context::tr("Written.") << '\n';
    else if (parser.isSet(dryRun))
        out << Context::tr("Dry run: nothing was written.") << '\n';
    if (!refused.isEmpty() && !apply.skipInvalid)
        return context.fail(Context::tr("Nothing was written: correct the rows with errors, or use --skip-invalid to "
                                        "import the others."));
    out.flush();
    return importExit(context, result.added.size() + result.updated.size(), refused.size(), parser.isSet(dryRun));
}

} // namespace

JIFEN_CLI_COMMAND("import-members",
                  QT_TRANSLATE_NOOP("CliCommand", "import a roster (CSV or tab-separated text) by ID number"),
                  importMembersCommand);

} // namespace jifen::cli
