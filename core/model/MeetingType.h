#pragma once

#include <QString>

#include <optional>

namespace jifen {

// A kind of organisation-life meeting (支部党员大会, 支委会, 党课 ...) as the rule set defines it (branch-spec.md).
struct MeetingType {
    qint64 id = 0;
    QString code;
    QString name;
    int requiredPerYear = 0; // how many a branch must hold in a year; 0: none required
    QString presentRule; // code of the member rule a present member's entry is made of; empty: none
    QString absentRule; // the same for a member absent without leave
};

} // namespace jifen
