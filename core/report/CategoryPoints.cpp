#include "CategoryPoints.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace jifen {

Cents CategoryPoints::Branch::average(qsizetype category) const
{
    if (members == 0)
        return 0;
    const Cents sum = totals.value(category);
    const Cents half = members / 2;
    return sum >= 0 ? (sum + half) / members : -((-sum + half) / members);
}

CategoryPoints CategoryPoints::build(int year, const QList<MemberYear>& members)
{
    CategoryPoints result;
    result.year = year;
    QSet<QString> seen;
    for (const MemberYear& m : members)
        for (auto it = m.categories.cbegin(); it != m.categories.cend(); ++it)
            seen.insert(it.key());
    for (const QString& usual : {QStringLiteral("基本"), QStringLiteral("奖励"), QStringLiteral("扣减")}) {
        if (seen.remove(usual))
            result.categories.append(usual);
    }
    QStringList others(seen.cbegin(), seen.cend());
    std::sort(others.begin(), others.end());
    result.categories += others;

    QHash<QString, qsizetype> column;
    for (qsizetype i = 0; i < result.categories.size(); ++i)
        column.insert(result.categories[i], i);
    QHash<qint64, qsizetype> index;
    for (const MemberYear& m : members) {
        auto found = index.constFind(m.branchId);
        if (found == index.cend()) {
            found = index.insert(m.branchId, result.branches.size());
            Branch branch;
            branch.branchId = m.branchId;
            branch.name = m.branchName;
            branch.totals.fill(0, result.categories.size());
            result.branches.append(branch);
        }
        Branch& branch = result.branches[*found];
        ++branch.members;
        for (auto it = m.categories.cbegin(); it != m.categories.cend(); ++it)
            branch.totals[column.value(it.key())] += it.value();
    }
    return result;
}

} // namespace jifen
