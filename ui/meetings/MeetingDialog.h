#pragma once

#include "model/Meeting.h"
#include "model/Member.h"

#include <QBrush>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace jifen::ui {

class Session;

// Records an organisation-life meeting: branch, type, date, topic, and the branch's members on the roster that day,
// all listed present, so that the clerk marks only the exceptions (excused, absent). Keyboard first: type a name,
// pinyin initials or the last digits of an ID number to find a member, Alt+P / Alt+E / Alt+A (or 1, 2, 3 in the list)
// to mark, Enter to save. For a recorded meeting the same dialog changes attendance only, one member at a time as
// core records it. Writes go through core (Meetings) in one transaction with its audit; a refusal is shown in the
// dialog, which stays open.
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    // A new meeting, of `branchId` when given.
    MeetingDialog(Session& session, qint64 branchId, QWidget* parent = nullptr);
    // The attendance of a recorded meeting.
    MeetingDialog(Session& session, const Meeting& meeting, QWidget* parent = nullptr);

    // 出席 / 请假 / 缺席 as the screens show them, and the background that marks an exception.
    static QString attendanceLabel(Meeting::Attendance attendance);
    static QBrush attendanceBrush(Meeting::Attendance attendance);

    QTableWidget* memberTable() const { return m_table; }
    Meeting::Attendance attendance(int row) const;
    // Marks the selected members (or the current one) and moves on to the next row.
    void mark(Meeting::Attendance attendance);
    // Writes the meeting (or the changed attendance); false with the reason shown when core refuses.
    bool save();
    qint64 meetingId() const { return m_meetingId; }

signals:
    void saved(qint64 meetingId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum Column { Name, IdNumberColumn, AttendanceColumn, Columns };

    struct Row {
        Member member;
        Meeting::Attendance attendance = Meeting::Attendance::Present;
        Meeting::Attendance recorded = Meeting::Attendance::Present; // a recorded meeting's attendance before the dialog
    };
    void build();
    void loadMembers(); // the chosen branch's members on the roster on the chosen date, keeping marks already made
    void fillTable();
    void updateCounts();
    void find(const QString& text);
    void showError(const QString& message);

    Session& m_session;
    qint64 m_meetingId = 0; // 0: a new meeting
    QList<Row> m_rows;
    QComboBox* m_branch = nullptr;
    QComboBox* m_type = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_topic = nullptr;
    QLineEdit* m_find = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace jifen::ui
