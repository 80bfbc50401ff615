#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace jifen::ui {

// Writes a report where its file name's suffix says: .pdf through ReportPrinter, .odt through ReportOdt, .csv (UTF-8
// with BOM), .xlsx.
// Returns an empty string on success, else the message to show.
class ExportActions
{
    Q_DECLARE_TR_FUNCTIONS(ExportActions)

public:
    static QString write(const ReportDocument& document, const QString& fileName);
    // Asks for a file name (the filter lists PDF, CSV and Excel, or the one `suffix` given) and writes; reports a
    // failure in a message box. Returns the file written, or empty.
    static QString exportWithDialog(QWidget* parent, const ReportDocument& document, const QString& suggestedName,
                                    const QString& suffix = {});
};

} // namespace jifen::ui
