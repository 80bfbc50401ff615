#pragma once

#include "model/Meeting.h"
#include "model/MeetingType.h"

#include <QDate>
#include <QList>

#include <array>

namespace jifen {

// A branch's year of organisation life against what the rule set requires, month by month and type by type, so that
// a clerk sees which meetings were held, which are missing and which were cancelled.
// A type's `required_per_year` r sets its rhythm: by the end of month m the branch owes floor(r × m / 12) meetings, so
// r = 12 is due every month, 4 every quarter (March, June, September, December), 1 in December. A period (the months
// since the previous due month) is missing when it has fewer meetings held than it owes and has ended; cancelled
// meetings count for nothing.
class MeetingCalendar
{
public:
    enum class State {
        None, // nothing held, nothing due this month
        Held, // meetings held, and the period owes nothing more
        Missing, // the period ending this month owes meetings and is over
        Open, // the period ending this month owes meetings and has not ended yet
    };

    struct Month {
        State state = State::None;
        int held = 0; // not cancelled
        int cancelled = 0;
        int due = 0; // meetings owed by the period ending this month (0: no period ends here)
        QList<qint64> meetingIds; // held and cancelled, by date
    };

    struct Row {
        MeetingType type; // a type no longer in the rule set has only its code and name
        std::array<Month, 12> months;
        int held = 0; // in the year, not cancelled
        int cancelled = 0;
        int missingPeriods = 0;
    };

    int year = 0;
    QList<Row> rows; // the rule set's types in its order, then types of meetings the rule set no longer has

    // `meetings`: one branch's meetings (others of the year are ignored); `today` decides which periods have ended.
    static MeetingCalendar build(int year, const QList<MeetingType>& types, const QList<Meeting>& meetings,
                                 QDate today = QDate::currentDate());
};

} // namespace jifen
