#pragma once

#include "storage/MemberQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <functional>

namespace jifen {

class Database;

namespace ui {

// The roster as a table that reads pages from the database as the view scrolls (never the whole roster at once).
// ID and phone numbers are masked unless revealed. Optionally checkable (the first column), for batch entry: checks
// survive new filters.
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Gender, IdNumber, Branch, Category, JoinDate, Phone, Position, Status, Extra, ColumnCount };
    static constexpr int pageSize = 100;
    static constexpr int MemberIdRole = Qt::UserRole + 1;

    MemberTableModel(const Database& db, QObject* parent = nullptr);

    void setFilter(const MemberFilter& filter);
    const MemberFilter& filter() const { return m_filter; }
    // Reads the rows again (after a change), keeping as many loaded as before.
    void refresh();

    void setRevealed(bool revealed);
    bool revealed() const { return m_revealed; }

    const Member* memberAt(int row) const;
    int rowOf(qint64 memberId) const; // among the loaded rows; -1 when not loaded
    // Loads pages until the member is among the loaded rows; returns its row or -1 when the filter leaves it out.
    int load(qint64 memberId);

    // Batch entry: a check box in the first column.
    void setCheckable(bool checkable);
    bool isChecked(qint64 memberId) const { return m_checked.contains(memberId); }
    void setChecked(const Member& member, bool checked);
    void clearChecks();
    QList<Member> checkedMembers() const; // in the order they were checked
    int checkedCount() const { return static_cast<int>(m_checkOrder.size()); }

    // A computed last column (e.g. the remaining cap room); hidden when no function is set.
    using ExtraColumn = std::function<QVariant(const Member& member, int role)>;
    void setExtraColumn(const QString& title, ExtraColumn column);
    void extraColumnChanged(); // the function's answers changed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

    static MemberFilter::Sort sortFor(int column);

signals:
    void checksChanged();

private:
    void reload(qsizetype keepRows);

    const Database& m_db;
    MemberFilter m_filter;
    QList<Member> m_rows;
    bool m_complete = false;
    bool m_revealed = false;
    bool m_checkable = false;
    QHash<qint64, Member> m_checked;
    QList<qint64> m_checkOrder;
    QString m_extraTitle;
    ExtraColumn m_extra;
};

} // namespace ui
} // namespace jifen
