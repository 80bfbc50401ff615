#pragma once

#include "model/Member.h"

#include <QDialog>

#include <memory>

namespace Ui {
class StatusDialog;
}

namespace jifen::ui {

// Marks a member 转出 (transferred out) or 去世 (deceased) with the date, or back 在册 (current). Like every form here
// it emits submitted(); the page writes through the ledger and closes it or shows the reason.
class StatusDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StatusDialog(const Member& member, QWidget* parent = nullptr);
    ~StatusDialog() override;

    Member member() const; // the member with the new status, date and note
    void showError(const QString& message);

signals:
    void submitted();

private:
    std::unique_ptr<Ui::StatusDialog> m_ui;
    Member m_member;
};

} // namespace jifen::ui
