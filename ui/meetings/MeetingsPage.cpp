#include "MeetingsPage.h"

#include "MeetingDialog.h"
#include "common/Formats.h"
#include "common/InputDialog.h"
#include "common/Session.h"
#include "members/BranchTree.h"
#include "storage/Ledger.h"
#include "storage/Meetings.h"
#include "storage/MemberQuery.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace jifen::ui {

namespace {

enum GridColumn { TypeColumn, RequiredColumn, FirstMonth, HeldColumn = FirstMonth + 12, GridColumns };
enum ListColumn { DateColumn, ListType, Topic, PresentCount, ExcusedCount, AbsentCount, Status, ListColumns };

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

MeetingsPage::MeetingsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("meetingsPage"));
    m_tree = new BranchTree;
    m_tree->setObjectName(QStringLiteral("meetingBranches"));

    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("meetingYear"));
    m_year->setRange(2000, 2100);
    m_year->setGroupSeparatorShown(false);
    m_year->setValue(QDate::currentDate().year());
    auto* yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(m_year);

    auto make = [this](const QString& text, const char* name, const QKeySequence& shortcut, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                          shortcut.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_new = make(tr("&New meeting..."), "newMeeting", QKeySequence(tr("Ctrl+N")), [this] { newMeeting(); });
    m_attendance = make(tr("&Change attendance..."), "changeAttendance", QKeySequence(Qt::Key_F2),
                        [this] { changeAttendance(); });
    m_cancel = make(tr("Cance&l meeting..."), "cancelMeeting", QKeySequence(tr("Ctrl+Del")), [this] { cancelMeeting(); });
    auto* toolbar = new QToolBar;
    toolbar->setObjectName(QStringLiteral("meetingsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_new);
    toolbar->addAction(m_attendance);
    toolbar->addAction(m_cancel);
    toolbar->setEnabled(session.ledger().actor().can(Actor::Permission::EnterPoints));

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("meetingSummary"));
    m_summary->setWordWrap(true);

    m_grid = new QTableWidget(0, GridColumns);
    m_grid->setObjectName(QStringLiteral("meetingGrid"));
    QStringList headers{tr("Meeting type"), tr("Required")};
    for (int month = 1; month <= 12; ++month)
        headers << QLocale().standaloneMonthName(month, QLocale::ShortFormat);
    headers << tr("Held");
    m_grid->setHorizontalHeaderLabels(headers);
    m_grid->verticalHeader()->hide();
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    // The months share the width evenly; the grid is as tall as its rows (a rule set has a handful of types).
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (const int column : {TypeColumn, RequiredColumn, HeldColumn})
        m_grid->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_grid->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_grid->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_grid, &QTableWidget::cellClicked, this, &MeetingsPage::selectMonth);
    connect(m_grid, &QTableWidget::currentCellChanged, this, &MeetingsPage::selectMonth);
    auto* legend = new QLabel(tr("✓ held   missing: the period is over without the meetings it owes   due: the period "
                                 "is not over yet   cancelled: not counted"));
    legend->setObjectName(QStringLiteral("meetingLegend"));
    legend->setWordWrap(true);

    m_list = new QTableWidget(0, ListColumns);
    m_list->setObjectName(QStringLiteral("meetingList"));
    m_list->setHorizontalHeaderLabels(
        {tr("Date"), tr("Type"), tr("Topic"), tr("Present"), tr("Excused"), tr("Absent"), tr("Status")});
    m_list->verticalHeader()->hide();
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(Topic, QHeaderView::Stretch);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &MeetingsPage::updateActions);
    connect(m_list, &QTableWidget::cellDoubleClicked, this, [this] { changeAttendance(); });

    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(toolbar);
    top->addStretch();
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(top);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_grid);
    rightLayout->addWidget(legend);
    rightLayout->addWidget(m_list, 1);
    auto* splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 900});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setTabOrder(m_tree, m_year);
    setTabOrder(m_year, m_grid);
    setTabOrder(m_grid, m_list);

    connect(m_tree, &BranchTree::branchSelected, this, &MeetingsPage::refresh);
    connect(m_year, &QSpinBox::valueChanged, this, &MeetingsPage::refresh);
    connect(&session, &Session::branchesChanged, this, &MeetingsPage::reloadBranches);
    connect(&session, &Session::membersChanged, this, &MeetingsPage::reloadBranches);
    connect(&session, &Session::entriesChanged, this, &MeetingsPage::refresh);
    connect(&session, &Session::rulesChanged, this, &MeetingsPage::refresh);
    reloadBranches();
}

int MeetingsPage::year() const
{
    return m_year->value();
}

void MeetingsPage::setYear(int year)
{
    m_year->setValue(year);
}

qint64 MeetingsPage::branchId() const
{
    return m_tree->selectedBranch();
}

