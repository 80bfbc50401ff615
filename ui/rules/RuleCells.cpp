#include "RuleCells.h"

#include "common/Formats.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

namespace jifen::ui {

QTableWidgetItem* RuleCells::readOnly(const QString& text, Qt::Alignment alignment)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setTextAlignment(alignment);
    return item;
}

QTableWidgetItem* RuleCells::number(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem* RuleCells::check(bool checked)
{
    auto* item = new QTableWidgetItem;
    item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QString RuleCells::points(const std::optional<Cents>& value)
{
    return value ? Formats::points(*value) : QString();
}

bool RuleCells::parsePoints(const QString& text, std::optional<Cents>& value)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        value.reset();
        return true;
    }
    bool ok = false;
    const double number = QLocale().toDouble(t, &ok);
    value = ok ? points::fromDouble(number) : points::parse(t);
    return value.has_value();
}

QComboBox* RuleCells::ruleChooser(const QList<std::pair<QString, QString>>& codesAndNames, const QString& current,
                                  QComboBox* combo)
{
    if (!combo)
        combo = new QComboBox;
    combo->clear();
    combo->addItem(tr("(none)"), QString());
    for (const auto& [code, name] : codesAndNames)
        combo->addItem(tr("%1 %2").arg(code, name), code);
    if (!current.isEmpty() && combo->findData(current) < 0)
        combo->addItem(current, current); // a code the ledger no longer has: shown, and refused on saving
    combo->setCurrentIndex(combo->findData(current));
    return combo;
}

RuleCells::Buttons RuleCells::buttons(QTableWidget* table, const QString& addText, const QString& removeText,
                                     const QString& saveText, const QStringList& names)
{
    Buttons b{new QPushButton(addText), new QPushButton(tr("Re&vert")), new QPushButton(saveText), new QHBoxLayout};
    auto* remove = new QPushButton(removeText);
    b.add->setObjectName(names.value(0));
    remove->setObjectName(names.value(1));
    b.revert->setObjectName(names.value(2));
    b.save->setObjectName(names.value(3));
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    b.layout->addWidget(b.add);
    b.layout->addWidget(remove);
    b.layout->addStretch();
    b.layout->addWidget(b.revert);
    b.layout->addWidget(b.save);
    return b;
}

QString RuleCells::header(int column) const
{
    return m_table->horizontalHeaderItem(column) ? m_table->horizontalHeaderItem(column)->text() : QString();
}

bool RuleCells::fail(int column, const QString& problem)
{
    if (m_error.isEmpty())
        m_error = column < 0 ? tr("Row %1: %2").arg(m_row + 1).arg(problem)
                             : tr("Row %1, column %2: %3").arg(m_row + 1).arg(header(column), problem);
    return false;
}

QString RuleCells::text(int column, bool required)
{
    const QTableWidgetItem* item = m_table->item(m_row, column);
    const QString value = item ? item->text().trimmed() : QString();
    if (required && value.isEmpty())
        fail(column, tr("must not be empty."));
    return value;
}

bool RuleCells::isChecked(int column) const
{
    const QTableWidgetItem* item = m_table->item(m_row, column);
    return item && item->checkState() == Qt::Checked;
}

QString RuleCells::comboCode(int column) const
{
    const auto* combo = qobject_cast<const QComboBox*>(m_table->cellWidget(m_row, column));
    return combo ? combo->currentData().toString() : QString();
}

bool RuleCells::points(int column, std::optional<Cents>& value, bool required, bool positive, bool percent)
{
    const QString t = text(column);
    if (!parsePoints(t, value))
        return fail(column, tr("%1 is not a number with at most two decimal places.").arg(t));
    if (!value && required)
        return fail(column, tr("must not be empty."));
    if (value && positive && *value <= 0)
        return fail(column, tr("must be more than 0."));
    if (value && percent && (*value < 0 || *value > 10000))
        return fail(column, tr("must be a percentage from 0 to 100."));
    return true;
}

bool RuleCells::count(int column, std::optional<int>& value, int minimum, int maximum)
{
    const QString t = text(column);
    value.reset();
    if (t.isEmpty())
        return true;
    bool ok = false;
    const int number = QLocale().toInt(t, &ok);
    if (!ok || number < minimum || number > maximum)
        return fail(column, tr("must be a whole number from %1 to %2.").arg(minimum).arg(maximum));
    value = number;
    return true;
}

} // namespace jifen::ui
