#include "ReportPrinter.h"

#include "model/DateText.h"
#include "report/ReportText.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>

#include <algorithm>
#include <numeric>

namespace jifen::ui {

namespace {

constexpr qreal mmPerInch = 25.4;
constexpr qreal marginMm = 15;
constexpr qreal cellPaddingMm = 1.2; // left and right of a cell's text

// What each column of a table needs on one line: `need` its header and its widest cell, `minimum` what it keeps when
// the table is squeezed (numbers, ranks and ID numbers keep their width, text columns only their header's).
struct ColumnNeeds
{
    QList<qreal> minimum;
    QList<qreal> need;
};

ColumnNeeds columnNeeds(const ReportTable& table, qreal padding, const QFontMetricsF& head, const QFontMetricsF& cell,
                        const QFontMetricsF& bold)
{
    const qsizetype columns = table.columns.size();
    ColumnNeeds needs {QList<qreal>(columns), QList<qreal>(columns)};
    const qreal slack = head.averageCharWidth() / 2; // so that rounding never wraps a text measured to fit
    for (qsizetype c = 0; c < columns; ++c) {
        needs.minimum[c] = head.horizontalAdvance(table.columns[c].title) + padding + slack;
        needs.need[c] = needs.minimum[c];
    }
    for (const QList<ReportCell>& row : table.rows)
        for (qsizetype c = 0; c < columns && c < row.size(); ++c)
            if (!row[c].text.isEmpty())
                needs.need[c] = std::max(
                    needs.need[c], (row[c].flagged ? bold : cell).horizontalAdvance(row[c].text) + padding + slack);
    for (qsizetype c = 0; c < columns; ++c)
        if (table.columns[c].keepAsText || table.columns[c].align != ReportTable::Align::Left)
            needs.minimum[c] = needs.need[c];
    return needs;
}

// The width a table needs to be read as it should: every column its header and widest cell on one line, except that
// running text (reasons, remarks, notes: a share of `runningText` half-width characters or more) may wrap down to its
// share of the table, never below its header.
constexpr int runningText = 20;

qreal readableWidth(const ReportTable& table, const ColumnNeeds& needs, qreal padding, const QFontMetricsF& cell)
{
    const qreal halfWidth = cell.horizontalAdvance(QStringLiteral("国")) / 2;
    qreal total = 0;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        const int share = table.columns[c].width;
        total += share >= runningText
            ? std::max(needs.minimum[c], std::min(needs.need[c], halfWidth * share + padding))
            : needs.need[c];
    }
    return total;
}

// Column edges across `width`: each column gets what its header and its widest cell need, when that fits; when it does
// not, the widest left-aligned text columns (reasons before branches before names) give up space and wrap, while
// numbers, ranks and ID numbers keep their width and headers are not broken. Room left over is shared in proportion to
// the table's own column widths.
QList<qreal> columnEdges(const ReportTable& table, qreal width, const ColumnNeeds& needs)
{
    const qsizetype columns = table.columns.size();
    const QList<qreal>& minimum = needs.minimum;
    const QList<qreal>& need = needs.need;
    const qreal needed = std::accumulate(need.cbegin(), need.cend(), 0.0);
    const qreal least = std::accumulate(minimum.cbegin(), minimum.cend(), 0.0);
    QList<qreal> widths(columns);
    if (needed <= width) {
        int units = 0;
        for (const ReportTable::Column& column : table.columns)
            units += std::max(1, column.width);
        for (qsizetype c = 0; c < columns; ++c)
            widths[c] = need[c] + (width - needed) * std::max(1, table.columns[c].width) / units;
    } else if (least < width) {
        // The widest text columns give up space first: every flexible column is cut to one common limit (found by
        // bisection), so a long reason wraps before a three-character name or a branch name does.
        const auto widthsAt = [&](qreal limit) {
            qreal total = 0;
            for (qsizetype c = 0; c < columns; ++c) {
                widths[c] = std::max(minimum[c], std::min(need[c], limit));
                total += widths[c];
            }
            return total;
        };
        qreal low = 0;
        qreal high = *std::max_element(need.cbegin(), need.cend());
        for (int i = 0; i < 40; ++i) {
            const qreal mid = (low + high) / 2;
            (widthsAt(mid) <= width ? low : high) = mid;
        }
        widthsAt(low);
    } else {
        for (qsizetype c = 0; c < columns; ++c)
            widths[c] = need[c] * width / needed;
    }
    QList<qreal> edges {0};
    for (const qreal w : widths)
        edges << edges.constLast() + w;
    edges.last() = width;
    return edges;
}

} // namespace

