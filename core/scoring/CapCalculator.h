#pragma once

#include "model/Points.h"

#include <QDate>
#include <QList>

#include <optional>

namespace jifen {

// One counted entry as the cap walk sees it: its date, its creation order, its raw points (points of the rule version
// in force on the date × quantity) and the caps of that same version.
struct CapItem
{
    QDate date;
    qint64 sequence = 0; // creation order; the entry id, which the database hands out in increasing order
    Cents raw = 0;
    std::optional<Cents> capMonth; // positive when set
    std::optional<Cents> capYear;
};

// Applies a rule's month and year caps (封顶) to one member's counted entries of that rule.
//
// How the spec's "running absolute sum of R's contributions" is read here:
// - it is the sum of the absolute values of R's contributions so far (in the month, in the year), not the absolute
//   value of their signed sum: a cap limits how far the rule may move a member's total, in either direction, so a
//   contribution of the opposite sign (possible only when a new version flips the sign of the points) uses up room too
//   and never frees room for more;
// - each entry is held to the caps of the version in force on its own date, against everything R has contributed
//   before it in that month and year under any version: when a change lowers a cap below what is already used, later
//   entries contribute zero; when a version has no cap, its entries are not limited by that cap, but what they
//   contribute still counts against the caps of later versions;
// - the walk restarts at every calendar year and the month sum at every calendar month.
class CapCalculator
{
public:
    // The contribution of each item, in the order the items are given. The items must belong to one member and one
    // rule; they may span several years. A contribution has the sign of its raw points or is zero.
    static QList<Cents> contributions(const QList<CapItem>& items);
};

} // namespace jifen
