#include "MemberTableModel.h"

#include "common/Formats.h"
#include "model/IdNumber.h"
#include "storage/Database.h"

#include <QColor>

namespace jifen::ui {

MemberTableModel::MemberTableModel(const Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void MemberTableModel::setFilter(const MemberFilter& filter)
{
    m_filter = filter;
    reload(0);
}

void MemberTableModel::refresh()
{
    reload(m_rows.size());
}

void MemberTableModel::reload(qsizetype keepRows)
{
    beginResetModel();
    const MemberQuery query(m_db, m_filter);
    const int wanted = static_cast<int>(std::max<qsizetype>(pageSize, keepRows));
    m_rows = query.page(0, wanted);
    m_complete = m_rows.size() < wanted;
    endResetModel();
}

bool MemberTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete;
}

void MemberTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_complete)
        return;
    const QList<Member> more = MemberQuery(m_db, m_filter).page(m_rows.size(), pageSize);
    m_complete = more.size() < pageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

const Member* MemberTableModel::memberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int MemberTableModel::rowOf(qint64 memberId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == memberId)
            return static_cast<int>(i);
    return -1;
}

int MemberTableModel::load(qint64 memberId)
{
    int row = rowOf(memberId);
    if (row >= 0)
        return row;
    const qint64 position = MemberQuery(m_db, m_filter).positionOf(memberId);
    if (position < 0)
        return -1;
    while (!m_complete && m_rows.size() <= position)
        fetchMore({});
    return rowOf(memberId);
}

void MemberTableModel::setRevealed(bool revealed)
{
    if (m_revealed == revealed)
        return;
    m_revealed = revealed;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, IdNumber), index(rowCount() - 1, Phone));
}

void MemberTableModel::setCheckable(bool checkable)
{
    beginResetModel();
    m_checkable = checkable;
    endResetModel();
}

void MemberTableModel::setChecked(const Member& member, bool checked)
{
    if (checked == m_checked.contains(member.id))
        return;
    if (checked) {
        m_checked.insert(member.id, member);
        m_checkOrder.append(member.id);
    } else {
        m_checked.remove(member.id);
        m_checkOrder.removeOne(member.id);
    }
    const int row = rowOf(member.id);
    if (row >= 0)
        emit dataChanged(index(row, Name), index(row, Name), {Qt::CheckStateRole});
    emit checksChanged();
}

void MemberTableModel::clearChecks()
{
    m_checked.clear();
    m_checkOrder.clear();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Name), index(rowCount() - 1, Name), {Qt::CheckStateRole});
    emit checksChanged();
}

QList<Member> MemberTableModel::checkedMembers() const
{
    QList<Member> result;
    for (const qint64 id : m_checkOrder)
        result << m_checked.value(id);
    return result;
}

void MemberTableModel::setExtraColumn(const QString& title, ExtraColumn column)
{
    beginResetModel();
    m_extraTitle = title;
    m_extra = std::move(column);
    endResetModel();
}

void MemberTableModel::extraColumnChanged()
{
    if (m_extra && !m_rows.isEmpty())
        emit dataChanged(index(0, Extra), index(rowCount() - 1, Extra));
}

int MemberTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MemberTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : (m_extra ? ColumnCount : Extra);
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const
{
    const Member* m = memberAt(index.row());
    if (!m)
        return {};
    if (role == MemberIdRole)
        return m->id;
    if (role == Qt::CheckStateRole && m_checkable && index.column() == Name)
        return m_checked.contains(m->id) ? Qt::Checked : Qt::Unchecked;
    if (index.column() == Extra)
        return m_extra ? m_extra(*m, role) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Status && !m->isCurrent())
        return tr("%1 on %2").arg(Formats::status(m->status), Formats::date(m->statusDate));
    if (role == Qt::ForegroundRole && !m->isCurrent())
        return QColor(Qt::gray);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return m->name;
    case Gender:
        return Formats::gender(m->gender);
    case IdNumber:
        return m_revealed ? m->idNumber : IdNumber::masked(m->idNumber);
    case Branch:
        return m->branchName;
    case Category:
        return Formats::category(m->category);
    case JoinDate:
        return Formats::date(m->joinDate);
    case Phone:
        return m_revealed ? m->phone : maskPhone(m->phone);
    case Position:
        return m->position;
    case Status:
        return m->isCurrent() ? Formats::status(m->status)
                              : tr("%1 %2").arg(Formats::status(m->status), Formats::date(m->statusDate));
    }
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Gender:
        return tr("Gender");
    case IdNumber:
        return tr("ID number");
    case Branch:
        return tr("Branch");
    case Category:
        return tr("Category");
    case JoinDate:
        return tr("Joined");
    case Phone:
        return tr("Phone");
    case Position:
        return tr("Position");
    case Status:
        return tr("Status");
    case Extra:
        return m_extraTitle;
    }
    return {};
}

Qt::ItemFlags MemberTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_checkable && index.column() == Name)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool MemberTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Member* m = memberAt(index.row());
    if (!m || role != Qt::CheckStateRole || !m_checkable || index.column() != Name)
        return false;
    setChecked(*m, value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

MemberFilter::Sort MemberTableModel::sortFor(int column)
{
    switch (column) {
    case Gender:
        return MemberFilter::Sort::Gender;
    case IdNumber:
        return MemberFilter::Sort::IdNumber;
    case Branch:
        return MemberFilter::Sort::Branch;
    case Category:
        return MemberFilter::Sort::Category;
    case JoinDate:
        return MemberFilter::Sort::JoinDate;
    case Phone:
        return MemberFilter::Sort::Phone;
    case Status:
        return MemberFilter::Sort::Status;
    default:
        return MemberFilter::Sort::Name;
    }
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    const MemberFilter::Sort sort = sortFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_filter.sort && descending == m_filter.descending)
        return;
    m_filter.sort = sort;
    m_filter.descending = descending;
    reload(0);
}

} // namespace jifen::ui
