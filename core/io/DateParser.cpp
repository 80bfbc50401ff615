#include "DateParser.h"

#include "TextCleaning.h"

#include <algorithm>
#include <array>

namespace jifen {

namespace {

struct Group
{
    int value = 0;
    int digits = 0;
};

// The text split into digit groups and the single separator after each one; anything else makes it no date.
struct Tokens
{
    std::array<Group, 3> groups;
    std::array<char16_t, 3> separators = {0, 0, 0}; // after each group; 0 at the end
    int count = 0;
    bool extraFraction = false; // digits after a decimal point following a lone number (an Excel serial with time)
};

bool isDateSeparator(char16_t c)
{
    return c == u'/' || c == u'-' || c == u'.';
}

bool tokenize(QStringView text, Tokens* tokens)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text[i] == u' ') {
            ++i;
            continue;
        }
        if (!text[i].isDigit() || text[i].unicode() > 127)
            return false;
        if (tokens->count == 3)
            return false;
        Group group;
        while (i < n && text[i].unicode() >= u'0' && text[i].unicode() <= u'9') {
            if (group.digits < 9)
                group.value = group.value * 10 + (text[i].unicode() - u'0');
            ++group.digits;
            ++i;
        }
        const int index = tokens->count++;
        tokens->groups[size_t(index)] = group;
        while (i < n && text[i] == u' ')
            ++i;
        if (i < n) {
            const char16_t c = text[i].unicode();
            if (!isDateSeparator(c) && c != u'年' && c != u'月' && c != u'日' && c != u'号')
                return false;
            tokens->separators[size_t(index)] = c;
            ++i;
        }
    }
    return tokens->count > 0;
}

// "2019/7/1 0:00:00", "2019-07-01T08:30": the date part only.
QStringView withoutTime(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return text;
    qsizetype cut = colon;
    while (cut > 0 && text[cut - 1].isDigit())
        --cut;
    if (cut > 0 && (text[cut - 1] == u' ' || text[cut - 1] == u'T'))
        return text.left(cut - 1);
    return text;
}

DateParser::Parsed dayOf(int year, int month, int day)
{
    if (year < 1900)
        return {{}, DateParser::Precision::Day, DateParser::Problem::OutOfRange};
    const QDate date(year, month, day);
    if (!date.isValid())
        return {{}, DateParser::Precision::Day, DateParser::Problem::NoSuchDay};
    return {date, DateParser::Precision::Day, DateParser::Problem::None};
}

DateParser::Parsed monthOf(int year, int month)
{
    DateParser::Parsed parsed = dayOf(year, month, 1);
    parsed.precision = DateParser::Precision::Month;
    return parsed;
}

DateParser::Parsed failed(DateParser::Problem problem)
{
    return {{}, DateParser::Precision::Day, problem};
}

bool isPlausibleYear(const Group& g)
{
    return g.digits == 4 && g.value >= 1900 && g.value <= 2100;
}

} // namespace

QDate DateParser::fromExcelSerial(int serial)
{
    // Excel counts 1900-01-01 as 1 and wrongly believes 1900 was a leap year (serial 60 is 1900-02-29).
    if (serial < 1 || serial == 60)
        return {};
    if (serial < 60)
        return QDate(1899, 12, 31).addDays(serial);
    return QDate(1899, 12, 30).addDays(serial);
}

DateParser::Parsed DateParser::parse(QStringView input)
{
    // Plain ASCII without spaces, the usual case, is read where it is; anything else is folded and cleaned first.
    const bool plain
        = std::all_of(input.cbegin(), input.cend(), [](QChar c) { return c.unicode() > u' ' && c.unicode() < 0x7F; });
    QString folded;
    if (!plain)
        folded = cleaning::cleanText(cleaning::foldWidth(input));
    const QStringView cleaned = plain ? input : QStringView(folded);
    if (cleaned.isEmpty())
        return failed(Problem::Empty);
    const QStringView text = withoutTime(cleaned);

    Tokens t;
    if (!tokenize(text, &t))
        return failed(Problem::Unrecognised);
    const Group& a = t.groups[0];
    const Group& b = t.groups[1];
    const Group& c = t.groups[2];
    const char16_t s0 = t.separators[0];
    const char16_t s1 = t.separators[1];
    const char16_t s2 = t.separators[2];

    if (t.count == 1 && s0 == 0) {
        if (a.digits == 8)
            return dayOf(a.value / 10000, a.value / 100 % 100, a.value % 100);
        if (a.digits == 6)
            return monthOf(a.value / 100, a.value % 100);
        if (isPlausibleYear(a))
            return failed(Problem::YearOnly);
        if (a.digits <= 5) {
            const QDate date = fromExcelSerial(a.value);
            return date.isValid() ? Parsed {date, Precision::Day, Problem::None}
                                  : failed(a.value == 60 ? Problem::NoSuchDay : Problem::Unrecognised);
        }
        return failed(Problem::Unrecognised);
    }

    // 2019年7月1日, 2019年7月, 2019年7月1号
    if (s0 == u'年') {
        if (a.digits != 4)
            return failed(a.digits == 2 ? Problem::TwoDigitYear : Problem::Unrecognised);
        if (t.count == 2 && (s1 == u'月' || s1 == 0) && b.digits <= 2)
            return monthOf(a.value, b.value);
        if (t.count == 3 && s1 == u'月' && (s2 == u'日' || s2 == u'号' || s2 == 0) && b.digits <= 2 && c.digits <= 2)
            return dayOf(a.value, b.value, c.value);
        return failed(Problem::Unrecognised);
    }

    if (!isDateSeparator(s0))
        return failed(Problem::Unrecognised);

    // An Excel serial with a time of day: 43647.5 (five digits: every day from 1927 to 2173, where "89.07" and
    // "2019.07" are a year and a month)
    if (t.count == 2 && s0 == u'.' && s1 == 0 && a.digits == 5) {
        const QDate date = fromExcelSerial(a.value);
        return date.isValid() ? Parsed {date, Precision::Day, Problem::None} : failed(Problem::Unrecognised);
    }

    if (a.digits == 4) {
        if (t.count == 2 && s1 == 0 && b.digits <= 2)
            return monthOf(a.value, b.value);
        if (t.count == 3 && isDateSeparator(s1) && s2 == 0 && b.digits <= 2 && c.digits <= 2)
            return dayOf(a.value, b.value, c.value);
        return failed(Problem::Unrecognised);
    }
    if (t.count == 3 && isDateSeparator(s1) && s2 == 0 && c.digits == 4 && a.digits <= 2 && b.digits <= 2)
        return failed(Problem::DayMonthOrder);
    if (a.digits == 2 && b.digits <= 2 && (t.count == 2 || c.digits <= 2))
        return failed(Problem::TwoDigitYear);
    return failed(Problem::Unrecognised);
}

QString DateParser::describe(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("The date is empty.");
    case Problem::Unrecognised:
        return tr("This is not a date in a form the program reads. Write it as 2019-07-01, 2019/7/1, 2019.7.1, "
                  "20190701 or 2019年7月1日.");
    case Problem::NoSuchDay:
        return tr("This day does not exist in the calendar.");
    case Problem::YearOnly:
        return tr("Only a year is given; write at least the month as well, for example 2019年7月.");
    case Problem::TwoDigitYear:
        return tr("The year has only two digits; write all four, for example 1989.07 instead of 89.07.");
    case Problem::DayMonthOrder:
        return tr("Day and month could be read either way round; write the year first, for example 2019-07-01.");
    case Problem::OutOfRange:
        return tr("Dates before 1900 are not accepted; please check the year.");
    }
    return {};
}

} // namespace jifen
