// The roster's dated history: who is counted in a period, and in which branch (scoring spec, "Who is counted in a
// period"; "Awards and eligibility").
#include "TestSupport.h"
#include "report/ReportBuilder.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/LedgerVerifier.h"
#include "storage/RosterHistory.h"
#include "storage/ScoreStore.h"
#include "storage/SqliteHandle.h"
#include "storage/StorageError.h"

#include <QSqlQuery>

using namespace jifen;
using namespace jifen::test;

namespace {

// 张三 and 李四 in 第一党支部, 王五 in 第二党支部, each with one entry of 2 points in March 2026 (李四 two).
struct Roster {
    test::TempDir dir;
    Database db {dir.dbPath()};
    Ledger ledger {db, Actor::singleUser(QStringLiteral("tester"))};
    qint64 first = ledger.ensureBranch(QStringLiteral("第一党支部"));
    qint64 second = ledger.ensureBranch(QStringLiteral("第二党支部"));
    qint64 zhang = add(QStringLiteral("张三"), 1, first);
    qint64 li = add(QStringLiteral("李四"), 2, first);
    qint64 wang = add(QStringLiteral("王五"), 3, second);

    Roster()
    {
        RuleVersion v;
        v.name = QStringLiteral("参加支部党员大会");
        v.category = QStringLiteral("基本");
        v.points = 200;
        ledger.saveRuleVersion(QStringLiteral("A01"), v, QDate());
        const qint64 rule = ledger.ruleByCode(QStringLiteral("A01"))->id;
        for (const qint64 member : {zhang, li, li, wang})
            ledger.addEntry(member, rule, QDate(2026, 3, 5), 1, {});
    }

    qint64 add(const QString& name, int i, qint64 branch)
    {
        Member m;
        m.name = name;
        m.idNumber = validIdNumber(i);
        m.branchId = branch;
        m.joinDate = QDate(2001, 7, 1);
        return ledger.addMember(m);
    }

    // (member, branch name, points) of the period's counted members, as a ranking prints them.
    QList<std::tuple<qint64, QString, Cents>> counted(const Period& period)
    {
        QList<std::tuple<qint64, QString, Cents>> rows;
        for (const MemberScoreFacts& f : ScoreStore(db).countedMembers(period))
            rows.append({f.memberId, f.branchName, f.sum});
        return rows;
    }

    int historyRows()
    {
        RowReader query(db, QStringLiteral("SELECT COUNT(*) FROM roster_history"));
        REQUIRE(query.next());
        return int(query.integer(0));
    }
};

} // namespace

TEST_CASE("a March ranking printed again after a member left and another moved lists the same members in the same "
          "branches")
{
    Roster r;
    ReportBuilder builder(r.ledger, QDate(2026, 12, 1));
    const RankingReport before = builder.ranking(Period::month(2026, 3), std::nullopt, 5);
    builder.publish(before, std::nullopt);
    const auto countedBefore = r.counted(Period::month(2026, 3));
    REQUIRE(countedBefore.size() == 3);

    RosterHistory history(r.ledger);
    history.setStatus(r.zhang, QStringLiteral("转出"), QDate(2026, 6, 10), QStringLiteral("调往外省"));
    history.move(r.wang, r.first, QDate(2026, 9, 1));

    const RankingReport after = builder.ranking(Period::month(2026, 3), std::nullopt, 5);
    CHECK(r.counted(Period::month(2026, 3)) == countedBefore);
    REQUIRE(after.rows.size() == before.rows.size());
    for (qsizetype i = 0; i < before.rows.size(); ++i) {
        CHECK(after.rows[i].memberId == before.rows[i].memberId);
        CHECK(after.rows[i].branch == before.rows[i].branch);
        CHECK(after.rows[i].rank == before.rows[i].rank);
        CHECK(after.rows[i].periodPoints == before.rows[i].periodPoints);
        CHECK_FALSE(after.rows[i].changedAfterPublication); // the roster's changes are not changes of March
    }
    // A branch's March ranking keeps its March members too.
    QList<qint64> secondInMarch;
    for (const MemberScoreFacts& f : ScoreStore(r.db).countedMembers(Period::month(2026, 3), r.second))
        secondInMarch << f.memberId;
    CHECK(secondInMarch == QList<qint64> {r.wang});

    // June still counts 张三 (he left on the 10th); July does not. September has 王五 in his new branch.
    const auto june = r.counted(Period::month(2026, 6));
    CHECK(june.size() == 3);
    const auto july = r.counted(Period::month(2026, 7));
    CHECK(july.size() == 2);
    for (const auto& [member, branch, points] : r.counted(Period::month(2026, 8)))
        if (member == r.wang)
            CHECK(branch == QStringLiteral("第二党支部"));
    for (const auto& [member, branch, points] : r.counted(Period::month(2026, 9)))
        if (member == r.wang)
            CHECK(branch == QStringLiteral("第一党支部"));
    CHECK(LedgerVerifier(r.db).run().ok());
}

