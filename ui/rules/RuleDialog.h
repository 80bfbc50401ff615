#pragma once

#include "model/Rule.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RuleDialog;
}

namespace jifen::ui {

// Adds a rule or changes one from a chosen date (earlier entries keep the values they were made under). Emits
// submitted(); the page writes through the ledger and closes it or shows the reason.
class RuleDialog : public QDialog
{
    Q_OBJECT

public:
    RuleDialog(const QStringList& categories, QWidget* parent = nullptr);
    ~RuleDialog() override;

    // Editing: the code is fixed, the values shown are those in force on `asOf`.
    void setRule(const Rule& rule, QDate asOf);

    QString code() const;
    RuleVersion version() const;
    QDate effective() const; // invalid for a new rule (its first version applies to every date)
    bool isNew() const { return m_new; }
    void showError(const QString& message);

signals:
    void submitted();

private:
    std::unique_ptr<Ui::RuleDialog> m_ui;
    bool m_new = true;
};

} // namespace jifen::ui
