#pragma once

#include "AwardOutcome.h"
#include "MemberYear.h"
#include "model/Award.h"

#include <QList>
#include <QString>

#include <optional>

namespace jifen {

// The eligibility map of issue 7: year totals in bins, each bin split into eligible / below the points threshold /
// at or above it but failing another condition (veto, probationary, too few active months, rank, quota).
struct EligibilityMap
{
    enum class Group { Eligible, Below, FailingOther };

    struct Bin
    {
        Cents from = 0; // inclusive
        Cents to = 0; // exclusive
        QList<qint64> eligible; // member ids
        QList<qint64> below;
        QList<qint64> failingOther;

        const QList<qint64>& members(Group group) const
        {
            return group == Group::Eligible ? eligible : group == Group::Below ? below : failingOther;
        }
        int count(Group group) const { return static_cast<int>(members(group).size()); }
    };

    QString awardName;
    int year = 0;
    std::optional<Cents> threshold; // the award's min_points: the line drawn
    Cents binWidth = 0;
    QList<Bin> bins; // contiguous, lowest first; none when there are no members

    int count(Group group) const;

    // Bins of a "nice" width (1, 2, 2.5 or 5 times a power of ten, at least 0.5 points) giving at most `maxBins`
    // bins, with the threshold on a bin edge. `outcomes` hold one verdict per member of `members`, matched by id.
    static EligibilityMap build(int year, const Award& award, const QList<MemberYear>& members,
                                const QList<AwardOutcome>& outcomes, int maxBins = 16);
    // The group of one member.
    static Group groupOf(const AwardOutcome& outcome);
    // The smallest nice width that covers `span` in at most `maxBins` bins.
    static Cents niceWidth(Cents span, int maxBins);
};

} // namespace jifen
