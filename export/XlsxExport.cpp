#include "XlsxExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

namespace jifen {

QString XlsxExport::sheetName(const QString& caption, const QStringList& taken)
{
    QString name = caption.trimmed();
    for (const QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(bad, u'_');
    if (name.isEmpty())
        name = tr("Sheet");
    name.truncate(31);
    QString candidate = name;
    for (int n = 2; taken.contains(candidate, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = name.left(31 - suffix.size()) + suffix;
    }
    return candidate;
}

bool XlsxExport::write(const QString& fileName, const QList<ReportTable>& tables, QString* error)
{
    const auto fail = [&](const QString& why) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), why);
        return false;
    };
    // libxlsxwriter writes to a file name; reserve a temporary one beside the target so the rename stays on one disk.
    QTemporaryFile temporary(QFileInfo(fileName).absoluteDir().filePath(QStringLiteral(".jifen-XXXXXX.xlsx")));
    if (!temporary.open())
        return fail(temporary.errorString());
    const QByteArray temporaryName = QFile::encodeName(temporary.fileName());
    temporary.close();

    lxw_workbook* workbook = workbook_new(temporaryName.constData());
    if (!workbook)
        return fail(tr("the spreadsheet library could not start"));
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xE7E6E6);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format* text = workbook_add_format(workbook);
    format_set_num_format(text, "@");
    lxw_format* flagged = workbook_add_format(workbook);
    format_set_bold(flagged);

    QStringList taken;
    for (const ReportTable& table : tables) {
        const QString name = sheetName(table.caption, taken);
        taken << name;
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.toUtf8().constData());
        if (!sheet) {
            workbook_close(workbook);
            return fail(tr("the sheet %1 could not be added").arg(name));
        }
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const ReportTable::Column& column = table.columns[c];
            const auto col = static_cast<lxw_col_t>(c);
            // Excel's width unit is one digit, as the table's is; a little more for the cell's margins.
            worksheet_set_column(sheet, col, col, column.width + 2, column.keepAsText ? text : nullptr);
            worksheet_write_string(sheet, 0, col, column.title.toUtf8().constData(), header);
        }
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const auto row = static_cast<lxw_row_t>(r + 1);
            const QList<ReportCell>& cells = table.rows[r];
            for (qsizetype c = 0; c < cells.size() && c < table.columns.size(); ++c) {
                const ReportCell& cell = cells[c];
                const auto col = static_cast<lxw_col_t>(c);
                if (cell.number && !table.columns[c].keepAsText)
                    worksheet_write_number(sheet, row, col, *cell.number, cell.flagged ? flagged : nullptr);
                else if (!cell.text.isEmpty())
                    worksheet_write_string(sheet, row, col, cell.text.toUtf8().constData(),
                                           table.columns[c].keepAsText ? text : (cell.flagged ? flagged : nullptr));
            }
        }
        worksheet_freeze_panes(sheet, 1, 0);
        if (!table.columns.isEmpty())
            worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                                 static_cast<lxw_col_t>(table.columns.size() - 1));
    }
    if (tables.isEmpty())
        workbook_add_worksheet(workbook, nullptr);
    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        QFile::remove(temporary.fileName());
        return fail(QString::fromUtf8(lxw_strerror(result)));
    }
    QFile::remove(fileName);
    if (!QFile::rename(temporary.fileName(), fileName)) {
        QFile::remove(temporary.fileName());
        return fail(tr("the finished file could not be moved into place"));
    }
    // The temporary file was private to its owner; a finished export is an ordinary file.
    QFile::setPermissions(fileName, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

} // namespace jifen
