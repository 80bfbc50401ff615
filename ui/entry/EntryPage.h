#pragma once

#include "model/Member.h"
#include "model/RuleSet.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace jifen::ui {

class MemberTableModel;
class Session;

// Points entry: one rule, one date, one or many members (ticked from a branch list, found by search, or pasted as names
// or ID numbers), saved in one transaction; the entries made last, to reverse one with a reason. Every save and
// reversal is in the session's undo history. The last rule and date are remembered.
class EntryPage : public QWidget
{
    Q_OBJECT

public:
    explicit EntryPage(Session& session, QWidget* parent = nullptr);

    MemberTableModel* memberModel() const { return m_members; }

    void setRule(const QString& code);
    void setDate(QDate date);
    // Ticks the members named or numbered in `text`; reports what was not found or is ambiguous.
    void tickPasted(const QString& text);
    void tickAllShown();
    void clearTicks();
    // Saves one entry per ticked member; returns false (nothing saved) when refused.
    bool save();
    void reverseSelected();

private:
    void reloadRules();
    void reloadBranches();
    void applyFilter();
    void reloadRecent();
    void updatePreview();
    const Rule* currentRule() const;
    void remember();

    Session& m_session;
    RuleSet m_rules;
    QComboBox* m_rule = nullptr;
    QDateEdit* m_date = nullptr;
    QSpinBox* m_quantity = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_ruleInfo = nullptr;
    QComboBox* m_branch = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    MemberTableModel* m_members = nullptr;
    QPlainTextEdit* m_paste = nullptr;
    QLabel* m_pasteResult = nullptr;
    QTableWidget* m_preview = nullptr;
    QPushButton* m_save = nullptr;
    QTableWidget* m_recent = nullptr;
    QPushButton* m_reverse = nullptr;
};

} // namespace jifen::ui
