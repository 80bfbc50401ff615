#pragma once

#include "Points.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace jifen {

// The values of a rule from one date on. The first version applies to every date.
struct RuleVersion {
    QDate effectiveFrom; // invalid for the first version
    QString name;
    QString category;
    Cents points = 0; // per unit, non-zero
    std::optional<Cents> capMonth; // positive when set
    std::optional<Cents> capYear;
    bool veto = false;

    bool sameValues(const RuleVersion& other) const
    {
        return name == other.name && category == other.category && points == other.points
            && capMonth == other.capMonth && capYear == other.capYear && veto == other.veto;
    }
};

// A rule of the rule set (积分细则) with its history, oldest version first.
struct Rule {
    qint64 id = 0;
    QString code;
    QList<RuleVersion> versions;

    // The version in force on a date.
    const RuleVersion& versionAt(QDate date) const;
    const RuleVersion& current() const { return versions.constLast(); }
};

} // namespace jifen
