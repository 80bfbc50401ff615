// The score cache in the database against the in-memory engine, through the Ledger's own operations.
#include "TestSupport.h"
#include "model/IdNumber.h"
#include "scoring/PeriodTotals.h"
#include "scoring/Ranking.h"
#include "scoring/ScoringEngine.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/LedgerVerifier.h"
#include "storage/ScoreStore.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

#include <algorithm>
#include <random>

using namespace jifen;
using namespace jifen::test;

namespace {

RuleVersion version(Cents points, std::optional<Cents> capMonth, std::optional<Cents> capYear, bool veto = false)
{
    RuleVersion v;
    v.name = QStringLiteral("规则");
    v.category = QStringLiteral("基本");
    v.points = points;
    v.capMonth = capMonth;
    v.capYear = capYear;
    v.veto = veto;
    return v;
}

struct Ledgered
{
    test::TempDir dir;
    Database db {dir.dbPath()};
    Ledger ledger {db, Actor::singleUser(QStringLiteral("clerk"))};
    QList<qint64> members;
    QList<qint64> rules;

    ScoringEngine engine()
    {
        ScoringLedger copy;
        copy.members = ledger.members();
        copy.ruleSet = ledger.ruleSet();
        for (const Member& member : std::as_const(copy.members))
            copy.entries += ledger.entriesOfMember(member.id);
        return ScoringEngine(copy);
    }
};

// Builds a ledger through the Ledger's operations only: members, rules, entries, a rule changed mid-year after
// entries were made, reversals, and review switched on half-way with approvals and rejections.
void fill(Ledgered& f, quint64 seed)
{
    std::mt19937_64 random(seed);
    auto pick = [&random](qint64 n) { return qint64(random() % quint64(n)); };
    Transaction all(f.db); // one commit, not hundreds of synchronous ones
    f.ledger.setSetting(QStringLiteral("base_points"), QStringLiteral("1000"));
    const QStringList names {QStringLiteral("张伟"), QStringLiteral("王芳"), QStringLiteral("李娜"),
                             QStringLiteral("刘洋"), QStringLiteral("陈静"), QStringLiteral("阿依")};
    QList<qint64> branches {f.ledger.ensureBranch(QStringLiteral("第一党支部")),
                            f.ledger.ensureBranch(QStringLiteral("第二党支部"))};
    for (int i = 0; i < 24; ++i) {
        Member m;
        m.name = names[pick(names.size())];
        m.idNumber = validIdNumber(i);
        m.birthDate = IdNumber::birthDate(m.idNumber);
        m.gender = IdNumber::gender(m.idNumber);
        m.branchId = branches[pick(2)];
        m.joinDate = QDate(2005, 1, 1); // after the 18th birthday (born 1985)
        m.category = pick(5) == 0 ? QStringLiteral("预备党员") : QStringLiteral("正式党员");
        if (pick(8) == 0) {
            m.status = QStringLiteral("转出");
            m.statusDate = QDate(2025, 12, 31); // after every entry this fills in: none may come after leaving
        }
        f.members.append(f.ledger.addMember(m));
    }
    const QList<std::pair<QString, RuleVersion>> rules {
        {QStringLiteral("A01"), version(300, 400, 2000)},
        {QStringLiteral("A02"), version(200, std::nullopt, 600)},
        {QStringLiteral("B01"), version(150, 300, std::nullopt)},
        {QStringLiteral("C01"), version(-300, 300, 900)},
        {QStringLiteral("D01"), version(-2000, std::nullopt, std::nullopt, true)},
    };
    for (const auto& [code, v] : rules) {
        f.ledger.saveRuleVersion(code, v, QDate());
        f.rules.append(f.ledger.ruleByCode(code)->id);
    }
    auto addSome = [&](int count) {
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            const qint64 rule = f.rules[pick(f.rules.size() - 1)] + (pick(60) == 0 ? 1 : 0); // the veto rule rarely
            ids.append(f.ledger.addEntry(f.members[pick(f.members.size())], std::min(rule, f.rules.last()),
                                         QDate(2025, 1, 1).addDays(pick(365)), 1 + int(pick(3)), QString()));
        }
        return ids;
    };
    const QList<qint64> early = addSome(250);
    // A01 changes from July: fewer points and a lower year cap; then from April, a change written after July's, so
    // that the versions are not stored in the order of their dates. C01's sign flips from October.
    f.ledger.saveRuleVersion(QStringLiteral("A01"), version(200, 400, 900), QDate(2025, 7, 1));
    f.ledger.saveRuleVersion(QStringLiteral("A01"), version(250, 400, 1500), QDate(2025, 4, 1));
    f.ledger.saveRuleVersion(QStringLiteral("C01"), version(100, 300, 900), QDate(2025, 10, 1));
    QList<qint64> shuffled = early;
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    for (int i = 0; i < 25; ++i)
        f.ledger.reverseEntry(shuffled[i], QStringLiteral("录错"));
    f.ledger.setSetting(QStringLiteral("review_enabled"), QStringLiteral("1"));
    const QList<qint64> reviewed = addSome(80);
    Ledger reviewer(f.db, Actor {QStringLiteral("reviewer"), Actor::Role::Reviewer});
    for (const qint64 id : reviewed) {
        const qint64 roll = pick(3);
        if (roll < 2)
            reviewer.reviewEntry(id, roll == 0, roll == 0 ? QString() : QStringLiteral("不符合"));
    }
    all.commit();
}

} // namespace