TEST_CASE("a member who comes back is counted again from the day of the return")
{
    Roster r;
    RosterHistory history(r.ledger);
    history.setStatus(r.zhang, QStringLiteral("转出"), QDate(2026, 4, 30));
    history.setStatus(r.zhang, QStringLiteral("在册"), QDate(2026, 7, 15));
    const auto has = [&r](const Period& period) {
        for (const auto& row : r.counted(period))
            if (std::get<0>(row) == r.zhang)
                return true;
        return false;
    };
    CHECK(has(Period::month(2026, 4)));
    CHECK_FALSE(has(Period::month(2026, 5)));
    CHECK_FALSE(has(Period::month(2026, 6)));
    CHECK(has(Period::month(2026, 7)));
    CHECK(has(Period::quarter(2026, 2))); // on the roster in April
    CHECK(r.historyRows() == 2);
    CHECK(history.changes(r.zhang).constLast().previousStatus == QStringLiteral("转出"));
}

TEST_CASE("a branch's roster on a day lists who was in it that day: a mover until the day before the move, a leaver "
          "through the day of leaving, no one before joining")
{
    Roster r;
    RosterHistory history(r.ledger);
    history.setStatus(r.zhang, QStringLiteral("转出"), QDate(2026, 6, 10));
    history.move(r.wang, r.first, QDate(2026, 9, 1));
    Member late = *r.ledger.member(r.li);
    late.joinDate = QDate(2026, 4, 1);
    r.ledger.updateMember(late);
    const auto on = [&r](qint64 branch, QDate day) { return RosterHistory::branchRosterOn(r.db, branch, day); };

    CHECK(on(r.first, QDate(2026, 3, 31)) == QList<qint64> {r.zhang});
    CHECK(on(r.first, QDate(2026, 4, 1)) == QList<qint64> {r.zhang, r.li});
    CHECK(on(r.first, QDate(2026, 6, 10)) == QList<qint64> {r.zhang, r.li});
    CHECK(on(r.first, QDate(2026, 6, 11)) == QList<qint64> {r.li});
    CHECK(on(r.second, QDate(2026, 8, 31)) == QList<qint64> {r.wang});
    CHECK(on(r.second, QDate(2026, 9, 1)).isEmpty());
    CHECK(on(r.first, QDate(2026, 9, 1)) == QList<qint64> {r.li, r.wang});
}

TEST_CASE("a member who joins in April is not counted in March")
{
    Roster r;
    Member late = *r.ledger.member(r.li);
    late.joinDate = QDate(2026, 4, 1);
    r.ledger.updateMember(late);
    QList<qint64> march;
    for (const auto& row : r.counted(Period::month(2026, 3)))
        march << std::get<0>(row);
    CHECK(march == QList<qint64> {r.zhang, r.wang});
}