qint64 MeetingsPage::selectedMeeting() const
{
    const int row = m_list->currentRow();
    return row >= 0 && m_list->item(row, DateColumn) ? m_list->item(row, DateColumn)->data(Qt::UserRole).toLongLong()
                                                     : 0;
}

void MeetingsPage::reloadBranches()
{
    const QList<Branch> branches = m_session.ledger().branches();
    m_tree->setBranches(branches, MemberQuery::countsByBranch(m_session.database(), false));
    if (m_tree->selectedBranch() == 0) {
        // A meeting is a branch's: start on the first 党支部 rather than on all of them.
        for (const Branch& b : m_tree->branches())
            if (b.kind == Branch::Kind::Branch) {
                m_tree->selectBranch(b.id);
                break;
            }
    }
    refresh();
}

void MeetingsPage::refresh()
{
    const qint64 branch = branchId();
    m_meetings = branch > 0 ? Meetings(m_session.ledger()).list(year(), branch) : QList<Meeting>();
    m_calendar = MeetingCalendar::build(year(), m_session.ledger().ruleSet().meetingTypes, m_meetings);
    fillGrid();
    fillList();
    updateActions();
}

void MeetingsPage::fillGrid()
{
    const qint64 branch = branchId();
    m_grid->clearContents();
    m_grid->setRowCount(branch > 0 ? static_cast<int>(m_calendar.rows.size()) : 0);
    if (branch == 0) {
        m_summary->setText(tr("Choose a branch to see its meetings."));
        return;
    }
    QHash<qint64, const Meeting*> byId;
    for (const Meeting& m : std::as_const(m_meetings))
        byId.insert(m.id, &m);
    int held = 0, cancelled = 0, missing = 0;
    for (int r = 0; r < m_calendar.rows.size(); ++r) {
        const MeetingCalendar::Row& row = m_calendar.rows[r];
        held += row.held;
        cancelled += row.cancelled;
        missing += row.missingPeriods;
        const int required = row.type.requiredPerYear;
        m_grid->setItem(r, TypeColumn, cell(row.type.name, Qt::AlignLeft | Qt::AlignVCenter));
        const QString rhythm = required <= 0 ? tr("none")
            : required == 12                 ? tr("monthly")
            : required == 4                  ? tr("quarterly")
            : required == 2                  ? tr("half-yearly")
            : required == 1                  ? tr("yearly")
                                             : tr("%n a year", nullptr, required);
        auto* requiredItem = cell(rhythm);
        requiredItem->setToolTip(tr("%n meeting(s) a year required", nullptr, required));
        m_grid->setItem(r, RequiredColumn, requiredItem);
        for (int m = 0; m < 12; ++m) {
            const MeetingCalendar::Month& month = row.months[static_cast<size_t>(m)];
            QStringList parts;
            if (month.held > 0)
                parts << (month.held > 1 ? QStringLiteral("✓%1").arg(month.held) : QStringLiteral("✓"));
            if (month.cancelled > 0)
                parts << (month.cancelled > 1 ? tr("cancelled %1").arg(month.cancelled) : tr("cancelled"));
            QColor background;
            switch (month.state) {
            case MeetingCalendar::State::Missing:
                parts << tr("missing");
                background = QColor(0xf8, 0xd0, 0xd0);
                break;
            case MeetingCalendar::State::Open:
                parts << tr("due");
                background = QColor(0xff, 0xf0, 0xc0);
                break;
            case MeetingCalendar::State::Held:
                background = QColor(0xd8, 0xf0, 0xd8);
                break;
            case MeetingCalendar::State::None:
                if (month.cancelled > 0)
                    background = QColor(0xe8, 0xe8, 0xe8);
                break;
            }
            auto* item = cell(parts.join(u' '));
            if (background.isValid())
                item->setBackground(background);
            QStringList tip;
            for (const qint64 id : month.meetingIds)
                if (const Meeting* meeting = byId.value(id))
                    tip << (meeting->cancelled
                                ? tr("%1 %2 (cancelled: %3)").arg(Formats::date(meeting->date), meeting->topic,
                                                                  meeting->cancelReason)
                                : tr("%1 %2").arg(Formats::date(meeting->date), meeting->topic));
            if (month.state == MeetingCalendar::State::Missing || month.state == MeetingCalendar::State::Open)
                tip << tr("%n meeting(s) owed by the end of this month", nullptr, month.due);
            item->setToolTip(tip.join(u'\n'));
            m_grid->setItem(r, FirstMonth + m, item);
        }
        auto* total = cell(required > 0 ? QStringLiteral("%1 / %2").arg(row.held).arg(required)
                                        : QString::number(row.held));
        if (required > 0 && row.held < required)
            total->setForeground(QColor(0xb0, 0x00, 0x20));
        m_grid->setItem(r, HeldColumn, total);
    }
    m_summary->setText(m_calendar.rows.isEmpty()
                           ? tr("The rule set has no meeting types.")
                           : tr("%1 in %2: %3 held, %4 cancelled; %5 missing.")
                                 .arg(m_tree->currentItem() ? m_tree->currentItem()->text(0) : QString())
                                 .arg(year())
                                 .arg(tr("%n meeting(s)", nullptr, held))
                                 .arg(cancelled)
                                 .arg(tr("%n period(s)", nullptr, missing)));
}

