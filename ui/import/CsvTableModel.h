#pragma once

#include "io/CsvTable.h"
#include "io/ImportIssue.h"

#include <QAbstractTableModel>
#include <QHash>

namespace jifen::ui {

// The cells of a read file as a table: the header row's cells as column titles, spreadsheet row numbers down the
// side, and the cells with an issue painted (red for an error, amber for a warning) with the messages as tool tips.
class CsvTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CsvTableModel(QObject* parent = nullptr);

    // Shows `table` from the row after `headerRow` (a spreadsheet row; 0: no header, every row is data), at most
    // `maxRows` rows (0: all). The table is copied (its cells share one buffer, so that is cheap).
    void setTable(const CsvTable& table, int headerRow, const ImportIssues& issues = {}, int maxRows = 0);

    // The model index of a spreadsheet row and file column; invalid when not shown.
    QModelIndex indexOf(int spreadsheetRow, int column) const;
    int spreadsheetRow(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct CellIssues
    {
        bool error = false;
        QStringList messages;
    };
    static quint64 key(int spreadsheetRow, int column) { return (quint64(quint32(spreadsheetRow)) << 32) | quint32(column + 1); }
    const CellIssues* issuesAt(int spreadsheetRow, int column) const;

    CsvTable m_table;
    qsizetype m_firstRow = 0; // the table row shown first
    int m_rowCount = 0;
    int m_columnCount = 0;
    QStringList m_headers;
    QHash<quint64, CellIssues> m_issues; // by spreadsheet row and column (-1: the whole row)
};

} // namespace jifen::ui
