#include "MembersPage.h"

#include "BranchTree.h"
#include "MemberCommands.h"
#include "MemberCounter.h"
#include "MemberDetails.h"
#include "MemberAttendance.h"
#include "MemberPledges.h"
#include "MemberDialog.h"
#include "MemberTableModel.h"
#include "MoveDialog.h"
#include "OpinionDialog.h"
#include "StatusDialog.h"
#include "common/Formats.h"
#include "common/InputDialog.h"
#include "common/MessageBox.h"
#include "common/Session.h"
#include "entry/EntryCommands.h"
#include "import/ImportWizard.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/MemberQuery.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace jifen::ui {

MembersPage::MembersPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("membersPage"));
    m_tree = new BranchTree;
    m_tree->setObjectName(QStringLiteral("branchTree"));

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setPlaceholderText(tr("Search: name, pinyin initials (zs), last digits of ID or phone"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("&Search:"));
    searchLabel->setBuddy(m_search);
    m_showFormer = new QCheckBox(tr("Show &former members"));
    m_showFormer->setObjectName(QStringLiteral("showFormer"));
    m_showFormer->setToolTip(tr("Also list members transferred out (转出) or deceased (去世)"));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("memberCount"));

    m_model = new MemberTableModel(session.database(), this);
    m_counter = new MemberCounter(session.database().path(), this);
    connect(m_counter, &MemberCounter::counted, this,
            [this](qint64 n) { m_count->setText(tr("Members: %1").arg(Formats::count(n))); });
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("memberTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSortIndicator(MemberTableModel::Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Fixed row heights and column widths: measuring 100 rows' contents on every page would cost more than the query.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    const QFontMetrics metrics(m_table->font());
    const int em = metrics.horizontalAdvance(QStringLiteral("中"));
    const QList<std::pair<int, int>> widths {{MemberTableModel::Name, 6},      {MemberTableModel::Gender, 3},
                                             {MemberTableModel::IdNumber, 12}, {MemberTableModel::Branch, 10},
                                             {MemberTableModel::Category, 6},  {MemberTableModel::JoinDate, 7},
                                             {MemberTableModel::Phone, 8},     {MemberTableModel::Position, 7}};
    for (const auto& [column, ems] : widths)
        m_table->setColumnWidth(column, ems * em + 16);

    m_details = new MemberDetails(session.ledger());
    m_pledges = new MemberPledges(session);
    m_details->addPage(m_pledges, tr("&Pledges"));
    connect(m_details, &MemberDetails::shown, m_pledges, &MemberPledges::showMember);
    m_attendance = new MemberAttendance(session.ledger());
    m_details->addPage(m_attendance, tr("Organisation &life"));
    connect(m_details, &MemberDetails::shown, m_attendance, &MemberAttendance::showMember);

    createActions();
    auto* toolbar = new QToolBar;
    toolbar->setObjectName(QStringLiteral("membersToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* action : {m_add, m_edit, m_move, m_status})
        toolbar->addAction(action);
    toolbar->addSeparator();
    toolbar->addAction(m_addBranch);
    toolbar->addSeparator();
    toolbar->addAction(m_import);
    toolbar->addSeparator();
    toolbar->addAction(m_opinion);
    // Revealing ID numbers is a right of its own (administrators and clerks), apart from editing the roster.
    auto* viewToolbar = new QToolBar;
    viewToolbar->setObjectName(QStringLiteral("membersViewToolbar"));
    viewToolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    viewToolbar->addAction(m_reveal);
    // Every button shown: the page asks for the toolbar's width (the branch tree gives way) rather than hiding the
    // last buttons behind a » menu.
    toolbar->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    auto* toolbarRow = new QHBoxLayout;
    toolbarRow->setContentsMargins(0, 0, 0, 0);
    toolbarRow->addWidget(toolbar);
    toolbarRow->addStretch(1);

    // What the list shows (former members, whole ID numbers) beside the search.
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_showFormer);
    searchRow->addWidget(viewToolbar);
    searchRow->addWidget(m_count);

    auto* listPane = new QWidget;
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(searchRow);
    listLayout->addLayout(toolbarRow);
    listLayout->addWidget(m_table, 1);

    // The roster, and beside it the pledges of the branch chosen in the tree (承诺践诺), reviewed in place.
    m_listViews = new QTabWidget;
    m_listViews->setObjectName(QStringLiteral("memberListViews"));
    m_listViews->setDocumentMode(true);
    m_listViews->addTab(listPane, tr("Ro&ster"));
    m_listViews->addTab(createBranchPledgesView(), tr("Branch p&ledges"));
    connect(m_listViews, &QTabWidget::currentChanged, this, &MembersPage::showBranchPledges);

    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(m_listViews);
    vertical->addWidget(m_details);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);

    auto* horizontal = new QSplitter;
    horizontal->addWidget(m_tree);
    horizontal->addWidget(vertical);
    horizontal->setStretchFactor(1, 1);
    horizontal->setSizes({260, 800}); // room for 离退休干部党支部 and a count
    horizontal->setChildrenCollapsible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 6); // the count and the buttons at the edges clear of the window's frame
    layout->addWidget(horizontal);

    setTabOrder(m_tree, m_search);
    setTabOrder(m_search, m_showFormer);
    setTabOrder(m_showFormer, m_table);
    setTabOrder(m_table, m_details);

    connect(m_search, &QLineEdit::textChanged, this, &MembersPage::applyFilter);
    connect(m_showFormer, &QCheckBox::toggled, this, [this] {
        reloadBranches();
        applyFilter();
    });
    connect(m_tree, &BranchTree::branchSelected, this, &MembersPage::applyFilter);
    connect(m_tree, &BranchTree::branchSelected, this, &MembersPage::showBranchPledges);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MembersPage::updateActions);
    // The member page follows the selection once typing pauses: a keystroke only re-reads the list.
    m_detailsTimer = new QTimer(this);
    m_detailsTimer->setSingleShot(true);
    m_detailsTimer->setInterval(150);
    connect(m_detailsTimer, &QTimer::timeout, this, &MembersPage::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_search->hasFocus())
            m_detailsTimer->start();
        else
            showCurrent();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        m_detailsTimer->start();
    });
    connect(m_table, &QTableView::activated, this, &MembersPage::editMember);
    connect(m_details, &MemberDetails::reverseRequested, this, &MembersPage::reverseEntry);
    connect(&session, &Session::membersChanged, this, [this] {
        reloadBranches();
        refreshRows();
    });
    connect(&session, &Session::branchesChanged, this, &MembersPage::reloadBranches);
    connect(&session, &Session::entriesChanged, m_details, &MemberDetails::reload);
    // A review made on the member page shows in the branch's list, and one made there on the member page; later,
    // as the review may come from a list's own combo box, which reloading deletes.
    connect(&session, &Session::entriesChanged, this, &MembersPage::showBranchPledges, Qt::QueuedConnection);
    connect(&session, &Session::entriesChanged, m_pledges, &MemberPledges::reload, Qt::QueuedConnection);
    connect(&session, &Session::rulesChanged, m_details, &MemberDetails::reload);

    reloadBranches();
    applyFilter();
}

