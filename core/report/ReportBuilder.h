#pragma once

#include "AwardOutcome.h"
#include "BranchComparison.h"
#include "BranchEvaluationReport.h"
#include "BranchOpinion.h"
#include "CategoryPoints.h"
#include "EligibilityMap.h"
#include "EligibilityReport.h"
#include "MemberPath.h"
#include "MemberStatement.h"
#include "MemberYear.h"
#include "ParticipationSeries.h"
#include "RankingReport.h"
#include "model/RuleSet.h"
#include "storage/ScoreStore.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace jifen {

class Ledger;
struct EligibilityFacts;

// Builds the reports and chart data of one ledger: totals from the score cache (ScoreStore), ranks, verdicts and
// grades from core/scoring. Every call reads the ledger as it is now; all throw StorageError.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    // `today` dates the reports and tells how far the current year has run.
    explicit ReportBuilder(Ledger& ledger, QDate today = QDate::currentDate());

    QString organisation() const;
    const RuleSet& ruleSet() const { return m_rules; }
    QDate today() const { return m_today; }
    // The months of `year` that have begun: 12 for a past year, this month for the current one, at least 1.
    int throughMonth(int year) const;

    // The ranking of a period for all members or one branch, marked with its latest publication (rows of members
    // whose entries of the period changed since, or whose points differ from what was posted, are flagged).
    RankingReport ranking(const Period& period, std::optional<qint64> branchId, int noticeDays = 7);
    // Records the report as published for notice (PublicationLog); returns the publication's id.
    qint64 publish(const RankingReport& report, std::optional<qint64> branchId);

    // Current members' years, with grades; `withCategories` adds the points by category (a heavier query).
    QList<MemberYear> memberYears(int year, bool withCategories = false);
    // The verdict of `award` on each of `members` (all current members), with their places in the award's scope.
    QList<AwardOutcome> outcomes(const Award& award, const QList<MemberYear>& members) const;
    // The same from the facts the verdicts need (members: all current members, or for an award judged within
    // branches, those of one or more whole branches).
    QList<AwardOutcome> outcomes(const Award& award, const QList<EligibilityFacts>& members) const;

    EligibilityReport eligibility(int year, const QList<Award>& awards);
    // Throws StorageError(NotFound) for an unknown member.
    MemberStatement statement(qint64 memberId, int year);

    EligibilityMap eligibilityMap(int year, const Award& award);
    BranchComparison branches(int year, const Award& award);
    MemberPath memberPath(qint64 memberId, int year, const Award& award);
    ParticipationSeries participation(int year);
    // The branch evaluation of `year` (支部评星定级) as BranchEvaluationStore gives it, with the year before for the
    // tier counts; `under`: the branch whose tree is the scope, unset for all.
    BranchEvaluationReport branchEvaluation(int year, std::optional<qint64> under = std::nullopt);
    CategoryPoints categories(int year);

    // The branch opinion (党支部意见表) on members, a page each, for the years asked: the figures are the statement's
    // (year total, ranks, grade, verdicts), so they match the ranking and the commendation list. Throws
    // StorageError(NotFound) for an unknown member.
    BranchOpinion opinion(const QList<qint64>& memberIds, int yearFrom, int yearTo, const QString& text = {});
    // Records that the opinion was issued (OpinionLog), one record per member; returns the first record's id.
    qint64 recordOpinion(const BranchOpinion& opinion);

    // The rules whose entries count as attending and as missing organisation life, until meetings are recorded.
    struct LifeRules
    {
        QList<Rule> present;
        QList<Rule> absent;
    };
    LifeRules organisationLifeRules() const;

private:
    Ledger& m_ledger;
    QDate m_today;
    RuleSet m_rules;
    ScoreStore m_store;
};

} // namespace jifen
