#include "CsvReader.h"

#include <QFile>
#include <QHash>
#include <QIODevice>

#include <array>
#include <csv.h>

namespace jifen {

qsizetype CsvTable::columnCount() const
{
    qsizetype count = 0;
    for (const Row& row : rows)
        count = std::max(count, row.cells.size());
    return count;
}

namespace {

// libcsv skips "spaces" before a field, which would swallow empty tab-separated fields: only ' ' counts as one.
int isBlank(unsigned char c)
{
    return c == ' ' ? 1 : 0;
}

// Collects libcsv's callbacks into rows, numbering records the way a spreadsheet numbers rows: a blank line is a row,
// a quoted line break is not.
struct Collector
{
    CsvTable* table = nullptr;
    QStringList cells;
    int fieldsInRecord = 0;
    int recordNumber = 0;
    int lastTerminator = -1;

    static void onField(void* field, size_t length, void* self)
    {
        auto* c = static_cast<Collector*>(self);
        c->cells.append(QString::fromUtf8(static_cast<const char*>(field), qsizetype(length)));
        ++c->fieldsInRecord;
    }

    static void onRecordEnd(int terminator, void* self)
    {
        auto* c = static_cast<Collector*>(self);
        if (c->fieldsInRecord == 0) {
            // CSV_REPALL_NL reports every line end outside a record: the LF of a CRLF pair is not a new line.
            const bool secondHalfOfCrLf = terminator == '\n' && c->lastTerminator == '\r';
            c->lastTerminator = secondHalfOfCrLf ? -1 : terminator;
            if (!secondHalfOfCrLf)
                ++c->recordNumber; // a blank line still takes a row in Excel
            return;
        }
        c->lastTerminator = terminator;
        ++c->recordNumber;
        while (!c->cells.isEmpty() && c->cells.constLast().isEmpty())
            c->cells.removeLast();
        if (!c->cells.isEmpty())
            c->table->rows.append({c->recordNumber, c->cells});
        c->cells.clear();
        c->fieldsInRecord = 0;
    }
};

// Excel reads (and some tools write) a first line "sep=;" naming the separator; Excel does not show it as a row.
std::optional<char> separatorHint(QByteArrayView text, qsizetype* lineLength)
{
    if (text.size() < 5 || !text.startsWith("sep=") || text[4] == '\r' || text[4] == '\n')
        return std::nullopt;
    qsizetype end = 5;
    if (end < text.size() && text[end] != '\r' && text[end] != '\n')
        return std::nullopt;
    if (end < text.size() && text[end] == '\r')
        ++end;
    if (end < text.size() && text[end] == '\n')
        ++end;
    *lineLength = end;
    return text[4];
}

} // namespace

char CsvReader::detectDelimiter(QByteArrayView utf8)
{
    static constexpr std::array<char, 3> candidates = {',', '\t', ';'};
    static constexpr int maxRecords = 20;

    // Counts of each candidate outside quotes, per non-blank record.
    QList<std::array<int, 3>> counts;
    std::array<int, 3> current = {0, 0, 0};
    bool inQuotes = false;
    bool recordHasContent = false;
    for (qsizetype i = 0; i < utf8.size() && counts.size() < maxRecords; ++i) {
        const char c = utf8[i];
        if (c == '"') {
            inQuotes = !inQuotes;
            recordHasContent = true;
        } else if (inQuotes) {
            continue;
        } else if (c == '\r' || c == '\n') {
            if (recordHasContent)
                counts.append(current);
            current = {0, 0, 0};
            recordHasContent = false;
        } else {
            for (size_t k = 0; k < candidates.size(); ++k)
                current[k] += c == candidates[k];
            recordHasContent = true;
        }
    }
    if (recordHasContent && counts.size() < maxRecords)
        counts.append(current);
    if (counts.isEmpty())
        return ',';

    // The separator whose usual (most frequent non-zero) count per record the most records share wins; a tie goes to
    // the one splitting records into more columns. A title row without separators above the header does not count.
    char best = ',';
    int bestAgreeing = 0;
    int bestCount = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        QHash<int, int> frequency;
        for (const auto& record : counts)
            if (record[k] > 0)
                ++frequency[record[k]];
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > bestAgreeing || (it.value() == bestAgreeing && it.key() > bestCount)) {
                best = candidates[k];
                bestAgreeing = it.value();
                bestCount = it.key();
            }
        }
    }
    return best;
}

