#include "CsvReader.h"

#include "Gb18030Decoder.h"
#include "support/LargePages.h"

#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstring>
#include <future>
#include <limits>
#include <csv.h>

namespace jifen {

namespace {

// libcsv skips "spaces" (' ' and tab) around unquoted fields, which would swallow empty tab-separated fields: with
// tabs as separators, only ' ' counts as a space.
int isBlank(unsigned char c)
{
    return c == ' ' ? 1 : 0;
}

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

// Collects libcsv's callbacks into the table's shared buffer, decoding each cell on the way, and numbers records the
// way a spreadsheet numbers rows: a blank line is a row, a quoted line break is not.
struct CsvReader::Collector
{
    CsvTable* table = nullptr;
    QList<quint32>* cellStarts = nullptr;
    QChar* base = nullptr;
    QChar* cursor = nullptr;
    bool gb18030 = false; // else UTF-8
    QStringDecoder utf8 {QStringDecoder::Utf8,
                         QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom};
    bool invalidBytes = false;

    qsizetype rowFirstCell = 0;
    int fieldsInRecord = 0;
    int recordNumber = 0;
    int lastTerminator = -1;

    // Reading in parts (parseInParts()): rows per part, who takes each part, how many rows the parts had, the room
    // a part's text has, the other table a part is read into while the consumer reads the one before, and the
    // consumer's work on that one (waited for at the latest when the collector goes, before the tables do).
    qsizetype rowsPerPart = 0;
    const std::function<void(const CsvTable&)>* consume = nullptr;
    qsizetype rowsInParts = 0;
    qsizetype room = 0;
    CsvTable* spare = nullptr;
    std::future<void> consuming;

    // Hands the rows read so far to the consumer, on a second thread, and goes on reading into the other table once
    // the consumer is done with the part it holds.
    void endPart()
    {
        if (table->m_rows.isEmpty())
            return;
        rowsInParts += table->m_rows.size();
        table->m_text.truncate(cursor - base); // the part's last cell ends where its text does
        waitForConsumer();
        consuming = std::async(std::launch::async, [consume = consume, part = table] { (*consume)(*part); });
        std::swap(table, spare);
        table->m_text.resize(room); // the memory of the part before the one handed over: written over, not new
        base = table->m_text.data();
        cursor = base;
        table->m_rows.clear();
        table->m_cellStarts.clear();
        cellStarts = &table->m_cellStarts;
        rowFirstCell = 0;
    }

    // Waits until the consumer is done with the part last handed over; what it threw is thrown here.
    void waitForConsumer()
    {
        if (consuming.valid())
            consuming.get();
    }

