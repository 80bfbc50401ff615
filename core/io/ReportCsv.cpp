#include "ReportCsv.h"

#include <QRegularExpression>
#include <QStringList>

namespace jifen {

QString ReportCsv::field(const QString& text)
{
    // A cell Excel would read as a formula (=, +, -, @) gets a leading tab, as the roster export does, so it shows as
    // text; a plain number such as -2.5 (a deduction) stays a number.
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+(\\.[0-9]+)?$"));
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()) && !number.match(value).hasMatch())
        value.prepend(u'\t');
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    value.replace(u'"', QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

QByteArray ReportCsv::write(const QList<ReportTable>& tables)
{
    QString text;
    const bool several = tables.size() > 1;
    for (const ReportTable& table : tables) {
        if (several)
            text += field(table.caption) + QStringLiteral("\r\n");
        QStringList header;
        for (const ReportTable::Column& column : table.columns)
            header << field(column.title);
        text += header.join(u',') + QStringLiteral("\r\n");
        for (const QList<ReportCell>& row : table.rows) {
            QStringList fields;
            fields.reserve(row.size());
            for (const ReportCell& cell : row)
                fields << field(cell.text);
            text += fields.join(u',') + QStringLiteral("\r\n");
        }
        if (several)
            text += QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace jifen
