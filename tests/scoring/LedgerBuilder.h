#pragma once

#include "scoring/ScoringLedger.h"

#include <QDate>
#include <QString>

#include <optional>

namespace jifen::test {

// Builds small ledgers for scoring tests in a few readable lines. Points are given in cents.
class LedgerBuilder
{
public:
    // Adds a member and returns its id; ID numbers are made up valid-looking and increase with each member.
    qint64 member(const QString& name, qint64 branchId = 1, const QString& category = QStringLiteral("正式党员"),
                  const QString& status = QStringLiteral("在册"));
    // Adds a rule with one version and returns its id.
    qint64 rule(const QString& code, Cents points, std::optional<Cents> capMonth = std::nullopt,
                std::optional<Cents> capYear = std::nullopt, bool veto = false);
    // Adds a version to a rule from a date on.
    void change(qint64 ruleId, QDate from, Cents points, std::optional<Cents> capMonth = std::nullopt,
                std::optional<Cents> capYear = std::nullopt, bool veto = false);
    // Adds an entry and returns its id (ids grow in creation order).
    qint64 entry(qint64 memberId, qint64 ruleId, QDate date, int quantity = 1,
                 Entry::Review review = Entry::Review::NotRequired);
    void reverse(qint64 entryId);
    void basePoints(Cents base) { m_ledger.ruleSet.basePoints = base; }
    void grade(const QString& name, std::optional<Cents> minPoints);
    Member& memberRef(qint64 memberId);

    const ScoringLedger& ledger() const { return m_ledger; }

private:
    ScoringLedger m_ledger;
    qint64 m_nextEntryId = 1;
};

} // namespace jifen::test
