#pragma once

#include "Points.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace jifen {

// A branch points entry (支部加减分). Never edited or deleted: a correction is a reversal.
struct BranchEntry {
    qint64 id = 0;
    qint64 branchId = 0;
    QString branchName;
    qint64 ruleId = 0;
    QString ruleCode;
    QString ruleName;
    QDate date;
    int quantity = 1;
    QString note;
    QString enteredBy;
    QDateTime enteredAt;
    bool reversed = false;
    QString reversalReason;

    bool counted() const { return !reversed; }
};

} // namespace jifen
