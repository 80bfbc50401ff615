#pragma once

#include "report/BranchEvaluationReport.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace jifen {

class Ledger;

namespace ui {

class BranchEvaluationLoader;
class ChartView;
class ReportTableModel;

// 支部考评: the yearly branch evaluation (支部评星定级) in rank order, each figure explained on hover, the tier against
// the year before as an arrow, each branch award's verdict with the conditions failed, the tier chart; print, PDF,
// Excel and CSV. The evaluation is worked out in the background.
class BranchEvaluationPage : public QWidget
{
    Q_OBJECT

public:
    explicit BranchEvaluationPage(Ledger& ledger, QWidget* parent = nullptr);

    void setYear(int year);
    const BranchEvaluationReport& report() const { return m_report; }
    bool isLoading() const;
    QTableView* table() const { return m_table; }
    ChartView* chart() const { return m_chart; }
    QTabWidget* awardTabs() const { return m_awards; }
    // Writes the evaluation where the file's suffix says (.pdf the printout; .csv, .xlsx the tables); empty on success.
    QString exportTo(const QString& fileName) const;

public slots:
    // Works the evaluation out again: it follows the ledger.
    void refresh();

signals:
    void loaded(); // the evaluation asked for last is shown

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillScopes();
    void showReport(const std::optional<BranchEvaluationReport>& report, const QString& error);

    Ledger& m_ledger;
    BranchEvaluationLoader* m_loader = nullptr;
    BranchEvaluationReport m_report;
    QSpinBox* m_year = nullptr;
    QComboBox* m_scope = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_table = nullptr;
    ReportTableModel* m_model = nullptr;
    ChartView* m_chart = nullptr;
    QLabel* m_chartNote = nullptr;
    QTabWidget* m_awards = nullptr;
    QList<QPushButton*> m_outputs; // disabled until an evaluation is shown
    bool m_refreshing = false;
};

} // namespace ui
} // namespace jifen
