// The engine against ReferenceScoring on random ledgers. Seeds are fixed, so a failure names its seed and reproduces.
#include "ReferenceScoring.h"
#include "TestSupport.h"
#include "model/IdNumber.h"
#include "scoring/ScoringEngine.h"

#include <algorithm>
#include <random>

using namespace jifen;
using jifen::test::ReferenceScoring;

namespace {

class RandomLedger
{
public:
    explicit RandomLedger(quint64 seed)
        : m_random(seed)
    {
        build();
    }

    ScoringLedger ledger;
    QList<ReferenceScoring::AwardTerms> awards;
    int branchCount = 0;

private:
    qint64 pick(qint64 count) { return qint64(m_random() % quint64(count)); }
    bool chance(int percent) { return pick(100) < percent; }
    std::optional<Cents> maybeCap()
    {
        if (chance(40))
            return std::nullopt;
        return (1 + pick(20)) * 50;
    }
    QDate randomDate()
    {
        // Mostly 2026, some in the last month of 2025 and the first of 2027 to cross the year boundary.
        const int roll = int(pick(100));
        if (roll < 4)
            return QDate(2025, 12, 1 + int(pick(31)));
        if (roll < 7)
            return QDate(2027, 1, 1 + int(pick(31)));
        if (chance(50)) // meeting days, so that one member often has several entries of a rule on one date
            return QDate(2026, 1 + int(pick(12)), chance(50) ? 1 : 15);
        return QDate(2026, 1, 1).addDays(pick(365));
    }

    void build();

