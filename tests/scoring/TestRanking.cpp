// The "Ranking" section of the scoring spec.
#include "LedgerBuilder.h"
#include "TestSupport.h"
#include "scoring/Ranking.h"
#include "scoring/ScoringEngine.h"

using namespace jifen;
using jifen::test::LedgerBuilder;

namespace {

QList<int> ranksOf(const QList<RankedRow>& rows)
{
    QList<int> ranks;
    for (const RankedRow& row : rows)
        ranks.append(row.rank);
    return ranks;
}

QStringList namesOf(const ScoringEngine& engine, const QList<RankedRow>& rows)
{
    QStringList names;
    for (const RankedRow& row : rows)
        names.append(engine.member(row.memberId)->name);
    return names;
}

} // namespace

TEST_CASE("members are ordered by period total highest first and ranked as RANK.EQ does: 1, 2, 2, 4")
{
    CHECK(Ranking::competitionRanks({500, 900, 500, 100}) == QList<int> {2, 1, 2, 4});
    CHECK(Ranking::competitionRanks({-100, 0, 0, 0}) == QList<int> {4, 1, 1, 1});
    CHECK(Ranking::competitionRanks({}).isEmpty());

    LedgerBuilder b;
    const qint64 r = b.rule(QStringLiteral("A01"), 100);
    const qint64 a = b.member(QStringLiteral("甲"));
    const qint64 c = b.member(QStringLiteral("乙"));
    const qint64 d = b.member(QStringLiteral("丙"));
    const qint64 e = b.member(QStringLiteral("丁"));
    b.entry(a, r, QDate(2026, 3, 1), 9);
    b.entry(c, r, QDate(2026, 3, 1), 5);
    b.entry(d, r, QDate(2026, 3, 1), 5);
    b.entry(e, r, QDate(2026, 3, 1), 1);
    const ScoringEngine engine(b.ledger());
    const QList<RankedRow> rows = engine.ranking(Period::month(2026, 3));
    CHECK(ranksOf(rows) == QList<int> {1, 2, 2, 4});
    CHECK(rows.first().memberId == a);
    CHECK(rows.last().memberId == e);
    CHECK(rows.first().total == 900);
}

TEST_CASE("every current member in the scope is ranked, including those with no entries")
{
    LedgerBuilder b;
    const qint64 r = b.rule(QStringLiteral("C01"), -100);
    const qint64 deducted = b.member(QStringLiteral("甲"));
    const qint64 idle = b.member(QStringLiteral("乙"));
    b.entry(deducted, r, QDate(2026, 3, 1));
    const ScoringEngine engine(b.ledger());
    const QList<RankedRow> rows = engine.ranking(Period::month(2026, 3));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].memberId == idle);
    CHECK(rows[0].total == 0);
    CHECK(rows[0].rank == 1);
    CHECK(rows[1].rank == 2);
}

TEST_CASE("a current member is one whose status is 在册: members transferred out or deceased are not ranked")
{
    LedgerBuilder b;
    const qint64 r = b.rule(QStringLiteral("A01"), 100);
    const qint64 gone = b.member(QStringLiteral("甲"), 1, QStringLiteral("正式党员"), QStringLiteral("转出"));
    b.member(QStringLiteral("乙"), 1, QStringLiteral("正式党员"), QStringLiteral("去世"));
    const qint64 here = b.member(QStringLiteral("丙"));
    b.entry(gone, r, QDate(2026, 3, 1), 9);
    const ScoringEngine engine(b.ledger());
    const QList<RankedRow> rows = engine.ranking(Period::month(2026, 3));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].memberId == here);
    CHECK(rows[0].rank == 1);
    CHECK(engine.total(gone, Period::month(2026, 3)) == 900); // the entries still count for the member
}

TEST_CASE("a ranking within one branch ranks that branch's current members only")
{
    LedgerBuilder b;
    const qint64 r = b.rule(QStringLiteral("A01"), 100);
    const qint64 top = b.member(QStringLiteral("甲"), 1);
    const qint64 second = b.member(QStringLiteral("乙"), 2);
    const qint64 third = b.member(QStringLiteral("丙"), 2);
    b.entry(top, r, QDate(2026, 3, 1), 9);
    b.entry(second, r, QDate(2026, 3, 1), 5);
    b.entry(third, r, QDate(2026, 3, 1), 2);
    const ScoringEngine engine(b.ledger());
    const QList<RankedRow> rows = engine.ranking(Period::month(2026, 3), 2);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].memberId == second);
    CHECK(rows[0].rank == 1);
    CHECK(rows[1].memberId == third);
    CHECK(rows[1].rank == 2);
}

