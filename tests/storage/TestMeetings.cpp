// Meetings, branch entries and the branch evaluation as the ledger stores them (branch-spec.md).
#include "TestSupport.h"
#include "io/CsvTable.h"
#include "io/RuleSetFile.h"
#include "storage/BranchEntries.h"
#include "storage/BranchEvaluationStore.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/LedgerVerifier.h"
#include "storage/MeetingImport.h"
#include "storage/Meetings.h"
#include "storage/PointsImport.h"
#include "storage/ScoreStore.h"
#include "storage/StorageError.h"

#include <QSqlQuery>

using namespace jifen;
using namespace jifen::test;

namespace {

struct MeetingsFixture {
    test::TempDir dir;
    Database db{dir.dbPath()};
    Ledger ledger{db, Actor::singleUser(QStringLiteral("tester"))};
    qint64 branch = 0;
    qint64 other = 0;
    QList<qint64> members; // 0-3 in 第一党支部, 4 in 第二党支部

    MeetingsFixture()
    {
        ledger.importRuleSet(RuleSetFile::defaultRuleSet(), QDate());
        branch = ledger.ensureBranch(QStringLiteral("第一党支部"));
        other = ledger.ensureBranch(QStringLiteral("第二党支部"));
        for (int i = 0; i < 5; ++i) {
            Member m;
            m.name = QStringLiteral("成员%1").arg(i);
            m.idNumber = validIdNumber(i);
            m.branchId = i < 4 ? branch : other;
            m.joinDate = QDate(2000, 1, 1);
            members << ledger.addMember(m);
        }
    }

    QList<ScoredEntry> entries() { return ScoreStore(db).entries(std::nullopt, std::nullopt); }
};

using A = Meeting::Attendance;

} // namespace

TEST_CASE("recording a meeting writes present entries, then absent ones, as listed, and none for the excused")
{
    MeetingsFixture f;
    const qint64 id = Meetings(f.ledger).record(
        f.branch, QStringLiteral("DYDH"), QDate(2026, 3, 5), QStringLiteral("学习"),
        {{f.members[3], A::Absent}, {f.members[1], A::Present}, {f.members[2], A::Excused}, {f.members[0], A::Present}});
    const QList<ScoredEntry> entries = f.entries();
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].entry.memberId == f.members[1]);
    CHECK(entries[0].ruleCode == QStringLiteral("A01"));
    CHECK(entries[1].entry.memberId == f.members[0]);
    CHECK(entries[2].entry.memberId == f.members[3]);
    CHECK(entries[2].ruleCode == QStringLiteral("C01"));
    for (const ScoredEntry& e : entries) {
        CHECK(e.meetingId == id);
        CHECK(e.entry.note.contains(QString::number(id)));
        CHECK(e.entry.date == QDate(2026, 3, 5));
        CHECK(e.entry.quantity == 1);
    }
    CHECK(f.ledger.entriesOfMember(f.members[1]).constFirst().meetingId == id); // what the screens list
    CHECK(Meetings(f.ledger).meetingOfEntry(entries[0].entry.id) == id);
    const Meeting m = *Meetings(f.ledger).meeting(id);
    CHECK(m.attendees.size() == 4);
    CHECK(m.typeName == QStringLiteral("支部党员大会"));
    CHECK(LedgerVerifier(f.db).run().problems.isEmpty());
}

TEST_CASE("a meeting is refused whole: a member listed twice, or not on the roster on its date, or a future date")
{
    MeetingsFixture f;
    Meetings meetings(f.ledger);
    CHECK_THROWS_AS(meetings.record(f.branch, QStringLiteral("DYDH"), QDate(2026, 3, 5), {},
                                    {{f.members[0], A::Present}, {f.members[0], A::Absent}}),
                    StorageError);
    Member late = *f.ledger.member(f.members[1]);
    late.joinDate = QDate(2026, 6, 1);
    f.ledger.updateMember(late);
    CHECK_THROWS_AS(meetings.record(f.branch, QStringLiteral("DYDH"), QDate(2026, 3, 5), {},
                                    {{f.members[0], A::Present}, {f.members[1], A::Excused}}),
                    StorageError);
    CHECK_THROWS_AS(meetings.record(f.branch, QStringLiteral("DYDH"), QDate::currentDate().addDays(1), {}, {}),
                    StorageError);
    CHECK_THROWS_AS(meetings.record(f.branch, QStringLiteral("NOPE"), QDate(2026, 3, 5), {}, {}), StorageError);
    CHECK(f.entries().isEmpty());
    CHECK(meetings.list(std::nullopt, std::nullopt).isEmpty());
}

