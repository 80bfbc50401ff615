#include "TestSupport.h"
#include "io/DateParser.h"

using jifen::DateParser;
using Problem = DateParser::Problem;
using Precision = DateParser::Precision;

namespace {

QDate day(QStringView text)
{
    const auto parsed = DateParser::parse(text);
    INFO(text.toString().toStdString() << " -> problem " << int(parsed.problem));
    CHECK(parsed.ok());
    CHECK(parsed.precision == Precision::Day);
    return parsed.date;
}

Problem problem(QStringView text)
{
    return DateParser::parse(text).problem;
}

} // namespace

TEST_CASE("the date forms clerks type are all read as the same day")
{
    const QDate july1(2019, 7, 1);
    CHECK(day(u"2019/7/1") == july1);
    CHECK(day(u"2019-07-01") == july1);
    CHECK(day(u"2019.7.1") == july1);
    CHECK(day(u"20190701") == july1);
    CHECK(day(u"2019年7月1日") == july1);
    CHECK(day(u"2019年07月01号") == july1);
    CHECK(day(u" 2019 年 7 月 1 日 ") == july1);
}

TEST_CASE("full-width digits and separators are read like ASCII")
{
    CHECK(day(u"２０１９／７／１") == QDate(2019, 7, 1));
    CHECK(day(u"２０１９年７月１日") == QDate(2019, 7, 1));
}

TEST_CASE("a month without a day means the first of the month")
{
    for (const QStringView text : {u"2019年7月", u"2019-07", u"2019.7", u"2019/07", u"201907"}) {
        INFO(text.toString().toStdString());
        const auto parsed = DateParser::parse(text);
        CHECK(parsed.ok());
        CHECK(parsed.date == QDate(2019, 7, 1));
        CHECK(parsed.precision == Precision::Month);
    }
}

TEST_CASE("Excel serial numbers are read in the 1900 date system, including its leap-year bug")
{
    CHECK(day(u"43647") == QDate(2019, 7, 1));
    CHECK(day(u"43647.0") == QDate(2019, 7, 1));
    CHECK(day(u"43647.75") == QDate(2019, 7, 1)); // a time of day is dropped
    CHECK(day(u"1") == QDate(1900, 1, 1));
    CHECK(day(u"59") == QDate(1900, 2, 28));
    CHECK(day(u"61") == QDate(1900, 3, 1)); // 60 is Excel's fictitious 1900-02-29
    CHECK(problem(u"60") == Problem::NoSuchDay);
    CHECK(DateParser::fromExcelSerial(25569) == QDate(1970, 1, 1));
}

TEST_CASE("a time of day after the date, as Excel writes it, is ignored")
{
    CHECK(day(u"2019/7/1 0:00") == QDate(2019, 7, 1));
    CHECK(day(u"2019-07-01 08:30:00") == QDate(2019, 7, 1));
    CHECK(day(u"2019-07-01T08:30:00") == QDate(2019, 7, 1));
}

TEST_CASE("days that do not exist are refused, not rolled over")
{
    CHECK(problem(u"2019/2/30") == Problem::NoSuchDay);
    CHECK(problem(u"2019-13-01") == Problem::NoSuchDay);
    CHECK(problem(u"20190230") == Problem::NoSuchDay);
    CHECK(problem(u"2019年0月") == Problem::NoSuchDay);
    CHECK(day(u"2020/2/29") == QDate(2020, 2, 29));
}

TEST_CASE("ambiguous or partial dates are refused with the reason")
{
    CHECK(problem(u"") == Problem::Empty);
    CHECK(problem(u"  ") == Problem::Empty);
    CHECK(problem(u"2019") == Problem::YearOnly);
    CHECK(problem(u"89.07") == Problem::TwoDigitYear);
    CHECK(problem(u"19-7-1") == Problem::TwoDigitYear);
    CHECK(problem(u"7/1/2019") == Problem::DayMonthOrder);
    CHECK(problem(u"1899-12-31") == Problem::OutOfRange);
    CHECK(problem(u"July 1, 2019") == Problem::Unrecognised);
    CHECK(problem(u"2019-7-1-2") == Problem::Unrecognised);
    CHECK(problem(u"2019/7月1日") == Problem::Unrecognised);
    CHECK(problem(u"1234567") == Problem::Unrecognised);
    CHECK(problem(u"0") == Problem::Unrecognised);
}

TEST_CASE("every date problem has an explanation for the clerk")
{
    for (const Problem p : {Problem::Empty, Problem::Unrecognised, Problem::NoSuchDay, Problem::YearOnly,
                            Problem::TwoDigitYear, Problem::DayMonthOrder, Problem::OutOfRange})
        CHECK_FALSE(DateParser::describe(p).isEmpty());
    CHECK(DateParser::describe(Problem::None).isEmpty());
}