TEST_CASE("the stored scores equal the engine's after adding, reversing, reviewing and changing rules")
{
    const quint64 seed = GENERATE(as<quint64> {}, 7, 11, 2025);
    INFO("seed " << seed);
    Ledgered f;
    fill(f, seed);
    const ScoringEngine engine = f.engine();
    ScoreStore store(f.db);
    CHECK(store.differences(10).isEmpty());
    const Cents base = 1000;
    QList<Period> periods {Period::year(2025), Period::quarter(2025, 3), Period::month(2025, 1)};
    for (int month = 2; month <= 12; ++month)
        periods.append(Period::month(2025, month));
    for (const Period& period : std::as_const(periods)) {
        const QList<MemberScoreFacts> facts = store.countedMembers(period);
        CHECK(facts.size() == engine.countedMembers(period).size());
        QList<RankCandidate> candidates;
        for (const MemberScoreFacts& fact : facts) {
            INFO("member " << fact.memberId << " in " << period.toString().toStdString());
            CHECK(PeriodTotals::fromSum(period, fact.sum, base) == engine.total(fact.memberId, period));
            CHECK(PeriodTotals::fromSum(period.previous(), fact.previousSum, base)
                  == engine.total(fact.memberId, period.previous()));
            CHECK(fact.vetoed == engine.vetoed(fact.memberId, 2025));
            if (period.kind() == Period::Kind::Year)
                CHECK(fact.activeMonths == engine.activeMonths(fact.memberId, 2025));
            candidates.append(
                RankCandidate {fact.memberId, fact.name, fact.idNumber, PeriodTotals::fromSum(period, fact.sum, base),
                               PeriodTotals::fromSum(period.previous(), fact.previousSum, base), fact.nameKey});
        }
        const QList<RankedRow> fromStore = Ranking::rank(candidates);
        const QList<RankedRow> fromEngine = engine.ranking(period);
        REQUIRE(fromStore.size() == fromEngine.size());
        for (qsizetype i = 0; i < fromStore.size(); ++i) {
            CHECK(fromStore[i].memberId == fromEngine[i].memberId);
            CHECK(fromStore[i].rank == fromEngine[i].rank);
            CHECK(fromStore[i].previousRank == fromEngine[i].previousRank);
        }
    }
    for (const ScoredEntry& listed : store.entries(std::nullopt, std::nullopt))
        CHECK(listed.contribution == engine.contribution(listed.entry.id));
}

TEST_CASE("verify finds a stored score changed behind Jifen's back")
{
    Ledgered f;
    fill(f, 5);
    const LedgerVerifier::Result before = LedgerVerifier(f.db).run();
    CHECK(before.ok());
    QSqlQuery tamper(f.db.connection());
    REQUIRE(tamper.exec(QStringLiteral(
        "UPDATE member_years SET m3 = m3 + 500 WHERE member_id = (SELECT MIN(member_id) FROM member_years)")));
    const LedgerVerifier::Result after = LedgerVerifier(f.db).run();
    REQUIRE_FALSE(after.ok());
    CHECK(after.problems.constFirst().table == QStringLiteral("member_years"));
    CHECK(after.problems.constFirst().message.contains(QStringLiteral("month 3")));
}

