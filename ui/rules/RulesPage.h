#pragma once

#include "model/RuleSet.h"

#include <QWidget>

class QAction;
class QDateEdit;
class QDoubleSpinBox;
class QTabWidget;
class QTableWidget;

namespace jifen::ui {

class Session;

// The rule set (积分细则): rules with their history, awards and their conditions, grade bands and base points, and the
// jifen-rules/1 file a higher committee hands to every office. Every change is in the session's undo history.
class RulesPage : public QWidget
{
    Q_OBJECT

public:
    explicit RulesPage(Session& session, QWidget* parent = nullptr);

    void newRule();
    void editRule();
    void importRules();
    void exportRules();
    bool saveAwards();
    bool saveGrades();

private:
    QWidget* createRulesTab();
    QWidget* createAwardsTab();
    QWidget* createGradesTab();
    void reload();
    void fillRules();
    void fillHistory();
    void fillAwards();
    void fillGrades();
    void addAwardRow(const Award& award);
    void addGradeRow(const GradeBand& grade);
    const Rule* selectedRule() const;
    // Reads the awards table; on a bad cell returns nothing and names the row and column in `error`.
    std::optional<QList<Award>> readAwards(QString& error) const;
    std::optional<QList<GradeBand>> readGrades(QString& error) const;

    Session& m_session;
    RuleSet m_rules;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_rulesTable = nullptr;
    QTableWidget* m_history = nullptr;
    QDateEdit* m_asOf = nullptr;
    QTableWidget* m_awards = nullptr;
    QTableWidget* m_grades = nullptr;
    QDoubleSpinBox* m_basePoints = nullptr;
    QAction* m_edit = nullptr;
};

} // namespace jifen::ui
