#include "ReviewPage.h"

#include "common/Formats.h"
#include "common/InputDialog.h"
#include "common/Session.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/Transaction.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace jifen::ui {

ReviewPage::ReviewPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("reviewPage"));
    auto* intro = new QLabel(tr("Review (审核) is on: a clerk's entries count only once someone else approves them. "
                                "Select entries and approve them, or reject them with a reason."));
    intro->setWordWrap(true);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("reviewCount"));
    m_table = new QTableWidget(0, 7);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Member"), tr("Branch"), tr("Rule"), tr("Date"), tr("Points"), tr("Entered by"), tr("Note")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_approve = new QPushButton(tr("&Approve"));
    m_approve->setObjectName(QStringLiteral("approveEntries"));
    m_reject = new QPushButton(tr("&Reject..."));
    m_reject->setObjectName(QStringLiteral("rejectEntries"));
    auto* selectAll = new QPushButton(tr("Select &all"));
    selectAll->setObjectName(QStringLiteral("selectAllPending"));
    connect(selectAll, &QPushButton::clicked, m_table, &QTableWidget::selectAll);
    connect(m_approve, &QPushButton::clicked, this, [this] { review(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { review(false); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = !selectedEntries().isEmpty();
        m_approve->setEnabled(any);
        m_reject->setEnabled(any);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(selectAll);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(&m_session, &Session::entriesChanged, this, &ReviewPage::refresh);
    connect(&m_session, &Session::membersChanged, this, &ReviewPage::refresh);
    refresh();
}

void ReviewPage::refresh()
{
    Ledger& ledger = m_session.ledger();
    const QList<Entry> pending = ledger.pendingEntries();
    const RuleSet rules = ledger.ruleSet();
    QHash<qint64, const Rule*> ruleById;
    for (const Rule& rule : rules.rules)
        ruleById.insert(rule.id, &rule);
    QHash<qint64, QString> branchNames;
    for (const Branch& branch : ledger.branches())
        branchNames.insert(branch.id, branch.name);

    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(pending.size()));
    for (int row = 0; row < pending.size(); ++row) {
        const Entry& e = pending[row];
        const auto member = ledger.member(e.memberId);
        const Rule* rule = ruleById.value(e.ruleId);
        QString ruleText;
        QString points;
        if (rule) {
            const RuleVersion& version = rule->versionAt(e.date);
            ruleText = QStringLiteral("%1 %2").arg(rule->code, version.name);
            points = Formats::points(version.points * e.quantity);
        }
        auto* name = new QTableWidgetItem(member ? member->name : QString());
        name->setData(Qt::UserRole, e.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(member ? branchNames.value(member->branchId) : QString()));
        m_table->setItem(row, 2, new QTableWidgetItem(ruleText));
        m_table->setItem(row, 3, new QTableWidgetItem(Formats::date(e.date)));
        auto* pointsItem = new QTableWidgetItem(points);
        pointsItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 4, pointsItem);
        m_table->setItem(row, 5, new QTableWidgetItem(e.enteredBy));
        m_table->setItem(row, 6, new QTableWidgetItem(e.note));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_count->setText(pending.isEmpty()
                         ? tr("Nothing waits for review.")
                         : tr("%n entry(ies) wait for review.", nullptr, static_cast<int>(pending.size())));
    m_approve->setEnabled(false);
    m_reject->setEnabled(false);
}

QList<qint64> ReviewPage::selectedEntries() const
{
    std::set<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.insert(index.row());
    QList<qint64> ids;
    for (const int row : rows)
        ids << m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    return ids;
}

void ReviewPage::review(bool approve)
{
    const QList<qint64> ids = selectedEntries();
    if (ids.isEmpty())
        return;
    QString reason;
    if (!approve) {
        const QString label = tr("Why are these %n entry(ies) rejected? The clerk sees the reason.", nullptr,
                                 static_cast<int>(ids.size()));
        if (!InputDialog::getText(this, tr("Reject entries"), label, reason) || reason.trimmed().isEmpty())
            return;
    }
    // All or nothing: one refused entry (e.g. the reviewer's own) leaves every other one as it was.
    const bool done = m_session.attempt(this, approve ? tr("Approve entries") : tr("Reject entries"), [&] {
        Transaction transaction(m_session.database());
        for (const qint64 id : ids)
            m_session.ledger().reviewEntry(id, approve, reason.trimmed());
        transaction.commit();
    });
    if (done)
        m_session.notify(Session::Entries);
    else
        refresh();
}

} // namespace jifen::ui
