#include "ReportTableModel.h"

#include <QFont>
#include <QHeaderView>
#include <QTableView>

namespace jifen::ui {

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReportTableModel::setTable(ReportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size())
        return {};
    const QList<ReportCell>& row = m_table.rows[index.row()];
    if (index.column() >= row.size())
        return {};
    const ReportCell& cell = row[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.hint.isEmpty() ? QVariant() : QVariant(cell.hint);
    case Qt::UserRole: // the number behind the text, for sorting
        return cell.number ? QVariant(*cell.number) : QVariant(cell.text);
    case Qt::FontRole:
        if (cell.flagged) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (m_table.columns[index.column()].align) {
        case ReportTable::Align::Center:
            return int(Qt::AlignCenter);
        case ReportTable::Align::Right:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case ReportTable::Align::Left:
            break;
        }
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_table.columns.size())
        return m_table.columns[section].title;
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && !m_table.columnHints.value(section).isEmpty())
        return m_table.columnHints.value(section);
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

void ReportTableModel::fitColumns(QTableView* view)
{
    view->resizeColumnsToContents();
    for (int c = 0; c < view->model()->columnCount(); ++c)
        view->setColumnWidth(c, view->columnWidth(c) + 16);
}

} // namespace jifen::ui