TEST_CASE("Chinese collation on this machine orders names by pinyin")
{
    // If ICU were missing behind Qt, names would sort by code point: 张 (U+5F20) before 李 (U+674E).
    QList<RankCandidate> candidates;
    const QStringList names {QStringLiteral("赵六"), QStringLiteral("张三"), QStringLiteral("李四"),
                             QStringLiteral("王五"), QStringLiteral("阿强"), QStringLiteral("白雪"),
                             QStringLiteral("陈明")};
    for (const QString& name : names)
        candidates.append(RankCandidate {0, name, QString(), 0, std::nullopt, {}});
    QStringList ordered;
    for (const qsizetype i : Ranking::displayOrder(candidates))
        ordered.append(candidates[i].name);
    CHECK(ordered
          == QStringList {QStringLiteral("阿强"), QStringLiteral("白雪"), QStringLiteral("陈明"),
                          QStringLiteral("李四"), QStringLiteral("王五"), QStringLiteral("张三"),
                          QStringLiteral("赵六")});
}

TEST_CASE("display order among equals is name in Chinese collation (pinyin), then ID number")
{
    LedgerBuilder b;
    const qint64 r = b.rule(QStringLiteral("A01"), 100);
    const qint64 zhang = b.member(QStringLiteral("张三"));
    const qint64 liFirst = b.member(QStringLiteral("李四"));
    const qint64 liSecond = b.member(QStringLiteral("李四"));
    const qint64 wang = b.member(QStringLiteral("王五"));
    const qint64 best = b.member(QStringLiteral("赵六"));
    b.entry(best, r, QDate(2026, 3, 1), 2);
    for (const qint64 m : {zhang, liFirst, liSecond, wang})
        b.entry(m, r, QDate(2026, 3, 1));
    // Swap the ID numbers so that the first 李四 added has the larger one.
    std::swap(b.memberRef(liFirst).idNumber, b.memberRef(liSecond).idNumber);
    const ScoringEngine engine(b.ledger());
    const QList<RankedRow> rows = engine.ranking(Period::month(2026, 3));
    CHECK(namesOf(engine, rows)
          == QStringList {QStringLiteral("赵六"), QStringLiteral("李四"), QStringLiteral("李四"),
                          QStringLiteral("王五"), QStringLiteral("张三")});
    CHECK(rows[1].memberId == liSecond);
    CHECK(rows[2].memberId == liFirst);
    CHECK(ranksOf(rows) == QList<int> {1, 2, 2, 2, 2});
}

TEST_CASE("previous_rank is the member's rank in the same scope in the period before")
{
    LedgerBuilder b;
    const qint64 r = b.rule(QStringLiteral("A01"), 100);
    const qint64 a = b.member(QStringLiteral("甲"));
    const qint64 c = b.member(QStringLiteral("乙"));
    const qint64 d = b.member(QStringLiteral("丙"));
    b.entry(a, r, QDate(2025, 12, 5), 1);
    b.entry(c, r, QDate(2025, 12, 5), 3);
    b.entry(d, r, QDate(2025, 12, 5), 1);
    b.entry(a, r, QDate(2026, 1, 5), 5);
    const ScoringEngine engine(b.ledger());
    const QList<RankedRow> rows = engine.ranking(Period::month(2026, 1));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].memberId == a);
    CHECK(rows[0].previousRank == 2);
    for (const RankedRow& row : rows) {
        if (row.memberId == c)
            CHECK(row.previousRank == 1);
        if (row.memberId == d)
            CHECK(row.previousRank == 2);
    }
}

TEST_CASE("a year ranking gives members without entries the base points")
{
    LedgerBuilder b;
    b.basePoints(1000);
    const qint64 r = b.rule(QStringLiteral("C01"), -200);
    const qint64 deducted = b.member(QStringLiteral("甲"));
    const qint64 idle = b.member(QStringLiteral("乙"));
    b.entry(deducted, r, QDate(2026, 5, 1));
    const ScoringEngine engine(b.ledger());
    const QList<RankedRow> rows = engine.ranking(Period::year(2026));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].memberId == idle);
    CHECK(rows[0].total == 1000);
    CHECK(rows[1].total == 800);
    CHECK(rows[0].previousRank == 1); // 2025: both on base points alone
    CHECK(rows[1].previousRank == 1);
}