    std::mt19937_64 m_random;
};

void RandomLedger::build()
{
    // Few names and small point values, so that equal names and equal totals are common.
    const QStringList names {QStringLiteral("张伟"), QStringLiteral("王芳"), QStringLiteral("李娜"),
                             QStringLiteral("刘洋"), QStringLiteral("陈静"), QStringLiteral("杨磊"),
                             QStringLiteral("赵敏"), QStringLiteral("黄强"), QStringLiteral("周杰"),
                             QStringLiteral("吴刚"), QStringLiteral("阿依"), QStringLiteral("欧阳明")};
    branchCount = 1 + int(pick(4));
    const int memberCount = 20 + int(pick(50));
    for (int i = 1; i <= memberCount; ++i) {
        Member member;
        member.id = i;
        member.name = names[pick(names.size())];
        const QString first17 = QStringLiteral("3201021985%1").arg(pick(10000000), 7, 10, QLatin1Char('0'));
        member.idNumber = first17 + IdNumber::checkDigit(first17);
        member.branchId = 1 + pick(branchCount);
        member.category = chance(80) ? QStringLiteral("正式党员") : QStringLiteral("预备党员");
        member.status
            = chance(90) ? QStringLiteral("在册") : (chance(50) ? QStringLiteral("转出") : QStringLiteral("去世"));
        ledger.members.append(member);
    }

    const QList<Cents> unitPoints {50, 100, 100, 150, 200, 200, 300, 500};
    const int ruleCount = 5 + int(pick(5));
    for (int i = 1; i <= ruleCount; ++i) {
        Rule rule;
        rule.id = i;
        rule.code = QStringLiteral("R%1").arg(i);
        RuleVersion first;
        first.points = unitPoints[pick(unitPoints.size())] * (chance(30) ? -1 : 1);
        first.capMonth = maybeCap();
        first.capYear = chance(50) ? maybeCap() : std::nullopt;
        first.veto = first.points < 0 && chance(25);
        rule.versions.append(first);
        // Some rules change mid-year: points (sometimes their sign), caps, veto.
        // The first rules are made to need their caps: a capped deduction, a capped bonus, a bonus that changes.
        if (i == 1) {
            first.points = -unitPoints[pick(unitPoints.size())];
            first.capMonth = -first.points + 50;
        } else if (i == 2) {
            first.points = unitPoints[pick(unitPoints.size())];
            first.capMonth = first.points * (1 + pick(2));
            first.capYear = first.points * (3 + pick(5));
        }
        const int changes = i == 3 || (i > 3 && chance(35)) ? 1 + int(pick(2)) : 0;
        QDate from(2026, 2, 1);
        for (int c = 0; c < changes; ++c) {
            from = from.addDays(1 + pick(150));
            RuleVersion next = rule.versions.last();
            next.effectiveFrom = from;
            if (chance(60)) {
                const Cents sign = (next.points < 0 ? -1 : 1) * (chance(20) ? -1 : 1);
                next.points = unitPoints[pick(unitPoints.size())] * sign;
            }
            if (chance(60))
                next.capMonth = maybeCap();
            if (chance(60))
                next.capYear = maybeCap();
            if (chance(20))
                next.veto = !next.veto;
            rule.versions.append(next);
        }
        ledger.ruleSet.rules.append(rule);
    }

    // Members without entries stay without: a tenth of them are never picked.
    QList<qint64> active;
    for (const Member& member : std::as_const(ledger.members)) {
        if (!chance(10))
            active.append(member.id);
    }
    const int entryCount = 2000 + int(pick(3000));
    for (int i = 1; i <= entryCount; ++i) {
        Entry entry;
        entry.id = i;
        entry.memberId = active[pick(active.size())];
        entry.ruleId = 1 + pick(ruleCount);
        entry.date = randomDate();
        entry.quantity = 1 + int(pick(3));
        const int review = int(pick(100));
        entry.review = review < 70 ? Entry::Review::NotRequired
            : review < 85          ? Entry::Review::Approved
            : review < 95          ? Entry::Review::Pending
                                   : Entry::Review::Rejected;
        entry.reversed = chance(5);
        ledger.entries.append(entry);
    }

    // The ledger's order is not the creation order: only the ids are.
    std::shuffle(ledger.entries.begin(), ledger.entries.end(), m_random);

    const QList<Cents> bases {0, 0, 1000, 6000};
    ledger.ruleSet.basePoints = bases[pick(bases.size())];
    ledger.ruleSet.grades
        = {{QStringLiteral("优秀"), 9000}, {QStringLiteral("合格"), 6000}, {QStringLiteral("基本合格"), 4500}};
    if (chance(70))
        ledger.ruleSet.grades.append(GradeBand {QStringLiteral("不合格"), std::nullopt});

    const QList<qint64> percents {1000, 2500, 3000, 3333, 5000, 1250, 10000};
    for (int i = 0; i < 6; ++i) {
        ReferenceScoring::AwardTerms terms;
        Award& award = terms.award;
        award.code = QStringLiteral("W%1").arg(i);
        award.scope = chance(50) ? Award::Scope::Branch : Award::Scope::All;
        if (chance(50))
            award.minPoints = pick(60) * 100 - 500;
        if (chance(50)) {
            terms.topPercentHundredths = percents[pick(percents.size())];
            award.topPercent = double(*terms.topPercentHundredths) / 100.0;
        }
        if (chance(50))
            award.quota = int(pick(6));
        award.fullMemberOnly = chance(50);
        award.noVeto = chance(50);
        if (chance(50))
            award.minActiveMonths = int(pick(12));
        awards.append(terms);
    }
}

QList<Period> periodsOf2026()
{
    QList<Period> periods;
    for (int month = 1; month <= 12; ++month)
        periods.append(Period::month(2026, month));
    for (int quarter = 1; quarter <= 4; ++quarter)
        periods.append(Period::quarter(2026, quarter));
    periods.append(Period::year(2026));
    periods.append(Period::month(2027, 1));
    return periods;
}

QString describe(const QList<RankedRow>& rows)
{
    QStringList parts;
    for (const RankedRow& row : rows)
        parts.append(QStringLiteral("%1:%2:%3:%4")
                         .arg(row.memberId)
                         .arg(row.rank)
                         .arg(row.total)
                         .arg(row.previousRank.value_or(0)));
    return parts.join(u' ');
}

QString describe(const QList<ReferenceScoring::Row>& rows)
{
    QStringList parts;
    for (const ReferenceScoring::Row& row : rows)
        parts.append(
            QStringLiteral("%1:%2:%3:%4").arg(row.memberId).arg(row.rank).arg(row.total).arg(row.previousRank));
    return parts.join(u' ');
}

QString describe(const EligibilityVerdict& v)
{
    return QStringLiteral("%1 %2 [%3] %4 %5 %6")
        .arg(v.memberId)
        .arg(v.eligible)
        .arg(v.failed.join(u','))
        .arg(v.pointsMissing ? QString::number(*v.pointsMissing) : QStringLiteral("-"))
        .arg(v.tieAtQuota)
        .arg(v.grade);
}

QString describe(const ReferenceScoring::Verdict& v)
{
    return QStringLiteral("%1 %2 [%3] %4 %5 %6")
        .arg(v.memberId)
        .arg(v.eligible)
        .arg(v.failed.join(u','))
        .arg(v.pointsMissing ? QString::number(*v.pointsMissing) : QStringLiteral("-"))
        .arg(v.tieAtQuota)
        .arg(v.grade);
}

} // namespace

