#include "MoveDialog.h"

#include "common/FormHelpers.h"
#include "common/Formats.h"
#include "ui_MoveDialog.h"

#include <QPushButton>

namespace jifen::ui {

MoveDialog::MoveDialog(const QList<Member>& members, const QList<Branch>& branches, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MoveDialog>())
    , m_members(members)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("moveDialog"));
    fillBranchCombo(m_ui->branchCombo, branches, members.isEmpty() ? 0 : members.constFirst().branchId);
    QStringList names;
    for (const Member& m : members)
        names << m.name;
    constexpr qsizetype shown = 12;
    QString list = QStringList(names.mid(0, shown)).join(tr(", "));
    if (names.size() > shown)
        list = tr("%1 and %2 more").arg(list).arg(names.size() - shown);
    m_ui->membersLabel->setText(tr("Members to move (%1): %2").arg(members.size()).arg(list));
    m_ui->dateEdit->setDisplayFormat(Formats::dateFormat());
    m_ui->dateEdit->setMaximumDate(QDate::currentDate());
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MoveDialog::submitted);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

MoveDialog::~MoveDialog() = default;

qint64 MoveDialog::branchId() const
{
    return m_ui->branchCombo->currentData().toLongLong();
}

QString MoveDialog::branchName() const
{
    return m_ui->branchCombo->currentText();
}

QDate MoveDialog::date() const
{
    return m_ui->dateEdit->date();
}

void MoveDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

} // namespace jifen::ui
