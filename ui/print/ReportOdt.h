#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>

class QTextDocument;

namespace jifen::ui {

// A ReportDocument as an OpenDocument text (.odt) that the clerk finishes in WPS, Word or LibreOffice: the same
// title, paragraphs and tables as the printout, each page break a page break. Written by Qt's own ODF writer.
class ReportOdt
{
    Q_DECLARE_TR_FUNCTIONS(ReportOdt)

public:
    explicit ReportOdt(ReportDocument report);

    // The report as a rich-text document (A4 portrait); the caller owns it.
    QTextDocument* toTextDocument() const;
    // Writes the .odt through QSaveFile: the whole file or nothing. Sets `error` naming the file on failure.
    bool write(const QString& fileName, QString* error) const;

private:
    ReportDocument m_report;
};

} // namespace jifen::ui
