#include "MemberDialog.h"

#include "common/FormHelpers.h"
#include "common/Formats.h"
#include "model/IdNumber.h"
#include "ui_MemberDialog.h"

#include <QPushButton>

namespace jifen::ui {

MemberDialog::MemberDialog(const QList<Branch>& branches, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MemberDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("memberDialog"));
    setWindowTitle(tr("Add member"));
    m_ui->genderCombo->addItem(QString(), QString());
    m_ui->genderCombo->addItem(Formats::gender(QStringLiteral("男")), QStringLiteral("男"));
    m_ui->genderCombo->addItem(Formats::gender(QStringLiteral("女")), QStringLiteral("女"));
    m_ui->categoryCombo->addItem(Formats::category(QStringLiteral("正式党员")), QStringLiteral("正式党员"));
    m_ui->categoryCombo->addItem(Formats::category(QStringLiteral("预备党员")), QStringLiteral("预备党员"));
    // The common values are offered as they are written in the roster (the data is Chinese whatever the UI language).
    m_ui->ethnicityCombo->addItems({QStringLiteral("汉族"), QStringLiteral("回族"), QStringLiteral("满族"),
                                    QStringLiteral("蒙古族"), QStringLiteral("壮族"), QStringLiteral("藏族"),
                                    QStringLiteral("维吾尔族")});
    m_ui->educationCombo->addItems({QString(), QStringLiteral("研究生"), QStringLiteral("大学本科"),
                                    QStringLiteral("大学专科"), QStringLiteral("中专"), QStringLiteral("高中")});
    m_ui->educationCombo->setCurrentIndex(0);
    for (QDateEdit* edit : {m_ui->birthDateEdit, m_ui->joinDateEdit, m_ui->fullMemberDateEdit})
        setupOptionalDate(edit);
    fillBranchCombo(m_ui->branchCombo, branches, 0);
    m_ui->nameEdit->setPlaceholderText(tr("e.g. 张三"));
    m_ui->idNumberEdit->setPlaceholderText(tr("18 characters; a 15-digit old number is converted"));
    m_ui->errorLabel->hide();
    connect(m_ui->idNumberEdit, &QLineEdit::editingFinished, this, &MemberDialog::fillFromIdNumber);
    // A complete, valid number fills the birth date and gender at once (the clerk need not leave the field).
    connect(m_ui->idNumberEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (IdNumber::isValid(text.trimmed().toUpper()))
            fillFromIdNumber();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MemberDialog::submitted);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->nameEdit->setFocus();
}

MemberDialog::~MemberDialog() = default;

void MemberDialog::setMember(const Member& member)
{
    m_original = member;
    setWindowTitle(tr("Edit member %1").arg(member.name));
    m_ui->nameEdit->setText(member.name);
    m_ui->idNumberEdit->setText(member.idNumber);
    m_ui->genderCombo->setCurrentIndex(std::max(0, m_ui->genderCombo->findData(member.gender)));
    setOptionalDate(m_ui->birthDateEdit, member.birthDate);
    m_ui->ethnicityCombo->setCurrentText(member.ethnicity);
    m_ui->educationCombo->setCurrentText(member.education);
    const int branch = m_ui->branchCombo->findData(member.branchId);
    if (branch >= 0)
        m_ui->branchCombo->setCurrentIndex(branch);
    setOptionalDate(m_ui->joinDateEdit, member.joinDate);
    setOptionalDate(m_ui->fullMemberDateEdit, member.fullMemberDate);
    m_ui->categoryCombo->setCurrentIndex(std::max(0, m_ui->categoryCombo->findData(member.category)));
    m_ui->phoneEdit->setText(member.phone);
    m_ui->positionEdit->setText(member.position);
    m_ui->notesEdit->setPlainText(member.notes);
}

Member MemberDialog::member() const
{
    Member m = m_original;
    m.name = m_ui->nameEdit->text().trimmed();
    const auto parsed = IdNumber::parse(m_ui->idNumberEdit->text());
    m.idNumber = parsed.problem == IdNumber::Problem::None ? parsed.value : m_ui->idNumberEdit->text().trimmed();
    m.gender = m_ui->genderCombo->currentData().toString();
    m.birthDate = optionalDate(m_ui->birthDateEdit);
    m.ethnicity = m_ui->ethnicityCombo->currentText().trimmed();
    m.education = m_ui->educationCombo->currentText().trimmed();
    m.branchId = m_ui->branchCombo->currentData().toLongLong();
    m.branchName = m_ui->branchCombo->currentText();
    m.joinDate = optionalDate(m_ui->joinDateEdit);
    m.fullMemberDate = optionalDate(m_ui->fullMemberDateEdit);
    m.category = m_ui->categoryCombo->currentData().toString();
    m.phone = m_ui->phoneEdit->text().trimmed();
    m.position = m_ui->positionEdit->text().trimmed();
    m.notes = m_ui->notesEdit->toPlainText().trimmed();
    return m;
}

void MemberDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void MemberDialog::fillFromIdNumber()
{
    const auto parsed = IdNumber::parse(m_ui->idNumberEdit->text());
    if (parsed.problem != IdNumber::Problem::None) {
        if (!m_ui->idNumberEdit->text().trimmed().isEmpty())
            showError(IdNumber::describe(parsed.problem));
        return;
    }
    showError({});
    m_ui->idNumberEdit->setText(parsed.value);
    // The number carries the birth date and gender: fill them in when the clerk has not.
    if (!optionalDate(m_ui->birthDateEdit).isValid())
        setOptionalDate(m_ui->birthDateEdit, IdNumber::birthDate(parsed.value));
    if (m_ui->genderCombo->currentIndex() == 0)
        m_ui->genderCombo->setCurrentIndex(std::max(0, m_ui->genderCombo->findData(IdNumber::gender(parsed.value))));
}

} // namespace jifen::ui
