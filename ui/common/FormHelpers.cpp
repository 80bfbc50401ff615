#include "FormHelpers.h"

#include "Formats.h"
#include "model/Pinyin.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHash>

#include <algorithm>

namespace jifen::ui {

namespace {

const QDate unknownDate(1900, 1, 1);

} // namespace

void setupOptionalDate(QDateEdit* edit)
{
    edit->setMinimumDate(unknownDate);
    edit->setMaximumDate(QDate::currentDate());
    edit->setSpecialValueText(QStringLiteral("—"));
    edit->setDisplayFormat(Formats::dateFormat());
    edit->setDate(unknownDate);
}

QDate optionalDate(const QDateEdit* edit)
{
    return edit->date() == unknownDate ? QDate() : edit->date();
}

void setOptionalDate(QDateEdit* edit, QDate date)
{
    edit->setDate(date.isValid() ? date : unknownDate);
}

void fillBranchCombo(QComboBox* combo, const QList<Branch>& branches, qint64 selected)
{
    QHash<qint64, const Branch*> byId;
    for (const Branch& b : branches)
        byId.insert(b.id, &b);
    QList<std::pair<QString, qint64>> paths;
    for (const Branch& b : branches) {
        QStringList path {b.name};
        const Branch* parent = byId.value(b.parentId);
        for (int depth = 0; parent && depth < 16; ++depth, parent = byId.value(parent->parentId))
            path.prepend(parent->name);
        paths.append({path.join(QStringLiteral(" / ")), b.id});
    }
    std::sort(paths.begin(), paths.end(),
              [](const auto& a, const auto& b) { return Pinyin::sortKey(a.first) < Pinyin::sortKey(b.first); });
    combo->clear();
    for (const auto& [path, id] : std::as_const(paths))
        combo->addItem(path, id);
    const int index = combo->findData(selected);
    combo->setCurrentIndex(index >= 0 ? index : (combo->count() > 0 ? 0 : -1));
}

} // namespace jifen::ui
