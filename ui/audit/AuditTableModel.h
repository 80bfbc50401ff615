#pragma once

#include "storage/AuditQuery.h"

#include <QAbstractTableModel>

namespace jifen {

class Database;

namespace ui {

// The audit log, newest first, read page by page as the view scrolls.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Operator, Action, Summary, ColumnCount };
    static constexpr int pageSize = 200;

    explicit AuditTableModel(const Database& db, QObject* parent = nullptr);

    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    void refresh();
    const AuditRecord* recordAt(int row) const;

    // The action in the UI language ("member.add" -> "Member added"); unknown actions as they are.
    static QString actionLabel(const QString& action);
    // The kinds a clerk filters by: a label and the action prefixes it covers.
    static QList<std::pair<QString, QStringList>> kinds();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    const Database& m_db;
    AuditFilter m_filter;
    QList<AuditRecord> m_rows;
    bool m_complete = false;
};

} // namespace ui
} // namespace jifen
