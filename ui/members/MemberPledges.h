#pragma once

#include <QWidget>

class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace jifen::ui {

class Session;

// Pledges (承诺践诺) of a year with their current review, reviewed in place (pick the result, type the note; changing
// either later records a correcting review, which the list marks). The member page's pledges tab shows one member's
// and adds new ones; the roster's branch view shows every pledge of a branch's members, with a member column.
class MemberPledges : public QWidget
{
    Q_OBJECT

public:
    explicit MemberPledges(Session& session, QWidget* parent = nullptr);

    void showMember(qint64 memberId, int year);
    // The pledges of the members of these branches (now), branch by branch; no branch: none.
    void showBranches(const QList<qint64>& branchIds, int year);
    void reload();
    QTableWidget* table() const { return m_table; }
    // Adds a pledge of the shown member for the shown year, asking for its text; false when cancelled or refused.
    bool addPledge();
    // Reviews the pledge of `row` as `result` (0 践诺, 1 部分践诺, 2 未践诺) with the row's note.
    bool review(int row, int result);

private:
    enum Column { MemberName, Text, Due, Result, Note, Reviewed, Columns };

    void itemChanged(QTableWidgetItem* item);

    Session& m_session;
    qint64 m_memberId = 0;
    QList<qint64> m_branchIds;
    int m_year = 0;
    bool m_filling = false;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace jifen::ui
