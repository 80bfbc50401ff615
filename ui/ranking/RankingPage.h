#pragma once

#include "report/RankingReport.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QSpinBox;
class QTableView;

namespace jifen {

class Ledger;

namespace ui {

class ReportTableModel;

// 排名: a period's ranking for all members or one branch, as it will print, with its publication status; preview,
// print for notice (recorded as published), PDF, CSV and Excel.
class RankingPage : public QWidget
{
    Q_OBJECT

public:
    explicit RankingPage(Ledger& ledger, QWidget* parent = nullptr);

    // Shows a period and scope (0: all members); refreshes.
    void setPeriod(const Period& period, qint64 branchId = 0);
    Period period() const;
    std::optional<qint64> branchId() const;
    const RankingReport& report() const { return m_report; }
    ReportTableModel* model() const { return m_model; }
    QString statusText() const;

    // Writes the ranking where the file name's suffix says (.pdf, .csv, .xlsx); empty on success, else the message.
    QString exportTo(const QString& fileName) const;
    // Prints the ranking on `printer`, its page as set up by the caller (ReportPrinter::setupPage, then the print
    // dialog), and records it as published for notice; returns the publication's id.
    qint64 printForNotice(QPrinter* printer);

public slots:
    // Reads the ledger again (after entries changed, or when the page is shown).
    void refresh();

signals:
    // A printout was recorded as published for notice.
    void published(qint64 publicationId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillBranches();
    void updateIndexRange();
    void preview();
    void printWithDialog();
    void exportWithDialog(const QString& suffix);

    Ledger& m_ledger;
    RankingReport m_report;
    ReportTableModel* m_model = nullptr;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_year = nullptr;
    QSpinBox* m_index = nullptr;
    QComboBox* m_scope = nullptr;
    QSpinBox* m_noticeDays = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_view = nullptr;
    bool m_refreshing = false;
};

} // namespace ui
} // namespace jifen