QWidget* MembersPage::createBranchPledgesView()
{
    m_pledgeYear = new QSpinBox;
    m_pledgeYear->setObjectName(QStringLiteral("branchPledgeYear"));
    m_pledgeYear->setRange(2000, 2100);
    m_pledgeYear->setValue(QDate::currentDate().year());
    m_pledgeYear->setGroupSeparatorShown(false);
    auto* yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(m_pledgeYear);
    m_pledgeHint = new QLabel;
    m_pledgeHint->setObjectName(QStringLiteral("branchPledgesHint"));
    m_branchPledges = new MemberPledges(m_session);
    m_branchPledges->setObjectName(QStringLiteral("branchPledges"));
    m_branchPledges->table()->setObjectName(QStringLiteral("branchPledgesTable"));
    connect(m_pledgeYear, &QSpinBox::valueChanged, this, &MembersPage::showBranchPledges);
    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_pledgeYear);
    top->addWidget(m_pledgeHint, 1);
    auto* view = new QWidget;
    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_branchPledges, 1);
    return view;
}

void MembersPage::showBranchPledges()
{
    if (m_listViews->currentIndex() != 1)
        return; // read when looked at
    const qint64 branch = m_tree->selectedBranch();
    m_pledgeHint->setText(branch > 0 ? tr("The pledges of the members of the branch chosen in the tree: pick the "
                                          "result and type the note in the list.")
                                     : tr("Choose a branch in the tree to list its members' pledges."));
    m_branchPledges->showBranches(branch > 0 ? m_tree->selectedSubtree() : QList<qint64>(), m_pledgeYear->value());
}

