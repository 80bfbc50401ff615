#include "LedgerBuilder.h"

#include "model/IdNumber.h"

namespace jifen::test {

qint64 LedgerBuilder::member(const QString& name, qint64 branchId, const QString& category, const QString& status)
{
    Member added;
    added.id = m_ledger.members.size() + 1;
    added.name = name;
    const QString first17 = QStringLiteral("11010119800101%1").arg(added.id, 3, 10, QLatin1Char('0'));
    added.idNumber = first17 + IdNumber::checkDigit(first17);
    added.branchId = branchId;
    added.category = category;
    added.status = status;
    added.joinDate = QDate(2000, 1, 1);
    m_ledger.members.append(added);
    return added.id;
}

qint64 LedgerBuilder::rule(const QString& code, Cents points, std::optional<Cents> capMonth,
                           std::optional<Cents> capYear, bool veto)
{
    Rule added;
    added.id = m_ledger.ruleSet.rules.size() + 1;
    added.code = code;
    added.versions.append(RuleVersion {QDate(), code, QStringLiteral("基本"), points, capMonth, capYear, veto});
    m_ledger.ruleSet.rules.append(added);
    return added.id;
}

void LedgerBuilder::change(qint64 ruleId, QDate from, Cents points, std::optional<Cents> capMonth,
                           std::optional<Cents> capYear, bool veto)
{
    Rule& changed = m_ledger.ruleSet.rules[ruleId - 1];
    changed.versions.append(RuleVersion {from, changed.code, QStringLiteral("基本"), points, capMonth, capYear, veto});
}

qint64 LedgerBuilder::entry(qint64 memberId, qint64 ruleId, QDate date, int quantity, Entry::Review review)
{
    Entry added;
    added.id = m_nextEntryId++;
    added.memberId = memberId;
    added.ruleId = ruleId;
    added.date = date;
    added.quantity = quantity;
    added.review = review;
    m_ledger.entries.append(added);
    return added.id;
}

void LedgerBuilder::reverse(qint64 entryId)
{
    for (Entry& reversed : m_ledger.entries) {
        if (reversed.id == entryId)
            reversed.reversed = true;
    }
}

void LedgerBuilder::grade(const QString& name, std::optional<Cents> minPoints)
{
    m_ledger.ruleSet.grades.append(GradeBand {name, minPoints});
}

Member& LedgerBuilder::memberRef(qint64 memberId)
{
    return m_ledger.members[memberId - 1];
}

} // namespace jifen::test