QString CsvReader::delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return tr("comma");
    case ';':
        return tr("semicolon");
    case '\t':
        return tr("tab");
    default:
        break;
    }
    return QString(QLatin1Char(delimiter));
}

CsvReader::Result CsvReader::parse(const QByteArray& data, const Options& options)
{
    Result result;
    const TextDecoding::Decoded decoded = TextDecoding::toUtf8(data, options.encoding);
    result.table.encoding = decoded.encoding;
    if (decoded.hadInvalidBytes) {
        result.issues.append(ImportIssue::warning(
            0, -1, {},
            tr("Some bytes of this file are not valid %1 and are shown as “�”. If names look garbled, "
               "choose another encoding.")
                .arg(TextDecoding::displayName(decoded.encoding))));
    }

    QByteArrayView text(decoded.utf8);
    qsizetype hintLength = 0;
    const std::optional<char> hint = separatorHint(text, &hintLength);
    if (hint)
        text = text.sliced(hintLength);
    char delimiter = options.delimiter ? options.delimiter : hint.value_or(0);
    if (!delimiter)
        delimiter = detectDelimiter(text);
    result.table.delimiter = delimiter;

    csv_parser parser;
    if (csv_init(&parser, CSV_REPALL_NL) != 0) {
        result.issues.append(ImportIssue::error(0, -1, {}, tr("The CSV reader could not start.")));
        return result;
    }
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    csv_set_space_func(&parser, isBlank);
    // Big blocks: a long quoted cell should not grow its buffer 128 bytes at a time.
    csv_set_blk_size(&parser, 4096);

    Collector collector;
    collector.table = &result.table;
    const size_t parsed
        = csv_parse(&parser, text.data(), size_t(text.size()), Collector::onField, Collector::onRecordEnd, &collector);
    if (parsed != size_t(text.size())) {
        result.issues.append(ImportIssue::error(collector.recordNumber + 1, -1, {},
                                                tr("The file could not be read past this row: %1.")
                                                    .arg(QString::fromUtf8(csv_strerror(csv_error(&parser))))));
    } else {
        static constexpr int fieldBegun = 2; // libcsv's parser state inside a field
        if (parser.pstate == fieldBegun && parser.quoted) {
            // Still inside a quoted field at the end of the data: the quote never closed.
            const int row = collector.recordNumber + 1;
            const int column = collector.fieldsInRecord;
            result.issues.append(ImportIssue::error(
                row, column, {},
                tr("A quotation mark opened in column %1 of this row is never closed, so everything after it up to "
                   "the end of the file was read into one cell. Remove the stray quotation mark or close it.")
                    .arg(column + 1)));
        }
        csv_fini(&parser, Collector::onField, Collector::onRecordEnd, &collector);
    }
    csv_free(&parser);

    if (result.table.rows.isEmpty() && result.issues.isEmpty())
        result.issues.append(ImportIssue::error(0, -1, {}, tr("The file is empty.")));
    return result;
}

CsvReader::Result CsvReader::read(QIODevice* device, const Options& options)
{
    if (!device || !device->isReadable()) {
        Result result;
        result.issues.append(ImportIssue::error(0, -1, {}, tr("The file is not open for reading.")));
        return result;
    }
    return parse(device->readAll(), options);
}

CsvReader::Result CsvReader::read(const QString& fileName, const Options& options)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.issues.append(ImportIssue::error(0, -1, {}, tr("Cannot open %1: %2").arg(fileName, file.errorString())));
        return result;
    }
    return read(&file, options);
}

} // namespace jifen
