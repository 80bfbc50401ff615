#pragma once

#include "CsvTable.h"
#include "ImportIssue.h"
#include "TextDecoding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace jifen {

struct CsvReadOptions
{
    TextDecoding::Request encoding = TextDecoding::Request::Auto;
    char delimiter = 0; // 0: detect among ',', ';' and '\t'
};

// Reads comma-, semicolon- or tab-separated text (RFC 4180 quoting, any line ends, any encoding Excel writes)
// into rows of cells, with libcsv doing the quoting.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    using Options = CsvReadOptions;

    struct Result
    {
        CsvTable table;
        ImportIssues issues; // only file-level problems: unreadable file, undecodable bytes, an unclosed quote
    };

    // Reads everything from an open device; the device is not closed.
    static Result read(QIODevice* device, const Options& options = {});
    // Opens and reads a file; an unreadable file is an error issue (row 0) and an empty table.
    static Result read(const QString& fileName, const Options& options = {});
    static Result parse(const QByteArray& data, const Options& options = {});
    // As parse(), but the rows go to `consume` a part at a time, at most `rowsPerPart` rows each, as a table of their
    // own (with the file's row numbers) that lives until `consume` returns. `consume` runs on a second thread, for one
    // part after another, while the next part is read; two tables take turns, so a file of millions of rows is never
    // held as one table. The result's table holds no rows; "the file is empty" is an issue when no part had any.
    // What `consume` throws is thrown here.
    static Result parseInParts(const QByteArray& data, const Options& options, qsizetype rowsPerPart,
                               const std::function<void(const CsvTable& part)>& consume);
    // A file's bytes, for parse() or parseInParts(); an unreadable file is an error issue (row 0) in `issues`.
    static QByteArray readFile(const QString& fileName, ImportIssues* issues);

    // The lines of a text: its line feeds, plus one. No more records can be in it.
    static qsizetype lineCount(QByteArrayView text);
    // The separator most consistently used in the first records of UTF-8 text: ',', ';' or '\t' (',' when unsure).
    static char detectDelimiter(QByteArrayView utf8);

    // "comma", "semicolon", "tab" or the character itself, translated.
    static QString delimiterName(char delimiter);

private:
    struct Collector;
    static Result parse(const QByteArray& data, const Options& options, qsizetype rowsPerPart,
                        const std::function<void(const CsvTable& part)>* consume);
};

} // namespace jifen
