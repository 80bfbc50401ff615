#pragma once

#include "storage/Actor.h"

#include <QDialog>

#include <atomic>

class QLabel;
class QLineEdit;
class QPushButton;
class QThread;

namespace jifen::ui {

// Asks an operator's name and password before the window opens on a ledger that has operators. The password is
// checked (Argon2id) by Operators::authenticate in a thread of its own, so the dialog never freezes; the growing wait
// after repeated failures is enforced by core and its message shown here.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~SignInDialog() override;

    // The signed-in operator, valid once the dialog is accepted.
    const Actor& actor() const { return m_actor; }
    bool isChecking() const { return m_thread != nullptr; }
    QString errorText() const;

private:
    void signIn();

    QString m_path;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_signIn = nullptr;
    QThread* m_thread = nullptr;
    Actor m_actor;
    QString m_failure;
};

} // namespace jifen::ui
