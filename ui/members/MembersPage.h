#pragma once

#include "model/Member.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;

namespace jifen::ui {

class BranchTree;
class MemberCounter;
class MemberDetails;
class MemberAttendance;
class MemberPledges;
class OpinionDialog;
class MemberTableModel;
class ImportWizard;
class Session;

// The roster: a branch tree to filter, a search box (name, pinyin initials, last digits of ID or phone), the member
// table read page by page as it scrolls, and the member page below it. Every change goes through the session's
// undo history and the ledger.
class MembersPage : public QWidget
{
    Q_OBJECT

public:
    explicit MembersPage(Session& session, QWidget* parent = nullptr);

    MemberTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    BranchTree* branchTree() const { return m_tree; }
    MemberDetails* details() const { return m_details; }
    QLineEdit* searchEdit() const { return m_search; }

    // Selects (and scrolls to) a member, clearing the search and branch filter when they hide it.
    void selectMember(qint64 memberId);
    QList<Member> selectedMembers() const;

    void addBranch();
    void addMember();
    void editMember();
    void moveMembers();
    void markStatus();
    void setRevealed(bool revealed);
    void reverseEntry(qint64 entryId);
    // 打印党支部意见表: opens the dialog with the selected members as candidates (window-modal); returns it.
    OpinionDialog* printOpinion();
    MemberPledges* pledges() const { return m_pledges; }
    MemberAttendance* attendance() const { return m_attendance; }
    // The pledges of the branch chosen in the tree (the 承诺践诺 view beside the roster).
    MemberPledges* branchPledges() const { return m_branchPledges; }
    QTabWidget* listViews() const { return m_listViews; }
    // Opens the roster import wizard (window-modal); returns it, or the one already open.
    ImportWizard* importRoster();

private:
    void createActions();
    void applyFilter();
    void reloadBranches();
    void refreshRows();
    void updateActions();
    void showCurrent();
    void updateCount();
    QWidget* createBranchPledgesView();
    void showBranchPledges();

    Session& m_session;
    BranchTree* m_tree = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showFormer = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    MemberTableModel* m_model = nullptr;
    MemberCounter* m_counter = nullptr;
    MemberDetails* m_details = nullptr;
    QTimer* m_detailsTimer = nullptr;
    QAction* m_addBranch = nullptr;
    QAction* m_add = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_move = nullptr;
    QAction* m_status = nullptr;
    QAction* m_reveal = nullptr;
    QAction* m_find = nullptr;
    QAction* m_import = nullptr;
    QAction* m_opinion = nullptr;
    MemberPledges* m_pledges = nullptr;
    MemberAttendance* m_attendance = nullptr;
    QTabWidget* m_listViews = nullptr;
    QSpinBox* m_pledgeYear = nullptr;
    QLabel* m_pledgeHint = nullptr;
    MemberPledges* m_branchPledges = nullptr;
};

} // namespace jifen::ui
