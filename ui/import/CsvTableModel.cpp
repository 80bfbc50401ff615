#include "CsvTableModel.h"

#include <QBrush>
#include <QColor>

namespace jifen::ui {

CsvTableModel::CsvTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CsvTableModel::setTable(const CsvTable& table, int headerRow, const ImportIssues& issues, int maxRows)
{
    beginResetModel();
    m_table = table;
    m_headers.clear();
    m_firstRow = 0;
    if (headerRow > 0) {
        for (qsizetype row = 0; row < table.rowCount(); ++row) {
            if (table.rowNumber(row) == headerRow) {
                m_headers = table.cells(row);
                m_firstRow = row + 1;
                break;
            }
        }
    }
    const qsizetype dataRows = table.rowCount() - m_firstRow;
    m_rowCount = int(maxRows > 0 ? qMin<qsizetype>(dataRows, maxRows) : dataRows);
    m_columnCount = int(table.columnCount());
    m_issues.clear();
    for (const ImportIssue& issue : issues) {
        if (issue.row <= 0)
            continue;
        CellIssues& cell = m_issues[key(issue.row, issue.column)];
        cell.error = cell.error || issue.isError();
        cell.messages.append(issue.message);
    }
    endResetModel();
}

const CsvTableModel::CellIssues* CsvTableModel::issuesAt(int spreadsheetRow, int column) const
{
    const auto it = m_issues.constFind(key(spreadsheetRow, column));
    return it == m_issues.cend() ? nullptr : &*it;
}

int CsvTableModel::spreadsheetRow(int row) const
{
    return row >= 0 && row < m_rowCount ? m_table.rowNumber(m_firstRow + row) : 0;
}

QModelIndex CsvTableModel::indexOf(int spreadsheetRow, int column) const
{
    // Rows are in file order, so their numbers ascend: a binary search finds the row.
    int low = 0;
    int high = m_rowCount - 1;
    while (low <= high) {
        const int middle = (low + high) / 2;
        const int number = m_table.rowNumber(m_firstRow + middle);
        if (number == spreadsheetRow)
            return index(middle, qBound(0, column, qMax(0, m_columnCount - 1)));
        if (number < spreadsheetRow)
            low = middle + 1;
        else
            high = middle - 1;
    }
    return {};
}

int CsvTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CsvTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant CsvTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const qsizetype row = m_firstRow + index.row();
    switch (role) {
    case Qt::DisplayRole:
        return m_table.cell(row, index.column()).toString();
    case Qt::BackgroundRole:
    case Qt::ToolTipRole: {
        const CellIssues* cell = issuesAt(m_table.rowNumber(row), index.column());
        if (!cell)
            return {};
        if (role == Qt::ToolTipRole)
            return cell->messages.join(u'\n');
        return QBrush(cell->error ? QColor(0xf8, 0xd0, 0xd0) : QColor(0xfb, 0xec, 0xc0));
    }
    default:
        return {};
    }
}

QVariant CsvTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return spreadsheetRow(section);
        if (role == Qt::BackgroundRole || role == Qt::ToolTipRole) {
            const CellIssues* whole = issuesAt(spreadsheetRow(section), -1);
            if (whole)
                return role == Qt::ToolTipRole ? QVariant(whole->messages.join(u'\n'))
                                               : QVariant(QBrush(QColor(0xf8, 0xd0, 0xd0)));
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        if (section < m_headers.size() && !m_headers[section].isEmpty())
            return m_headers[section];
        return tr("Column %1").arg(section + 1);
    }
    return {};
}

} // namespace jifen::ui
