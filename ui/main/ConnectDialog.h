#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QThread;

namespace jifen::ui {

// Asks for a ledger on a PostgreSQL server (shared by several offices): host, port, database, account, password and
// encryption, with the recent connections to choose from (never their passwords). The connection is tried in a
// thread of its own, so a slow or absent server never freezes the window; the dialog is accepted once the ledger
// opened, and keeps the server's message on screen when it did not.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);
    ~ConnectDialog() override;

    // postgresql://user@host:port/database?sslmode=..., without the password.
    QString url() const;
    QString password() const;
    bool isConnecting() const { return m_thread != nullptr; }
    QString errorText() const;

    // The URLs connected to, newest first (at most eight), kept in the user's settings.
    static QStringList recentConnections();

private:
    void fillFrom(const QString& url);
    void tryConnect();
    static void remember(const QString& url);

    QComboBox* m_recent = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_ssl = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_connect = nullptr;
    QThread* m_thread = nullptr;
    QString m_failure;
};

} // namespace jifen::ui
