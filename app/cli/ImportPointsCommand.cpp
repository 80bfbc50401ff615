// import-points: points entries from a CSV file, all or nothing.
#include "Cli.h"
#include "storage/PointsImport.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace jifen::cli {

namespace {

// UTF-8 with or without a byte order mark, else GB18030 (which covers GBK, what Chinese Excel writes).
// TODO(io): use core/io's TextDecoding and CsvReader once they are on main; these two functions stand in for them.
std::optional<QString> decode(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder utf8(QStringConverter::Utf8);
        QString text = utf8(QByteArrayView(bytes).sliced(3));
        return utf8.hasError() ? std::nullopt : std::optional<QString>(text);
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder gb18030("GB18030");
    if (!gb18030.isValid())
        return std::nullopt;
    text = gb18030(bytes);
    return gb18030.hasError() ? std::nullopt : std::optional<QString>(text);
}

// Splits RFC 4180 CSV into records and hands each one over as views; record n is spreadsheet row n. Returns false
// on a quote left open at the end.
template<typename Callback> bool forEachRecord(const QString& text, Callback&& callback)
{
    QList<QStringView> cells;
    QList<QString> unquoted; // quoted cells with "" inside need their own text
    const qsizetype size = text.size();
    qsizetype i = 0;
    int record = 0;
    while (i < size) {
        cells.clear();
        unquoted.clear();
        // Views into a QString in `unquoted` stay valid when the list grows: the characters do not move.
        for (;;) {
            if (i < size && text[i] == u'"') {
                const qsizetype start = ++i;
                bool doubled = false;
                for (;;) {
                    if (i >= size)
                        return false;
                    if (text[i] == u'"') {
                        if (i + 1 < size && text[i + 1] == u'"') {
                            doubled = true;
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    ++i;
                }
                QStringView cell = QStringView(text).mid(start, i - start);
                ++i; // the closing quote
                while (i < size && text[i] != u',' && text[i] != u'\n' && text[i] != u'\r')
                    ++i; // anything between the closing quote and the separator is dropped, as Excel does
                if (doubled) {
                    unquoted.append(cell.toString().replace(QStringLiteral("\"\""), QStringLiteral("\"")));
                    cell = unquoted.constLast();
                }
                cells.append(cell);
            } else {
                const qsizetype start = i;
                while (i < size && text[i] != u',' && text[i] != u'\n' && text[i] != u'\r')
                    ++i;
                cells.append(QStringView(text).mid(start, i - start));
            }
            if (i < size && text[i] == u',') {
                ++i;
                continue;
            }
            break;
        }
        if (i < size && text[i] == u'\r')
            ++i;
        if (i < size && text[i] == u'\n')
            ++i;
        callback(++record, cells);
    }
    return true;
}

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
    parser.addOption(dryRun);
    parser.addOption(skipInvalid);
    if (const auto stop = context.parse(
            parser,
            Context::tr("Import points entries from a CSV file, in file order. Without --skip-invalid, any error "
                        "means nothing is written."),
            1, 1))
        return *stop;
    const QString fileName = parser.positionalArguments().constFirst();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(Context::tr("Cannot read %1: %2").arg(fileName, file.errorString()));
    const auto text = decode(file.readAll());
    file.close();
    if (!text)
        return context.fail(Context::tr("%1 is neither UTF-8 nor GB18030 text.").arg(fileName));

    PointsImport import(context.ledger());
    bool headerOk = false;
    const bool closed = forEachRecord(*text, [&](int record, const QList<QStringView>& cells) {
        if (record == 1)
            headerOk = import.setHeader(cells);
        else if (headerOk)
            import.addRow(record, cells);
    });
    const QString shownName = QFileInfo(fileName).fileName();
    if (!closed)
        return context.fail(Context::tr("%1: a quoted cell is not closed before the end of the file.").arg(shownName));
    if (text->isEmpty())
        return context.fail(Context::tr("%1 is empty.").arg(shownName));

    for (const PointsImportIssue& issue : import.issues()) {
        if (issue.column.isEmpty())
            context.err() << Context::tr("%1: row %2: %3").arg(shownName).arg(issue.row).arg(issue.message) << '\n';
        else
            context.err() << Context::tr("%1: row %2, column %3: %4")
                                 .arg(shownName)
                                 .arg(issue.row)
                                 .arg(issue.column, issue.message)
                          << '\n';
    }
    const qsizetype more = import.rowsWithIssues() - qsizetype(import.issues().size());
    if (more > 0)
        context.err() << Context::tr("… and more errors in other rows.") << '\n';
    context.err().flush();
    if (!headerOk)
        return DataError;
    const bool hasIssues = !import.issues().isEmpty();
    if (hasIssues && !parser.isSet(skipInvalid)) {
        return context.fail(Context::tr("%1 of %2 rows have errors; nothing was imported.")
                                .arg(import.rowsWithIssues())
                                .arg(import.rowsRead()));
    }
    if (parser.isSet(dryRun)) {
        context.out() << Context::tr("Dry run: %1 rows would be imported, %2 skipped; nothing was written.")
                             .arg(import.rows().size())
                             .arg(import.rowsWithIssues())
                      << Qt::endl;
        return Ok;
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
    return Ok;
}

} // namespace

JIFEN_CLI_COMMAND("import-points", QT_TRANSLATE_NOOP("CliCommand", "import points entries from a CSV file"),
                  importPointsCommand);

} // namespace jifen::cli
