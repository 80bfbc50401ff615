#pragma once

#include "model/Member.h"
#include "model/Period.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

#include <algorithm>

namespace jifen {

class Database;
class Ledger;
struct Actor;

// One change of a member's place on the roster: leaving (转出, 去世), coming back (在册) or moving to another branch,
// with the state before and after it. A change takes effect on its date: the member is in the new branch from that
// day; a member who leaves is still counted in the period of the day they left (the spec counts a member who "had not
// left before the period's first day").
struct RosterChange
{
    qint64 id = 0;
    qint64 memberId = 0;
    QDate date;
    QString status; // after the change
    qint64 branchId = 0; // after the change
    QString branchName;
    QString previousStatus;
    qint64 previousBranchId = 0;
    QString previousBranchName;
    QString note;
    QString recordedBy;
    QString recordedAt;
};

// A member counted in a period (scoring spec, "Who is counted in a period").
struct CountedMember
{
    qint64 memberId = 0;
    qint64 branchId = 0; // the branch on the period's last day, or on the day they left if earlier
    bool onRoster = true; // still on the roster on the roster day (the period's last day, or today if earlier)
    QString leftStatus; // 转出 / 去世 when not onRoster
    QDate leftDate;
};

// The roster's dated history (table roster_history), beside Ledger and sharing its transaction and audit log.
// members.branch_id / status / status_date stay the current state; this is the dated record behind it, and the one
// place that says who is counted in a period and in which branch.
class RosterHistory
{
    Q_DECLARE_TR_FUNCTIONS(RosterHistory)

public:
    explicit RosterHistory(Ledger& ledger);

    // Marks a member 转出 / 去世 (leaving) or 在册 (back on the roster) from `date`; a move to another branch from
    // `date`. Both refuse (StorageError Invalid, nothing written) a date after today or before the member's last
    // change, a status the member already has, and a move of a member who is not on the roster.
    void setStatus(qint64 memberId, const QString& status, QDate date, const QString& note = {});
    void move(qint64 memberId, qint64 branchId, QDate date, const QString& note = {});

    // Called by Ledger::updateMember inside its transaction when the status or the branch changed: records the
    // change dated `date` (checked as above) with its audit record. Returns the change's id.
    qint64 record(const Member& before, const Member& after, QDate date, const QString& note);

    // A member's changes, oldest first.
    QList<RosterChange> changes(qint64 memberId) const;
    // The date of the member's latest change; invalid when there is none.
    QDate lastChangeDate(qint64 memberId) const;

    // The members counted in `period`, with each one's branch for it and whether they are still on the roster on
    // `rosterDay` (the period's last day, or today for a period not yet over: see rosterDay()). In member id order.
    // Everything that ranks, reports or judges a period takes its members from here (or from countedSql()).
    static QList<CountedMember> countedMembers(Database& db, const Period& period, QDate rosterDay);
    // The day whose roster gives verdicts for `period`: its last day, or today while it is not over.
    static QDate rosterDay(const Period& period, QDate today = QDate::currentDate());

    // countedMembers() as SQL, for queries that need more of each member: a SELECT of the columns member_id,
    // branch_id, on_roster (1 / 0), left_status, left_date, then `extraColumns` (on the members table, `m`), one row
    // per counted member; `values` bind its placeholders in order. Callers may add " AND <condition>" (the period's
    // branch is countedBranch()) and an ORDER BY.
    struct Sql
    {
        QString select;
        QVariantList values;
    };
    static Sql countedSql(const Period& period, QDate rosterDay, const QString& extraColumns = {});
    static QString countedBranch();

    // The members on the roster on `day` who were in branch `branchId` that day, in member id order: those a meeting
    // of the branch on that day lists. A member leaving on `day` is still on it; one moving on `day` is in the new
    // branch.
    static QList<qint64> branchRosterOn(Database& db, qint64 branchId, QDate day);

    // After the migration that made roster_history: the leavers already in the ledger get a leave row dated their
    // status_date, with one audit record. Does nothing when there is nothing pending; opens its own transaction.
    static void completeMigration(Database& db);

    // Leave rows (dated status_date) for the members from id `firstMemberId` on who are gone (转出, 去世) with a status
    // date and have no history yet, with one audit record; inside the caller's transaction. Returns how many. For
    // members written in bulk (a roster import) and for the migration.
    static int recordLeaves(Database& db, const Actor& actor, qint64 firstMemberId, const QString& action);

private:
    void checkDate(const Member& member, QDate date) const;
    // countedSql() for the days from `first` to `last`.
    static Sql countedSql(QDate first, QDate last, QDate rosterDay, const QString& extraColumns);

    Ledger& m_ledger;
};

} // namespace jifen
