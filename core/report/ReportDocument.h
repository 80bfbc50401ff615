#pragma once

#include "ReportTable.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jifen {

// A report laid out as plain data: title, lines under it, then headings, paragraphs and tables, plus what every
// printed page carries. ui/print renders it; the CSV and spreadsheet writers take its tables.
struct ReportDocument
{
    struct Block
    {
        // PageBreak: the next block starts a new page, under the title and subtitle again (forms of one page each).
        enum class Kind { Heading, Paragraph, Note, Table, PageBreak };
        Kind kind = Kind::Paragraph;
        QString text;
        ReportTable table;
    };

    QString title;
    QStringList subtitle; // centred lines under the title: period, scope, dates
    QList<Block> blocks;

    // Page furniture, on every printed page.
    QString runningHead; // small line at the top of pages after the first
    bool signatureLines = false; // 制表人 / 审核人 / 日期 lines
    std::optional<QDate> noticeFrom; // 公示期：from … to …
    std::optional<QDate> noticeTo;

    void addHeading(const QString& text) { blocks.append({Block::Kind::Heading, text, {}}); }
    void addParagraph(const QString& text) { blocks.append({Block::Kind::Paragraph, text, {}}); }
    void addNote(const QString& text) { blocks.append({Block::Kind::Note, text, {}}); }
    void addTable(const ReportTable& table) { blocks.append({Block::Kind::Table, {}, table}); }
    void addPageBreak() { blocks.append({Block::Kind::PageBreak, {}, {}}); }

    QList<ReportTable> tables() const
    {
        QList<ReportTable> result;
        for (const Block& block : blocks)
            if (block.kind == Block::Kind::Table)
                result.append(block.table);
        return result;
    }
};

} // namespace jifen