TEST_CASE("a ledger whose score cache is marked stale is rescored on first use")
{
    Ledgered f;
    fill(f, 9);
    const ScoringEngine engine = f.engine();
    QSqlQuery wipe(f.db.connection());
    REQUIRE(wipe.exec(QStringLiteral("DELETE FROM member_years")));
    REQUIRE(wipe.exec(QStringLiteral("UPDATE derived_state SET value = 'stale' WHERE name = 'score_cache'")));
    ScoreStore store(f.db);
    const QList<MemberScoreFacts> facts = store.countedMembers(Period::year(2025));
    REQUIRE_FALSE(facts.isEmpty());
    for (const MemberScoreFacts& fact : facts)
        CHECK(fact.sum + 1000 == engine.total(fact.memberId, Period::year(2025)));
    CHECK(store.differences(10).isEmpty());
}

TEST_CASE("adding an entry rewrites only its member's year in the cache")
{
    Ledgered f;
    fill(f, 3);
    QSqlQuery rows(f.db.connection());
    REQUIRE(rows.exec(QStringLiteral("SELECT COUNT(*) FROM member_years")));
    REQUIRE(rows.next());
    const int before = rows.value(0).toInt();
    const qint64 member = f.members.constFirst();
    f.ledger.setSetting(QStringLiteral("review_enabled"), QStringLiteral("0"));
    f.ledger.addEntry(member, f.rules.constFirst(), QDate(2024, 5, 1), 1, QString());
    REQUIRE(rows.exec(
        QStringLiteral("SELECT year, m5 FROM member_years WHERE member_id = %1 AND year = 2024").arg(member)));
    REQUIRE(rows.next());
    CHECK(rows.value(1).toLongLong() == 300);
    REQUIRE(rows.exec(QStringLiteral("SELECT COUNT(*) FROM member_years")));
    REQUIRE(rows.next());
    CHECK(rows.value(0).toInt() == before + 1);
    CHECK(ScoreStore(f.db).differences(10).isEmpty());
}

TEST_CASE("before saving, each member's room under the caps is shown and an entry beyond it is flagged over cap")
{
    Ledgered f;
    for (int i = 0; i < 3; ++i) {
        Member m;
        m.name = QStringLiteral("党员%1").arg(i);
        m.idNumber = validIdNumber(i);
        m.branchId = f.ledger.ensureBranch(QStringLiteral("第一党支部"));
        m.joinDate = QDate(2000, 1, 1);
        m.category = QStringLiteral("正式党员");
        f.members.append(f.ledger.addMember(m));
    }
    // 3 points a time, at most 4 a month and 10 a year.
    f.ledger.saveRuleVersion(QStringLiteral("A01"), version(300, 400, 1000), QDate());
    f.ledger.saveRuleVersion(QStringLiteral("B01"), version(200, std::nullopt, std::nullopt), QDate());
    const qint64 capped = f.ledger.ruleByCode(QStringLiteral("A01"))->id;
    const qint64 free = f.ledger.ruleByCode(QStringLiteral("B01"))->id;
    f.ledger.addEntry(f.members[0], capped, QDate(2025, 3, 5), 1, {});                  // March: 3 of 4 used
    for (int month = 4; month <= 5; ++month)
        f.ledger.addEntry(f.members[1], capped, QDate(2025, month, 2), 1, {});          // 6 of the year's 10 used
    const qint64 reversed = f.ledger.addEntry(f.members[2], capped, QDate(2025, 3, 1), 1, {});
    f.ledger.reverseEntry(reversed, QStringLiteral("录错了人")); // a reversed entry leaves the room as it was

    const ScoreStore store(f.db);
    const auto previews = store.preview(capped, QDate(2025, 3, 20), 1, f.members);
    REQUIRE(previews.size() == 3);
    CHECK(previews[0].raw == 300);
    CHECK(previews[0].room == 100);
    CHECK(previews[0].contribution == 100);
    CHECK(previews[0].overCap());
    CHECK(previews[1].room == 400);
    CHECK(previews[1].contribution == 300);
    CHECK_FALSE(previews[1].overCap());
    CHECK(previews[2].room == 400);
    CHECK(previews[2].contribution == 300);

    // Two at once in May for the second member: 6 used of the year's 10, and May's 4 already partly used (3).
    const auto may = store.preview(capped, QDate(2025, 5, 20), 2, {f.members[1]});
    CHECK(may[0].raw == 600);
    CHECK(may[0].room == 100);
    CHECK(may[0].contribution == 100);

    const auto uncapped = store.preview(free, QDate(2025, 3, 20), 1, {f.members[0]});
    CHECK_FALSE(uncapped[0].room.has_value());
    CHECK(uncapped[0].contribution == 200);
}
