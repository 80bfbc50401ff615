#include "ReportCsv.h"

#include <QStringList>

namespace jifen {

QString ReportCsv::field(const QString& text)
{
    // A leading = + - @ would make Excel evaluate the cell as a formula: quote it as text with a leading apostrophe.
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()) && !(value.size() > 1 && value[1].isDigit()))
        value.prepend(u'\'');
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
