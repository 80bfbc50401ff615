#include "EntryPage.h"

#include "EntryCommands.h"
#include "common/FormHelpers.h"
#include "common/Formats.h"
#include "common/InputDialog.h"
#include "common/MessageBox.h"
#include "common/Session.h"
#include "members/MemberTableModel.h"
#include "storage/EntryQuery.h"
#include "storage/Ledger.h"
#include "storage/MemberLookup.h"
#include "storage/MemberQuery.h"
#include "storage/ScoreStore.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jifen::ui {

namespace {

const QString lastRuleKey = QStringLiteral("entry/last_rule");
const QString lastDateKey = QStringLiteral("entry/last_date");
constexpr int recentLimit = 200;

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

QString ruleLabel(const Rule& rule, const RuleVersion& v)
{
    return QStringLiteral("%1  %2").arg(rule.code, v.name);
}

} // namespace

EntryPage::EntryPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("entryPage"));

    // What is entered: rule, date, quantity, note.
    m_rule = new QComboBox;
    m_rule->setObjectName(QStringLiteral("entryRule"));
    m_rule->setMinimumContentsLength(24);
    m_rule->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("entryDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Formats::dateFormat());
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDate(QDate::currentDate());
    m_quantity = new QSpinBox;
    m_quantity->setObjectName(QStringLiteral("entryQuantity"));
    m_quantity->setRange(1, 99);
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("entryNote"));
    m_note->setPlaceholderText(tr("e.g. 10月主题党日：参观红色教育基地"));
    m_ruleInfo = new QLabel;
    m_ruleInfo->setObjectName(QStringLiteral("ruleInfo"));
    m_ruleInfo->setWordWrap(true);

    auto* what = new QGroupBox(tr("Entry"));
    auto* whatLayout = new QFormLayout(what);
    auto* firstRow = new QHBoxLayout;
    firstRow->addWidget(m_rule, 1);
    auto* dateLabel = new QLabel(tr("&Date:"));
    dateLabel->setBuddy(m_date);
    firstRow->addWidget(dateLabel);
    firstRow->addWidget(m_date);
    auto* quantityLabel = new QLabel(tr("&Quantity:"));
    quantityLabel->setBuddy(m_quantity);
    firstRow->addWidget(quantityLabel);
    firstRow->addWidget(m_quantity);
    auto* ruleLabelWidget = new QLabel(tr("&Rule:"));
    ruleLabelWidget->setBuddy(m_rule);
    whatLayout->addRow(ruleLabelWidget, firstRow);
    auto* noteLabel = new QLabel(tr("&Note:"));
    noteLabel->setBuddy(m_note);
    whatLayout->addRow(noteLabel, m_note);
    whatLayout->addRow(QString(), m_ruleInfo);

    // Who: a branch's members to tick, a search, or a pasted list.
    m_branch = new QComboBox;
    m_branch->setObjectName(QStringLiteral("entryBranch"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("entrySearch"));
    m_search->setPlaceholderText(tr("Name, pinyin initials or last digits"));
    m_search->setClearButtonEnabled(true);
    m_members = new MemberTableModel(session.database(), this);
    m_members->setCheckable(true);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("entryMembers"));
    m_table->setModel(m_members);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(MemberTableModel::Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < MemberTableModel::ColumnCount; ++column)
        if (column != MemberTableModel::Name && column != MemberTableModel::Branch
            && column != MemberTableModel::IdNumber)
            m_table->setColumnHidden(column, true);
    const int em = QFontMetrics(m_table->font()).horizontalAdvance(QStringLiteral("中"));
    m_table->setColumnWidth(MemberTableModel::Name, 7 * em + 24);
    m_table->setColumnWidth(MemberTableModel::IdNumber, 12 * em);
    // Space ticks the current member, as in any check list.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const Member* m = m_members->memberAt(index.row()))
            m_members->setChecked(*m, !m_members->isChecked(m->id));
    });
    auto* tickAll = new QPushButton(tr("Tick &all shown"));
    tickAll->setObjectName(QStringLiteral("tickAll"));
    auto* clear = new QPushButton(tr("C&lear ticks"));
    clear->setObjectName(QStringLiteral("clearTicks"));

    auto* pickBox = new QGroupBox(tr("Members"));
    auto* pickLayout = new QVBoxLayout(pickBox);
    auto* filterRow = new QHBoxLayout;
    auto* branchLabel = new QLabel(tr("&Branch:"));
    branchLabel->setBuddy(m_branch);
    filterRow->addWidget(branchLabel);
    filterRow->addWidget(m_branch, 1);
    auto* searchLabel = new QLabel(tr("&Find:"));
    searchLabel->setBuddy(m_search);
    filterRow->addWidget(searchLabel);
    filterRow->addWidget(m_search, 1);
    pickLayout->addLayout(filterRow);
    pickLayout->addWidget(m_table, 1);
    auto* tickRow = new QHBoxLayout;
    tickRow->addWidget(tickAll);
    tickRow->addWidget(clear);
    tickRow->addStretch();
    pickLayout->addLayout(tickRow);

    m_paste = new QPlainTextEdit;
    m_paste->setObjectName(QStringLiteral("pasteMembers"));
    m_paste->setPlaceholderText(tr("Paste names or ID numbers, one per line or separated by commas or 、"));
    m_paste->setTabChangesFocus(true);
    m_paste->setMaximumHeight(80);
    auto* tickPastedButton = new QPushButton(tr("&Tick pasted"));
    tickPastedButton->setObjectName(QStringLiteral("tickPasted"));
    m_pasteResult = new QLabel;
    m_pasteResult->setObjectName(QStringLiteral("pasteResult"));
    m_pasteResult->setWordWrap(true);
    m_preview = new QTableWidget(0, 4);
    m_preview->setObjectName(QStringLiteral("entryPreview"));
    m_preview->setHorizontalHeaderLabels({tr("Member"), tr("Branch"), tr("Points"), tr("Cap room")});
    m_preview->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_save = new QPushButton;
    m_save->setObjectName(QStringLiteral("saveEntries"));
    m_save->setDefault(true);

    auto* saveBox = new QGroupBox(tr("To be saved"));
    auto* saveLayout = new QVBoxLayout(saveBox);
    auto* pasteLabel = new QLabel(tr("&Paste a list:"));
    pasteLabel->setBuddy(m_paste);
    saveLayout->addWidget(pasteLabel);
    saveLayout->addWidget(m_paste);
    auto* pasteRow = new QHBoxLayout;
    pasteRow->addWidget(tickPastedButton);
    pasteRow->addWidget(m_pasteResult, 1);
    saveLayout->addLayout(pasteRow);
    saveLayout->addWidget(m_preview, 1);
    saveLayout->addWidget(m_save);

    auto* who = new QSplitter;
    who->addWidget(pickBox);
    who->addWidget(saveBox);
    who->setChildrenCollapsible(false);

    // The entries made last.
    m_recent = new QTableWidget(0, 7);
    m_recent->setObjectName(QStringLiteral("recentEntries"));
    m_recent->setHorizontalHeaderLabels(
        {tr("Date"), tr("Member"), tr("Branch"), tr("Rule"), tr("Points"), tr("Entered by"), tr("State")});
    m_recent->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_recent->verticalHeader()->hide();
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recent->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recent->setAlternatingRowColors(true);
    m_reverse = new QPushButton(tr("Re&verse selected entry..."));
    m_reverse->setObjectName(QStringLiteral("reverseEntry"));
    m_reverse->setEnabled(false);
    auto* recentBox = new QGroupBox(tr("Entries made last"));
    auto* recentLayout = new QVBoxLayout(recentBox);
    recentLayout->addWidget(m_recent, 1);
    auto* reverseRow = new QHBoxLayout;
    reverseRow->addStretch();
    reverseRow->addWidget(m_reverse);
    recentLayout->addLayout(reverseRow);

    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(who);
    vertical->addWidget(recentBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(what);
    layout->addWidget(vertical, 1);

    setTabOrder(m_rule, m_date);
    setTabOrder(m_date, m_quantity);
    setTabOrder(m_quantity, m_note);
    setTabOrder(m_note, m_branch);
    setTabOrder(m_branch, m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, tickAll);
    setTabOrder(tickAll, clear);
    setTabOrder(clear, m_paste);
    setTabOrder(m_paste, tickPastedButton);
    setTabOrder(tickPastedButton, m_save);
    setTabOrder(m_save, m_recent);
    setTabOrder(m_recent, m_reverse);

    auto* saveAction = new QAction(tr("Save entries"), this);
    saveAction->setObjectName(QStringLiteral("saveEntriesAction"));
    saveAction->setShortcuts({QKeySequence::Save, QKeySequence(tr("Ctrl+Return"))});
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, &EntryPage::save);
    addAction(saveAction);

    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] {
        updatePreview();
        remember();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        updatePreview();
        remember();
    });
    connect(m_quantity, &QSpinBox::valueChanged, this, &EntryPage::updatePreview);
    connect(m_branch, &QComboBox::currentIndexChanged, this, &EntryPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &EntryPage::applyFilter);
    connect(m_members, &MemberTableModel::checksChanged, this, &EntryPage::updatePreview);
    connect(tickAll, &QPushButton::clicked, this, &EntryPage::tickAllShown);
    connect(clear, &QPushButton::clicked, this, &EntryPage::clearTicks);
    connect(tickPastedButton, &QPushButton::clicked, this, [this] { tickPasted(m_paste->toPlainText()); });
    connect(m_save, &QPushButton::clicked, this, &EntryPage::save);
    connect(m_reverse, &QPushButton::clicked, this, &EntryPage::reverseSelected);
    connect(m_recent, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_recent->currentRow();
        m_reverse->setEnabled(row >= 0 && m_recent->item(row, 0)
                              && !m_recent->item(row, 0)->data(Qt::UserRole + 1).toBool());
    });
    connect(&session, &Session::entriesChanged, this, [this] {
        reloadRecent();
        updatePreview();
    });
    connect(&session, &Session::rulesChanged, this, [this] {
        reloadRules();
        reloadRecent();
    });
    connect(&session, &Session::membersChanged, this, [this] {
        reloadBranches();
        m_members->refresh();
    });
    connect(&session, &Session::branchesChanged, this, &EntryPage::reloadBranches);

    reloadRules();
    reloadBranches();
    const QSettings settings;
    setRule(settings.value(lastRuleKey).toString());
    const QDate last = QDate::fromString(settings.value(lastDateKey).toString(), Qt::ISODate);
    if (last.isValid() && last <= QDate::currentDate())
        m_date->setDate(last);
    applyFilter();
    reloadRecent();
    updatePreview();
}

