#pragma once

#include "model/Award.h"
#include "report/AwardOutcome.h"
#include "report/MemberYear.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace jifen {

class Ledger;

namespace ui {

struct BuiltChart;
class ChartView;

// 图表: the five issue-7 charts of a year, for the committee; hover for counts, click a bar for its members and why
// they stand where they do; PNG, PDF and print.
class ChartsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Eligibility, Branches, Member, Participation, Categories };

    explicit ChartsPage(Ledger& ledger, QWidget* parent = nullptr);

    void setChart(Kind kind, int year);
    Kind kind() const;
    ChartView* view() const { return m_view; }
    QListWidget* memberList() const { return m_list; }
    // Lists the members behind a bar segment, with their points and reasons, beside the chart.
    void showMembers(int set, int category);
    QString exportTo(const QString& fileName) const; // .png or .pdf; empty on success

public slots:
    // Reads the ledger again: the chart follows the entries.
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillChoices();
    std::optional<Award> chosenAward() const;
    void print();
    void exportWithDialog(const QString& suffix);

    Ledger& m_ledger;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_year = nullptr;
    QComboBox* m_award = nullptr;
    QComboBox* m_branch = nullptr;
    QComboBox* m_member = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_note = nullptr;
    ChartView* m_view = nullptr;
    QLabel* m_listTitle = nullptr;
    QListWidget* m_list = nullptr;
    int m_first = 0; // first branch shown when branches do not all fit
    bool m_refreshing = false;
    std::function<BuiltChart()> m_build; // the chart shown, built again for export and print
    QHash<qint64, MemberYear> m_members;
    QHash<qint64, AwardOutcome> m_outcomes;
    Award m_shownAward; // the award of the chart shown, for the reasons in the member list
};

} // namespace ui
} // namespace jifen
