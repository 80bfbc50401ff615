#include "TestSupport.h"
#include "model/Period.h"

using jifen::Period;

TEST_CASE("a month, a quarter and a year are parsed with their date ranges")
{
    const auto month = Period::parse(QStringLiteral("2026-02"));
    REQUIRE(month);
    CHECK(month->first() == QDate(2026, 2, 1));
    CHECK(month->last() == QDate(2026, 2, 28));
    const auto quarter = Period::parse(QStringLiteral("2026-Q2"));
    REQUIRE(quarter);
    CHECK(quarter->first() == QDate(2026, 4, 1));
    CHECK(quarter->last() == QDate(2026, 6, 30));
    const auto year = Period::parse(QStringLiteral("2026"));
    REQUIRE(year);
    CHECK(year->last() == QDate(2026, 12, 31));
}

TEST_CASE("the period before January is December of the year before")
{
    CHECK(Period::parse(QStringLiteral("2026-01"))->previous().toString() == QStringLiteral("2025-12"));
    CHECK(Period::parse(QStringLiteral("2026-Q1"))->previous().toString() == QStringLiteral("2025-Q4"));
    CHECK(Period::parse(QStringLiteral("2026"))->previous().toString() == QStringLiteral("2025"));
}

TEST_CASE("malformed periods are refused")
{
    CHECK_FALSE(Period::parse(QStringLiteral("2026-13")));
    CHECK_FALSE(Period::parse(QStringLiteral("2026-Q5")));
    CHECK_FALSE(Period::parse(QStringLiteral("26-01")));
}
