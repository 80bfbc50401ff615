#pragma once

#include "TextDecoding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace jifen {

// The records of a delimited text file as a spreadsheet shows them.
struct CsvTable
{
    struct Row
    {
        int number = 0; // spreadsheet row number: the first record is row 1
        QStringList cells; // trailing empty cells removed
        QString cell(qsizetype column) const { return cells.value(column); }
    };

    QList<Row> rows; // blank records are left out, but still counted in the row numbers
    TextDecoding::Encoding encoding = TextDecoding::Encoding::Utf8;
    char delimiter = ',';

    // The widest row's cell count.
    qsizetype columnCount() const;
};

} // namespace jifen
