#pragma once

#include "report/EligibilityReport.h"

#include <QWidget>

class QComboBox;
class QSpinBox;
class QTabWidget;

namespace jifen {

class Ledger;

namespace ui {

// 评先评优: per award, who is eligible (with points and rank) and who is near the line with the reasons, for the
// committee; preview, PDF, CSV and Excel.
class AwardsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AwardsPage(Ledger& ledger, QWidget* parent = nullptr);

    void setYear(int year);
    const EligibilityReport& report() const { return m_report; }
    QTabWidget* tabs() const { return m_tabs; }
    QString exportTo(const QString& fileName) const;

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillAwards();

    Ledger& m_ledger;
    EligibilityReport m_report;
    QSpinBox* m_year = nullptr;
    QComboBox* m_award = nullptr;
    QTabWidget* m_tabs = nullptr;
    bool m_refreshing = false;
};

} // namespace ui
} // namespace jifen