TEST_CASE("eligibility lists a member who left before the year's end as left, and scope sizes count only the members "
          "still on the roster")
{
    Roster r;
    RosterHistory(r.ledger).setStatus(r.li, QStringLiteral("去世"), QDate(2026, 10, 2));
    Award award;
    award.code = QStringLiteral("YX");
    award.topPercent = 50;
    award.scope = Award::Scope::All;
    ReportBuilder builder(r.ledger, QDate(2027, 1, 10));
    const QList<MemberYear> members = builder.memberYears(2026);
    REQUIRE(members.size() == 3);
    const QList<AwardOutcome> outcomes = builder.outcomes(award, members);
    for (qsizetype i = 0; i < members.size(); ++i) {
        INFO(members[i].name.toStdString());
        if (members[i].memberId == r.li) {
            CHECK_FALSE(members[i].onRoster);
            CHECK(members[i].leftStatus == QStringLiteral("去世"));
            CHECK(members[i].leftDate == QDate(2026, 10, 2));
            CHECK_FALSE(outcomes[i].eligible);
            CHECK(outcomes[i].failed == QStringList {QStringLiteral("on_roster")});
        } else {
            CHECK(members[i].onRoster);
            CHECK(outcomes[i].scopeSize == 2);
            CHECK(outcomes[i].eligible); // 2 points each, both within ceil(2 × 50%) = 1 (tied at rank 1)
        }
    }
    // Leaving on the roster day (the year's last day, or today for the current year) still leaves the member on it.
    const QDate today = QDate::currentDate();
    RosterHistory(r.ledger).setStatus(r.zhang, QStringLiteral("转出"), today);
    for (const MemberScoreFacts& f : ScoreStore(r.db).countedMembers(Period::year(today.year())))
        if (f.memberId == r.zhang)
            CHECK(f.onRoster);
}

TEST_CASE("a roster change dated before the member's last change or after today is refused and changes nothing")
{
    Roster r;
    RosterHistory history(r.ledger);
    history.move(r.wang, r.first, QDate(2026, 9, 1));
    const Member before = *r.ledger.member(r.wang);
    CHECK_THROWS_AS(history.move(r.wang, r.second, QDate(2026, 8, 31)), StorageError);
    CHECK_THROWS_AS(history.setStatus(r.wang, QStringLiteral("转出"), QDate(2026, 8, 1)), StorageError);
    CHECK_THROWS_AS(history.setStatus(r.wang, QStringLiteral("转出"), QDate::currentDate().addDays(1)), StorageError);
    CHECK_THROWS_AS(history.move(r.zhang, r.second, QDate::currentDate().addDays(1)), StorageError);
    CHECK(r.historyRows() == 1);
    const Member after = *r.ledger.member(r.wang);
    CHECK(after.branchId == before.branchId);
    CHECK(after.status == before.status);
    // The same day as the last change is not before it.
    history.setStatus(r.wang, QStringLiteral("转出"), QDate(2026, 9, 1));
    CHECK(r.historyRows() == 2);
}

TEST_CASE("undoing a move records the move back on the same date, so every period reads as before")
{
    Roster r;
    const Member before = *r.ledger.member(r.wang);
    Member moved = before;
    moved.branchId = r.first;
    const QDate day(2026, 3, 20);
    const auto march = r.counted(Period::month(2026, 3));
    REQUIRE(r.ledger.updateMember(moved, day));
    CHECK(r.counted(Period::month(2026, 3)) != march);
    REQUIRE(r.ledger.updateMember(before, day)); // the desktop's undo
    CHECK(r.counted(Period::month(2026, 3)) == march);
    CHECK(r.counted(Period::month(2026, 2)) == r.counted(Period::month(2026, 2)));
    const QList<RosterChange> changes = RosterHistory(r.ledger).changes(r.wang);
    REQUIRE(changes.size() == 2);
    CHECK(changes[1].date == day);
    CHECK(changes[1].branchId == r.second);
    CHECK(LedgerVerifier(r.db).run().ok());
}

TEST_CASE("a member edited to another status or branch gets a history row dated by the status date given, else today")
{
    Roster r;
    Member m = *r.ledger.member(r.zhang);
    m.status = QStringLiteral("转出");
    m.statusDate = QDate(2026, 5, 6);
    r.ledger.updateMember(m);
    m.status = QStringLiteral("在册");
    m.branchId = r.second;
    m.statusDate = QDate();
    r.ledger.updateMember(m);
    const QList<RosterChange> changes = RosterHistory(r.ledger).changes(r.zhang);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].date == QDate(2026, 5, 6));
    CHECK(changes[0].status == QStringLiteral("转出"));
    CHECK(changes[1].date == QDate::currentDate());
    CHECK(changes[1].branchName == QStringLiteral("第二党支部"));
    CHECK(changes[1].previousBranchName == QStringLiteral("第一党支部"));
    QSqlQuery tamper(r.db.connection());
    CHECK_FALSE(tamper.exec(QStringLiteral("UPDATE roster_history SET date = '2026-01-01'")));
    CHECK_FALSE(tamper.exec(QStringLiteral("DELETE FROM roster_history")));
}

