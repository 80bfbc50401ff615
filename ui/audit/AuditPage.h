#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace jifen::ui {

class AuditTableModel;
class Session;

// Every change to the ledger, newest first, filterable by operator, date and kind, with the values before and after.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(Session& session, QWidget* parent = nullptr);

    AuditTableModel* model() const { return m_model; }
    void setOperator(const QString& name);
    void setKind(int index);
    void setDates(QDate from, QDate to);

private:
    void reloadChoices();
    void applyFilter();
    void showCurrent();

    Session& m_session;
    QComboBox* m_operator = nullptr;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    AuditTableModel* m_model = nullptr;
    QPlainTextEdit* m_details = nullptr;
};

} // namespace jifen::ui