void MembersPage::createActions()
{
    auto make = [this](const QString& text, const char* name, const QKeySequence& shortcut, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        // "New &branch..." and "新建支部(&B)..." both read without their accelerator.
        const QString plain = QString(text).remove(QRegularExpression(QStringLiteral("\\(&\\w\\)"))).remove(QLatin1Char('&'));
        action->setToolTip(tr("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_addBranch = make(tr("New &branch..."), "addBranch", QKeySequence(tr("Ctrl+B")), &MembersPage::addBranch);
    m_add = make(tr("&Add member..."), "addMember", QKeySequence(tr("Ctrl+N")), &MembersPage::addMember);
    m_edit = make(tr("&Edit..."), "editMember", QKeySequence(Qt::Key_F2), &MembersPage::editMember);
    m_move = make(tr("&Move to branch..."), "moveMembers", QKeySequence(tr("Ctrl+M")), &MembersPage::moveMembers);
    m_status = make(tr("Mark as transferred out or deceased..."), "markStatus", QKeySequence(tr("Ctrl+D")),
                    &MembersPage::markStatus);
    m_reveal = make(tr("Show full &ID numbers"), "revealIds", QKeySequence(tr("Ctrl+Shift+I")),
                    [this](bool on) { setRevealed(on); });
    m_reveal->setCheckable(true);
    m_import = make(tr("&Import roster..."), "importRoster", QKeySequence(tr("Ctrl+I")), [this] { importRoster(); });
    m_opinion = make(tr("Print branch &opinion..."), "printOpinion", QKeySequence(tr("Ctrl+Shift+O")),
                     &MembersPage::printOpinion);
    m_find = make(tr("Find"), "findMember", QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
}

OpinionDialog* MembersPage::printOpinion()
{
    // The selected members are the candidates; more can be pasted (names or ID numbers) in the dialog.
    QStringList candidates;
    for (const Member& m : selectedMembers())
        candidates << m.idNumber;
    auto* dialog = new OpinionDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCandidates(candidates.join(u'\n'));
    dialog->open();
    return dialog;
}

ImportWizard* MembersPage::importRoster()
{
    if (auto* open = findChild<ImportWizard*>(QStringLiteral("importWizard"), Qt::FindDirectChildrenOnly))
        return open;
    auto* wizard = new ImportWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

void MembersPage::reloadBranches()
{
    m_tree->setBranches(m_session.ledger().branches(),
                        MemberQuery::countsByBranch(m_session.database(), m_showFormer->isChecked()));
}

void MembersPage::applyFilter()
{
    MemberFilter filter = m_model->filter();
    filter.branchIds = m_tree->selectedSubtree();
    filter.text = m_search->text();
    filter.includeFormer = m_showFormer->isChecked();
    m_model->setFilter(filter);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateCount();
}

void MembersPage::refreshRows()
{
    const Member* selected = m_model->memberAt(m_table->currentIndex().row());
    const qint64 current = selected ? selected->id : 0;
    m_model->refresh();
    updateCount();
    if (current > 0) {
        const int row = m_model->load(current);
        if (row >= 0) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
        }
    }
}

void MembersPage::updateCount()
{
    // A filter that fits in the first page is counted already; a larger one is counted on the worker thread.
    if (!m_model->canFetchMore({})) {
        m_counter->request(m_model->filter()); // cancels an older count still on its way
        m_count->setText(tr("Members: %1").arg(Formats::count(m_model->rowCount())));
        return;
    }
    m_count->setText(tr("Members: %1+").arg(Formats::count(m_model->rowCount())));
    m_counter->request(m_model->filter());
}

void MembersPage::updateActions()
{
    const int selected = static_cast<int>(m_table->selectionModel()->selectedRows().size());
    m_edit->setEnabled(selected == 1);
    m_status->setEnabled(selected == 1);
    m_move->setEnabled(selected >= 1);
    m_add->setEnabled(!m_tree->branches().isEmpty());
}

void MembersPage::showCurrent()
{
    const Member* m = m_model->memberAt(m_table->currentIndex().row());
    if (!m) {
        m_details->showMember(std::nullopt);
        return;
    }
    if (m->id != m_details->memberId())
        m_details->showMember(*m);
}

QList<Member> MembersPage::selectedMembers() const
{
    QList<Member> result;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        if (const Member* m = m_model->memberAt(index.row()))
            result << *m;
    return result;
}

void MembersPage::selectMember(qint64 memberId)
{
    int row = m_model->load(memberId);
    if (row < 0) {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        m_tree->selectBranch(0);
        applyFilter();
        row = m_model->load(memberId);
    }
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void MembersPage::addBranch()
{
    const qint64 parent = m_tree->selectedBranch();
    QString parentName;
    for (const Branch& b : m_tree->branches())
        if (b.id == parent)
            parentName = b.name;
    QString name;
    const QString where = parent > 0 ? tr("The new branch goes under %1.").arg(parentName)
                                     : tr("The new branch goes at the top of the tree.");
    if (!InputDialog::getText(this, tr("New branch"), tr("Name of the branch (e.g. 第三党支部)? %1").arg(where), name))
        return;
    Branch branch;
    branch.name = name.trimmed();
    branch.parentId = parent;
    // The usual names say the level: 机关党委, 党总支, 党支部.
    branch.kind = branch.name.endsWith(QStringLiteral("党委")) ? Branch::Kind::Committee
        : branch.name.endsWith(QStringLiteral("党总支"))       ? Branch::Kind::GeneralBranch
                                                               : Branch::Kind::Branch;
    auto* command = new AddBranchCommand(m_session, branch);
    if (m_session.push(this, command))
        m_tree->selectBranch(command->branchId());
}

void MembersPage::addMember()
{
    auto* dialog = new MemberDialog(m_session.ledger().branches(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Member preset;
    preset.branchId = m_tree->selectedBranch();
    if (preset.branchId > 0) {
        Member blank = dialog->member();
        blank.branchId = preset.branchId;
        dialog->setMember(blank);
        dialog->setWindowTitle(tr("Add member"));
    }
    connect(dialog, &MemberDialog::submitted, this, [this, dialog] {
        auto* command = new AddMemberCommand(m_session, dialog->member());
        QString error;
        if (!m_session.push(command, &error)) {
            dialog->showError(error);
            return;
        }
        const qint64 id = command->memberId();
        dialog->accept();
        selectMember(id);
    });
    dialog->open();
}

void MembersPage::editMember()
{
    const QList<Member> selected = selectedMembers();
    if (selected.size() != 1)
        return;
    auto* dialog = new MemberDialog(m_session.ledger().branches(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMember(selected.constFirst());
    const Member before = selected.constFirst();
    connect(dialog, &MemberDialog::submitted, this, [this, dialog, before] {
        const Member after = dialog->member();
        QString error;
        if (!m_session.push(
                new UpdateMembersCommand(m_session, tr("Edit member %1").arg(after.name), {{before, after}}), &error)) {
            dialog->showError(error);
            return;
        }
        dialog->accept();
    });
    dialog->open();
}

void MembersPage::moveMembers()
{
    const QList<Member> selected = selectedMembers();
    if (selected.isEmpty())
        return;
    auto* dialog = new MoveDialog(selected, m_session.ledger().branches(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MoveDialog::submitted, this, [this, dialog] {
        QList<UpdateMembersCommand::Change> changes;
        for (const Member& m : dialog->members()) {
            if (m.branchId == dialog->branchId())
                continue;
            Member after = m;
            after.branchId = dialog->branchId();
            changes.append({m, after, dialog->date()});
        }
        if (changes.isEmpty()) {
            dialog->reject();
            return;
        }
        const QString text = changes.size() == 1
            ? tr("Move %1 to %2").arg(changes.constFirst().after.name, dialog->branchName())
            : tr("Move %1 members to %2").arg(changes.size()).arg(dialog->branchName());
        QString error;
        if (!m_session.push(new UpdateMembersCommand(m_session, text, changes), &error)) {
            dialog->showError(error);
            return;
        }
        dialog->accept();
    });
    dialog->open();
}

void MembersPage::markStatus()
{
    const QList<Member> selected = selectedMembers();
    if (selected.size() != 1)
        return;
    auto* dialog = new StatusDialog(selected.constFirst(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Member before = selected.constFirst();
    connect(dialog, &StatusDialog::submitted, this, [this, dialog, before] {
        const Member after = dialog->member();
        const QString text = after.isCurrent() ? tr("Mark %1 current").arg(after.name)
                                               : tr("Mark %1 %2").arg(after.name, Formats::status(after.status));
        QString error;
        if (!m_session.push(new UpdateMembersCommand(m_session, text, {{before, after}}), &error)) {
            dialog->showError(error);
            return;
        }
        dialog->accept();
    });
    dialog->open();
}

void MembersPage::setRevealed(bool revealed)
{
    if (revealed && !m_model->revealed()) {
        // Showing full ID numbers is itself recorded: who looked, and when.
        if (!m_session.attempt(this, tr("Show full ID numbers"), [this] {
                m_session.ledger().recordReveal(tr("ID numbers shown in the members list"));
                m_session.notify(0);
            })) {
            const QSignalBlocker blocker(m_reveal);
            m_reveal->setChecked(false);
            return;
        }
    }
    m_reveal->setChecked(revealed);
    m_model->setRevealed(revealed);
    m_details->setRevealed(revealed);
}

void MembersPage::reverseEntry(qint64 entryId)
{
    QString reason;
    if (!InputDialog::getText(this, tr("Reverse entry"), tr("Why is this entry reversed? (required)"), reason))
        return;
    if (reason.trimmed().isEmpty()) {
        MessageBox::warning(this, tr("Reverse entry"), tr("A reversal needs a reason."));
        return;
    }
    m_session.push(this, new ReverseEntryCommand(m_session, entryId, reason.trimmed()));
}

} // namespace jifen::ui
