// Rules, entries and the "Contribution (caps)" section of the scoring spec, sentence by sentence.
#include "LedgerBuilder.h"
#include "TestSupport.h"
#include "scoring/CapCalculator.h"
#include "scoring/ScoringEngine.h"

using namespace jifen;
using jifen::test::LedgerBuilder;

namespace {

QDate day(int month, int dayOfMonth, int year = 2026)
{
    return QDate(year, month, dayOfMonth);
}

} // namespace

TEST_CASE("points are exact decimals with at most two places, summed as integer hundredths")
{
    LedgerBuilder b;
    const qint64 m = b.member(QStringLiteral("张三"));
    const qint64 r = b.rule(QStringLiteral("B01"), 10); // 0.1 per unit
    for (int i = 1; i <= 3; ++i)
        b.entry(m, r, day(3, i));
    const qint64 cent = b.rule(QStringLiteral("B02"), 1); // 0.01 per unit
    b.entry(m, cent, day(3, 5), 7);
    const ScoringEngine engine(b.ledger());
    CHECK(engine.total(m, Period::month(2026, 3)) == 37); // 0.1 + 0.1 + 0.1 + 0.07, exactly 0.37
    CHECK(points::format(engine.total(m, Period::month(2026, 3))) == QStringLiteral("0.37"));
}

TEST_CASE("an entry's raw points are the rule's points times the quantity")
{
    LedgerBuilder b;
    const qint64 m = b.member(QStringLiteral("张三"));
    const qint64 plus = b.rule(QStringLiteral("A01"), 250);
    const qint64 minus = b.rule(QStringLiteral("C01"), -150);
    const qint64 e1 = b.entry(m, plus, day(1, 10), 3);
    const qint64 e2 = b.entry(m, minus, day(1, 11), 2);
    const ScoringEngine engine(b.ledger());
    CHECK(engine.rawPoints(e1) == 750);
    CHECK(engine.rawPoints(e2) == -300);
    CHECK(engine.contribution(e1) == 750);
    CHECK(engine.contribution(e2) == -300);
}

TEST_CASE("the first version of a rule applies to every date before its first change")
{
    LedgerBuilder b;
    const qint64 m = b.member(QStringLiteral("张三"));
    const qint64 r = b.rule(QStringLiteral("A01"), 200);
    b.change(r, day(6, 1), 300);
    const qint64 longAgo = b.entry(m, r, day(3, 1, 1999));
    const qint64 beforeChange = b.entry(m, r, day(5, 31));
    const ScoringEngine engine(b.ledger());
    CHECK(engine.rawPoints(longAgo) == 200);
    CHECK(engine.rawPoints(beforeChange) == 200);
}

TEST_CASE("a rule change applies from the date it is given")
{
    LedgerBuilder b;
    const qint64 m = b.member(QStringLiteral("张三"));
    const qint64 r = b.rule(QStringLiteral("A01"), 200);
    b.change(r, day(6, 1), 300);
    b.change(r, day(9, 1), 500);
    const qint64 onChange = b.entry(m, r, day(6, 1));
    const qint64 between = b.entry(m, r, day(8, 31));
    const qint64 afterSecond = b.entry(m, r, day(12, 1));
    const ScoringEngine engine(b.ledger());
    CHECK(engine.rawPoints(onChange) == 300);
    CHECK(engine.rawPoints(between) == 300);
    CHECK(engine.rawPoints(afterSecond) == 500);
}

TEST_CASE("an entry is always scored with the rule values in force on its date, caps included")
{
    LedgerBuilder b;
    const qint64 m = b.member(QStringLiteral("张三"));
    const qint64 r = b.rule(QStringLiteral("A01"), 200, 400); // cap 4 a month
    b.change(r, day(6, 1), 300, std::nullopt); // later: 3 points, no cap
    const qint64 march1 = b.entry(m, r, day(3, 1), 3); // entered after the change, dated before it
    const qint64 july1 = b.entry(m, r, day(7, 1), 3);
    const ScoringEngine engine(b.ledger());
    CHECK(engine.rawPoints(march1) == 600);
    CHECK(engine.contribution(march1) == 400);
    CHECK(engine.rawPoints(july1) == 900);
    CHECK(engine.contribution(july1) == 900);
}

TEST_CASE("a reversed entry counts as if it had never been made")
{
    LedgerBuilder b;
    const qint64 m = b.member(QStringLiteral("张三"));
    const qint64 capped = b.rule(QStringLiteral("A01"), 200, 400);
    const qint64 veto = b.rule(QStringLiteral("V01"), -1000, std::nullopt, std::nullopt, true);
    const qint64 first = b.entry(m, capped, day(3, 1), 2);
    const qint64 second = b.entry(m, capped, day(3, 2));
    const qint64 sanction = b.entry(m, veto, day(3, 3));
    b.reverse(first);
    b.reverse(sanction);
    const ScoringEngine engine(b.ledger());
    CHECK_FALSE(engine.contribution(first).has_value());
    CHECK(engine.contribution(second) == 200); // the reversed entry no longer takes the cap's room
    CHECK(engine.total(m, Period::month(2026, 3)) == 200);
    CHECK_FALSE(engine.vetoed(m, 2026));
}