void MeetingsPage::fillList()
{
    m_list->setRowCount(0);
    for (const Meeting& m : std::as_const(m_meetings)) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        int counts[3] = {0, 0, 0};
        for (const Meeting::Attendee& a : m.attendees)
            ++counts[static_cast<int>(a.attendance)];
        auto* date = cell(Formats::date(m.date));
        date->setData(Qt::UserRole, m.id);
        date->setData(Qt::UserRole + 1, m.cancelled);
        m_list->setItem(row, DateColumn, date);
        m_list->setItem(row, ListType, cell(m.typeName, Qt::AlignLeft | Qt::AlignVCenter));
        auto* topic = cell(m.topic, Qt::AlignLeft | Qt::AlignVCenter);
        topic->setToolTip(m.topic);
        m_list->setItem(row, Topic, topic);
        m_list->setItem(row, PresentCount, cell(QString::number(counts[0])));
        m_list->setItem(row, ExcusedCount, cell(QString::number(counts[1])));
        m_list->setItem(row, AbsentCount, cell(QString::number(counts[2])));
        auto* status = cell(m.cancelled ? tr("cancelled: %1").arg(m.cancelReason) : tr("held"),
                            Qt::AlignLeft | Qt::AlignVCenter);
        status->setToolTip(status->text());
        m_list->setItem(row, Status, status);
        if (m.cancelled)
            for (int c = 0; c < ListColumns; ++c)
                m_list->item(row, c)->setForeground(Qt::gray);
    }
}

void MeetingsPage::selectMonth(int row, int column)
{
    // A month's cell leads to its first meeting in the list.
    if (row < 0 || row >= m_calendar.rows.size() || column < FirstMonth || column >= HeldColumn)
        return;
    const QList<qint64>& ids = m_calendar.rows[row].months[static_cast<size_t>(column - FirstMonth)].meetingIds;
    if (ids.isEmpty())
        return;
    for (int r = 0; r < m_list->rowCount(); ++r)
        if (m_list->item(r, DateColumn)->data(Qt::UserRole).toLongLong() == ids.constFirst()) {
            m_list->selectRow(r);
            m_list->scrollToItem(m_list->item(r, DateColumn));
            return;
        }
}

void MeetingsPage::updateActions()
{
    m_new->setEnabled(branchId() > 0);
    const int row = m_list->currentRow();
    const bool live = row >= 0 && m_list->item(row, DateColumn) && !m_list->item(row, DateColumn)->data(Qt::UserRole + 1).toBool();
    m_attendance->setEnabled(live);
    m_cancel->setEnabled(live);
}

MeetingDialog* MeetingsPage::newMeeting()
{
    if (branchId() <= 0)
        return nullptr;
    auto* dialog = new MeetingDialog(m_session, branchId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MeetingDialog::saved, this, [this](qint64 id) {
        refresh();
        for (int r = 0; r < m_list->rowCount(); ++r)
            if (m_list->item(r, DateColumn)->data(Qt::UserRole).toLongLong() == id)
                m_list->selectRow(r);
    });
    dialog->open();
    return dialog;
}

MeetingDialog* MeetingsPage::changeAttendance()
{
    const qint64 id = selectedMeeting();
    const auto meeting = id > 0 ? Meetings(m_session.ledger()).meeting(id) : std::nullopt;
    if (!meeting || meeting->cancelled)
        return nullptr;
    auto* dialog = new MeetingDialog(m_session, *meeting, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool MeetingsPage::cancelMeeting()
{
    const qint64 id = selectedMeeting();
    const auto meeting = id > 0 ? Meetings(m_session.ledger()).meeting(id) : std::nullopt;
    if (!meeting || meeting->cancelled)
        return false;
    QString reason;
    if (!InputDialog::getText(this, tr("Cancel meeting"),
                              tr("Why is the %1 of %2 cancelled? Its members' entries will be reversed.")
                                  .arg(meeting->typeName, Formats::date(meeting->date)),
                              reason)
        || reason.trimmed().isEmpty())
        return false;
    const bool ok = m_session.attempt(this, tr("Cancel meeting"), [&] {
        Meetings(m_session.ledger()).cancel(id, reason);
    });
    m_session.notify(Session::Entries);
    return ok;
}

} // namespace jifen::ui
