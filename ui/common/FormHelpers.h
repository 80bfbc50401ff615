#pragma once

#include "model/Branch.h"

#include <QDate>
#include <QList>

class QComboBox;
class QDateEdit;

namespace jifen::ui {

// A date edit that may be left empty: "—" at its minimum date means unknown. Dates cannot be in the future.
void setupOptionalDate(QDateEdit* edit);
QDate optionalDate(const QDateEdit* edit);
void setOptionalDate(QDateEdit* edit, QDate date);

// A branch chooser listing each branch as its path in the tree ("市直机关党委 / 综合处室党总支 / 办公室党支部"), in
// Chinese collation; the item data is the branch id.
void fillBranchCombo(QComboBox* combo, const QList<Branch>& branches, qint64 selected);

} // namespace jifen::ui
