#pragma once

#include "TextDecoding.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace jifen {

// The records of a delimited text file as a spreadsheet shows them: rows of cells, each row with its spreadsheet row
// number. All cells share one buffer, so a table of 100,000 rows costs a few allocations, not a million.
class CsvTable
{
public:
    qsizetype rowCount() const { return m_rows.size(); }
    // The spreadsheet row number of a row: the file's first record is row 1; blank records are left out of the
    // table but still counted, a quoted line break is not.
    int rowNumber(qsizetype row) const { return m_rows[row].number; }
    // Cells of a row, trailing empty cells not counted.
    qsizetype cellCount(qsizetype row) const { return m_rows[row].cellCount; }
    // A cell's text; empty for a column beyond the row's last cell. Valid while the table lives.
    QStringView cell(qsizetype row, qsizetype column) const;
    QStringList cells(qsizetype row) const;
    // The row's cells as views, replacing what `views` held (a list reused row after row allocates once).
    void cellViews(qsizetype row, QList<QStringView>& views) const;
    // The widest row's cell count.
    qsizetype columnCount() const { return m_columnCount; }

    TextDecoding::Encoding encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }
    void setEncoding(TextDecoding::Encoding encoding) { m_encoding = encoding; }
    void setDelimiter(char delimiter) { m_delimiter = delimiter; }

    // Adds a row; trailing empty cells are dropped, and a row without any text is not added. (A table holds less
    // than 4 Gi characters.)
    void appendRow(int number, const QStringList& cells);

private:
    friend class CsvReader; // fills the buffer directly while parsing

    // Offsets and counts in 32 bits: a file of 2,000,000 rows has 10,000,000 cells, and every byte of these lists is
    // memory touched for the first time while the file is read. (A file of 4 GiB or more is refused before.)
    struct Row
    {
        int number = 0;
        quint32 firstCell = 0; // index into m_cellStarts
        quint32 cellCount = 0;
    };

    qsizetype cellEnd(qsizetype cellIndex) const
    {
        return cellIndex + 1 < m_cellStarts.size() ? m_cellStarts[cellIndex + 1] : m_text.size();
    }

    QString m_text; // every cell's text, back to back
    QList<quint32> m_cellStarts; // where each cell starts in m_text; it ends where the next one starts
    QList<Row> m_rows;
    qsizetype m_columnCount = 0;
    TextDecoding::Encoding m_encoding = TextDecoding::Encoding::Utf8;
    char m_delimiter = ',';
};

} // namespace jifen
