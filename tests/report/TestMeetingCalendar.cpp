// The 组织生活 page's month grid as data: required_per_year read as a rhythm (docs/branches.md).
#include "TestSupport.h"
#include "report/MeetingCalendar.h"

using namespace jifen;
using State = MeetingCalendar::State;

namespace {

MeetingType type(const QString& code, int required)
{
    MeetingType t;
    t.code = code;
    t.name = code;
    t.requiredPerYear = required;
    return t;
}

Meeting meeting(qint64 id, const QString& code, QDate date, bool cancelled = false)
{
    Meeting m;
    m.id = id;
    m.typeCode = code;
    m.typeName = code;
    m.date = date;
    m.cancelled = cancelled;
    return m;
}

State state(const MeetingCalendar& calendar, int row, int month)
{
    return calendar.rows[row].months[static_cast<size_t>(month - 1)].state;
}

} // namespace

TEST_CASE("a monthly type is missing in every month that is over without a meeting held")
{
    const MeetingCalendar c = MeetingCalendar::build(
        2025, {type(QStringLiteral("ZWH"), 12)},
        {meeting(1, QStringLiteral("ZWH"), QDate(2025, 1, 9)), meeting(2, QStringLiteral("ZWH"), QDate(2025, 3, 9), true)},
        QDate(2026, 2, 1));
    REQUIRE(c.rows.size() == 1);
    CHECK(state(c, 0, 1) == State::Held);
    CHECK(state(c, 0, 2) == State::Missing);
    CHECK(state(c, 0, 3) == State::Missing); // the cancelled meeting counts for nothing
    CHECK(c.rows[0].months[2].cancelled == 1);
    CHECK(c.rows[0].held == 1);
    CHECK(c.rows[0].cancelled == 1);
    CHECK(c.rows[0].missingPeriods == 11);
}

TEST_CASE("a quarterly type is due at each quarter's end, kept by a meeting in any month of the quarter")
{
    const MeetingCalendar c = MeetingCalendar::build(
        2025, {type(QStringLiteral("DYDH"), 4)},
        {meeting(1, QStringLiteral("DYDH"), QDate(2025, 1, 20)), meeting(2, QStringLiteral("DYDH"), QDate(2025, 2, 20)),
         meeting(3, QStringLiteral("DYDH"), QDate(2025, 8, 1))},
        QDate(2025, 9, 15));
    const auto& months = c.rows[0].months;
    for (int m = 1; m <= 12; ++m)
        CHECK(months[static_cast<size_t>(m - 1)].due == (m % 3 == 0 ? 1 : 0));
    CHECK(state(c, 0, 3) == State::None); // the first quarter was kept in January and February
    CHECK(state(c, 0, 6) == State::Missing); // two in the first quarter do not keep the second
    CHECK(state(c, 0, 9) == State::None); // kept in August
    CHECK(state(c, 0, 12) == State::Open); // the fourth quarter is not over on 15 September
    CHECK(c.rows[0].missingPeriods == 1);
}

TEST_CASE("the current month owes its meeting but is only due, not missing, until it is over")
{
    const MeetingCalendar c
        = MeetingCalendar::build(2025, {type(QStringLiteral("ZTDR"), 12), type(QStringLiteral("ZZSHH"), 1)}, {},
                                 QDate(2025, 5, 31));
    CHECK(state(c, 0, 4) == State::Missing);
    CHECK(state(c, 0, 5) == State::Open);
    CHECK(state(c, 0, 6) == State::Open);
    CHECK(state(c, 1, 11) == State::None);
    CHECK(state(c, 1, 12) == State::Open); // yearly: owed by the end of December
    CHECK(MeetingCalendar::build(2025, {type(QStringLiteral("ZZSHH"), 1)}, {}, QDate(2026, 1, 1)).rows[0].months[11].state
          == State::Missing);
}

TEST_CASE("a type without a requirement is never missing, and a type gone from the rule set keeps its meetings")
{
    const MeetingCalendar c = MeetingCalendar::build(
        2025, {type(QStringLiteral("DXZH"), 0)},
        {meeting(1, QStringLiteral("OLD"), QDate(2025, 4, 1)), meeting(2, QStringLiteral("DXZH"), QDate(2024, 4, 1))},
        QDate(2026, 1, 1));
    REQUIRE(c.rows.size() == 2);
    for (int m = 1; m <= 12; ++m)
        CHECK(state(c, 0, m) == State::None); // and the 2024 meeting is not this year's
    CHECK(c.rows[1].type.code == u"OLD");
    CHECK(state(c, 1, 4) == State::Held);
    CHECK(c.rows[1].months[3].meetingIds == QList<qint64> {1});
}

TEST_CASE("a rhythm that does not divide the year falls due where floor(r × m / 12) grows")
{
    const MeetingCalendar c = MeetingCalendar::build(2025, {type(QStringLiteral("X"), 5)}, {}, QDate(2026, 1, 1));
    QList<int> dueMonths;
    for (int m = 1; m <= 12; ++m)
        if (c.rows[0].months[static_cast<size_t>(m - 1)].due > 0)
            dueMonths << m;
    CHECK(dueMonths == QList<int> {3, 5, 8, 10, 12});
    // Twice a month: two meetings owed in each month.
    const MeetingCalendar twice = MeetingCalendar::build(
        2025, {type(QStringLiteral("Y"), 24)}, {meeting(1, QStringLiteral("Y"), QDate(2025, 1, 5))}, QDate(2026, 1, 1));
    CHECK(twice.rows[0].months[0].due == 2);
    CHECK(twice.rows[0].months[0].state == State::Missing);
}