TEST_CASE("cancelling a meeting reverses its entries and it no longer counts; marking reverses and rewrites one entry")
{
    MeetingsFixture f;
    Meetings meetings(f.ledger);
    const qint64 id = meetings.record(f.branch, QStringLiteral("DYDH"), QDate(2026, 3, 5), {},
                                      {{f.members[0], A::Present}, {f.members[1], A::Present}});
    meetings.mark(id, f.members[1], A::Absent);
    QList<ScoredEntry> entries = f.entries();
    REQUIRE(entries.size() == 3);
    CHECK(entries[1].entry.reversed);
    CHECK(entries[2].entry.memberId == f.members[1]);
    CHECK(entries[2].ruleCode == QStringLiteral("C01"));
    CHECK(meetings.meeting(id)->attendees[1].attendance == A::Absent);
    CHECK_THROWS_AS(meetings.mark(id, f.members[1], A::Absent), StorageError);
    meetings.mark(id, f.members[1], A::Excused); // no entry for the excused
    CHECK(f.entries().size() == 3);

    BranchEvaluationStore store(f.db);
    BranchFacts facts = store.facts(2026, std::nullopt).constFirst();
    CHECK(facts.held.value(QStringLiteral("DYDH")) == 1);
    CHECK(facts.present == 1);
    CHECK(facts.absent == 0);

    CHECK_THROWS_AS(meetings.cancel(id, QString()), StorageError);
    meetings.cancel(id, QStringLiteral("重复录入"));
    for (const ScoredEntry& e : f.entries())
        CHECK(e.entry.reversed);
    CHECK(meetings.meeting(id)->cancelled);
    CHECK_THROWS_AS(meetings.cancel(id, QStringLiteral("again")), StorageError);
    CHECK_THROWS_AS(meetings.mark(id, f.members[0], A::Absent), StorageError);
    facts = store.facts(2026, std::nullopt).constFirst();
    CHECK(facts.held.value(QStringLiteral("DYDH")) == 0);
    CHECK(facts.present == 0);
    CHECK(LedgerVerifier(f.db).run().problems.isEmpty());
}

TEST_CASE("a guest from another branch counts in the attendance of the meeting's branch, and gets the entry")
{
    MeetingsFixture f;
    Meetings(f.ledger).record(f.branch, QStringLiteral("DK"), QDate(2026, 4, 1), QStringLiteral("党课"),
                              {{f.members[0], A::Present}, {f.members[4], A::Absent}});
    const QList<BranchFacts> facts = BranchEvaluationStore(f.db).facts(2026, std::nullopt);
    REQUIRE(facts.size() == 2);
    const BranchFacts& first = facts[0].branchId == f.branch ? facts[0] : facts[1];
    const BranchFacts& second = facts[0].branchId == f.branch ? facts[1] : facts[0];
    CHECK(first.present == 1);
    CHECK(first.absent == 1);
    CHECK(second.present + second.absent == 0);
    CHECK(f.entries().constLast().entry.memberId == f.members[4]);
}

