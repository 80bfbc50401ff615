#include "AuditTableModel.h"

#include "common/Formats.h"
#include "storage/Database.h"

namespace jifen::ui {

AuditTableModel::AuditTableModel(const Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void AuditTableModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    refresh();
}

void AuditTableModel::refresh()
{
    beginResetModel();
    m_rows = AuditQuery(m_db, m_filter).page(0, pageSize);
    m_complete = m_rows.size() < pageSize;
    endResetModel();
}

const AuditRecord* AuditTableModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_complete)
        return;
    const QList<AuditRecord> more = AuditQuery(m_db, m_filter).page(m_rows.size(), pageSize);
    m_complete = more.size() < pageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    const AuditRecord* r = recordAt(index.row());
    if (!r)
        return {};
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return r->summary;
    if (role == Qt::ToolTipRole && index.column() == Action)
        return r->action;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return Formats::dateTime(r->at);
    case Operator:
        return r->operatorName;
    case Action:
        return actionLabel(r->action);
    case Summary:
        return r->summary;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Operator:
        return tr("Operator");
    case Action:
        return tr("Action");
    case Summary:
        return tr("What");
    }
    return {};
}

QString AuditTableModel::actionLabel(const QString& action)
{
    static const QHash<QString, const char*> labels {
        {QStringLiteral("member.add"), QT_TR_NOOP("Member added")},
        {QStringLiteral("member.update"), QT_TR_NOOP("Member changed")},
        {QStringLiteral("member.remove"), QT_TR_NOOP("Member removed")},
        {QStringLiteral("member.import"), QT_TR_NOOP("Roster import")},
        {QStringLiteral("branch.add"), QT_TR_NOOP("Branch added")},
        {QStringLiteral("branch.remove"), QT_TR_NOOP("Branch removed")},
        {QStringLiteral("entry.add"), QT_TR_NOOP("Entry")},
        {QStringLiteral("entry.reverse"), QT_TR_NOOP("Reversal")},
        {QStringLiteral("entry.approve"), QT_TR_NOOP("Entry approved")},
        {QStringLiteral("entry.reject"), QT_TR_NOOP("Entry rejected")},
        {QStringLiteral("entry.import"), QT_TR_NOOP("Points import")},
        {QStringLiteral("import.points"), QT_TR_NOOP("Points import")},
        {QStringLiteral("ranking.publish"), QT_TR_NOOP("Ranking published")},
        {QStringLiteral("rule.create"), QT_TR_NOOP("Rule created")},
        {QStringLiteral("rule.add"), QT_TR_NOOP("Rule added")},
        {QStringLiteral("rule.version"), QT_TR_NOOP("Rule changed")},
        {QStringLiteral("rule.version.remove"), QT_TR_NOOP("Rule change taken back")},
        {QStringLiteral("rule.remove"), QT_TR_NOOP("Rule removed")},
        {QStringLiteral("awards.replace"), QT_TR_NOOP("Awards changed")},
        {QStringLiteral("grades.replace"), QT_TR_NOOP("Grade bands changed")},
        {QStringLiteral("setting.set"), QT_TR_NOOP("Setting changed")},
        {QStringLiteral("ids.reveal"), QT_TR_NOOP("ID numbers shown")},
        {QStringLiteral("operator.add"), QT_TR_NOOP("Operator added")},
        {QStringLiteral("operator.password"), QT_TR_NOOP("Password changed")},
        {QStringLiteral("operator.enable"), QT_TR_NOOP("Operator enabled")},
        {QStringLiteral("operator.disable"), QT_TR_NOOP("Operator disabled")},
        {QStringLiteral("operator.login_failed"), QT_TR_NOOP("Failed sign-in")},
        {QStringLiteral("ledger.restore"), QT_TR_NOOP("Ledger restored")},
    };
    const char* label = labels.value(action);
    return label ? tr(label) : action;
}

QList<std::pair<QString, QStringList>> AuditTableModel::kinds()
{
    return {
        {tr("Every kind"), {}},
        {tr("Members and branches"), {QStringLiteral("member."), QStringLiteral("branch.")}},
        {tr("Points entries"), {QStringLiteral("entry.add"), QStringLiteral("entry.import"), QStringLiteral("import.")}},
        {tr("Reversals"), {QStringLiteral("entry.reverse")}},
        {tr("Reviews"), {QStringLiteral("entry.approve"), QStringLiteral("entry.reject")}},
        {tr("Rules, awards and grades"),
         {QStringLiteral("rule."), QStringLiteral("awards."), QStringLiteral("grades.")}},
        {tr("ID numbers shown"), {QStringLiteral("ids.")}},
        {tr("Settings"), {QStringLiteral("setting.")}},
        {tr("Operators and sign-in"), {QStringLiteral("operator.")}},
        {tr("Published rankings"), {QStringLiteral("ranking.")}},
        {tr("Backups and restores"), {QStringLiteral("ledger.")}},
    };
}

} // namespace jifen::ui
