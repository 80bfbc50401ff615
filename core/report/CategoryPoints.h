#pragma once

#include "MemberYear.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace jifen {

// A year's points by rule category (基本 / 奖励 / 扣减 / ...) per branch, after caps.
struct CategoryPoints
{
    struct Branch
    {
        qint64 branchId = 0;
        QString name;
        int members = 0;
        QList<Cents> totals; // one per category, in the order of `categories`

        // Per member, rounded to hundredths half away from zero; 0 for an empty branch.
        Cents average(qsizetype category) const;
    };

    int year = 0;
    QStringList categories; // 基本, 奖励, 扣减 first when present, then the others in code-point order
    QList<Branch> branches; // in the order of first appearance

    static CategoryPoints build(int year, const QList<MemberYear>& members);
};

} // namespace jifen
