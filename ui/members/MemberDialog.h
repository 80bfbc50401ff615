#pragma once

#include "model/Branch.h"
#include "model/Member.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MemberDialog;
}

namespace jifen::ui {

// The form for adding or editing a member. It does not write: it emits submitted(), the page applies the member
// through the ledger and either closes the form (accept()) or shows the ledger's reason (showError()).
class MemberDialog : public QDialog
{
    Q_OBJECT

public:
    MemberDialog(const QList<Branch>& branches, QWidget* parent = nullptr);
    ~MemberDialog() override;

    void setMember(const Member& member); // editing; keeps the id and the status
    Member member() const;
    void showError(const QString& message);

signals:
    void submitted();

private:
    void fillFromIdNumber();

    std::unique_ptr<Ui::MemberDialog> m_ui;
    Member m_original;
};

} // namespace jifen::ui
