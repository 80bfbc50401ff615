#include "BranchEvaluation.h"

#include "Ranking.h"

#include <algorithm>
#include <numeric>

namespace jifen {

namespace {

constexpr qint64 fullPercent = 10000; // 100% in hundredths of a percent

// M as an exact fraction: the mean over the required types of min(1, held / required).
struct Fraction {
    Wide numerator = 1;
    Wide denominator = 1;
};

Fraction meetingFraction(const BranchFacts& facts, const QList<MeetingType>& types)
{
    QList<const MeetingType*> required;
    for (const MeetingType& t : types)
        if (t.requiredPerYear > 0)
            required << &t;
    if (required.isEmpty())
        return {1, 1};
    Wide common = 1;
    for (const MeetingType* t : std::as_const(required))
        common = std::lcm(static_cast<qint64>(common), static_cast<qint64>(t->requiredPerYear));
    Wide numerator = 0;
    for (const MeetingType* t : std::as_const(required)) {
        const int held = std::min(facts.held.value(t->code), t->requiredPerYear);
        numerator += Wide(held) * (common / t->requiredPerYear);
    }
    return {numerator, common * required.size()};
}

// Competition ranks (1, 2, 2, 4) of the given scores among themselves.
QList<int> ranksOf(const QList<Cents>& scores)
{
    return Ranking::competitionRanks(scores);
}

// Of the candidates (indices into `results`), those whose competition rank among themselves is within `limit`; sets
// `*tie` on those tied at the boundary when that admits more than `limit`.
QList<qsizetype> admitted(const QList<BranchResult>& results, const QList<qsizetype>& candidates, qint64 limit,
                          QList<qsizetype>* tied)
{
    QList<Cents> scores;
    for (const qsizetype i : candidates)
        scores << results[i].score;
    const QList<int> ranks = ranksOf(scores);
    QList<qsizetype> in;
    Cents lowest = 0;
    for (qsizetype k = 0; k < candidates.size(); ++k) {
        if (ranks[k] <= limit) {
            if (in.isEmpty() || scores[k] < lowest)
                lowest = scores[k];
            in << candidates[k];
        }
    }
    if (tied && in.size() > limit)
        for (const qsizetype i : std::as_const(in))
            if (results[i].score == lowest)
                *tied << i;
    return in;
}

} // namespace

qint64 BranchEvaluation::roundedQuotient(Wide numerator, Wide denominator)
{
    const bool negative = numerator < 0;
    const Wide magnitude = negative ? -numerator : numerator;
    const Wide rounded = (2 * magnitude + denominator) / (2 * denominator);
    return static_cast<qint64>(negative ? -rounded : rounded);
}

qint64 BranchEvaluation::shareLimit(qint64 count, Cents hundredthsOfPercent)
{
    return (count * hundredthsOfPercent + fullPercent - 1) / fullPercent;
}

QList<BranchResult> BranchEvaluation::evaluate(const QList<BranchFacts>& branches, const RuleSet& rules)
{
    QList<BranchResult> results;
    if (!rules.branchEvaluation)
        return results;
    const BranchEvaluationSettings& settings = *rules.branchEvaluation;

    QList<Fraction> meetingFractions;
    for (const BranchFacts& facts : branches) {
        if (facts.members <= 0)
            continue;
        BranchResult r;
        r.facts = facts;
        const qint64 n = facts.members;
        r.avgPoints = roundedQuotient(facts.totalPoints, n);
        if (facts.totalPoints > 0 && settings.memberPointsMax > 0 && settings.fullAt > 0)
            r.memberPoints = facts.totalPoints >= n * settings.fullAt
                ? settings.memberPointsMax
                : roundedQuotient(Wide(settings.memberPointsMax) * facts.totalPoints, Wide(n) * settings.fullAt);
        r.participation = roundedQuotient(Wide(fullPercent) * facts.activeMonths, 12 * n);
        r.participationPoints = roundedQuotient(Wide(settings.participationMax) * facts.activeMonths, 12 * n);
        const Fraction m = meetingFraction(facts, rules.meetingTypes);
        meetingFractions << m;
        r.meetingRate = roundedQuotient(fullPercent * m.numerator, m.denominator);
        r.meetingPoints = roundedQuotient(settings.meetingsMax * m.numerator, m.denominator);
        const qint64 listed = facts.present + facts.absent;
        if (listed > 0) {
            r.attendance = roundedQuotient(Wide(fullPercent) * facts.present, listed);
            r.attendancePoints = roundedQuotient(Wide(settings.attendanceMax) * facts.present, listed);
        }
        r.branchRulePoints = facts.branchRulePoints;
        r.score = r.memberPoints + r.participationPoints + r.meetingPoints + r.attendancePoints + r.branchRulePoints;
        r.vetoed = facts.branchVetoed || (settings.memberVeto && facts.memberVetoed);
        results << r;
    }

    // Rank order: score descending, then name in Chinese collation; the exact M goes along for the awards.
    QList<qsizetype> order(results.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&results](qsizetype a, qsizetype b) {
        const BranchResult& x = results[a];
        const BranchResult& y = results[b];
        if (x.score != y.score)
            return x.score > y.score;
        if (x.facts.nameKey != y.facts.nameKey)
            return x.facts.nameKey < y.facts.nameKey;
        if (x.facts.name != y.facts.name)
            return x.facts.name < y.facts.name;
        return x.facts.branchId < y.facts.branchId;
    });
    QList<BranchResult> sorted;
    QList<Fraction> fractions;
    for (const qsizetype i : std::as_const(order)) {
        sorted << results[i];
        fractions << meetingFractions[i];
    }
    results = sorted;
    const qint64 count = results.size();
    QList<Cents> scores;
    for (const BranchResult& r : std::as_const(results))
        scores << r.score;
    const QList<int> ranks = ranksOf(scores);
    for (qsizetype i = 0; i < results.size(); ++i)
        results[i].rank = ranks[i];

