#include "CsvTable.h"

#include <limits>

namespace jifen {

QStringView CsvTable::cell(qsizetype row, qsizetype column) const
{
    const Row& r = m_rows[row];
    if (column < 0 || column >= r.cellCount)
        return {};
    const qsizetype index = r.firstCell + column;
    const qsizetype start = m_cellStarts[index];
    return QStringView(m_text).sliced(start, cellEnd(index) - start);
}

QStringList CsvTable::cells(qsizetype row) const
{
    QStringList list;
    list.reserve(cellCount(row));
    for (qsizetype column = 0; column < cellCount(row); ++column)
        list.append(cell(row, column).toString());
    return list;
}

void CsvTable::cellViews(qsizetype row, QList<QStringView>& views) const
{
    views.clear();
    for (qsizetype column = 0; column < cellCount(row); ++column)
        views.append(cell(row, column));
}

void CsvTable::appendRow(int number, const QStringList& cells)
{
    qsizetype count = cells.size();
    while (count > 0 && cells[count - 1].isEmpty())
        --count;
    if (count == 0)
        return;
    m_rows.append({number, quint32(m_cellStarts.size()), quint32(count)});
    for (qsizetype i = 0; i < count; ++i) {
        m_cellStarts.append(quint32(m_text.size()));
        m_text += cells[i];
    }
    Q_ASSERT(m_text.size() <= std::numeric_limits<quint32>::max());
    m_columnCount = std::max(m_columnCount, count);
}

} // namespace jifen
