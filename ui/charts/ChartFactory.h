#pragma once

#include "report/BranchComparison.h"
#include "report/BranchEvaluationReport.h"
#include "report/CategoryPoints.h"
#include "report/EligibilityMap.h"
#include "report/MemberPath.h"
#include "report/ParticipationSeries.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QChart;

namespace jifen::ui {

// A chart with what lies behind it: for each bar segment, the members it counts (for "click lists the members").
struct BuiltChart
{
    std::unique_ptr<QChart> chart;
    QStringList categories; // x labels of the bars
    QStringList sets; // bar set names, in series order
    QHash<QPair<int, int>, QList<qint64>> members; // (set, category) -> member ids (branch ids where countsBranches)
    bool countsBranches = false; // the bars count Party branches, not members
    QString note; // shown under the chart when not everything fits (branches left out)

    BuiltChart();
    ~BuiltChart();
    BuiltChart(BuiltChart&&) noexcept;
    BuiltChart& operator=(BuiltChart&&) noexcept;
};

// Builds the issue-7 charts from their data: titled in Chinese (through tr), axes labelled, and readable in black and
// white: every bar set has a pattern as well as a colour, every line a dash style and point shape of its own.
class ChartFactory
{
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)

public:
    static constexpr int maxBranches = 30; // more bars than this cannot be read on a page
    static constexpr int maxBranchLines = 4;

    static BuiltChart eligibility(const EligibilityMap& map);
    // Branches `first` .. first + maxBranches - 1.
    static BuiltChart branches(const BranchComparison& comparison, int first = 0);
    static BuiltChart memberPath(const MemberPath& path);
    // The overall line and up to maxBranchLines branches (all of them when `branchId` is 0, else that one).
    static BuiltChart participation(const ParticipationSeries& series, qint64 branchId = 0);
    static BuiltChart categories(const CategoryPoints& points, int first = 0);
    // Branches per tier this year against last year, side by side, with how many moved up and down.
    static BuiltChart tiers(const BranchEvaluationReport& report);

    static QString monthLabel(int month);
};

} // namespace jifen::ui
