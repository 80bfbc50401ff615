#include "MeetingCalendar.h"

namespace jifen {

MeetingCalendar MeetingCalendar::build(int year, const QList<MeetingType>& types, const QList<Meeting>& meetings,
                                       QDate today)
{
    MeetingCalendar calendar;
    calendar.year = year;
    const auto rowOf = [&calendar](const QString& code) {
        for (Row& row : calendar.rows)
            if (row.type.code == code)
                return &row;
        return static_cast<Row*>(nullptr);
    };
    for (const MeetingType& type : types)
        calendar.rows.append({type, {}, 0, 0, 0});
    for (const Meeting& m : meetings) {
        if (m.date.year() != year)
            continue;
        Row* row = rowOf(m.typeCode);
        if (!row) {
            MeetingType gone;
            gone.code = m.typeCode;
            gone.name = m.typeName;
            calendar.rows.append({gone, {}, 0, 0, 0});
            row = &calendar.rows.last();
        }
        Month& month = row->months[static_cast<size_t>(m.date.month() - 1)];
        month.meetingIds << m.id;
        if (m.cancelled) {
            ++month.cancelled;
            ++row->cancelled;
        } else {
            ++month.held;
            ++row->held;
        }
    }
    for (Row& row : calendar.rows) {
        const qint64 required = row.type.requiredPerYear;
        int heldInPeriod = 0;
        for (int m = 1; m <= 12; ++m) {
            Month& month = row.months[static_cast<size_t>(m - 1)];
            heldInPeriod += month.held;
            month.due = static_cast<int>(required * m / 12 - required * (m - 1) / 12);
            month.state = month.held > 0 ? State::Held : State::None;
            if (month.due == 0)
                continue;
            if (heldInPeriod < month.due) {
                const bool over = QDate(year, m, 1).addMonths(1) <= today;
                month.state = over ? State::Missing : State::Open;
                if (over)
                    ++row.missingPeriods;
            }
            heldInPeriod = 0;
        }
    }
    return calendar;
}

} // namespace jifen
