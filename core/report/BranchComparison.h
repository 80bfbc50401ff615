#pragma once

#include "AwardOutcome.h"
#include "MemberYear.h"
#include "model/Award.h"

#include <QList>
#include <QString>

namespace jifen {

// Branches side by side for one award and year: eligible / near the line / not eligible, with participation.
struct BranchComparison
{
    struct Branch
    {
        qint64 branchId = 0;
        QString name;
        QList<qint64> eligible; // member ids
        QList<qint64> nearLine;
        QList<qint64> notEligible;
        int activeMemberMonths = 0;
        int memberMonths = 0; // members × months counted

        int members() const { return static_cast<int>(eligible.size() + nearLine.size() + notEligible.size()); }
        // The average share of members active in a month, over the months counted; 0 when none are.
        double participation() const
        {
            return memberMonths == 0 ? 0.0 : double(activeMemberMonths) / double(memberMonths);
        }
    };

    QString awardName;
    int year = 0;
    int throughMonth = 12; // participation counts months 1..throughMonth
    QList<Branch> branches; // in the order of first appearance among the members

    // `throughMonth`: the months of the year that have passed (12 for a past year).
    static BranchComparison build(int year, const Award& award, const QList<MemberYear>& members,
                                  const QList<AwardOutcome>& outcomes, int throughMonth);
};

} // namespace jifen
