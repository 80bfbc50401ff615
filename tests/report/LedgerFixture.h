#pragma once

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Ledger.h"

#include <QDate>

namespace jifen::test {

// The day the reports on the fixture are made: 1 April 2026, after its first quarter.
inline const QDate aprilFirst(2026, 4, 1);

// A small ledger worked by hand (base points 10; A01 5 a time, capped at 10 a month; B01 3; C01 -10 with veto):
//   一支部: 甲 Jan 5, Feb 3×A01 = 15 capped to 10, Mar B01 3  -> year 28, active Jan-Mar
//           乙 Jan 2×A01 = 10, Mar A01 5                    -> year 25, active Jan and Mar
//   二支部: 丙 (预备党员) Mar 2×A01 = 10                      -> year 20, active Mar
//           丁 Mar 2×A01 = 10, Mar C01 -10 (veto)          -> year 10, active Mar, vetoed
// Award YXDY 优秀共产党员: min 20 points, top 50% of the branch, full members only, no veto, 2 active months.
struct LedgerFixture
{
    TempDir dir;
    Database db {dir.dbPath()};
    Ledger ledger {db, Actor::singleUser(QStringLiteral("王书记"))};
    qint64 branchOne = 0, branchTwo = 0;
    qint64 jia = 0, yi = 0, bing = 0, ding = 0;
    qint64 meeting = 0, bonus = 0, sanction = 0;
    qint64 cappedEntry = 0;

    LedgerFixture();
    qint64 addMember(const QString& name, const QString& idNumber, qint64 branch, bool full = true);
};

} // namespace jifen::test
