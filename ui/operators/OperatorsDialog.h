#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace jifen {

class Ledger;

namespace ui {

// The administrator's list of operators: add one with a role and a password, disable or enable one. Every change goes
// through Operators (audited, role-checked in core). The first operator added to a single-user ledger must be an
// administrator, and from the next start everyone signs in.
class OperatorsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OperatorsDialog(Ledger& ledger, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QString errorText() const;

private:
    void reload();
    void addOperator();
    void toggleActive();
    void showError(const QString& message);

    Ledger& m_ledger;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QPushButton* m_toggle = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace ui
} // namespace jifen
