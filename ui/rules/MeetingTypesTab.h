#pragma once

#include "BranchKeysTab.h"

class QTableWidget;

namespace jifen::ui {

// The rule set's meeting types (会议类型): code, name, how many a branch must hold a year, and the member rules whose
// entries a meeting writes for the members present and those absent without leave.
class MeetingTypesTab : public BranchKeysTab
{
    Q_OBJECT

public:
    explicit MeetingTypesTab(Session& session, QWidget* parent = nullptr);

protected:
    void fill() override;
    bool read(RuleSet& set, QString& error) const override;
    QString title() const override;

private:
    enum Column { Code, Name, Required, PresentRule, AbsentRule, Columns };

    void addRow(const MeetingType& type);
    QTableWidget* m_table = nullptr;
};

} // namespace jifen::ui
