#pragma once

#include "Member.h"

#include <QCoreApplication>
#include <QList>

namespace jifen {

// The rules a member record obeys whoever enters it: add-member and the member dialog (both through Ledger) and the
// roster import check every record with this one function, so a record is refused everywhere or nowhere, in the same
// words. Rosters often give dates to the month only (stored as the month's first day), so the checks between dates
// compare months: a date is never refused for a day the clerk did not give.
class MemberValidation
{
    Q_DECLARE_TR_FUNCTIONS(MemberValidation)

public:
    struct Problem {
        QString field; // the roster field's key, as roster files and exports name it: "join_date", "category", ...
        QString message; // in the user's language; names the field, not the member
    };

    // The member's problems, at most one per field, in the order of the roster's columns; empty when it may be stored.
    static QList<Problem> check(const Member& member, QDate today);
};

} // namespace jifen
