#pragma once

#include "report/ReportTable.h"

#include <QAbstractTableModel>

class QTableView;

namespace jifen::ui {

// A report table on screen: the same cells the printout and the exports carry; flagged cells in bold.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(ReportTable table);
    const ReportTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Columns as wide as their contents, with a little air, for a table that is read rather than edited.
    static void fitColumns(QTableView* view);

private:
    ReportTable m_table;
};

} // namespace jifen::ui
