#pragma once

#include "ReportDocument.h"
#include "model/BranchAward.h"
#include "model/BranchEvaluationSettings.h"
#include "model/MeetingType.h"
#include "scoring/BranchEvaluation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace jifen {

// The yearly branch evaluation for print, export, the screen and the tier chart (支部评星定级结果 and the branch
// awards' lists): the evaluation of core/scoring as it is, in rank order, laid out as tables. Nothing is recomputed.
class BranchEvaluationReport
{
    Q_DECLARE_TR_FUNCTIONS(BranchEvaluationReport)

public:
    enum class Column {
        Rank,
        Name,
        Members,
        AvgPoints,
        Participation,
        MeetingRate,
        Attendance,
        MemberPoints,
        ParticipationPoints,
        MeetingPoints,
        AttendancePoints,
        BranchRules,
        Score,
        Tier,
        PreviousTier,
        Movement,
        Vetoed,
        Awards
    };
    // A branch's tier against the year before (no tier counts as below every tier): up, down, the same, or new (not
    // evaluated then).
    enum class Movement { Up, Down, Same, New };

    struct TierCount
    {
        QString tier; // empty: no tier
        int thisYear = 0;
        int lastYear = 0;
    };

    QString organisation;
    int year = 0;
    QString scope; // the branch --under names; empty for all
    QDate preparedOn;
    QStringList tiers; // the rule set's tier names, highest first
    QList<BranchAward> awards; // the rule set's branch awards, the order of each branch's verdicts
    QList<BranchResult> branches; // the evaluation of the year, in rank order, previous tiers filled
    QList<BranchResult> previousYear; // the evaluation of the year before, for the counts per tier

    QString title() const;
    QString scopeText() const;

    Movement movement(const BranchResult& branch) const;
    static QString movementText(Movement movement); // ↑ ↓ → 新
    QString movementHint(const BranchResult& branch) const; // "三星 → 四星: up"
    QList<TierCount> tierCounts() const; // per tier, highest first; a "no tier" line only where a branch has none
    int count(Movement movement) const;

    // Why a branch fails one of an award's conditions, with its own figures ("score 80.5, below 85").
    QString reason(const QString& conditionKey, const BranchAward& award, const BranchResult& branch) const;
    // "eligible", "eligible (tied at the quota: the committee decides)" or "no: reason; reason".
    QString verdictText(const BranchAwardVerdict& verdict, const BranchAward& award, const BranchResult& branch) const;
    static QString conditions(const BranchAward& award); // "总分≥85；四星及以上；……"

    // How a figure is worked out, in general (a column's header) and for one branch (a cell); empty for none.
    QString columnHint(Column column) const;
    QString cellHint(Column column, const BranchResult& branch) const;

    static QList<Column> allColumns(); // every column, the screen's and the spreadsheet's
    ReportTable table(const QList<Column>& columns) const;
    ReportTable eligibleTable(qsizetype award) const; // the branches an award admits
    ReportTable failedTable(qsizetype award) const; // every other branch, with the conditions failed
    QList<ReportTable> tables() const; // for CSV and .xlsx: the full table, then each award's two lists
    ReportDocument document() const; // the A4 printout
    ReportDocument exportDocument() const; // the same title, the tables of tables()

    // Two decimals always ("28.00"): the figures of a table of hundredths line up.
    static QString hundredths(Cents value);

    // What the hints quote: the components' maxima and the meeting types with a yearly requirement.
    BranchEvaluationSettings settings;
    QList<MeetingType> requiredMeetings;

private:
    int tierIndex(const std::optional<QString>& tier) const; // tiers.size() for no tier
};

} // namespace jifen
