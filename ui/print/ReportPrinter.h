#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>

class QPaintDevice;
class QPagedPaintDevice;
class QPainter;
class QPrinter;
class QWidget;

namespace jifen::ui {

// The one printer helper: lays a ReportDocument out on A4 pages for preview, print and PDF alike, portrait unless a
// table is too wide for it (orientation()). Every page carries the current table's header row, the footer (制表人 /
// 审核人 / 日期 lines and the notice period where the report has them) and "第 N 页 共 M 页".
//
// It paginates by itself instead of going through QTextDocument: a QTextDocument table of 5,000 rows took well over
// ten seconds to build, lay out and draw, against a target of three for the whole PDF. Rows here are measured with
// font metrics (wrapped only when a cell's text does not fit) and painted directly.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)

public:
    explicit ReportPrinter(ReportDocument report);

    const ReportDocument& report() const { return m_report; }

    // Landscape when a table does not fit A4 portrait at the printed size (五号, 10.5 pt) with each column's header and
    // widest cell on one line, running text (reasons, remarks) wrapped down to its share; portrait otherwise.
    QPageLayout::Orientation orientation(const QPaintDevice* device) const;
    // A4 in orientation(), with 15 mm margins; call before painting on a printer or PDF writer of one's own (the print
    // and preview dialogs then let the clerk choose otherwise).
    void setupPage(QPagedPaintDevice* device) const;
    // Lays the report out for the device and paints every page; returns the number of pages (0 when the painter
    // could not start).
    int paint(QPagedPaintDevice* device) const;
    // The number of pages the report takes on the device, without painting.
    int pageCount(QPagedPaintDevice* device) const;
    // Writes a PDF through QSaveFile: the whole file or nothing. Sets `error` naming the file on failure.
    bool writePdf(const QString& fileName, QString* error) const;
    // Opens the print preview (QPrintPreviewDialog); printing from it goes through paint().
    void preview(QWidget* parent) const;

    static QFont baseFont(qreal pointSize = 10.5);
    // How a column's cells sit in their box, on paper and in the OpenDocument export alike.
    static Qt::Alignment alignmentOf(ReportTable::Align align);

private:
    enum class Style;
    struct Layout;
    static QFont fontFor(Style style);
    Layout layout(QPagedPaintDevice* device) const;
    void paintPage(QPainter& painter, const Layout& layout, int page) const;

    ReportDocument m_report;
};

} // namespace jifen::ui
