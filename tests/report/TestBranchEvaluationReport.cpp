// The branch evaluation as a report (支部评星定级结果): the evaluation's own figures, tiers against the year before,
// and each branch award's verdict with its reasons.
#include "TestSupport.h"
#include "io/ReportCsv.h"
#include "io/RuleSetFile.h"
#include "report/ReportBuilder.h"
#include "storage/BranchEntries.h"
#include "storage/BranchEvaluationStore.h"
#include "storage/Database.h"
#include "storage/Ledger.h"

using namespace jifen;

namespace {

// The default rule set (base points 50, member_points 40 at an average of 90) with two tiers: 五星 from 30 points for
// at most half the branches, and the floor 一星; 红旗党支部 needs 30 points and 五星, no veto, at most 2 branches.
//   第一党支部 (2 members): two 受到上级党组织表彰 in 2026 (+10): 22.22 + 10 = 32.22, 五星, 一星 in 2025: up.
//   第二党支部 (1 member): 22.22, 一星 both years.
//   第三党支部 (1 member joined in March 2026): 22.22, not evaluated in 2025: new.
struct EvaluationFixture
{
    test::TempDir dir;
    Database db {dir.dbPath()};
    Ledger ledger {db, Actor::singleUser(QStringLiteral("tester"))};
    qint64 one = 0, two = 0, three = 0;

    EvaluationFixture()
    {
        RuleSet rules = RuleSetFile::defaultRuleSet();
        rules.branchTiers
            = {BranchTier {QStringLiteral("五星"), 3000, 5000}, BranchTier {QStringLiteral("一星"), {}, {}}};
        REQUIRE(!rules.branchAwards.isEmpty());
        BranchAward& award = rules.branchAwards.first();
        award.minScore = 3000;
        award.minTier = QStringLiteral("五星");
        award.noVeto = true;
        award.minMeetingRate.reset();
        award.minAttendance.reset();
        award.topPercent.reset();
        award.quota = 2;
        ledger.importRuleSet(rules, QDate());
        one = ledger.ensureBranch(QStringLiteral("第一党支部"));
        two = ledger.ensureBranch(QStringLiteral("第二党支部"));
        three = ledger.ensureBranch(QStringLiteral("第三党支部"));
        const QStringList ids {QStringLiteral("110105198001010032"), QStringLiteral("110105198001010040"),
                               QStringLiteral("110105198001010059"), QStringLiteral("110105198001010067")};
        const qint64 branches[] {one, one, two, three};
        for (int i = 0; i < 4; ++i) {
            Member m;
            m.name = QStringLiteral("成员%1").arg(i);
            m.idNumber = ids[i];
            m.branchId = branches[i];
            m.joinDate = i == 3 ? QDate(2026, 3, 1) : QDate(2000, 1, 1);
            ledger.addMember(m);
        }
        BranchEntries entries(ledger);
        entries.add(one, QStringLiteral("Z01"), QDate(2026, 5, 1), 1, {});
        entries.add(one, QStringLiteral("Z01"), QDate(2026, 9, 1), 1, {});
    }
};

using Movement = BranchEvaluationReport::Movement;
using Column = BranchEvaluationReport::Column;

} // namespace

