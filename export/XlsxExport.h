#pragma once

#include "report/ReportTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace jifen {

// Writes report tables to an Excel workbook (.xlsx), one sheet per table: a bold header row that stays in view and
// filters, column widths from the table, numbers as numbers, and text columns (ID numbers) stored as text.
class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)

public:
    // Writes the whole file or nothing (a temporary file beside it is renamed at the end). On failure returns false
    // and sets `error` to a message naming the file.
    static bool write(const QString& fileName, const QList<ReportTable>& tables, QString* error);

    // A valid, unique sheet name: at most 31 characters, none of []:*?/\ .
    static QString sheetName(const QString& caption, const QStringList& taken);
};

} // namespace jifen
