#include "MemberAttendance.h"

#include "common/Formats.h"
#include "meetings/MeetingDialog.h"
#include "storage/Meetings.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jifen::ui {

MemberAttendance::MemberAttendance(Ledger& ledger, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
{
    setObjectName(QStringLiteral("memberAttendance"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("attendanceSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, Columns);
    m_table->setObjectName(QStringLiteral("attendanceTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Type"), tr("Branch"), tr("Topic"), tr("Attendance")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TopicColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void MemberAttendance::showMember(qint64 memberId, int year)
{
    m_memberId = memberId;
    m_year = year;
    reload();
}

void MemberAttendance::reload()
{
    m_table->setRowCount(0);
    if (m_memberId <= 0) {
        m_summary->clear();
        return;
    }
    int listed = 0, present = 0, excused = 0, absent = 0;
    for (const Meetings::MemberAttendance& a : Meetings(m_ledger).ofMember(m_memberId, m_year)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, DateColumn, new QTableWidgetItem(Formats::date(a.date)));
        m_table->setItem(row, TypeColumn, new QTableWidgetItem(a.typeName));
        m_table->setItem(row, BranchColumn, new QTableWidgetItem(a.branchName));
        auto* topic = new QTableWidgetItem(a.topic);
        topic->setToolTip(a.topic);
        m_table->setItem(row, TopicColumn, topic);
        const QString word = MeetingDialog::attendanceLabel(a.attendance);
        m_table->setItem(row, AttendanceColumn, new QTableWidgetItem(a.cancelled ? tr("%1 (meeting cancelled)").arg(word)
                                                                           : word));
        if (a.cancelled) {
            for (int c = 0; c < Columns; ++c)
                m_table->item(row, c)->setForeground(Qt::gray);
            continue;
        }
        m_table->item(row, AttendanceColumn)->setBackground(MeetingDialog::attendanceBrush(a.attendance));
        ++listed;
        present += a.attendance == Meeting::Attendance::Present;
        excused += a.attendance == Meeting::Attendance::Excused;
        absent += a.attendance == Meeting::Attendance::Absent;
    }
    m_summary->setText(listed == 0 ? tr("No meeting of %1 lists this member.").arg(m_year)
                                   : tr("%1: present %2 / listed %3 (excused %4, absent %5).")
                                         .arg(m_year)
                                         .arg(present)
                                         .arg(listed)
                                         .arg(excused)
                                         .arg(absent));
}

} // namespace jifen::ui
