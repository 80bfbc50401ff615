// Feeds arbitrary bytes through encoding detection, the CSV reader (whole and in parts) and the roster importer,
// checking the promises the rest of the program relies on.
#include "io/CsvReader.h"
#include "io/RosterImporter.h"

#include <cstddef>
#include <cstdint>

namespace {

void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

void checkTable(const jifen::CsvTable& table)
{
    int previous = 0;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        require(table.rowNumber(row) > previous); // rows numbered in order, the first one 1 or more
        previous = table.rowNumber(row);
        const qsizetype count = table.cellCount(row);
        require(count > 0 && count <= table.columnCount());
        require(!table.cell(row, count - 1).isEmpty()); // trailing empty cells removed
        require(table.cell(row, count).isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));

    // Detection, and (chosen by the input's length, so the corpus steers it) one forced encoding.
    jifen::RosterImporter::Options options;
    options.today = QDate(2025, 6, 30);
    const auto detected = jifen::CsvReader::parse(bytes, options.csv);
    checkTable(detected.table);
    const auto roster = jifen::RosterImporter::importTable(detected, options);
    for (const auto& record : roster.records) {
        require(record.row > roster.headerRow);
        require(record.refused || !record.member.idNumber.isEmpty());
    }
    for (const auto& issue : roster.issues)
        require(!issue.message.isEmpty());

    static constexpr jifen::TextDecoding::Request forced[] = {
        jifen::TextDecoding::Request::Utf8, jifen::TextDecoding::Request::Gb18030, jifen::TextDecoding::Request::Utf16};
    options.csv.encoding = forced[size % 3];
    options.csv.delimiter = "\t;,"[size % 3];
    const auto whole = jifen::CsvReader::parse(bytes, options.csv);
    checkTable(whole.table);

    // Read in parts (of a size the input's length chooses), the same rows with the same cells and row numbers, and
    // the same issues.
    qsizetype row = 0;
    const auto parts = jifen::CsvReader::parseInParts(
        bytes, options.csv, 1 + qsizetype(size % 7), [&whole, &row](const jifen::CsvTable& part) {
            checkTable(part);
            for (qsizetype i = 0; i < part.rowCount(); ++i, ++row) {
                require(row < whole.table.rowCount());
                require(part.rowNumber(i) == whole.table.rowNumber(row));
                require(part.cells(i) == whole.table.cells(row));
            }
        });
    require(row == whole.table.rowCount());
    require(parts.table.rowCount() == 0);
    require(parts.issues.size() == whole.issues.size());
    for (qsizetype i = 0; i < parts.issues.size(); ++i)
        require(parts.issues[i].message == whole.issues[i].message && parts.issues[i].row == whole.issues[i].row);
    return 0;
}