void EntryPage::reloadRules()
{
    const QString current
        = m_rule->currentIndex() >= 0 ? m_rule->currentData().toString() : QSettings().value(lastRuleKey).toString();
    m_rules = m_session.ledger().ruleSet();
    const QSignalBlocker blocker(m_rule);
    m_rule->clear();
    const QDate date = m_date->date();
    for (const Rule& rule : std::as_const(m_rules.rules)) {
        const RuleVersion& v = rule.versionAt(date);
        m_rule->addItem(ruleLabel(rule, v), rule.code);
    }
    setRule(current);
}

void EntryPage::setRule(const QString& code)
{
    const int index = m_rule->findData(code);
    if (index >= 0)
        m_rule->setCurrentIndex(index);
    else if (m_rule->currentIndex() < 0 && m_rule->count() > 0)
        m_rule->setCurrentIndex(0);
    updatePreview();
}

void EntryPage::setDate(QDate date)
{
    m_date->setDate(date);
}

const Rule* EntryPage::currentRule() const
{
    const QString code = m_rule->currentData().toString();
    for (const Rule& rule : m_rules.rules)
        if (rule.code == code)
            return &rule;
    return nullptr;
}

void EntryPage::remember()
{
    QSettings settings;
    if (const Rule* rule = currentRule())
        settings.setValue(lastRuleKey, rule->code);
    settings.setValue(lastDateKey, m_date->date().toString(Qt::ISODate));
}