    static void onField(void* field, size_t length, void* self)
    {
        auto* c = static_cast<Collector*>(self);
        c->cellStarts->append(quint32(c->cursor - c->base));
        const auto* bytes = static_cast<const uchar*>(field);
        if (std::all_of(bytes, bytes + length, [](uchar b) { return b < 0x80; })) {
            // ASCII (the numbers, dates and codes that are most of a points file) reads the same in every encoding
            // taken here: widened as it is, without a decoder's work per call.
            for (size_t i = 0; i < length; ++i)
                *c->cursor++ = QLatin1Char(char(bytes[i]));
        } else {
            const QByteArrayView text(static_cast<const char*>(field), qsizetype(length));
            c->cursor = c->gb18030 ? Gb18030Decoder::appendToBuffer(c->cursor, text, &c->invalidBytes)
                                   : c->utf8.appendToBuffer(c->cursor, text);
        }
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
        c->fieldsInRecord = 0;
        // Drop trailing empty cells: an empty cell starts where the text written so far ends.
        const auto end = quint32(c->cursor - c->base);
        while (c->cellStarts->size() > c->rowFirstCell && c->cellStarts->constLast() == end)
            c->cellStarts->removeLast();
        const qsizetype count = c->cellStarts->size() - c->rowFirstCell;
        if (count > 0) {
            c->table->m_rows.append({c->recordNumber, quint32(c->rowFirstCell), quint32(count)});
            c->table->m_columnCount = std::max(c->table->m_columnCount, count);
        }
        c->rowFirstCell = c->cellStarts->size();
        if (c->rowsPerPart > 0 && c->table->m_rows.size() >= c->rowsPerPart)
            c->endPart();
    }
};

qsizetype CsvReader::lineCount(QByteArrayView text)
{
    // memchr() looks at many bytes at a time: four times as fast as comparing them one by one.
    qsizetype count = 1;
    for (const char *at = text.data(), *end = at + text.size();
         (at = static_cast<const char*>(std::memchr(at, '\n', std::size_t(end - at)))); ++at)
        ++count;
    return count;
}

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
    return parse(data, options, 0, nullptr);
}

CsvReader::Result CsvReader::parseInParts(const QByteArray& data, const Options& options, qsizetype rowsPerPart,
                                          const std::function<void(const CsvTable& part)>& consume)
{
    return parse(data, options, std::max<qsizetype>(rowsPerPart, 1), &consume);
}

CsvReader::Result CsvReader::parse(const QByteArray& data, const Options& options, qsizetype rowsPerPart,
                                   const std::function<void(const CsvTable& part)>* consume)
{
    Result result;
    CsvTable& table = result.table;

    // UTF-8 and GB18030 go to libcsv as they are (no GB18030 trail byte is a separator, quote or line end) and
    // each cell is decoded on its own; UTF-16 is turned into UTF-8 first.
    TextDecoding::Encoding encoding = TextDecoding::detect(data, options.encoding);
    QByteArray converted;
    QByteArrayView text;
    bool gb18030 = false;
    bool invalidBytes = false;
    if (encoding == TextDecoding::Encoding::Utf16LE || encoding == TextDecoding::Encoding::Utf16BE
        || (encoding == TextDecoding::Encoding::Gb18030 && !Gb18030Decoder::isAvailable())) {
        TextDecoding::Decoded decoded = TextDecoding::toUtf8(data, options.encoding);
        encoding = decoded.encoding;
        invalidBytes = decoded.hadInvalidBytes;
        converted = std::move(decoded.utf8);
        text = converted;
    } else {
        gb18030 = encoding == TextDecoding::Encoding::Gb18030;
        text = QByteArrayView(data).sliced(TextDecoding::bomLength(data, encoding));
    }
    table.setEncoding(encoding);

    qsizetype hintLength = 0;
    const std::optional<char> hint = separatorHint(text, &hintLength);
    if (hint)
        text = text.sliced(hintLength);
    char delimiter = options.delimiter ? options.delimiter : hint.value_or(0);
    if (!delimiter)
        delimiter = detectDelimiter(text);
    table.setDelimiter(delimiter);
    if (text.size() > qsizetype(std::numeric_limits<quint32>::max())) {
        result.issues.append(ImportIssue::error(
            0, -1, {}, tr("The file is larger than 4 GB, more than Jifen reads at once. Split it into smaller files.")));
        return result;
    }

    csv_parser parser;
    if (csv_init(&parser, CSV_REPALL_NL) != 0) {
        result.issues.append(ImportIssue::error(0, -1, {}, tr("The CSV reader could not start.")));
        return result;
    }
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    if (delimiter == '\t')
        csv_set_space_func(&parser, isBlank); // a call per character: only where the default would be wrong
    // Big blocks: a long quoted cell should not grow its buffer 128 bytes at a time.
    csv_set_blk_size(&parser, 4096);

    // Cells never decode to more characters than they have bytes, and there are no more cells than separators and
    // line ends, nor more rows than line ends: room for all of them is made at once, so that lists of millions of
    // cells are not copied to fresh memory again and again as they grow. Read in parts, each of the two tables the
    // parts take turns in has that room for the text (only a part's share of it is ever written, so only that takes
    // memory) and a part's room for the rows; the list of cells grows with the first parts.
    CsvTable spare;
    table.m_text.resize(text.size());
    if (consume) {
        spare.m_text.resize(text.size());
        table.m_rows.reserve(rowsPerPart);
        spare.m_rows.reserve(rowsPerPart);
    } else {
        const qsizetype lineEnds = lineCount(text);
        table.m_cellStarts.reserve(qsizetype(std::count(text.begin(), text.end(), delimiter)) + lineEnds);
        table.m_rows.reserve(lineEnds);
        adviseLargePages(table.m_cellStarts);
        adviseLargePages(table.m_rows);
    }
    for (const CsvTable* each : {&table, &spare})
        adviseLargePages(each->m_text.constData(), std::size_t(each->m_text.size()) * sizeof(QChar));
    Collector collector;
    collector.table = &table;
    collector.cellStarts = &table.m_cellStarts;
    collector.base = table.m_text.data();
    collector.cursor = collector.base;
    collector.gb18030 = gb18030;
    collector.rowsPerPart = rowsPerPart;
    collector.consume = consume;
    collector.room = text.size();
    collector.spare = &spare;

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
    if (consume) {
        collector.endPart();
        collector.waitForConsumer();
        table = CsvTable();
        table.setEncoding(encoding);
        table.setDelimiter(delimiter);
    } else {
        // Text in Chinese takes fewer characters than bytes: room it left unused is given back. A file of mostly
        // numbers and codes uses most of it; the rest was never written, so takes no memory, and copying the text to
        // a snug buffer would cost more than it saves.
        table.m_text.truncate(collector.cursor - collector.base);
        if (table.m_text.size() < table.m_text.capacity() / 4 * 3)
            table.m_text.squeeze();
    }

    if (invalidBytes || collector.invalidBytes || collector.utf8.hasError()) {
        result.issues.prepend(ImportIssue::warning(
            0, -1, {},
            tr("Some bytes of this file are not valid %1 and are shown as “�”. If names look garbled, "
               "choose another encoding.")
                .arg(TextDecoding::displayName(encoding))));
    }
    if (table.rowCount() == 0 && collector.rowsInParts == 0 && result.issues.isEmpty())
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
    Result result;
    const QByteArray data = readFile(fileName, &result.issues);
    if (hasErrors(result.issues))
        return result;
    return parse(data, options);
}

QByteArray CsvReader::readFile(const QString& fileName, ImportIssues* issues)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        issues->append(ImportIssue::error(0, -1, {}, tr("Cannot open %1: %2").arg(fileName, file.errorString())));
        return {};
    }
    // The whole file at once, into a buffer made for its size (a pipe has none: it is read as it comes).
    const qint64 size = file.size();
    if (size <= 0)
        return file.readAll();
    QByteArray data(qsizetype(size), Qt::Uninitialized);
    adviseLargePages(data.constData(), std::size_t(size));
    qsizetype got = 0;
    while (got < data.size()) {
        const qint64 n = file.read(data.data() + got, data.size() - got);
        if (n < 0) {
            issues->append(ImportIssue::error(0, -1, {}, tr("Cannot read %1: %2").arg(fileName, file.errorString())));
            return {};
        }
        if (n == 0)
            break; // the file became shorter while it was read
        got += qsizetype(n);
    }
    data.truncate(got);
    return data;
}

} // namespace jifen
