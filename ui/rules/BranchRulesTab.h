#pragma once

#include "BranchKeysTab.h"

class QTableWidget;

namespace jifen::ui {

// The rule set's branch rules (支部加减分): the bonus and deduction items of a 党支部, with their caps and vetoes.
class BranchRulesTab : public BranchKeysTab
{
    Q_OBJECT

public:
    explicit BranchRulesTab(Session& session, QWidget* parent = nullptr);

protected:
    void fill() override;
    bool read(RuleSet& set, QString& error) const override;
    QString title() const override;

private:
    enum Column { Code, Name, Category, Points, CapMonth, CapYear, Veto, Columns };

    void addRow(const BranchRule& rule);
    QTableWidget* m_table = nullptr;
};

} // namespace jifen::ui