enum class ReportPrinter::Style { Title, Subtitle, Heading, Paragraph, Note, TableHeader, Cell, FlaggedCell };

// Where everything goes: computed once per device, then painted page by page.
struct ReportPrinter::Layout
{
    struct Piece
    {
        enum class Kind { Text, Row };
        Kind kind = Kind::Text;
        int page = 1;
        qreal y = 0; // top, in the painter's coordinates
        qreal height = 0;
        // Text
        Style style = Style::Paragraph;
        QString text;
        Qt::Alignment alignment = Qt::AlignLeft;
        // Row
        qsizetype table = 0; // index into tables
        qsizetype row = -1; // -1: the header row
    };
    struct Table
    {
        const ReportTable* source = nullptr;
        QList<qreal> edges; // x of each column's left edge, then the table's right edge
    };

    qreal dpi = 72;
    qreal width = 0; // the paintable area inside the margins, in device pixels
    qreal height = 0;
    qreal head = 0; // band for the running head
    qreal foot = 0; // band for the footer
    qreal hPad = 0;
    qreal vPad = 0;
    QList<Table> tables;
    QList<Piece> pieces;
    QList<qsizetype> pageStarts; // index of each page's first piece
    int pages = 1;

    qreal mm(qreal millimetres) const { return millimetres * dpi / mmPerInch; }
};

ReportPrinter::ReportPrinter(ReportDocument report)
    : m_report(std::move(report))
{
}

QFont ReportPrinter::baseFont(qreal pointSize)
{
    QFont font;
    // Song faces read best on a notice board where they are installed; WenQuanYi is what a Debian desktop has.
    font.setFamilies({QStringLiteral("SimSun"), QStringLiteral("Noto Serif CJK SC"),
                      QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(pointSize);
    return font;
}

QFont ReportPrinter::fontFor(Style style)
{
    switch (style) {
    case Style::Title: {
        QFont font = baseFont(16);
        font.setBold(true);
        return font;
    }
    case Style::Heading: {
        QFont font = baseFont(12.5);
        font.setBold(true);
        return font;
    }
    case Style::Note:
        return baseFont(9);
    case Style::TableHeader:
    case Style::FlaggedCell: {
        QFont font = baseFont(10.5);
        font.setBold(true);
        return font;
    }
    case Style::Subtitle:
    case Style::Paragraph:
    case Style::Cell:
        break;
    }
    return baseFont(10.5);
}

Qt::Alignment ReportPrinter::alignmentOf(ReportTable::Align align)
{
    switch (align) {
    case ReportTable::Align::Center:
        return Qt::AlignHCenter;
    case ReportTable::Align::Right:
        return Qt::AlignRight;
    case ReportTable::Align::Left:
        break;
    }
    return Qt::AlignLeft;
}

QPageLayout::Orientation ReportPrinter::orientation(const QPaintDevice* device) const
{
    const qreal dpi = device->logicalDpiX();
    const qreal portraitWidth
        = (QPageSize(QPageSize::A4).size(QPageSize::Millimeter).width() - 2 * marginMm) * dpi / mmPerInch;
    const qreal padding = 2 * cellPaddingMm * dpi / mmPerInch;
    const QFontMetricsF cell(fontFor(Style::Cell), device);
    const QFontMetricsF bold(fontFor(Style::FlaggedCell), device);
    const QFontMetricsF head(fontFor(Style::TableHeader), device);
    for (const ReportDocument::Block& block : m_report.blocks) {
        const ReportTable& table = block.table;
        if (block.kind != ReportDocument::Block::Kind::Table || table.rows.isEmpty())
            continue;
        if (readableWidth(table, columnNeeds(table, padding, head, cell, bold), padding, cell) > portraitWidth)
            return QPageLayout::Landscape;
    }
    return QPageLayout::Portrait;
}

void ReportPrinter::setupPage(QPagedPaintDevice* device) const
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation(device),
                                      QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter));
}

