#pragma once

#include "model/Branch.h"
#include "model/Member.h"

#include <QDate>
#include <QDialog>

#include <memory>

namespace Ui {
class MoveDialog;
}

namespace jifen::ui {

// Moves one or more members to another branch from a date (today unless given; the ledger refuses a date before a
// member's last change on the roster); emits submitted() for the page to write.
class MoveDialog : public QDialog
{
    Q_OBJECT

public:
    MoveDialog(const QList<Member>& members, const QList<Branch>& branches, QWidget* parent = nullptr);
    ~MoveDialog() override;

    qint64 branchId() const;
    QString branchName() const;
    QDate date() const; // the day the members are in the new branch from
    const QList<Member>& members() const { return m_members; }
    void showError(const QString& message);

signals:
    void submitted();

private:
    std::unique_ptr<Ui::MoveDialog> m_ui;
    QList<Member> m_members;
};

} // namespace jifen::ui