TEST_CASE("a ledger of the schema before the roster history keeps its leavers, now counted until they left",
          "[sqlite]")
{
    test::TempDir dir;
    const int previous = 8; // the schema before step 9, which added the roster history
    QStringList sql = test::sqliteSchemaAt(previous);
    sql << QStringLiteral("INSERT INTO branches (id, name, kind) VALUES (1, '第一党支部', 'branch'),"
                          " (2, '第二党支部', 'branch')")
        << QStringLiteral("INSERT INTO members (id, name, id_number, branch_id, join_date, status, status_date) VALUES"
                          " (1, '张三', '%1', 1, '2001-07-01', '转出', '2025-06-10'),"
                          " (2, '李四', '%2', 1, '2001-07-01', '在册', NULL),"
                          " (3, '王五', '%3', 2, NULL, '去世', '2025-02-01')")
               .arg(validIdNumber(1), validIdNumber(2), validIdNumber(3))
        << QStringLiteral("INSERT INTO rules (id, code) VALUES (1, 'A01')")
        << QStringLiteral("INSERT INTO rule_versions (rule_id, name, points, created_by, created_at)"
                          " VALUES (1, '三会一课', 200, 'clerk', '2025-01-01T00:00:00.000Z')")
        << QStringLiteral("INSERT INTO entries (member_id, rule_id, date, quantity, entered_by, entered_at) VALUES"
                          " (1, 1, '2025-03-05', 1, 'clerk', '2025-03-05T00:00:00.000Z'),"
                          " (2, 1, '2025-03-05', 1, 'clerk', '2025-03-05T00:00:00.000Z')")
        << QStringLiteral("UPDATE derived_state SET value = 'stale' WHERE name = 'score_cache'");
    test::rawExec(dir.dbPath(), sql);

    Database db(dir.dbPath());
    REQUIRE(db.schemaVersion() == Database::latestSchemaVersion());
    Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
    const QList<RosterChange> zhang = RosterHistory(ledger).changes(1);
    REQUIRE(zhang.size() == 1);
    CHECK(zhang[0].date == QDate(2025, 6, 10));
    CHECK(zhang[0].status == QStringLiteral("转出"));
    CHECK(zhang[0].previousStatus == QStringLiteral("在册"));
    CHECK(zhang[0].branchId == 1);
    CHECK(RosterHistory(ledger).changes(2).isEmpty());
    CHECK(RosterHistory(ledger).changes(3).size() == 1);

    const auto members = [&db](const Period& period) {
        QList<std::pair<qint64, Cents>> rows;
        for (const MemberScoreFacts& f : ScoreStore(db).countedMembers(period))
            rows.append({f.memberId, f.sum});
        return rows;
    };
    // March 2025: 张三 (left in June) and 李四 with their points; 王五 had died in February.
    CHECK(members(Period::month(2025, 3)) == QList<std::pair<qint64, Cents>> {{1, 200}, {2, 200}});
    CHECK(members(Period::month(2025, 1)).size() == 3);
    CHECK(members(Period::month(2025, 7)) == QList<std::pair<qint64, Cents>> {{2, 0}});
    // The rows came with their audit record (the rows written by SQL above have none), and opening the ledger
    // again adds nothing.
    for (const LedgerVerifier::Problem& problem : LedgerVerifier(db).run().problems)
        CHECK(problem.table != QStringLiteral("roster_history"));
    Database again(dir.dbPath());
    RowReader count(again, QStringLiteral("SELECT COUNT(*) FROM roster_history"));
    REQUIRE(count.next());
    CHECK(count.integer(0) == 2);
}
