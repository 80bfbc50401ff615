#include "MeetingDialog.h"

#include "MeetingCommands.h"
#include "common/FormHelpers.h"
#include "common/Formats.h"
#include "common/Session.h"
#include "model/DateText.h"
#include "model/IdNumber.h"
#include "model/Pinyin.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/Meetings.h"
#include "storage/MemberQuery.h"
#include "storage/RosterHistory.h"

#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jifen::ui {

QString MeetingDialog::attendanceLabel(Meeting::Attendance attendance)
{
    switch (attendance) {
    case Meeting::Attendance::Present:
        return tr("Present");
    case Meeting::Attendance::Excused:
        return tr("Excused");
    case Meeting::Attendance::Absent:
        break;
    }
    return tr("Absent");
}

QBrush MeetingDialog::attendanceBrush(Meeting::Attendance attendance)
{
    switch (attendance) {
    case Meeting::Attendance::Present:
        return {};
    case Meeting::Attendance::Excused:
        return QColor(0xff, 0xf0, 0xc0);
    case Meeting::Attendance::Absent:
        break;
    }
    return QColor(0xf8, 0xd0, 0xd0);
}

MeetingDialog::MeetingDialog(Session& session, qint64 branchId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    build();
    setWindowTitle(tr("New meeting"));
    fillBranchCombo(m_branch, session.ledger().branches(), branchId);
    for (const MeetingType& type : session.ledger().ruleSet().meetingTypes)
        m_type->addItem(type.name, type.code);
    m_date->setDate(QDate::currentDate());
    loadMembers();
    connect(m_branch, &QComboBox::currentIndexChanged, this, &MeetingDialog::loadMembers);
    connect(m_date, &QDateEdit::dateChanged, this, &MeetingDialog::loadMembers);
    if (m_type->count() == 0)
        showError(tr("The rule set has no meeting types: add them to the rule set first."));
    m_type->setFocus(); // the branch comes chosen from the page: the type is the first question
}

MeetingDialog::MeetingDialog(Session& session, const Meeting& meeting, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_meetingId(meeting.id)
{
    build();
    setWindowTitle(tr("Attendance of meeting %1").arg(meeting.id));
    m_branch->addItem(meeting.branchName, meeting.branchId);
    m_type->addItem(meeting.typeName, meeting.typeCode);
    m_date->setDate(meeting.date);
    m_topic->setText(meeting.topic);
    for (QWidget* fixed : std::initializer_list<QWidget*>{m_branch, m_type, m_date, m_topic})
        fixed->setEnabled(false);
    for (const Meeting::Attendee& a : meeting.attendees) {
        Row row;
        if (const auto member = session.ledger().member(a.memberId))
            row.member = *member;
        row.member.id = a.memberId;
        row.member.name = a.name;
        row.member.idNumber = a.idNumber;
        row.attendance = row.recorded = a.attendance;
        m_rows << row;
    }
    fillTable();
    m_find->setFocus();
}

void MeetingDialog::build()
{
    setObjectName(QStringLiteral("meetingDialog"));
    m_branch = new QComboBox;
    m_branch->setObjectName(QStringLiteral("meetingBranch"));
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("meetingType"));
    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("meetingDate"));
    m_date->setDisplayFormat(Formats::dateFormat());
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setCalendarPopup(true);
    m_topic = new QLineEdit;
    m_topic->setObjectName(QStringLiteral("meetingTopic"));
    m_find = new QLineEdit;
    m_find->setObjectName(QStringLiteral("memberFind"));
    m_find->setPlaceholderText(tr("Name, pinyin initials or last digits of the ID number"));
    m_find->setClearButtonEnabled(true);
    m_find->installEventFilter(this);

    m_table = new QTableWidget(0, Columns);
    m_table->setObjectName(QStringLiteral("meetingMembers"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("ID number"), tr("Attendance")});
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->installEventFilter(this);

    auto* present = new QPushButton(tr("&Present"));
    present->setObjectName(QStringLiteral("markPresent"));
    auto* excused = new QPushButton(tr("&Excused"));
    excused->setObjectName(QStringLiteral("markExcused"));
    auto* absent = new QPushButton(tr("&Absent"));
    absent->setObjectName(QStringLiteral("markAbsent"));
    for (QPushButton* button : {present, excused, absent}) {
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::NoFocus); // marking keeps the focus where the clerk types
    }
    present->setToolTip(tr("Mark the selected members present (Alt+P, or 1 in the list)."));
    excused->setToolTip(tr("Mark the selected members excused (Alt+E, or 2 in the list)."));
    absent->setToolTip(tr("Mark the selected members absent without leave (Alt+A, or 3 in the list)."));
    connect(present, &QPushButton::clicked, this, [this] { mark(Meeting::Attendance::Present); });
    connect(excused, &QPushButton::clicked, this, [this] { mark(Meeting::Attendance::Excused); });
    connect(absent, &QPushButton::clicked, this, [this] { mark(Meeting::Attendance::Absent); });

    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("attendanceCounts"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("meetingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    QPushButton* saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveMeeting"));
    saveButton->setText(tr("&Save"));
    saveButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Branch:"), m_branch);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("T&opic:"), m_topic);
    form->addRow(tr("&Find:"), m_find);
    auto* marks = new QHBoxLayout;
    marks->addWidget(new QLabel(tr("Everyone is listed present; mark only the exceptions:")));
    marks->addStretch();
    marks->addWidget(present);
    marks->addWidget(excused);
    marks->addWidget(absent);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(marks);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    setTabOrder(m_branch, m_type);
    setTabOrder(m_type, m_date);
    setTabOrder(m_date, m_topic);
    setTabOrder(m_topic, m_find);
    setTabOrder(m_find, m_table);
    setTabOrder(m_table, m_buttons);
    connect(m_find, &QLineEdit::textChanged, this, &MeetingDialog::find);
    resize(560, 600);
}

