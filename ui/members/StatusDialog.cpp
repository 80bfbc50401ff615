#include "StatusDialog.h"

#include "common/Formats.h"
#include "ui_StatusDialog.h"

#include <QPushButton>

namespace jifen::ui {

StatusDialog::StatusDialog(const Member& member, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StatusDialog>())
    , m_member(member)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("statusDialog"));
    setWindowTitle(tr("Status of %1").arg(member.name));
    for (const QString& status : {QStringLiteral("转出"), QStringLiteral("去世"), QStringLiteral("在册")})
        m_ui->statusCombo->addItem(Formats::status(status), status);
    m_ui->statusCombo->setCurrentIndex(member.isCurrent() ? 0 : m_ui->statusCombo->findData(member.status));
    m_ui->dateEdit->setDisplayFormat(Formats::dateFormat());
    m_ui->dateEdit->setMaximumDate(QDate::currentDate());
    m_ui->dateEdit->setDate(member.statusDate.isValid() ? member.statusDate : QDate::currentDate());
    m_ui->noteEdit->setPlaceholderText(tr("e.g. where the member transferred to"));
    m_ui->explanationLabel->setText(tr("The member stays in the ledger with every entry. Rankings and reports of the "
                                       "periods before the date still count the member; later ones do not (until the "
                                       "member is 在册 again, from the date given)."));
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &StatusDialog::submitted);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

StatusDialog::~StatusDialog() = default;

Member StatusDialog::member() const
{
    Member m = m_member;
    m.status = m_ui->statusCombo->currentData().toString();
    m.statusDate = m_ui->dateEdit->date(); // for 在册 again, the day the member came back
    const QString note = m_ui->noteEdit->text().trimmed();
    if (!note.isEmpty())
        m.notes = m.notes.isEmpty() ? note : m.notes + QLatin1Char('\n') + note;
    return m;
}

void StatusDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

} // namespace jifen::ui