void EntryPage::reloadBranches()
{
    const qint64 current = m_branch->currentData().toLongLong();
    const QSignalBlocker blocker(m_branch);
    fillBranchCombo(m_branch, m_session.ledger().branches(), current);
    m_branch->insertItem(0, tr("All branches"), qint64(0));
    if (current == 0)
        m_branch->setCurrentIndex(0);
}

void EntryPage::applyFilter()
{
    MemberFilter filter = m_members->filter();
    const qint64 branch = m_branch->currentData().toLongLong();
    filter.branchIds = branch > 0 ? MemberQuery::subtree(m_session.ledger().branches(), branch) : QList<qint64>();
    filter.text = m_search->text();
    filter.includeFormer = false;
    m_members->setFilter(filter);
}

void EntryPage::tickAllShown()
{
    // Every member the filter shows, not only the rows loaded so far.
    while (m_members->canFetchMore({}))
        m_members->fetchMore({});
    for (int row = 0; row < m_members->rowCount(); ++row)
        m_members->setChecked(*m_members->memberAt(row), true);
}

void EntryPage::clearTicks()
{
    m_members->clearChecks();
    m_pasteResult->clear();
}

void EntryPage::tickPasted(const QString& text)
{
    const qint64 branch = m_branch->currentData().toLongLong();
    const MemberLookup::Result found = MemberLookup::resolve(
        m_session.database(), text,
        branch > 0 ? MemberQuery::subtree(m_session.ledger().branches(), branch) : QList<qint64>());
    for (const Member& m : found.found)
        m_members->setChecked(m, true);
    QStringList report;
    report << tr("Ticked: %1.").arg(found.found.size());
    if (!found.notFound.isEmpty())
        report << tr("Not found: %1.").arg(found.notFound.join(tr(", ")));
    QStringList ambiguous;
    for (const auto& a : found.ambiguous)
        ambiguous << tr("%1 (%2 members)").arg(a.name).arg(a.candidates.size());
    if (!ambiguous.isEmpty())
        report << tr("Same name, tick by hand: %1.").arg(ambiguous.join(tr(", ")));
    if (!found.repeated.isEmpty())
        report << tr("Listed twice: %1.").arg(found.repeated.join(tr(", ")));
    m_pasteResult->setText(report.join(QLatin1Char(' ')));
    if (!found.ambiguous.isEmpty()) {
        // Show the namesakes so the clerk can tick the right one.
        const QSignalBlocker blocker(m_search);
        m_search->setText(found.ambiguous.constFirst().name);
        applyFilter();
    }
}

