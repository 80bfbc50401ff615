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
        {QStringLiteral("roster.change"), QT_TR_NOOP("Roster change")},
        {QStringLiteral("roster.migrate"), QT_TR_NOOP("Roster history recorded")},
        {QStringLiteral("meeting.add"), QT_TR_NOOP("Meeting recorded")},
        {QStringLiteral("meeting.attendance"), QT_TR_NOOP("Meeting attendance")},
        {QStringLiteral("meeting.mark"), QT_TR_NOOP("Attendance changed")},
        {QStringLiteral("meeting.cancel"), QT_TR_NOOP("Meeting cancelled")},
        {QStringLiteral("meeting.import"), QT_TR_NOOP("Meetings import")},
        {QStringLiteral("import.meetings"), QT_TR_NOOP("Meetings import")},
        {QStringLiteral("branch_entry.add"), QT_TR_NOOP("Branch entry")},
        {QStringLiteral("branch_entry.reverse"), QT_TR_NOOP("Branch entry reversed")},
        {QStringLiteral("pledge.add"), QT_TR_NOOP("Pledge added")},
        {QStringLiteral("pledge.review"), QT_TR_NOOP("Pledge reviewed")},
        {QStringLiteral("opinion.issue"), QT_TR_NOOP("Branch opinion issued")},
        {QStringLiteral("meeting_types.add"), QT_TR_NOOP("Meeting type added")},
        {QStringLiteral("meeting_types.change"), QT_TR_NOOP("Meeting type changed")},
        {QStringLiteral("meeting_types.remove"), QT_TR_NOOP("Meeting type removed")},
        {QStringLiteral("branch_rules.add"), QT_TR_NOOP("Branch rule added")},
        {QStringLiteral("branch_rules.change"), QT_TR_NOOP("Branch rule changed")},
        {QStringLiteral("branch_rules.remove"), QT_TR_NOOP("Branch rule removed")},
        {QStringLiteral("branch_evaluation.add"), QT_TR_NOOP("Branch evaluation settings changed")},
        {QStringLiteral("branch_evaluation.change"), QT_TR_NOOP("Branch evaluation settings changed")},
        {QStringLiteral("branch_evaluation.remove"), QT_TR_NOOP("Branch evaluation settings changed")},
        {QStringLiteral("branch_tiers.add"), QT_TR_NOOP("Tier added")},
        {QStringLiteral("branch_tiers.change"), QT_TR_NOOP("Tier changed")},
        {QStringLiteral("branch_tiers.remove"), QT_TR_NOOP("Tier removed")},
        {QStringLiteral("branch_awards.add"), QT_TR_NOOP("Branch award added")},
        {QStringLiteral("branch_awards.change"), QT_TR_NOOP("Branch award changed")},
        {QStringLiteral("branch_awards.remove"), QT_TR_NOOP("Branch award removed")},
    };
    const char* label = labels.value(action);
    return label ? tr(label) : action;
}

QList<std::pair<QString, QStringList>> AuditTableModel::kinds()
{
    return {
        {tr("Every kind"), {}},
        {tr("Members and branches"), {QStringLiteral("member."), QStringLiteral("branch."), QStringLiteral("roster.")}},
        {tr("Points entries"), {QStringLiteral("entry.add"), QStringLiteral("entry.import"), QStringLiteral("import.")}},
        {tr("Reversals"), {QStringLiteral("entry.reverse")}},
        {tr("Reviews"), {QStringLiteral("entry.approve"), QStringLiteral("entry.reject")}},
        {tr("Rules, awards and grades"),
         {QStringLiteral("rule."), QStringLiteral("awards."), QStringLiteral("grades."), QStringLiteral("meeting_types."),
          QStringLiteral("branch_rules."), QStringLiteral("branch_evaluation."), QStringLiteral("branch_tiers."),
          QStringLiteral("branch_awards.")}},
        {tr("ID numbers shown"), {QStringLiteral("ids.")}},
        {tr("Settings"), {QStringLiteral("setting.")}},
        {tr("Operators and sign-in"), {QStringLiteral("operator.")}},
        {tr("Published rankings"), {QStringLiteral("ranking.")}},
        {tr("Backups and restores"), {QStringLiteral("ledger.")}},
        {tr("Organisation life"), {QStringLiteral("meeting."), QStringLiteral("import.meetings")}},
        {tr("Branch entries"), {QStringLiteral("branch_entry.")}},
        {tr("Pledges and branch opinions"), {QStringLiteral("pledge."), QStringLiteral("opinion.")}},
    };
}

} // namespace jifen::ui
