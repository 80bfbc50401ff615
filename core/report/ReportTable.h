#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jifen {

// One cell of a report table: the text as printed, and the number behind it where a spreadsheet should get a number.
struct ReportCell
{
    QString text;
    std::optional<double> number;
    bool flagged = false; // marked for attention (changed after publication, tie at the quota line)
    QString hint; // how the figure is worked out, shown on hover on screen (never printed)

    ReportCell() = default;
    ReportCell(QString t) // NOLINT: a cell is usually just its text
        : text(std::move(t))
    {
    }
    ReportCell(QString t, double n)
        : text(std::move(t))
        , number(n)
    {
    }
};

// A table as reports hand it to the printer, the CSV writer and the spreadsheet writer.
struct ReportTable
{
    enum class Align { Left, Center, Right };

    struct Column
    {
        QString title;
        Align align = Align::Left;
        int width = 10; // in half-width characters (a Chinese one takes two): the spreadsheet's width, the printed share
        bool keepAsText = false; // a spreadsheet must never turn it into a number (ID numbers)
    };

    QString caption; // the section or sheet name
    QList<Column> columns;
    QList<QList<ReportCell>> rows; // each row has one cell per column
    QString emptyText; // printed instead of an empty table
    QStringList columnHints; // what each column means, shown on hover over its header on screen (never printed)
};

} // namespace jifen