void EntryPage::updatePreview()
{
    const Rule* rule = currentRule();
    const QDate date = m_date->date();
    const RuleVersion* version = rule ? &rule->versionAt(date) : nullptr;
    if (version) {
        QStringList caps;
        if (version->capMonth)
            caps << tr("at most %1 a month").arg(Formats::points(*version->capMonth));
        if (version->capYear)
            caps << tr("at most %1 a year").arg(Formats::points(*version->capYear));
        QString info = tr("%1 points each (%2)").arg(Formats::points(version->points), version->category);
        if (!caps.isEmpty())
            info += tr("; ") + caps.join(tr(", "));
        if (version->veto)
            info += tr("; ") + tr("veto: rules the member out of commendation this year");
        m_ruleInfo->setText(info);
    } else {
        m_ruleInfo->setText(tr("No rules yet: add them on the Rules page."));
    }
    const QList<Member> ticked = m_members->checkedMembers();
    m_preview->setRowCount(0);
    m_preview->setRowCount(static_cast<int>(ticked.size()));
    // What each entry would add under the caps, and the room the caps leave the member, before anything is saved.
    QList<ScoreStore::EntryPreview> previews;
    if (rule && !ticked.isEmpty()) {
        QList<qint64> ids;
        for (const Member& m : ticked)
            ids << m.id;
        previews = ScoreStore(m_session.ledger().database()).preview(rule->id, date, m_quantity->value(), ids);
    }
    int overCap = 0;
    for (int row = 0; row < ticked.size(); ++row) {
        const Member& m = ticked[row];
        m_preview->setItem(row, 0, cell(m.name));
        m_preview->setItem(row, 1, cell(m.branchName));
        const ScoreStore::EntryPreview p = row < previews.size() ? previews[row] : ScoreStore::EntryPreview {};
        m_preview->setItem(row, 2, cell(Formats::points(p.contribution), Qt::AlignRight | Qt::AlignVCenter));
        m_preview->setItem(row, 3,
                           cell(p.room ? Formats::points(*p.room) : tr("no cap"), Qt::AlignRight | Qt::AlignVCenter));
        if (p.overCap()) {
            ++overCap;
            const QString why = tr("Over the cap: %1 of the %2 points count (the entry is kept, marked over cap)")
                                    .arg(Formats::points(p.contribution), Formats::points(p.raw));
            for (int column = 0; column < m_preview->columnCount(); ++column) {
                m_preview->item(row, column)->setBackground(QColor(0xff, 0xec, 0xb3));
                m_preview->item(row, column)->setToolTip(why);
            }
        }
        if (m.joinDate.isValid() && date < m.joinDate) {
            m_preview->item(row, 0)->setForeground(QColor(0xb0, 0x00, 0x20));
            m_preview->item(row, 0)->setToolTip(
                tr("Joined the Party on %1, after this date").arg(Formats::date(m.joinDate)));
        }
    }
    m_preview->resizeColumnToContents(0);
    m_save->setText(overCap > 0 ? tr("&Save entries (%1, %2 over the cap)").arg(ticked.size()).arg(overCap)
                                : tr("&Save entries (%1)").arg(ticked.size()));
    m_save->setEnabled(!ticked.isEmpty() && rule);
}