void MeetingDialog::loadMembers()
{
    QHash<qint64, Meeting::Attendance> marked;
    for (const Row& row : std::as_const(m_rows))
        marked.insert(row.member.id, row.attendance);
    m_rows.clear();
    const qint64 branchId = m_branch->currentData().toLongLong();
    if (branchId > 0) {
        // Who was in the branch that day, as the dated roster has it: a member who has moved or left since is listed,
        // one who has come since is not.
        const Ledger& ledger = m_session.ledger();
        for (const qint64 id : RosterHistory::branchRosterOn(m_session.database(), branchId, m_date->date()))
            if (const auto member = ledger.member(id))
                m_rows.append({*member, marked.value(id, Meeting::Attendance::Present), Meeting::Attendance::Present});
        const QCollator collator {QLocale(QLocale::Chinese, QLocale::China)};
        std::stable_sort(m_rows.begin(), m_rows.end(), [&collator](const Row& a, const Row& b) {
            return collator.compare(a.member.name, b.member.name) < 0;
        });
    }
    fillTable();
}

void MeetingDialog::fillTable()
{
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows[r];
        auto* name = new QTableWidgetItem(row.member.name);
        name->setData(Qt::UserRole, row.member.id);
        m_table->setItem(r, Name, name);
        m_table->setItem(r, IdNumberColumn, new QTableWidgetItem(IdNumber::masked(row.member.idNumber)));
        m_table->setItem(r, AttendanceColumn, new QTableWidgetItem);
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        QTableWidgetItem* cell = m_table->item(r, AttendanceColumn);
        cell->setText(attendanceLabel(m_rows[r].attendance));
        for (int c = 0; c < Columns; ++c)
            m_table->item(r, c)->setBackground(attendanceBrush(m_rows[r].attendance));
    }
    m_table->resizeColumnToContents(IdNumberColumn);
    m_table->resizeColumnToContents(AttendanceColumn);
    if (m_table->rowCount() > 0 && m_table->currentRow() < 0)
        m_table->setCurrentCell(0, Name);
    updateCounts();
}

Meeting::Attendance MeetingDialog::attendance(int row) const
{
    return m_rows.value(row).attendance;
}