TEST_CASE("where review is on, an entry counts only once a reviewer has approved it")
{
    LedgerBuilder b;
    const qint64 m = b.member(QStringLiteral("张三"));
    const qint64 r = b.rule(QStringLiteral("A01"), 200);
    const qint64 pending = b.entry(m, r, day(3, 1), 1, Entry::Review::Pending);
    const qint64 rejected = b.entry(m, r, day(3, 2), 1, Entry::Review::Rejected);
    const qint64 approved = b.entry(m, r, day(3, 3), 1, Entry::Review::Approved);
    const ScoringEngine engine(b.ledger());
    CHECK_FALSE(engine.contribution(pending).has_value());
    CHECK_FALSE(engine.contribution(rejected).has_value());
    CHECK(engine.contribution(approved) == 200);
    CHECK(engine.total(m, Period::month(2026, 3)) == 200);
    CHECK(engine.activeMonths(m, 2026) == 1);
}

TEST_CASE("entries are walked in order of date, then of creation")
{
    LedgerBuilder b;
    const qint64 m = b.member(QStringLiteral("张三"));
    const qint64 r = b.rule(QStringLiteral("A01"), 300, 400);
    const qint64 late = b.entry(m, r, day(3, 20));
    const qint64 early = b.entry(m, r, day(3, 5)); // created second, dated first
    const qint64 sameDayFirst = b.entry(m, r, day(4, 1));
    const qint64 sameDaySecond = b.entry(m, r, day(4, 1));
    const ScoringEngine engine(b.ledger());
    CHECK(engine.contribution(early) == 300);
    CHECK(engine.contribution(late) == 100);
    CHECK(engine.contribution(sameDayFirst) == 300);
    CHECK(engine.contribution(sameDaySecond) == 100);
}

TEST_CASE("a contribution is shrunk toward zero just enough to keep the rule's month sum within cap_month")
{
    // 参加支部党员大会: 2 points, at most 4 a month.
    const QList<CapItem> items {
        {day(3, 1), 1, 200, 400, std::nullopt},
        {day(3, 8), 2, 150, 400, std::nullopt},
        {day(3, 15), 3, 200, 400, std::nullopt},
        {day(3, 22), 4, 200, 400, std::nullopt},
    };
    CHECK(CapCalculator::contributions(items) == QList<Cents> {200, 150, 50, 0});
}

TEST_CASE("a contribution is shrunk toward zero just enough to keep the rule's year sum within cap_year")
{
    QList<CapItem> items;
    for (int month = 1; month <= 5; ++month)
        items.append(CapItem {day(month, 10), month, 300, 400, 1000});
    CHECK(CapCalculator::contributions(items) == QList<Cents> {300, 300, 300, 100, 0});
}

TEST_CASE("both caps hold at once: the tighter one decides")
{
    const QList<CapItem> items {
        {day(1, 1), 1, 500, 400, 600},
        {day(2, 1), 2, 500, 400, 600},
        {day(2, 2), 3, 500, 400, 600},
    };
    CHECK(CapCalculator::contributions(items) == QList<Cents> {400, 200, 0});
}

TEST_CASE("caps limit a negative rule in absolute value")
{
    // 无故缺席: -3 points, at most 4 deducted a month and 5 a year.
    const QList<CapItem> items {
        {day(1, 5), 1, -300, 400, 500},
        {day(1, 6), 2, -300, 400, 500},
        {day(1, 7), 3, -300, 400, 500},
        {day(2, 1), 4, -300, 400, 500},
    };
    CHECK(CapCalculator::contributions(items) == QList<Cents> {-300, -100, 0, -100});
}

TEST_CASE("the month cap starts afresh each month and the year cap each calendar year")
{
    const QList<CapItem> items {
        {day(12, 30, 2025), 1, 300, 400, 500}, {day(12, 31, 2025), 2, 300, 400, 500}, {day(1, 1), 3, 300, 400, 500},
        {day(1, 2), 4, 300, 400, 500},         {day(2, 1), 5, 300, 400, 500},
    };
    CHECK(CapCalculator::contributions(items) == QList<Cents> {300, 100, 300, 100, 100});
}

