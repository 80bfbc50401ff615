#include "OperatorsDialog.h"

#include "storage/Ledger.h"
#include "storage/Operators.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jifen::ui {

OperatorsDialog::OperatorsDialog(Ledger& ledger, QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger)
{
    setObjectName(QStringLiteral("operatorsDialog"));
    setWindowTitle(tr("Operators"));

    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("operatorsTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_toggle = new QPushButton(tr("&Disable"));
    m_toggle->setObjectName(QStringLiteral("toggleOperator"));
    m_toggle->setEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_toggle->setEnabled(row >= 0);
        if (row >= 0)
            m_toggle->setText(m_table->item(row, 0)->data(Qt::UserRole).toBool() ? tr("&Disable") : tr("&Enable"));
    });
    connect(m_toggle, &QPushButton::clicked, this, &OperatorsDialog::toggleActive);

    auto* addBox = new QGroupBox(tr("Add an operator"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("newOperatorName"));
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("operatorRole"));
    for (const Actor::Role role : {Actor::Role::Clerk, Actor::Role::Reviewer, Actor::Role::Viewer, Actor::Role::Admin})
        m_role->addItem(Actor::roleLabel(role), static_cast<int>(role));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("operatorPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(QStringLiteral("operatorPasswordRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    auto* add = new QPushButton(tr("&Add"));
    add->setObjectName(QStringLiteral("addOperator"));
    connect(add, &QPushButton::clicked, this, &OperatorsDialog::addOperator);
    auto* form = new QFormLayout(addBox);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Re&peat password:"), m_repeat);
    form->addRow(QString(), add);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("operatorsError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* note = new QLabel(tr("Once a ledger has operators, everyone signs in when Jifen starts. The first operator "
                               "must be an administrator."));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_toggle, 0, Qt::AlignRight);
    layout->addWidget(addBox);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, 520);
    reload();
}

QString OperatorsDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void OperatorsDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void OperatorsDialog::reload()
{
    const QList<Operators::Operator> operators = Operators::list(m_ledger.database());
    m_table->setRowCount(static_cast<int>(operators.size()));
    for (int row = 0; row < operators.size(); ++row) {
        const Operators::Operator& op = operators[row];
        auto* name = new QTableWidgetItem(op.name);
        name->setData(Qt::UserRole, op.active);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(Actor::roleLabel(op.role)));
        m_table->setItem(row, 2, new QTableWidgetItem(op.active ? tr("Active") : tr("Disabled")));
    }
    // The first operator must be an administrator: offer only that role until there is one.
    const bool first = operators.isEmpty();
    for (int i = 0; i < m_role->count(); ++i)
        if (first && static_cast<Actor::Role>(m_role->itemData(i).toInt()) == Actor::Role::Admin)
            m_role->setCurrentIndex(i);
    m_role->setEnabled(!first);
}

void OperatorsDialog::addOperator()
{
    if (m_password->text() != m_repeat->text()) {
        showError(tr("The two passwords differ."));
        return;
    }
    try {
        Operators::add(m_ledger, m_name->text(), static_cast<Actor::Role>(m_role->currentData().toInt()),
                       m_password->text());
    } catch (const StorageError& error) {
        showError(error.message());
        return;
    }
    showError({});
    m_name->clear();
    m_password->clear();
    m_repeat->clear();
    reload();
}

void OperatorsDialog::toggleActive()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString name = m_table->item(row, 0)->text();
    const bool active = m_table->item(row, 0)->data(Qt::UserRole).toBool();
    try {
        Operators::setActive(m_ledger, name, !active);
    } catch (const StorageError& error) {
        showError(error.message());
        return;
    }
    showError({});
    reload();
}

} // namespace jifen::ui