TEST_CASE("branch entries are capped per branch, reversed with a reason, and a veto rule vetoes the branch")
{
    MeetingsFixture f;
    BranchEntries entries(f.ledger);
    // Z01: 5 points, at most 10 a year.
    entries.add(f.branch, QStringLiteral("Z01"), QDate(2026, 2, 1), 1, {});
    entries.add(f.branch, QStringLiteral("Z01"), QDate(2026, 3, 1), 1, {});
    const qint64 third = entries.add(f.branch, QStringLiteral("Z01"), QDate(2026, 4, 1), 1, QStringLiteral("第三次"));
    entries.add(f.other, QStringLiteral("Z01"), QDate(2026, 4, 1), 1, {});
    CHECK_THROWS_AS(entries.add(f.branch, QStringLiteral("A01"), QDate(2026, 4, 1), 1, {}), StorageError);
    CHECK_THROWS_AS(entries.add(f.branch, QStringLiteral("Z01"), QDate(2026, 4, 1), 0, {}), StorageError);
    const qint64 committee = f.ledger.addBranch(Branch{0, QStringLiteral("机关党委"), 0, Branch::Kind::Committee});
    CHECK_THROWS_AS(entries.add(committee, QStringLiteral("Z01"), QDate(2026, 4, 1), 1, {}), StorageError);

    BranchEvaluationStore store(f.db);
    auto factsOf = [&](qint64 branchId) {
        for (const BranchFacts& facts : store.facts(2026, std::nullopt))
            if (facts.branchId == branchId)
                return facts;
        FAIL("branch not evaluated");
        return BranchFacts();
    };
    CHECK(factsOf(f.branch).branchRulePoints == 1000);
    CHECK(factsOf(f.other).branchRulePoints == 500);
    CHECK_FALSE(factsOf(f.branch).branchVetoed);
    entries.reverse(third, QStringLiteral("录错"));
    CHECK_THROWS_AS(entries.reverse(third, QStringLiteral("again")), StorageError);
    CHECK(entries.entry(third)->reversed);
    entries.add(f.branch, QStringLiteral("Y03"), QDate(2026, 5, 1), 1, {});
    CHECK(factsOf(f.branch).branchVetoed);
    CHECK(factsOf(f.branch).branchRulePoints == 0); // 5 + 5 − 10
    CHECK(entries.list(2026, f.branch).size() == 4);
    CHECK(LedgerVerifier(f.db).run().problems.isEmpty());
}

TEST_CASE("the evaluation reads counted members' year totals with base points, active months and vetoes")
{
    MeetingsFixture f;
    const qint64 a05 = f.ledger.ruleByCode(QStringLiteral("A05"))->id;
    f.ledger.addEntry(f.members[0], a05, QDate(2026, 1, 10), 1, {});
    f.ledger.addEntry(f.members[0], a05, QDate(2026, 2, 10), 1, {});
    f.ledger.addEntry(f.members[1], f.ledger.ruleByCode(QStringLiteral("D01"))->id, QDate(2026, 2, 10), 1, {});
    const QList<BranchResult> results = BranchEvaluationStore(f.db).evaluate(2026, f.branch);
    REQUIRE(results.size() == 1);
    const BranchResult& r = results.constFirst();
    CHECK(r.facts.members == 4);
    CHECK(r.facts.totalPoints == 4 * 5000 + 600 - 2000);
    CHECK(r.facts.activeMonths == 2);
    CHECK(r.vetoed); // a member's veto, member_veto on in the default table
    CHECK(r.tier == QStringLiteral("一星"));
    CHECK(r.previousTier == QStringLiteral("一星"));
}

TEST_CASE("a rule set's branch keys are stored and read back; a meeting type meetings use is kept")
{
    MeetingsFixture f;
    const RuleSet stored = f.ledger.ruleSet();
    const RuleSet defaults = RuleSetFile::defaultRuleSet();
    CHECK(RuleSetFile::write(stored) == RuleSetFile::write(defaults));
    Meetings(f.ledger).record(f.branch, QStringLiteral("DYDH"), QDate(2026, 3, 5), {}, {});
    RuleSet fewer = defaults;
    fewer.meetingTypes.removeFirst();
    fewer.branchTiers.removeFirst();
    const Ledger::RuleSetChanges changes = f.ledger.importRuleSet(fewer, QDate());
    CHECK(changes.branchKeysChanged);
    CHECK(changes.branchKept == QStringList{QStringLiteral("DYDH")});
    CHECK(f.ledger.ruleSet().branchTiers.size() == defaults.branchTiers.size() - 1);
    CHECK(f.ledger.ruleSet().meetingTypes.size() == defaults.meetingTypes.size());
    CHECK(LedgerVerifier(f.db).run().problems.isEmpty());
}

