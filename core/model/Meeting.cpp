#include "Meeting.h"

namespace jifen {

QString attendanceKey(Meeting::Attendance attendance)
{
    switch (attendance) {
    case Meeting::Attendance::Present:
        return QStringLiteral("present");
    case Meeting::Attendance::Excused:
        return QStringLiteral("excused");
    case Meeting::Attendance::Absent:
        break;
    }
    return QStringLiteral("absent");
}

std::optional<Meeting::Attendance> attendanceFromKey(const QString& key)
{
    if (key == u"present")
        return Meeting::Attendance::Present;
    if (key == u"excused")
        return Meeting::Attendance::Excused;
    if (key == u"absent")
        return Meeting::Attendance::Absent;
    return std::nullopt;
}

} // namespace jifen