void MeetingDialog::mark(Meeting::Attendance attendance)
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    for (const int r : std::as_const(rows)) {
        m_rows[r].attendance = attendance;
        m_table->item(r, AttendanceColumn)->setText(attendanceLabel(attendance));
        for (int c = 0; c < Columns; ++c)
            m_table->item(r, c)->setBackground(attendanceBrush(attendance));
    }
    updateCounts();
    // Ready for the next name: the find box keeps its text selected, so typing replaces it.
    if (m_find->hasFocus() || !m_table->hasFocus()) {
        m_find->setFocus();
        m_find->selectAll();
    } else if (rows.size() == 1 && rows.constFirst() + 1 < m_table->rowCount()) {
        m_table->setCurrentCell(rows.constFirst() + 1, Name);
    }
}

void MeetingDialog::updateCounts()
{
    int counts[3] = {0, 0, 0};
    for (const Row& row : std::as_const(m_rows))
        ++counts[static_cast<int>(row.attendance)];
    m_counts->setText(tr("Listed %1: present %2, excused %3, absent %4.")
                          .arg(m_rows.size())
                          .arg(counts[0])
                          .arg(counts[1])
                          .arg(counts[2]));
}

void MeetingDialog::find(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return;
    const MemberQuery::TextKind kind = MemberQuery::classify(t);
    for (int r = 0; r < m_rows.size(); ++r) {
        const Member& m = m_rows[r].member;
        bool match = false;
        switch (kind) {
        case MemberQuery::TextKind::Digits:
            match = m.idNumber.endsWith(t, Qt::CaseInsensitive);
            break;
        case MemberQuery::TextKind::Pinyin: {
            const Pinyin::SearchSpellings spellings = Pinyin::searchSpellings(m.name);
            match = spellings.initials.startsWith(t) || spellings.compact.startsWith(t);
            break;
        }
        case MemberQuery::TextKind::Name:
        case MemberQuery::TextKind::None:
            match = m.name.contains(text.trimmed());
            break;
        }
        if (match) {
            m_table->setCurrentCell(r, Name, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollToItem(m_table->item(r, Name));
            return;
        }
    }
}

bool MeetingDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_find && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
        // The arrows walk the list while the clerk keeps typing in the find box.
        const int r = m_table->currentRow() + (key->key() == Qt::Key_Down ? 1 : -1);
        if (r >= 0 && r < m_table->rowCount())
            m_table->setCurrentCell(r, Name, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return true;
    }
    if (watched == m_table && key->modifiers() == Qt::NoModifier) {
        switch (key->key()) {
        case Qt::Key_1:
            mark(Meeting::Attendance::Present);
            return true;
        case Qt::Key_2:
            mark(Meeting::Attendance::Excused);
            return true;
        case Qt::Key_3:
            mark(Meeting::Attendance::Absent);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void MeetingDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool MeetingDialog::save()
{
    showError({});
    if (m_meetingId == 0 && m_type->currentIndex() < 0) {
        showError(tr("Choose the meeting's type."));
        return false;
    }
    // Through the undo history, as every entry the clerk makes: Ctrl+Z cancels the meeting, or marks the members
    // back as they were.
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool done = false;
    if (m_meetingId == 0) {
        QList<Meetings::Listed> listed;
        for (const Row& row : std::as_const(m_rows))
            listed.append({row.member.id, row.attendance});
        auto* command = new RecordMeetingCommand(
            m_session, tr("Record %1 of %2").arg(m_type->currentText(), DateText::date(m_date->date())),
            m_branch->currentData().toLongLong(), m_type->currentData().toString(), m_date->date(), m_topic->text(),
            listed);
        done = m_session.push(command, &error);
        if (done)
            m_meetingId = command->meetingId();
    } else {
        QList<MarkAttendanceCommand::Change> changes;
        for (const Row& row : std::as_const(m_rows))
            if (row.attendance != row.recorded)
                changes.append({row.member.id, row.recorded, row.attendance});
        done = changes.isEmpty() || m_session.push(new MarkAttendanceCommand(m_session, m_meetingId, changes), &error);
    }
    QApplication::restoreOverrideCursor();
    if (!done) {
        showError(error);
        return false;
    }
    emit saved(m_meetingId);
    accept();
    return true;
}

} // namespace jifen::ui
