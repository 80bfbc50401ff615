#include "TestSupport.h"
#include "model/Points.h"

namespace points = jifen::points;

TEST_CASE("points are parsed into exact hundredths")
{
    CHECK(points::parse(u"2") == 200);
    CHECK(points::parse(u"-1.5") == -150);
    CHECK(points::parse(u"0.25") == 25);
    CHECK(points::parse(u"+3") == 300);
    CHECK(points::parse(u"２.５") == 250);
}

TEST_CASE("points with more than two decimal places or stray characters are refused")
{
    CHECK_FALSE(points::parse(u"1.234"));
    CHECK_FALSE(points::parse(u"abc"));
    CHECK_FALSE(points::parse(u""));
    CHECK_FALSE(points::parse(u"1,5"));
    CHECK_FALSE(points::fromDouble(0.125));
}

TEST_CASE("points are formatted in their shortest exact form")
{
    CHECK(points::format(200) == QStringLiteral("2"));
    CHECK(points::format(250) == QStringLiteral("2.5"));
    CHECK(points::format(-125) == QStringLiteral("-1.25"));
    CHECK(points::format(5) == QStringLiteral("0.05"));
    CHECK(points::fromDouble(0.1 + 0.2) == 30);
}
