#include "RuleDialog.h"

#include "common/Formats.h"
#include "ui_RuleDialog.h"

#include <QPushButton>

namespace jifen::ui {

namespace {

std::optional<Cents> capValue(const QDoubleSpinBox* spin)
{
    const auto cents = points::fromDouble(spin->value());
    return cents && *cents > 0 ? cents : std::nullopt;
}

} // namespace

RuleDialog::RuleDialog(const QStringList& categories, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RuleDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("ruleDialog"));
    setWindowTitle(tr("New rule"));
    m_ui->categoryCombo->addItems(categories);
    m_ui->categoryCombo->setCurrentText(QString());
    for (QDoubleSpinBox* cap : {m_ui->capMonthSpin, m_ui->capYearSpin})
        cap->setSpecialValueText(tr("no cap"));
    m_ui->pointsSpin->setValue(1);
    m_ui->effectiveDateEdit->setDisplayFormat(Formats::dateFormat());
    m_ui->effectiveDateEdit->setDate(QDate::currentDate());
    m_ui->effectiveDateEdit->setEnabled(false);
    m_ui->explanationLabel->setText(tr("A new rule applies to every date."));
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RuleDialog::submitted);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RuleDialog::~RuleDialog() = default;

void RuleDialog::setRule(const Rule& rule, QDate asOf)
{
    m_new = false;
    const RuleVersion& v = rule.versionAt(asOf);
    setWindowTitle(tr("Change rule %1").arg(rule.code));
    m_ui->codeEdit->setText(rule.code);
    m_ui->codeEdit->setReadOnly(true);
    m_ui->nameEdit->setText(v.name);
    m_ui->categoryCombo->setCurrentText(v.category);
    m_ui->pointsSpin->setValue(points::toDouble(v.points));
    m_ui->capMonthSpin->setValue(v.capMonth ? points::toDouble(*v.capMonth) : 0);
    m_ui->capYearSpin->setValue(v.capYear ? points::toDouble(*v.capYear) : 0);
    m_ui->vetoCheck->setChecked(v.veto);
    m_ui->effectiveDateEdit->setEnabled(true);
    m_ui->effectiveDateEdit->setDate(std::max(asOf, QDate::currentDate()));
    m_ui->explanationLabel->setText(tr("The change applies to entries dated from this day on; entries before it keep "
                                       "the values they were made under. Versions so far: %1.")
                                        .arg(rule.versions.size()));
    m_ui->nameEdit->setFocus();
}

QString RuleDialog::code() const
{
    return m_ui->codeEdit->text().trimmed();
}

RuleVersion RuleDialog::version() const
{
    RuleVersion v;
    v.name = m_ui->nameEdit->text().trimmed();
    v.category = m_ui->categoryCombo->currentText().trimmed();
    v.points = points::fromDouble(m_ui->pointsSpin->value()).value_or(0);
    v.capMonth = capValue(m_ui->capMonthSpin);
    v.capYear = capValue(m_ui->capYearSpin);
    v.veto = m_ui->vetoCheck->isChecked();
    v.effectiveFrom = effective();
    return v;
}

QDate RuleDialog::effective() const
{
    return m_new ? QDate() : m_ui->effectiveDateEdit->date();
}

void RuleDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

} // namespace jifen::ui
