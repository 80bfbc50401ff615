#include "SignInDialog.h"

#include "storage/Database.h"
#include "storage/Operators.h"
#include "storage/StorageError.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace jifen::ui {

SignInDialog::SignInDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_path(databasePath)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Jifen"));
    auto* intro = new QLabel(tr("This ledger is shared by several operators. Sign in with your name and password; "
                                "every change you make is stamped with your name."));
    intro->setWordWrap(true);
    auto* where = new QLabel(tr("Ledger: %1").arg(QDir::toNativeSeparators(databasePath)));
    where->setObjectName(QStringLiteral("signInLedger"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("signInName"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Operator:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("signInCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(where);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

SignInDialog::~SignInDialog()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SignInDialog::signIn()
{
    if (m_thread)
        return;
    const QString name = m_name->text().trimmed();
    const QString password = m_password->text();
    if (name.isEmpty()) {
        m_error->setText(tr("Type your operator name."));
        m_error->show();
        m_name->setFocus();
        return;
    }
    m_signIn->setEnabled(false);
    m_error->setText(tr("Checking..."));
    m_error->show();
    m_failure.clear();
    // Argon2id takes a noticeable moment: it runs on a connection of its own in a worker thread.
    m_thread = QThread::create([this, name, password] {
        try {
            Database db(m_path);
            m_actor = Operators::authenticate(db, name, password);
        } catch (const StorageError& error) {
            m_failure = error.message();
        }
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_signIn->setEnabled(true);
        if (m_failure.isEmpty()) {
            m_error->hide();
            accept();
            return;
        }
        m_error->setText(m_failure);
        m_password->clear();
        m_password->setFocus();
    });
    m_thread->start();
}

} // namespace jifen::ui