ReportPrinter::Layout ReportPrinter::layout(QPagedPaintDevice* device) const
{
    Layout l;
    l.dpi = device->logicalDpiY();
    // The paintable area inside the margins, where the painter's origin is.
    l.width = device->width();
    l.height = device->height();
    l.head = l.mm(8);
    int footLines = 1;
    if (m_report.signatureLines)
        footLines += 2;
    if (m_report.noticeFrom && m_report.noticeTo)
        ++footLines;
    l.foot = l.mm(3 + 5.5 * footLines);
    l.hPad = l.mm(cellPaddingMm);
    l.vPad = l.mm(0.9);
    const qreal top = l.head;
    const qreal bottom = l.height - l.foot;

    const QFontMetricsF cellMetrics(fontFor(Style::Cell), device);
    const QFontMetricsF boldMetrics(fontFor(Style::FlaggedCell), device);
    const QFontMetricsF headMetrics(fontFor(Style::TableHeader), device);
    const auto textHeight = [&](Style style, const QString& text, qreal width) {
        const QFontMetricsF metrics(fontFor(style), device);
        return metrics.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
    };
    const auto cellHeight = [&](const QFontMetricsF& metrics, const QString& text, qreal width) {
        if (text.isEmpty() || (metrics.horizontalAdvance(text) <= width && !text.contains(u'\n')))
            return metrics.height();
        return metrics.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
    };

    int page = 1;
    qreal y = top;
    const auto newPage = [&] {
        ++page;
        y = top;
    };
    const auto addText = [&](Style style, const QString& text, Qt::Alignment alignment, qreal before, qreal after,
                             qreal keepWithNext = 0) {
        const qreal h = textHeight(style, text, l.width);
        if (y > top && y + before + h + keepWithNext > bottom)
            newPage();
        Layout::Piece piece;
        piece.style = style;
        piece.text = text;
        piece.alignment = alignment;
        piece.page = page;
        piece.y = y + before;
        piece.height = h;
        l.pieces.append(piece);
        y += before + h + after;
    };

    const auto addTitle = [&] {
        addText(Style::Title, m_report.title, Qt::AlignHCenter, 0, l.mm(2.5));
        for (const QString& line : m_report.subtitle)
            addText(Style::Subtitle, line, Qt::AlignHCenter, 0, l.mm(0.8));
        y += l.mm(1.5);
    };
    addTitle();

    const qreal headerLine = QFontMetricsF(fontFor(Style::TableHeader), device).height();
    for (const ReportDocument::Block& block : m_report.blocks) {
        switch (block.kind) {
        case ReportDocument::Block::Kind::Heading:
            addText(Style::Heading, block.text, Qt::AlignLeft, l.mm(4), l.mm(1.5), 3 * headerLine);
            break;
        case ReportDocument::Block::Kind::Paragraph:
            addText(Style::Paragraph, block.text, Qt::AlignLeft, l.mm(1), l.mm(1));
            break;
        case ReportDocument::Block::Kind::Note:
            addText(Style::Note, block.text, Qt::AlignLeft, l.mm(0.5), l.mm(0.5));
            break;
        case ReportDocument::Block::Kind::PageBreak:
            newPage();
            addTitle();
            break;
        case ReportDocument::Block::Kind::Table: {
            const ReportTable& table = block.table;
            if (table.columns.isEmpty())
                break;
            if (table.rows.isEmpty()) {
                addText(Style::Paragraph, table.emptyText, Qt::AlignLeft, l.mm(1), l.mm(1));
                break;
            }
            Layout::Table geometry;
            geometry.source = &table;
            geometry.edges
                = columnEdges(table, l.width, columnNeeds(table, 2 * l.hPad, headMetrics, cellMetrics, boldMetrics));
            const qsizetype index = l.tables.size();
            l.tables.append(geometry);
            const auto columnWidth
                = [&](qsizetype c) { return geometry.edges[c + 1] - geometry.edges[c] - 2 * l.hPad; };

            qreal headHeight = 0;
            for (qsizetype c = 0; c < table.columns.size(); ++c)
                headHeight
                    = std::max(headHeight, textHeight(Style::TableHeader, table.columns[c].title, columnWidth(c)));
            headHeight += 2 * l.vPad;
            const auto placeHeader = [&] {
                Layout::Piece piece;
                piece.kind = Layout::Piece::Kind::Row;
                piece.table = index;
                piece.row = -1;
                piece.page = page;
                piece.y = y;
                piece.height = headHeight;
                l.pieces.append(piece);
                y += headHeight;
            };
            y += l.mm(1.5);
            for (qsizetype r = 0; r < table.rows.size(); ++r) {
                const QList<ReportCell>& cells = table.rows[r];
                qreal rowHeight = 0;
                for (qsizetype c = 0; c < cells.size() && c < table.columns.size(); ++c)
                    rowHeight = std::max(
                        rowHeight,
                        cellHeight(cells[c].flagged ? boldMetrics : cellMetrics, cells[c].text, columnWidth(c)));
                rowHeight += 2 * l.vPad;
                if (r == 0) {
                    // The header never ends a page alone.
                    if (y > top && y + headHeight + rowHeight > bottom)
                        newPage();
                    placeHeader();
                } else if (y + rowHeight > bottom) {
                    newPage();
                    placeHeader(); // the header row on every page the table runs onto
                }
                Layout::Piece piece;
                piece.kind = Layout::Piece::Kind::Row;
                piece.table = index;
                piece.row = r;
                piece.page = page;
                piece.y = y;
                piece.height = rowHeight;
                l.pieces.append(piece);
                y += rowHeight;
            }
            y += l.mm(1.5);
            break;
        }
        }
    }
    l.pages = page;
    int current = 0;
    for (qsizetype i = 0; i < l.pieces.size(); ++i) {
        while (current < l.pieces[i].page) {
            l.pageStarts << i;
            ++current;
        }
    }
    while (l.pageStarts.size() <= l.pages)
        l.pageStarts << l.pieces.size();
    return l;
}

