#include "ConnectDialog.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace jifen::ui {

namespace {

const QString recentKey = QStringLiteral("server/recent");
constexpr int recentCount = 8;

} // namespace

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a ledger server"));
    auto* intro = new QLabel(tr("Offices that enter points into one ledger keep it on a PostgreSQL server. Your "
                                "administrator gives you these details; the ledger opens in a new window."));
    intro->setWordWrap(true);

    m_recent = new QComboBox;
    m_recent->setObjectName(QStringLiteral("connectRecent"));
    m_recent->addItem(tr("(a new connection)"));
    for (const QString& url : recentConnections())
        m_recent->addItem(url, url);
    connect(m_recent, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0)
            fillFrom(m_recent->itemData(index).toString());
    });
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("connectHost"));
    m_host->setPlaceholderText(tr("server name or address"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("connectPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit;
    m_database->setObjectName(QStringLiteral("connectDatabase"));
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("connectUser"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("connectPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: the saved password (~/.pgpass), if any"));
    m_ssl = new QComboBox;
    m_ssl->setObjectName(QStringLiteral("connectSsl"));
    m_ssl->addItem(tr("Encrypted if the server offers it"), QStringLiteral("prefer"));
    m_ssl->addItem(tr("Always encrypted"), QStringLiteral("require"));
    m_ssl->addItem(tr("Encrypted, server certificate checked"), QStringLiteral("verify-full"));
    m_ssl->addItem(tr("Not encrypted"), QStringLiteral("disable"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Recent:"), m_recent);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Account:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Encryption:"), m_ssl);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::tryConnect);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    if (m_recent->count() > 1)
        m_recent->setCurrentIndex(1);
}

ConnectDialog::~ConnectDialog()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QString ConnectDialog::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(u'/' + m_database->text().trimmed());
    const QString ssl = m_ssl->currentData().toString();
    if (ssl != u"prefer") {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), ssl);
        url.setQuery(query);
    }
    return url.toString();
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

QString ConnectDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QStringList ConnectDialog::recentConnections()
{
    return QSettings().value(recentKey).toStringList();
}

void ConnectDialog::remember(const QString& url)
{
    QStringList recent = recentConnections();
    recent.removeAll(url);
    recent.prepend(url);
    QSettings().setValue(recentKey, recent.mid(0, recentCount));
}

void ConnectDialog::fillFrom(const QString& text)
{
    const QUrl url(text);
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_database->setText(url.path().mid(1));
    m_user->setText(url.userName());
    const int ssl = m_ssl->findData(QUrlQuery(url).queryItemValue(QStringLiteral("sslmode")));
    m_ssl->setCurrentIndex(ssl < 0 ? 0 : ssl);
    m_password->clear();
}

void ConnectDialog::tryConnect()
{
    if (m_thread)
        return;
    QLineEdit* missing = m_host->text().trimmed().isEmpty() ? m_host
        : m_database->text().trimmed().isEmpty()            ? m_database
        : m_user->text().trimmed().isEmpty()                ? m_user
                                                            : nullptr;
    if (missing) {
        m_error->setText(tr("Fill in the server, the database and the account."));
        m_error->show();
        missing->setFocus();
        return;
    }
    const QString location = url();
    if (!password().isEmpty())
        Database::rememberPassword(location, password());
    m_connect->setEnabled(false);
    m_error->setText(tr("Connecting to %1...").arg(m_host->text().trimmed()));
    m_error->show();
    m_failure.clear();
    // Opening checks the account, creates or migrates the schema when it may, and can wait for a slow network.
    m_thread = QThread::create([this, location] {
        try {
            Database db(location);
        } catch (const StorageError& error) {
            m_failure = error.message();
        }
    });
    connect(m_thread, &QThread::finished, this, [this, location] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_connect->setEnabled(true);
        if (m_failure.isEmpty()) {
            remember(location);
            m_error->hide();
            accept();
            return;
        }
        m_error->setText(m_failure);
    });
    m_thread->start();
}

} // namespace jifen::ui
