#pragma once

#include "model/Period.h"
#include "scoring/ScoringLedger.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace jifen::test {

// A deliberately plain second reading of the scoring spec, written from its text without the engine's pieces: slow,
// obvious, and independent, so that the property test can hold the engine against it.
class ReferenceScoring
{
public:
    struct Row
    {
        qint64 memberId = 0;
        int rank = 0;
        Cents total = 0;
        int previousRank = 0;
    };
    struct Verdict
    {
        qint64 memberId = 0;
        bool eligible = false;
        QStringList failed;
        std::optional<Cents> pointsMissing;
        bool tieAtQuota = false;
        QString grade;
    };
    // Awards of the reference take top_percent in hundredths of a percent, an exact integer.
    struct AwardTerms
    {
        Award award;
        std::optional<qint64> topPercentHundredths;
    };

    explicit ReferenceScoring(const ScoringLedger& ledger);

    Cents raw(const Entry& entry) const;
    std::optional<Cents> contribution(const Entry& entry) const;
    Cents total(qint64 memberId, const Period& period) const;
    QList<Row> ranking(const Period& period, std::optional<qint64> branchId) const;
    int activeMonths(qint64 memberId, int year) const;
    bool vetoed(qint64 memberId, int year) const;
    QString grade(qint64 memberId, int year) const;
    QList<Verdict> eligibility(int year, const AwardTerms& terms) const;

private:
    bool counts(const Entry& entry) const;
    const Rule& ruleOf(const Entry& entry) const;
    RuleVersion versionOn(const Rule& rule, QDate date) const;
    QList<const Member*> scope(std::optional<qint64> branchId) const;
    void computeContributions();

    const ScoringLedger& m_ledger;
    QHash<qint64, Cents> m_contributions; // by entry id
    QHash<std::pair<qint64, int>, Cents> m_monthSums; // (member, year × 100 + month) -> sum of contributions
};

} // namespace jifen::test
