#pragma once

#include <QSizeF>
#include <QString>
#include <QStringList>

namespace jifen::test {

// Text of a PDF's pages as pdftotext -layout gives it, runs of spaces made one; `page` 0 means all pages.
QString pdfText(const QString& pdf, int page = 0);
int pdfPages(const QString& pdf);
// The first page's size in points as pdfinfo gives it (A4 portrait: about 595 × 842).
QSizeF pdfPageSize(const QString& pdf);

// The cells of an .xlsx sheet read back from its XML, one "A1=text" line per non-empty cell, in row order.
QStringList xlsxCells(const QString& xlsx, int sheet = 1);
// The sheet's XML itself, for column widths and cell styles.
QString xlsxSheetXml(const QString& xlsx, int sheet = 1);

// Compares `actual` with tests/data/report/<name>; with JIFEN_UPDATE_GOLDEN=1 in the environment, rewrites the
// golden file instead (then review the diff before committing it).
void compareGolden(const QString& name, const QString& actual);

// Reports are checked as the clerk sees them: in Chinese.
void useChinese();

} // namespace jifen::test
