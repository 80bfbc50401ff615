#include "TestSupport.h"
#include "model/IdNumber.h"

using jifen::IdNumber;

TEST_CASE("an 18-character ID number with a correct MOD 11-2 check digit is valid")
{
    // 11010519491231002X is the standard's published example.
    const auto parsed = IdNumber::parse(QStringLiteral("11010519491231002X"));
    CHECK(parsed.problem == IdNumber::Problem::None);
    CHECK(parsed.value == QStringLiteral("11010519491231002X"));
    CHECK(IdNumber::checkDigit(u"11010519491231002") == QLatin1Char('X'));
}

TEST_CASE("a wrong check digit is refused")
{
    CHECK(IdNumber::parse(QStringLiteral("110105194912310021")).problem == IdNumber::Problem::BadCheckDigit);
}

TEST_CASE("a lower-case x is accepted and stored as X")
{
    CHECK(IdNumber::parse(QStringLiteral("11010519491231002x")).value == QStringLiteral("11010519491231002X"));
}

TEST_CASE("full-width digits and spaces are folded before checking")
{
    CHECK(IdNumber::parse(QStringLiteral("１１０１０５ 19491231002Ｘ")).value == QStringLiteral("11010519491231002X"));
}

TEST_CASE("a 15-digit old number is converted to 18 with the century and a check digit")
{
    const auto parsed = IdNumber::parse(QStringLiteral("110105491231002"));
    REQUIRE(parsed.problem == IdNumber::Problem::None);
    CHECK(parsed.value == QStringLiteral("11010519491231002X"));
}

TEST_CASE("Excel's scientific notation and rounded digits are named as Excel's doing")
{
    CHECK(IdNumber::parse(QStringLiteral("4.10402E+17")).problem == IdNumber::Problem::ExcelScientific);
    CHECK(IdNumber::parse(QStringLiteral("410402198001011000")).problem == IdNumber::Problem::ExcelRounded);
    CHECK(IdNumber::describe(IdNumber::Problem::ExcelScientific).contains(QStringLiteral("Excel")));
}

TEST_CASE("an impossible birth date or a wrong length is refused")
{
    CHECK(IdNumber::parse(QStringLiteral("110105194902301234")).problem == IdNumber::Problem::BadBirthDate);
    CHECK(IdNumber::parse(QStringLiteral("1101051949")).problem == IdNumber::Problem::BadLength);
    CHECK(IdNumber::parse(QStringLiteral("11010519491231A02X")).problem == IdNumber::Problem::BadCharacter);
    CHECK(IdNumber::parse(QString()).problem == IdNumber::Problem::Empty);
}

TEST_CASE("birth date and gender are read from the ID number")
{
    CHECK(IdNumber::birthDate(QStringLiteral("11010519491231002X")) == QDate(1949, 12, 31));
    CHECK(IdNumber::gender(QStringLiteral("11010519491231002X")) == QStringLiteral("女"));
    CHECK(IdNumber::gender(QStringLiteral("110105194912310011")) == QStringLiteral("男"));
}

TEST_CASE("a masked ID number keeps the first six and last four characters")
{
    CHECK(IdNumber::masked(QStringLiteral("410402198001011234")) == QStringLiteral("410402********1234"));
    CHECK(jifen::maskPhone(QStringLiteral("13812345678")) == QStringLiteral("138****5678"));
}