TEST_CASE("the branch evaluation report carries branch-eval's figures in rank order, untouched")
{
    EvaluationFixture f;
    const BranchEvaluationReport report = ReportBuilder(f.ledger, QDate(2027, 1, 10)).branchEvaluation(2026);
    const QList<BranchResult> evaluated = BranchEvaluationStore(f.db).evaluate(2026, std::nullopt);
    REQUIRE(report.branches.size() == 3);
    REQUIRE(evaluated.size() == 3);
    const ReportTable table = report.table(BranchEvaluationReport::allColumns());
    REQUIRE(table.rows.size() == 3);
    const QList<Column> columns = BranchEvaluationReport::allColumns();
    const auto at = [&](int row, Column column) { return table.rows[row][columns.indexOf(column)]; };
    for (int i = 0; i < 3; ++i) {
        const BranchResult& r = evaluated[i];
        INFO(r.facts.name.toStdString());
        CHECK(report.branches[i].facts.branchId == r.facts.branchId);
        CHECK(at(i, Column::Name).text == r.facts.name);
        CHECK(at(i, Column::Rank).number == r.rank);
        CHECK(at(i, Column::Members).number == r.facts.members);
        CHECK(at(i, Column::AvgPoints).text == BranchEvaluationReport::hundredths(r.avgPoints));
        CHECK(at(i, Column::MemberPoints).text == BranchEvaluationReport::hundredths(r.memberPoints));
        CHECK(at(i, Column::BranchRules).text == BranchEvaluationReport::hundredths(r.branchRulePoints));
        CHECK(at(i, Column::Score).text == BranchEvaluationReport::hundredths(r.score));
        CHECK(at(i, Column::Score).number == points::toDouble(r.score));
        CHECK(at(i, Column::Tier).text == r.tier.value_or(QString()));
        CHECK(at(i, Column::PreviousTier).text == r.previousTier.value_or(QString()));
    }
    CHECK(at(0, Column::Name).text == QStringLiteral("第一党支部"));
    CHECK(at(0, Column::Score).text == QStringLiteral("32.22"));
    CHECK(at(0, Column::AvgPoints).text == QStringLiteral("50.00"));
    CHECK(at(0, Column::AvgPoints).hint == QStringLiteral("A = 100 ÷ 2 = 50.00"));
    CHECK(at(0, Column::Score).hint == QStringLiteral("22.22 + 0.00 + 0.00 + 0.00 + 10.00 = 32.22"));
    // Equal scores share rank 2, in pinyin order: 第二 (er) before 第三 (san).
    CHECK(at(1, Column::Name).text == QStringLiteral("第二党支部"));
    CHECK(at(1, Column::Rank).text == QStringLiteral("2"));
    CHECK(at(2, Column::Rank).text == QStringLiteral("2"));
    CHECK(table.columnHints.size() == table.columns.size());
}

TEST_CASE("the tier of each branch is shown against the year before: up, the same, new; and counted per tier")
{
    EvaluationFixture f;
    const BranchEvaluationReport report = ReportBuilder(f.ledger, QDate(2027, 1, 10)).branchEvaluation(2026);
    REQUIRE(report.branches.size() == 3);
    CHECK(report.movement(report.branches[0]) == Movement::Up);
    CHECK(report.movement(report.branches[1]) == Movement::Same);
    CHECK(report.movement(report.branches[2]) == Movement::New);
    CHECK(report.count(Movement::Up) == 1);
    CHECK(report.count(Movement::Down) == 0);
    const QList<BranchEvaluationReport::TierCount> counts = report.tierCounts();
    REQUIRE(counts.size() == 2); // no "no tier" line: every branch has one
    CHECK(counts[0].tier == QStringLiteral("五星"));
    CHECK(counts[0].thisYear == 1);
    CHECK(counts[0].lastYear == 0);
    CHECK(counts[1].tier == QStringLiteral("一星"));
    CHECK(counts[1].thisYear == 2);
    CHECK(counts[1].lastYear == 2);
    const ReportTable table = report.table({Column::Name, Column::Movement});
    CHECK(table.rows[0][1].text == QStringLiteral("↑"));
    CHECK(table.rows[1][1].text == QStringLiteral("→"));
}

TEST_CASE("a branch award lists the eligible branches, and every other one with the conditions it failed")
{
    EvaluationFixture f;
    const BranchEvaluationReport report = ReportBuilder(f.ledger, QDate(2027, 1, 10)).branchEvaluation(2026);
    const ReportTable eligible = report.eligibleTable(0);
    REQUIRE(eligible.rows.size() == 1);
    CHECK(eligible.rows[0][1].text == QStringLiteral("第一党支部"));
    const ReportTable failed = report.failedTable(0);
    REQUIRE(failed.rows.size() == 2);
    CHECK(failed.rows[0][0].text == QStringLiteral("第二党支部"));
    CHECK(failed.rows[0][4].text == QStringLiteral("score 22.22, below 30; 一星, below 五星"));
    // The spreadsheet: the full table, then each award's two lists.
    const QList<ReportTable> tables = report.tables();
    REQUIRE(tables.size() == 3);
    const QString csv = QString::fromUtf8(ReportCsv::write(tables));
    CHECK(csv.contains(
        QStringLiteral("第一党支部,2,50.00,0.00,0.00,0.00,22.22,0.00,0.00,0.00,10.00,32.22,五星,一星,↑,,eligible")));
    // The printout has the tiers, the figures and the award's lists.
    const ReportDocument document = report.document();
    CHECK(document.signatureLines);
    CHECK(document.tables().size() == 4);
}