TEST_CASE("a year of meetings imported as a bulk load leaves the attendance indexes whole and counts every listing",
          "[sqlite]")
{
    // 10,000 meetings of five listings each: PointsImport::bulkRows listings, more than the one meeting already there,
    // so the attendance rows go in with the table's indexes set aside and built again.
    MeetingsFixture f;
    Meetings(f.ledger).record(f.branch, QStringLiteral("DYDH"), QDate(2024, 12, 2), {},
                              {{f.members[0], A::Present}, {f.members[4], A::Absent}});
    const auto rows = [&f](const QString& sql) {
        QSqlQuery query(f.db.connection());
        REQUIRE(query.exec(sql));
        QStringList values;
        while (query.next())
            values << query.value(0).toString() + u'|' + query.value(1).toString();
        return values;
    };
    const QString indexes = QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                           " AND tbl_name = 'meeting_attendance' ORDER BY name");
    const QStringList indexesBefore = rows(indexes);
    REQUIRE(indexesBefore.size() >= 3);

    const int meetingCount = 10000;
    static_assert(meetingCount * 5 >= PointsImport::bulkRows);
    CsvTable table;
    table.appendRow(1, {QStringLiteral("支部"), QStringLiteral("会议类型"), QStringLiteral("日期"), QStringLiteral("主题"),
                        QStringLiteral("出席"), QStringLiteral("请假"), QStringLiteral("缺席")});
    for (int i = 0; i < meetingCount; ++i)
        table.appendRow(i + 2, {QStringLiteral("第一党支部"), QStringLiteral("DYDH"),
                                QDate(2025, 1, 1).addDays(i % 365).toString(Qt::ISODate), QStringLiteral("学习%1").arg(i),
                                QStringLiteral("%1、%2、%3").arg(validIdNumber(0), validIdNumber(1), validIdNumber(2)),
                                validIdNumber(3), validIdNumber(4)});
    MeetingImport import(f.ledger);
    import.read(table);
    REQUIRE(import.issues().isEmpty());
    REQUIRE(import.apply(false, true, QStringLiteral("meetings.csv")) == meetingCount);

    CHECK(rows(indexes) == indexesBefore);
    CHECK(rows(QStringLiteral("SELECT COUNT(*), SUM(attendance = 'present') FROM meeting_attendance"))
          == QStringList{QStringLiteral("%1|%2").arg(meetingCount * 5 + 2).arg(meetingCount * 3 + 1)});
    // Each index holds every row it should: counted through it alone (the excused have no entry).
    const QString listed = QStringLiteral("%1|0").arg(meetingCount * 5 + 2);
    const QString withEntry = QStringLiteral("%1|0").arg(meetingCount * 4 + 2);
    CHECK(rows(QStringLiteral("SELECT COUNT(*), 0 FROM meeting_attendance INDEXED BY meeting_attendance_meeting"
                              " WHERE meeting_id > 0"))
          == QStringList{listed});
    CHECK(rows(QStringLiteral("SELECT COUNT(*), 0 FROM meeting_attendance INDEXED BY meeting_attendance_member"
                              " WHERE member_id > 0"))
          == QStringList{listed});
    CHECK(rows(QStringLiteral("SELECT COUNT(*), 0 FROM meeting_attendance INDEXED BY meeting_attendance_entry"
                              " WHERE entry_id > 0"))
          == QStringList{withEntry});
    CHECK(rows(QStringLiteral("PRAGMA foreign_keys")) == QStringList{QStringLiteral("1|")});
    const BranchFacts facts = BranchEvaluationStore(f.db).facts(2025, std::nullopt).constFirst();
    CHECK(facts.held.value(QStringLiteral("DYDH")) == meetingCount);
    CHECK(facts.present == meetingCount * 3);
    CHECK(facts.absent == meetingCount);
    CHECK(LedgerVerifier(f.db).run().problems.isEmpty());
}
