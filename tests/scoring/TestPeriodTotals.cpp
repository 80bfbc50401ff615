// The "Period totals" section of the scoring spec.
#include "LedgerBuilder.h"
#include "TestSupport.h"
#include "scoring/PeriodTotals.h"
#include "scoring/ScoringEngine.h"

using namespace jifen;
using jifen::test::LedgerBuilder;

namespace {

// One member with 1, 2, ..., 12 points in the twelve months of 2026 and a stray entry in 2025 and 2027.
struct MonthlyLedger
{
    LedgerBuilder builder;
    qint64 member = 0;

    MonthlyLedger()
    {
        member = builder.member(QStringLiteral("张三"));
        const qint64 r = builder.rule(QStringLiteral("A01"), 100);
        for (int month = 1; month <= 12; ++month)
            builder.entry(member, r, QDate(2026, month, 28), month);
        builder.entry(member, r, QDate(2025, 12, 31), 50);
        builder.entry(member, r, QDate(2027, 1, 1), 70);
        builder.basePoints(1000);
    }
};

} // namespace

TEST_CASE("a month total is the sum of contributions dated in that month")
{
    MonthlyLedger fixture;
    const ScoringEngine engine(fixture.builder.ledger());
    CHECK(engine.total(fixture.member, Period::month(2026, 1)) == 100);
    CHECK(engine.total(fixture.member, Period::month(2026, 12)) == 1200);
    CHECK(engine.total(fixture.member, Period::month(2025, 12)) == 5000);
    CHECK(engine.total(fixture.member, Period::month(2025, 11)) == 0);
}

TEST_CASE("a quarter total is the sum of its three months")
{
    MonthlyLedger fixture;
    const ScoringEngine engine(fixture.builder.ledger());
    CHECK(engine.total(fixture.member, Period::quarter(2026, 1)) == 600);
    CHECK(engine.total(fixture.member, Period::quarter(2026, 2)) == 1500);
    CHECK(engine.total(fixture.member, Period::quarter(2026, 4)) == 3300);
}

TEST_CASE("a year total is base_points plus the sum of its twelve months")
{
    MonthlyLedger fixture;
    const ScoringEngine engine(fixture.builder.ledger());
    CHECK(engine.total(fixture.member, Period::year(2026)) == 1000 + 7800);
    CHECK(engine.total(fixture.member, Period::year(2024)) == 1000); // base points even without entries
}

TEST_CASE("base_points defaults to 0")
{
    LedgerBuilder b;
    const qint64 m = b.member(QStringLiteral("张三"));
    const ScoringEngine engine(b.ledger());
    CHECK(engine.total(m, Period::year(2026)) == 0);
}

TEST_CASE("base points are added to a year and never to a month or a quarter")
{
    CHECK(PeriodTotals::fromSum(Period::year(2026), 500, 1000) == 1500);
    CHECK(PeriodTotals::fromSum(Period::quarter(2026, 1), 500, 1000) == 500);
    CHECK(PeriodTotals::fromSum(Period::month(2026, 1), 500, 1000) == 500);
}

TEST_CASE("period totals use contributions after caps, not raw points")
{
    LedgerBuilder b;
    const qint64 m = b.member(QStringLiteral("张三"));
    const qint64 r = b.rule(QStringLiteral("A01"), 300, 400);
    b.entry(m, r, QDate(2026, 3, 1));
    b.entry(m, r, QDate(2026, 3, 2));
    const ScoringEngine engine(b.ledger());
    CHECK(engine.total(m, Period::month(2026, 3)) == 400);
}
