#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace jifen {

class Ledger;

namespace ui {

// The member page's organisation-life tab: the meetings of the year that list the member, each with its date, type,
// branch, topic and the member's attendance, and present / listed over those not cancelled.
class MemberAttendance : public QWidget
{
    Q_OBJECT

public:
    explicit MemberAttendance(Ledger& ledger, QWidget* parent = nullptr);

    void showMember(qint64 memberId, int year);
    void reload();
    QTableWidget* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }

private:
    enum Column { DateColumn, TypeColumn, BranchColumn, TopicColumn, AttendanceColumn, Columns };

    Ledger& m_ledger;
    qint64 m_memberId = 0;
    int m_year = 0;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace ui
} // namespace jifen
