#include "ScoringEngine.h"

#include "CapCalculator.h"
#include "Grades.h"

#include <utility>

namespace jifen {

ScoringEngine::ScoringEngine(ScoringLedger ledger)
    : m_ledger(std::move(ledger))
{
    for (qsizetype i = 0; i < m_ledger.members.size(); ++i)
        m_memberIndex.insert(m_ledger.members[i].id, i);
    for (qsizetype i = 0; i < m_ledger.ruleSet.rules.size(); ++i)
        m_ruleIndex.insert(m_ledger.ruleSet.rules[i].id, i);

    // Caps act per member and rule: gather each pair's counted entries and walk them.
    QHash<std::pair<qint64, qint64>, QList<qsizetype>> byMemberRule;
    for (qsizetype i = 0; i < m_ledger.entries.size(); ++i) {
        const Entry& entry = m_ledger.entries[i];
        const Rule* entryRule = rule(entry.ruleId);
        if (!entryRule)
            continue;
        const RuleVersion& version = entryRule->versionAt(entry.date);
        m_raw.insert(entry.id, version.points * entry.quantity);
        if (!entry.counted())
            continue;
        byMemberRule[{entry.memberId, entry.ruleId}].append(i);
        auto& activities = m_activity[entry.memberId];
        const int year = entry.date.year();
        if (!activities.contains(year))
            activities.insert(year, Activity(year));
        activities[year].add(entry.date, version.points, version.veto);
    }

    for (auto group = byMemberRule.cbegin(); group != byMemberRule.cend(); ++group) {
        const Rule& groupRule = *rule(group.key().second);
        QList<CapItem> items;
        items.reserve(group.value().size());
        for (const qsizetype i : group.value()) {
            const Entry& entry = m_ledger.entries[i];
            const RuleVersion& version = groupRule.versionAt(entry.date);
            items.append(
                CapItem {entry.date, entry.id, version.points * entry.quantity, version.capMonth, version.capYear});
        }
        const QList<Cents> contributions = CapCalculator::contributions(items);
        auto& totals = m_totals[group.key().first];
        for (qsizetype k = 0; k < items.size(); ++k) {
            const Entry& entry = m_ledger.entries[group.value()[k]];
            m_contribution.insert(entry.id, contributions[k]);
            const int year = entry.date.year();
            if (!totals.contains(year))
                totals.insert(year, PeriodTotals(year));
            totals[year].add(entry.date, contributions[k]);
        }
    }
}

const Member* ScoringEngine::member(qint64 memberId) const
{
    const auto found = m_memberIndex.constFind(memberId);
    return found == m_memberIndex.cend() ? nullptr : &m_ledger.members[*found];
}

const Rule* ScoringEngine::rule(qint64 ruleId) const
{
    const auto found = m_ruleIndex.constFind(ruleId);
    return found == m_ruleIndex.cend() ? nullptr : &m_ledger.ruleSet.rules[*found];
}

Cents ScoringEngine::rawPoints(qint64 entryId) const
{
    return m_raw.value(entryId, 0);
}

std::optional<Cents> ScoringEngine::contribution(qint64 entryId) const
{
    const auto found = m_contribution.constFind(entryId);
    if (found == m_contribution.cend())
        return std::nullopt;
    return *found;
}

Cents ScoringEngine::total(qint64 memberId, const Period& period) const
{
    const PeriodTotals totals = m_totals.value(memberId).value(period.yearNumber(), PeriodTotals(period.yearNumber()));
    return totals.total(period, m_ledger.ruleSet.basePoints);
}

int ScoringEngine::activeMonths(qint64 memberId, int year) const
{
    return m_activity.value(memberId).value(year, Activity(year)).activeMonths();
}

bool ScoringEngine::vetoed(qint64 memberId, int year) const
{
    return m_activity.value(memberId).value(year, Activity(year)).vetoed();
}

QString ScoringEngine::grade(qint64 memberId, int year) const
{
    return Grades::gradeFor(m_ledger.ruleSet.grades, total(memberId, Period::year(year)), vetoed(memberId, year));
}

QList<const Member*> ScoringEngine::countedMembers(const Period& period, std::optional<qint64> branchId) const
{
    QList<const Member*> result;
    for (const Member& candidate : m_ledger.members) {
        const bool joined = !candidate.joinDate.isValid() || candidate.joinDate <= period.last();
        const bool stayed = candidate.isCurrent() || (candidate.statusDate.isValid() && candidate.statusDate >= period.first());
        if (joined && stayed && (!branchId || candidate.branchId == *branchId))
            result.append(&candidate);
    }
    return result;
}

bool ScoringEngine::onRoster(const Member& member, QDate day)
{
    return member.isCurrent() || (member.statusDate.isValid() && member.statusDate >= day);
}

QList<RankedRow> ScoringEngine::ranking(const Period& period, std::optional<qint64> branchId) const
{
    const Period before = period.previous();
    QList<RankCandidate> candidates;
    for (const Member* counted : countedMembers(period, branchId)) {
        candidates.append(RankCandidate {
            counted->id, counted->name, counted->idNumber, total(counted->id, period), total(counted->id, before), {}});
    }
    return Ranking::rank(candidates);
}

QList<EligibilityVerdict> ScoringEngine::eligibility(int year, const Award& award, QDate today) const
{
    const Period period = Period::year(year);
    const QDate rosterDay = std::min(period.last(), today);
    QList<EligibilityFacts> facts;
    for (const Member* counted : countedMembers(period)) {
        facts.append(EligibilityFacts {counted->id, counted->branchId, counted->isFullMember(),
                                       total(counted->id, period), vetoed(counted->id, year),
                                       activeMonths(counted->id, year), onRoster(*counted, rosterDay)});
    }
    return Eligibility::evaluate(award, facts, m_ledger.ruleSet.grades);
}

} // namespace jifen
