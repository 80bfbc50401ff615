#include "ReportOdt.h"

#include "ReportPrinter.h"

#include <QBuffer>
#include <QPageSize>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>

#include <memory>

namespace jifen::ui {

namespace {

QTextCharFormat charFormat(qreal pointSize, bool bold)
{
    QTextCharFormat format;
    const QFont font = ReportPrinter::baseFont(pointSize);
    format.setFontFamilies(font.families());
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

} // namespace

ReportOdt::ReportOdt(ReportDocument report)
    : m_report(std::move(report))
{
}

QTextDocument* ReportOdt::toTextDocument() const
{
    auto* document = new QTextDocument;
    document->setPageSize(QPageSize(QPageSize::A4).size(QPageSize::Point));
    document->setDefaultFont(ReportPrinter::baseFont(10.5));
    QTextCursor cursor(document);
    bool firstBlock = true; // the cursor's block is empty and takes the next paragraph
    bool breakBefore = false;
    const auto paragraph = [&](const QString& text, Qt::Alignment alignment, const QTextCharFormat& format) {
        QTextBlockFormat block;
        block.setAlignment(alignment);
        block.setBottomMargin(4);
        if (breakBefore)
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        breakBefore = false;
        if (firstBlock)
            cursor.setBlockFormat(block);
        else
            cursor.insertBlock(block);
        firstBlock = false;
        cursor.insertText(text, format);
    };
    const auto titles = [&] {
        paragraph(m_report.title, Qt::AlignHCenter, charFormat(16, true));
        for (const QString& line : m_report.subtitle)
            paragraph(line, Qt::AlignHCenter, charFormat(10.5, false));
    };
    titles();
    for (const ReportDocument::Block& block : m_report.blocks) {
        switch (block.kind) {
        case ReportDocument::Block::Kind::Heading:
            paragraph(block.text, Qt::AlignLeft, charFormat(12.5, true));
            break;
        case ReportDocument::Block::Kind::Paragraph:
            paragraph(block.text, Qt::AlignLeft, charFormat(10.5, false));
            break;
        case ReportDocument::Block::Kind::Note:
            paragraph(block.text, Qt::AlignLeft, charFormat(9, false));
            break;
        case ReportDocument::Block::Kind::PageBreak:
            breakBefore = true;
            titles();
            break;
        case ReportDocument::Block::Kind::Table: {
            const ReportTable& table = block.table;
            if (table.columns.isEmpty())
                break;
            if (table.rows.isEmpty()) {
                paragraph(table.emptyText, Qt::AlignLeft, charFormat(10.5, false));
                break;
            }
            QTextTableFormat format;
            format.setBorder(0.5);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderCollapse(true);
            format.setCellPadding(3);
            format.setCellSpacing(0);
            format.setHeaderRowCount(1);
            // Fixed widths in points: Qt's ODF writer writes a percentage as points ("100pt"). The text width of an A4
            // page with Word's and WPS's default margins (3.17 cm) is 14.66 cm, 415 pt; it fits LibreOffice's too.
            constexpr qreal textWidth = 415;
            format.setWidth(QTextLength(QTextLength::FixedLength, textWidth));
            int units = 0;
            for (const ReportTable::Column& column : table.columns)
                units += std::max(1, column.width);
            QList<QTextLength> widths;
            for (const ReportTable::Column& column : table.columns)
                widths << QTextLength(QTextLength::FixedLength, textWidth * std::max(1, column.width) / units);
            format.setColumnWidthConstraints(widths);
            const int rows = static_cast<int>(table.rows.size()) + 1;
            const int columns = static_cast<int>(table.columns.size());
            QTextTable* written = cursor.insertTable(rows, columns, format);
            for (int c = 0; c < columns; ++c) {
                QTextCursor cell = written->cellAt(0, c).firstCursorPosition();
                QTextBlockFormat align;
                align.setAlignment(Qt::AlignHCenter);
                cell.setBlockFormat(align);
                cell.insertText(table.columns[c].title, charFormat(10.5, true));
            }
            for (int r = 1; r < rows; ++r) {
                const QList<ReportCell>& cells = table.rows[r - 1];
                for (int c = 0; c < columns && c < cells.size(); ++c) {
                    QTextCursor cell = written->cellAt(r, c).firstCursorPosition();
                    QTextBlockFormat align;
                    align.setAlignment(ReportPrinter::alignmentOf(table.columns[c].align));
                    cell.setBlockFormat(align);
                    // Each line its own paragraph, so that blank lines left to write on stay in a word processor.
                    const QStringList lines = cells[c].text.split(u'\n');
                    for (qsizetype i = 0; i < lines.size(); ++i) {
                        if (i > 0)
                            cell.insertBlock(align);
                        cell.insertText(lines[i], charFormat(10.5, cells[c].flagged));
                    }
                }
            }
            cursor.movePosition(QTextCursor::End);
            firstBlock = true; // the empty block Qt keeps after a table takes the next paragraph
            break;
        }
        }
    }
    return document;
}

bool ReportOdt::write(const QString& fileName, QString* error) const
{
    const std::unique_ptr<QTextDocument> document(toTextDocument());
    // The ODF writer closes its device when done, which QSaveFile forbids: write to memory, then save.
    QBuffer buffer;
    QTextDocumentWriter writer(&buffer, "odf");
    QSaveFile file(fileName);
    if (!writer.write(document.get()) || !file.open(QIODevice::WriteOnly)
        || file.write(buffer.data()) != buffer.data().size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace jifen::ui
