#include "ExportActions.h"

#include "ReportOdt.h"
#include "ReportPrinter.h"
#include "XlsxExport.h"
#include "io/ReportCsv.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>

namespace jifen::ui {

QString ExportActions::write(const ReportDocument& document, const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    QString error;
    if (suffix == u"pdf") {
        ReportPrinter(document).writePdf(fileName, &error);
    } else if (suffix == u"odt") {
        ReportOdt(document).write(fileName, &error);
    } else if (suffix == u"xlsx") {
        XlsxExport::write(fileName, document.tables(), &error);
    } else if (suffix == u"csv") {
        QSaveFile file(fileName);
        const QByteArray data = ReportCsv::write(document.tables());
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
    } else {
        error = tr("Choose a file ending in .pdf, .odt, .csv or .xlsx.");
    }
    return error;
}

QString ExportActions::exportWithDialog(QWidget* parent, const ReportDocument& document, const QString& suggestedName,
                                        const QString& suffix)
{
    QStringList filters;
    if (suffix.isEmpty() || suffix == u"pdf")
        filters << tr("PDF (*.pdf)");
    if (suffix == u"odt")
        filters << tr("OpenDocument text (*.odt)");
    if (suffix.isEmpty() || suffix == u"xlsx")
        filters << tr("Excel workbook (*.xlsx)");
    if (suffix.isEmpty() || suffix == u"csv")
        filters << tr("CSV, UTF-8 (*.csv)");
    const QString start
        = QDir(QDir::homePath()).filePath(suggestedName + u'.' + (suffix.isEmpty() ? QStringLiteral("pdf") : suffix));
    QString fileName = QFileDialog::getSaveFileName(parent, tr("Export"), start, filters.join(QStringLiteral(";;")));
    if (fileName.isEmpty())
        return {};
    if (QFileInfo(fileName).suffix().isEmpty() && !suffix.isEmpty())
        fileName += u'.' + suffix;
    const QString error = write(document, fileName);
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, tr("Export"), error);
        return {};
    }
    return fileName;
}

} // namespace jifen::ui
