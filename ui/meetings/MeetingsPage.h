#pragma once

#include "model/Meeting.h"
#include "report/MeetingCalendar.h"

#include <QWidget>

class QAction;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace jifen::ui {

class BranchTree;
class MeetingDialog;
class Session;

// 组织生活: a branch's meetings of a year by month against what the rule set requires (held, missing, cancelled, at a
// glance), the meetings with their present / excused / absent counts, and the clerk's three writes: record a meeting,
// change attendance, cancel a meeting with a reason (all through core's Meetings).
class MeetingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingsPage(Session& session, QWidget* parent = nullptr);

    BranchTree* branchTree() const { return m_tree; }
    QTableWidget* grid() const { return m_grid; }
    QTableWidget* meetingList() const { return m_list; }
    const MeetingCalendar& calendar() const { return m_calendar; }
    int year() const;
    void setYear(int year);
    qint64 branchId() const;
    qint64 selectedMeeting() const; // 0 when none

    // Opens the form for a new meeting of the chosen branch (window-modal); returns it.
    MeetingDialog* newMeeting();
    // Opens the form on the selected meeting's attendance; nullptr when none is selected or it was cancelled.
    MeetingDialog* changeAttendance();
    // Asks for a reason and cancels the selected meeting; false when none, cancelled by the clerk, or refused.
    bool cancelMeeting();

public slots:
    void refresh();

private:
    void reloadBranches();
    void fillGrid();
    void fillList();
    void updateActions();
    void selectMonth(int row, int column);

    Session& m_session;
    BranchTree* m_tree = nullptr;
    QSpinBox* m_year = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_grid = nullptr;
    QTableWidget* m_list = nullptr;
    QAction* m_new = nullptr;
    QAction* m_attendance = nullptr;
    QAction* m_cancel = nullptr;
    MeetingCalendar m_calendar;
    QList<Meeting> m_meetings;
};

} // namespace jifen::ui