TEST_CASE("a contribution never changes sign")
{
    LedgerBuilder b;
    const qint64 m = b.member(QStringLiteral("张三"));
    const qint64 r = b.rule(QStringLiteral("C01"), -300, 400);
    const qint64 first = b.entry(m, r, day(5, 1));
    const qint64 second = b.entry(m, r, day(5, 2));
    const qint64 third = b.entry(m, r, day(5, 3));
    const ScoringEngine engine(b.ledger());
    CHECK(*engine.contribution(first) == -300);
    CHECK(*engine.contribution(second) == -100);
    CHECK(*engine.contribution(third) == 0);
    for (const Entry& entry : b.ledger().entries)
        CHECK(*engine.contribution(entry.id) * engine.rawPoints(entry.id) >= 0);
}

TEST_CASE("an over-cap entry is kept with a zero contribution: shown, adding nothing")
{
    LedgerBuilder b;
    const qint64 m = b.member(QStringLiteral("张三"));
    const qint64 r = b.rule(QStringLiteral("A01"), 200, 200);
    b.entry(m, r, day(5, 1));
    const qint64 over = b.entry(m, r, day(5, 2));
    const ScoringEngine engine(b.ledger());
    REQUIRE(engine.contribution(over).has_value());
    CHECK(*engine.contribution(over) == 0);
    CHECK(engine.rawPoints(over) == 200);
    CHECK(engine.total(m, Period::month(2026, 5)) == 200);
}

TEST_CASE("the running absolute sum adds the sizes of contributions of both signs, so neither sign frees room")
{
    // The rule's points flip sign from a date on; the cap is 5 a month throughout.
    const QList<CapItem> items {
        {day(3, 1), 1, 300, 500, std::nullopt},
        {day(3, 10), 2, -400, 500, std::nullopt},
        {day(3, 11), 3, 300, 500, std::nullopt},
    };
    CHECK(CapCalculator::contributions(items) == QList<Cents> {300, -200, 0});
}

TEST_CASE("each entry is held to the caps of the version in force on its date, against all the rule gave before")
{
    LedgerBuilder b;
    const qint64 m = b.member(QStringLiteral("张三"));
    const qint64 r = b.rule(QStringLiteral("A01"), 200, std::nullopt, 1000);
    b.change(r, day(7, 1), 200, std::nullopt, 600); // the year cap is lowered below what is already used
    b.change(r, day(10, 1), 200, std::nullopt, 1200); // and raised again
    for (int month = 1; month <= 4; ++month)
        b.entry(m, r, day(month, 1), 2); // 4 points a month: 4, 4, 2, 0 under the cap of 10
    const qint64 july = b.entry(m, r, day(7, 1));
    const qint64 october = b.entry(m, r, day(10, 1), 2);
    const qint64 november = b.entry(m, r, day(11, 1), 2);
    const ScoringEngine engine(b.ledger());
    CHECK(engine.total(m, Period::quarter(2026, 1)) == 1000);
    CHECK(engine.contribution(july) == 0);
    CHECK(engine.contribution(october) == 200);
    CHECK(engine.contribution(november) == 0);
    CHECK(engine.total(m, Period::year(2026)) == 1200);
}

TEST_CASE("a version without a cap leaves its entries unlimited but they still use up a later version's cap")
{
    const QList<CapItem> items {
        {day(1, 1), 1, 900, std::nullopt, std::nullopt},
        {day(6, 1), 2, 300, std::nullopt, 1000},
        {day(6, 2), 3, 300, std::nullopt, 1000},
    };
    CHECK(CapCalculator::contributions(items) == QList<Cents> {900, 100, 0});
}

TEST_CASE("caps act per member: one member reaching a cap leaves another's room untouched")
{
    LedgerBuilder b;
    const qint64 zhang = b.member(QStringLiteral("张三"));
    const qint64 li = b.member(QStringLiteral("李四"));
    const qint64 r = b.rule(QStringLiteral("A01"), 400, 400);
    b.entry(zhang, r, day(3, 1));
    const qint64 zhangSecond = b.entry(zhang, r, day(3, 2));
    const qint64 liFirst = b.entry(li, r, day(3, 2));
    const ScoringEngine engine(b.ledger());
    CHECK(engine.contribution(zhangSecond) == 0);
    CHECK(engine.contribution(liFirst) == 400);
}

TEST_CASE("caps act per rule: one rule reaching its cap leaves the member's other rules untouched")
{
    LedgerBuilder b;
    const qint64 m = b.member(QStringLiteral("张三"));
    const qint64 a = b.rule(QStringLiteral("A01"), 400, 400);
    const qint64 c = b.rule(QStringLiteral("A02"), 400, 400);
    b.entry(m, a, day(3, 1));
    const qint64 otherRule = b.entry(m, c, day(3, 2));
    const ScoringEngine engine(b.ledger());
    CHECK(engine.contribution(otherRule) == 400);
}

TEST_CASE("the cap walk returns contributions in the order the entries were given")
{
    const QList<CapItem> items {
        {day(3, 9), 7, 300, 400, std::nullopt},
        {day(3, 1), 9, 300, 400, std::nullopt},
    };
    CHECK(CapCalculator::contributions(items) == QList<Cents> {100, 300});
}