    // Tiers, from the highest; a vetoed branch takes the lowest.
    QList<qsizetype> tierOf(results.size(), -1);
    const qsizetype tierCount = rules.branchTiers.size();
    for (qsizetype i = 0; i < results.size(); ++i)
        if (results[i].vetoed && tierCount > 0)
            tierOf[i] = tierCount - 1;
    for (qsizetype t = 0; t < tierCount; ++t) {
        const BranchTier& tier = rules.branchTiers[t];
        QList<qsizetype> candidates;
        for (qsizetype i = 0; i < results.size(); ++i)
            if (tierOf[i] < 0 && !results[i].vetoed && (!tier.minScore || results[i].score >= *tier.minScore))
                candidates << i;
        QList<qsizetype> tied;
        const QList<qsizetype> in
            = tier.maxShare ? admitted(results, candidates, shareLimit(count, *tier.maxShare), &tied) : candidates;
        for (const qsizetype i : in)
            tierOf[i] = t;
        for (const qsizetype i : std::as_const(tied))
            results[i].tieAtShare = true;
    }
    for (qsizetype i = 0; i < results.size(); ++i)
        if (tierOf[i] >= 0)
            results[i].tier = rules.branchTiers[tierOf[i]].name;

    // Branch awards: every condition but the quota, then the quota among those that meet them all.
    for (const BranchAward& award : rules.branchAwards) {
        qsizetype minTier = -1;
        for (qsizetype t = 0; t < tierCount; ++t)
            if (rules.branchTiers[t].name == award.minTier)
                minTier = t;
        QList<qsizetype> meetAll;
        for (qsizetype i = 0; i < results.size(); ++i) {
            const BranchResult& r = results[i];
            BranchAwardVerdict v{award.code, award.name, false, {}, false};
            if (award.minScore && r.score < *award.minScore)
                v.failed << QStringLiteral("min_score");
            if (!award.minTier.isEmpty() && (tierOf[i] < 0 || minTier < 0 || tierOf[i] > minTier))
                v.failed << QStringLiteral("min_tier");
            if (award.noVeto && r.vetoed)
                v.failed << QStringLiteral("no_veto");
            if (award.minMeetingRate
                && fractions[i].numerator * fullPercent < Wide(*award.minMeetingRate) * fractions[i].denominator)
                v.failed << QStringLiteral("min_meeting_rate");
            // T = 0 when nobody was listed present or absent.
            const qint64 listed = r.facts.present + r.facts.absent;
            if (award.minAttendance
                && Wide(listed > 0 ? r.facts.present : 0) * fullPercent
                    < Wide(*award.minAttendance) * (listed > 0 ? listed : 1))
                v.failed << QStringLiteral("min_attendance");
            if (award.topPercent && r.rank > shareLimit(count, *award.topPercent))
                v.failed << QStringLiteral("top_percent");
            if (v.failed.isEmpty())
                meetAll << i;
            results[i].awards << v;
        }
        if (award.quota) {
            QList<qsizetype> tied;
            const QList<qsizetype> in = admitted(results, meetAll, *award.quota, &tied);
            for (const qsizetype i : std::as_const(meetAll))
                if (!in.contains(i))
                    results[i].awards.last().failed << QStringLiteral("quota");
            for (const qsizetype i : std::as_const(tied))
                results[i].awards.last().tieAtQuota = true;
        }
        for (BranchResult& r : results)
            r.awards.last().eligible = r.awards.last().failed.isEmpty();
    }
    return results;
}

} // namespace jifen