bool EntryPage::save()
{
    const Rule* rule = currentRule();
    const QList<Member> ticked = m_members->checkedMembers();
    if (!rule || ticked.isEmpty()) {
        MessageBox::information(this, tr("Save entries"), tr("Choose a rule and tick at least one member."));
        return false;
    }
    QList<NewEntry> entries;
    for (const Member& m : ticked)
        entries.append({m.id, rule->id, m_date->date(), m_quantity->value(), m_note->text().trimmed()});
    const QString name = rule->versionAt(m_date->date()).name;
    const QString text = ticked.size() == 1
        ? tr("Enter %1 for %2 on %3").arg(name, ticked.constFirst().name, Formats::date(m_date->date()))
        : tr("Enter %1 for %2 members on %3").arg(name).arg(ticked.size()).arg(Formats::date(m_date->date()));
    if (!m_session.push(this, new AddEntriesCommand(m_session, text, entries)))
        return false;
    m_members->clearChecks();
    m_paste->clear();
    m_pasteResult->setText(tr("Entries saved: %1.").arg(entries.size()));
    remember();
    return true;
}

void EntryPage::reloadRecent()
{
    const QList<EntryRow> rows = EntryQuery(m_session.database()).recent(m_rules, recentLimit);
    m_recent->setRowCount(0);
    m_recent->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const EntryRow& r = rows[i];
        auto* date = cell(Formats::date(r.entry.date));
        date->setData(Qt::UserRole, r.entry.id);
        date->setData(Qt::UserRole + 1, r.entry.reversed);
        m_recent->setItem(i, 0, date);
        m_recent->setItem(i, 1, cell(r.memberName));
        m_recent->setItem(i, 2, cell(r.branchName));
        QString rule = QStringLiteral("%1 %2").arg(r.ruleCode, r.ruleName);
        if (r.entry.meetingId > 0)
            rule += tr(" (meeting %1)").arg(r.entry.meetingId); // written by a meeting's attendance
        m_recent->setItem(i, 3, cell(rule));
        m_recent->setItem(i, 4, cell(Formats::points(r.points), Qt::AlignRight | Qt::AlignVCenter));
        m_recent->setItem(i, 5, cell(r.entry.enteredBy));
        const QString state = r.entry.reversed          ? tr("Reversed: %1").arg(r.entry.reversalReason)
            : r.entry.review == Entry::Review::Pending  ? tr("Awaiting review")
            : r.entry.review == Entry::Review::Rejected ? tr("Rejected")
                                                        : tr("Counted");
        m_recent->setItem(i, 6, cell(state));
        if (!r.entry.counted())
            for (int c = 0; c < m_recent->columnCount(); ++c)
                m_recent->item(i, c)->setForeground(Qt::gray);
    }
    for (const int column : {0, 1, 4, 5})
        m_recent->resizeColumnToContents(column);
    m_reverse->setEnabled(false);
}

void EntryPage::reverseSelected()
{
    const int row = m_recent->currentRow();
    if (row < 0 || !m_recent->item(row, 0))
        return;
    const qint64 id = m_recent->item(row, 0)->data(Qt::UserRole).toLongLong();
    QString reason;
    if (!InputDialog::getText(this, tr("Reverse entry"),
                              tr("Reverse the entry of %1 (%2)? Why? (required)")
                                  .arg(m_recent->item(row, 1)->text(), m_recent->item(row, 3)->text()),
                              reason))
        return;
    if (reason.trimmed().isEmpty()) {
        MessageBox::warning(this, tr("Reverse entry"), tr("A reversal needs a reason."));
        return;
    }
    m_session.push(this, new ReverseEntryCommand(m_session, id, reason.trimmed()));
}

} // namespace jifen::ui