void ReportPrinter::paintPage(QPainter& painter, const Layout& l, int page) const
{
    const QPen rule(Qt::black, l.mm(0.2));
    const QColor headerFill(0xE6, 0xE6, 0xE6); // prints as light grey in black and white
    const QFont cellFont = fontFor(Style::Cell);
    const QFont boldFont = fontFor(Style::FlaggedCell);
    const QFontMetricsF cellMetrics(cellFont, painter.device());
    const QFontMetricsF boldMetrics(boldFont, painter.device());
    painter.setPen(rule);

    for (qsizetype i = l.pageStarts[page - 1]; i < l.pageStarts[page]; ++i) {
        const Layout::Piece& piece = l.pieces[i];
        if (piece.kind == Layout::Piece::Kind::Text) {
            painter.setFont(fontFor(piece.style));
            painter.drawText(QRectF(0, piece.y, l.width, piece.height), piece.alignment | Qt::TextWordWrap, piece.text);
            continue;
        }
        const Layout::Table& table = l.tables[piece.table];
        const ReportTable& source = *table.source;
        const qreal top = piece.y, bottom = piece.y + piece.height;
        if (piece.row < 0)
            painter.fillRect(QRectF(0, top, l.width, piece.height), headerFill);
        const qsizetype columns = source.columns.size();
        for (qsizetype c = 0; c < columns; ++c) {
            const bool header = piece.row < 0;
            const ReportCell cell = header ? ReportCell(source.columns[c].title) : source.rows[piece.row].value(c);
            if (cell.text.isEmpty())
                continue;
            const bool bold = header || cell.flagged;
            const QFontMetricsF& metrics = bold ? boldMetrics : cellMetrics;
            painter.setFont(bold ? boldFont : cellFont);
            const qreal left = table.edges[c] + l.hPad;
            const qreal width = table.edges[c + 1] - table.edges[c] - 2 * l.hPad;
            const Qt::Alignment alignment = header ? Qt::AlignHCenter : alignmentOf(source.columns[c].align);
            const qreal advance = metrics.horizontalAdvance(cell.text);
            if (advance <= width && !cell.text.contains(u'\n')) {
                // One line: placed by hand, which is several times cheaper than the word-wrapping path.
                qreal x = left;
                if (alignment & Qt::AlignHCenter)
                    x += (width - advance) / 2;
                else if (alignment & Qt::AlignRight)
                    x += width - advance;
                const qreal baseline = top + (piece.height - metrics.height()) / 2 + metrics.ascent();
                painter.drawText(QPointF(x, baseline), cell.text);
            } else {
                painter.drawText(QRectF(left, top + l.vPad, width, piece.height - 2 * l.vPad),
                                 alignment | Qt::AlignVCenter | Qt::TextWordWrap, cell.text);
            }
        }
        painter.drawLine(QPointF(0, top), QPointF(l.width, top));
        painter.drawLine(QPointF(0, bottom), QPointF(l.width, bottom));
        for (const qreal x : table.edges)
            painter.drawLine(QPointF(x, top), QPointF(x, bottom));
    }

    // Running head, footer, page number.
    const QFont small = baseFont(9);
    const qreal line = l.mm(5.5);
    painter.setFont(small);
    if (page > 1 && !m_report.runningHead.isEmpty()) {
        painter.drawText(QRectF(0, 0, l.width, l.head - l.mm(2)), Qt::AlignLeft | Qt::AlignBottom,
                         m_report.runningHead);
        painter.drawLine(QPointF(0, l.head - l.mm(1)), QPointF(l.width, l.head - l.mm(1)));
    }
    qreal y = l.height - l.foot + l.mm(2);
    painter.drawLine(QPointF(0, y), QPointF(l.width, y));
    y += l.mm(1);
    painter.setFont(baseFont(10.5));
    if (m_report.signatureLines) {
        y += line; // room to sign above the lines
        const QStringList labels {tr("Prepared by:"), tr("Checked by:"), tr("Date:")};
        const qreal column = l.width / labels.size();
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const qreal x = column * i;
            QRectF used;
            painter.drawText(QRectF(x, y - line, column, line), Qt::AlignLeft | Qt::AlignBottom, labels[i], &used);
            const qreal baseline = y - l.mm(0.8);
            painter.drawLine(QPointF(used.right() + l.mm(1), baseline), QPointF(x + column - l.mm(6), baseline));
        }
        y += line * 0.4;
    }
    if (m_report.noticeFrom && m_report.noticeTo) {
        painter.drawText(QRectF(0, y, l.width, line), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Notice period: %1 to %2")
                             .arg(DateText::date(*m_report.noticeFrom), DateText::date(*m_report.noticeTo)));
    }
    painter.setFont(small);
    painter.drawText(QRectF(0, l.height - line, l.width, line), Qt::AlignHCenter | Qt::AlignBottom,
                     tr("Page %1 of %2").arg(page).arg(l.pages));
}

int ReportPrinter::pageCount(QPagedPaintDevice* device) const
{
    return layout(device).pages;
}

int ReportPrinter::paint(QPagedPaintDevice* device) const
{
    const Layout l = layout(device);
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    for (int page = 1; page <= l.pages; ++page) {
        if (page > 1)
            device->newPage();
        paintPage(painter, l, page);
    }
    painter.end();
    return l.pages;
}

bool ReportPrinter::writePdf(const QString& fileName, QString* error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setTitle(m_report.title);
        writer.setCreator(QStringLiteral("Jifen"));
        setupPage(&writer);
        if (paint(&writer) == 0) {
            file.cancelWriting();
            if (error)
                *error = tr("Cannot write %1: the PDF could not be drawn.").arg(fileName);
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

void ReportPrinter::preview(QWidget* parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    setupPage(&printer);
    printer.setDocName(m_report.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(tr("Print preview: %1").arg(m_report.title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [this](QPrinter* target) { paint(target); });
    dialog.resize(900, 1000);
    dialog.exec();
}

} // namespace jifen::ui