TEST_CASE("the engine agrees with a plain reading of the spec on random ledgers")
{
    const quint64 seed = GENERATE(as<quint64> {}, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 20260301, 4242424242ULL);
    INFO("seed " << seed);
    const RandomLedger random(seed);
    const ScoringEngine engine(random.ledger);
    const ReferenceScoring reference(random.ledger);

    // The ledger has what the property needs: over-cap entries of both signs, reversals, rule changes.
    int zeroPositive = 0;
    int cutNegative = 0;
    int reversed = 0;
    QStringList mismatches;
    for (const Entry& entry : random.ledger.entries) {
        if (engine.rawPoints(entry.id) != reference.raw(entry))
            mismatches.append(QStringLiteral("raw of entry %1").arg(entry.id));
        const std::optional<Cents> mine = engine.contribution(entry.id);
        const std::optional<Cents> theirs = reference.contribution(entry);
        if (mine != theirs)
            mismatches.append(QStringLiteral("contribution of entry %1: %2 vs %3")
                                  .arg(entry.id)
                                  .arg(mine ? QString::number(*mine) : QStringLiteral("none"),
                                       theirs ? QString::number(*theirs) : QStringLiteral("none")));
        if (mine && *mine == 0 && engine.rawPoints(entry.id) > 0)
            ++zeroPositive;
        if (mine && *mine != engine.rawPoints(entry.id) && engine.rawPoints(entry.id) < 0)
            ++cutNegative;
        reversed += entry.reversed ? 1 : 0;
    }
    CHECK(zeroPositive > 0);
    CHECK(cutNegative > 0);
    CHECK(reversed > 0);

    for (const Member& member : random.ledger.members) {
        for (const Period& period : periodsOf2026()) {
            if (engine.total(member.id, period) != reference.total(member.id, period))
                mismatches.append(QStringLiteral("total of member %1 in %2").arg(member.id).arg(period.toString()));
        }
        if (engine.activeMonths(member.id, 2026) != reference.activeMonths(member.id, 2026))
            mismatches.append(QStringLiteral("active months of member %1").arg(member.id));
        if (engine.vetoed(member.id, 2026) != reference.vetoed(member.id, 2026))
            mismatches.append(QStringLiteral("veto of member %1").arg(member.id));
        if (engine.grade(member.id, 2026) != reference.grade(member.id, 2026))
            mismatches.append(QStringLiteral("grade of member %1").arg(member.id));
    }

    int tiedRanks = 0;
    QList<std::optional<qint64>> scopes {std::nullopt};
    for (qint64 branch = 1; branch <= random.branchCount; ++branch)
        scopes.append(branch);
    for (const Period& period : periodsOf2026()) {
        for (const std::optional<qint64>& scope : std::as_const(scopes)) {
            const QString mine = describe(engine.ranking(period, scope));
            const QList<ReferenceScoring::Row> theirRows = reference.ranking(period, scope);
            if (mine != describe(theirRows))
                mismatches.append(QStringLiteral("ranking %1 in branch %2:\n  %3\n  %4")
                                      .arg(period.toString())
                                      .arg(scope.value_or(0))
                                      .arg(mine, describe(theirRows)));
            for (qsizetype i = 1; i < theirRows.size(); ++i)
                tiedRanks += theirRows[i].rank == theirRows[i - 1].rank ? 1 : 0;
        }
    }
    CHECK(tiedRanks > 0);

    int ties = 0;
    for (const ReferenceScoring::AwardTerms& terms : random.awards) {
        const QList<EligibilityVerdict> mine = engine.eligibility(2026, terms.award);
        const QList<ReferenceScoring::Verdict> theirs = reference.eligibility(2026, terms);
        REQUIRE(mine.size() == theirs.size());
        for (qsizetype i = 0; i < mine.size(); ++i) {
            if (describe(mine[i]) != describe(theirs[i]))
                mismatches.append(
                    QStringLiteral("award %1: %2 vs %3").arg(terms.award.code, describe(mine[i]), describe(theirs[i])));
            ties += mine[i].tieAtQuota ? 1 : 0;
        }
    }
    INFO("verdicts tied at a quota: " << ties);

    INFO(mismatches.mid(0, 5).join(u'\n').toStdString());
    CHECK(mismatches.isEmpty());
}
