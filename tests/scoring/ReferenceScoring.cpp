#include "ReferenceScoring.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace jifen::test {

ReferenceScoring::ReferenceScoring(const ScoringLedger& ledger)
    : m_ledger(ledger)
{
    computeContributions();
}

// "Counted entries": not reversed, and approved where review is on.
bool ReferenceScoring::counts(const Entry& entry) const
{
    if (entry.reversed)
        return false;
    return entry.review == Entry::Review::NotRequired || entry.review == Entry::Review::Approved;
}

const Rule& ReferenceScoring::ruleOf(const Entry& entry) const
{
    for (const Rule& rule : m_ledger.ruleSet.rules) {
        if (rule.id == entry.ruleId)
            return rule;
    }
    qFatal("entry of an unknown rule");
}

// "The first version applies to every date, a change applies from the date it is given."
RuleVersion ReferenceScoring::versionOn(const Rule& rule, QDate date) const
{
    RuleVersion inForce = rule.versions.first();
    QDate latestStart;
    for (const RuleVersion& version : rule.versions) {
        if (version.effectiveFrom.isValid() && version.effectiveFrom <= date
            && (!latestStart.isValid() || version.effectiveFrom >= latestStart)) {
            latestStart = version.effectiveFrom;
            inForce = version;
        }
    }
    return inForce;
}

Cents ReferenceScoring::raw(const Entry& entry) const
{
    return versionOn(ruleOf(entry), entry.date).points * entry.quantity;
}

void ReferenceScoring::computeContributions()
{
    QList<int> years;
    for (const Entry& entry : m_ledger.entries) {
        if (!years.contains(entry.date.year()))
            years.append(entry.date.year());
    }
    for (const Member& member : m_ledger.members) {
        for (const int year : std::as_const(years)) {
            QList<Entry> walk;
            for (const Entry& entry : m_ledger.entries) {
                if (entry.memberId == member.id && entry.date.year() == year && counts(entry))
                    walk.append(entry);
            }
            std::sort(walk.begin(), walk.end(), [](const Entry& a, const Entry& b) {
                if (a.date != b.date)
                    return a.date < b.date;
                return a.id < b.id;
            });
            for (qsizetype k = 0; k < walk.size(); ++k) {
                const Entry& entry = walk[k];
                const RuleVersion version = versionOn(ruleOf(entry), entry.date);
                Cents monthSum = 0; // running absolute sum of R's contributions in the entry's month
                Cents yearSum = 0;
                for (qsizetype j = 0; j < k; ++j) {
                    if (walk[j].ruleId != entry.ruleId)
                        continue;
                    const Cents before = m_contributions.value(walk[j].id);
                    yearSum += before < 0 ? -before : before;
                    if (walk[j].date.month() == entry.date.month())
                        monthSum += before < 0 ? -before : before;
                }
                // Shrink toward zero one hundredth at a time until both caps hold.
                Cents c = raw(entry);
                auto overCap = [&](Cents candidate) {
                    const Cents size = candidate < 0 ? -candidate : candidate;
                    return (version.capMonth && monthSum + size > *version.capMonth)
                        || (version.capYear && yearSum + size > *version.capYear);
                };
                while (c != 0 && overCap(c))
                    c += c > 0 ? -1 : 1;
                m_contributions.insert(entry.id, c);
                m_monthSums[{member.id, year * 100 + entry.date.month()}] += c;
            }
        }
    }
}

std::optional<Cents> ReferenceScoring::contribution(const Entry& entry) const
{
    if (!counts(entry))
        return std::nullopt;
    return m_contributions.value(entry.id);
}

Cents ReferenceScoring::total(qint64 memberId, const Period& period) const
{
    if (period.kind() == Period::Kind::Year) {
        Cents sum = m_ledger.ruleSet.basePoints;
        for (int month = 1; month <= 12; ++month)
            sum += total(memberId, Period::month(period.yearNumber(), month));
        return sum;
    }
    if (period.kind() == Period::Kind::Quarter) {
        Cents sum = 0;
        for (int month = 1; month <= 3; ++month)
            sum += total(memberId, Period::month(period.yearNumber(), (period.index() - 1) * 3 + month));
        return sum;
    }
    return m_monthSums.value({memberId, period.yearNumber() * 100 + period.index()});
}

QList<const Member*> ReferenceScoring::scope(std::optional<qint64> branchId) const
{
    QList<const Member*> result;
    for (const Member& member : m_ledger.members) {
        if (member.status == QStringLiteral("在册") && (!branchId || member.branchId == *branchId))
            result.append(&member);
    }
    return result;
}

QList<ReferenceScoring::Row> ReferenceScoring::ranking(const Period& period, std::optional<qint64> branchId) const
{
    const QList<const Member*> members = scope(branchId);
    QList<Row> rows;
    for (const Member* member : members) {
        Row row;
        row.memberId = member->id;
        row.total = total(member->id, period);
        const Cents previous = total(member->id, period.previous());
        row.rank = 1;
        row.previousRank = 1;
        for (const Member* other : members) {
            if (total(other->id, period) > row.total)
                ++row.rank;
            if (total(other->id, period.previous()) > previous)
                ++row.previousRank;
        }
        rows.append(row);
    }
    QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
    auto memberOf = [this](qint64 id) {
        for (const Member& member : m_ledger.members) {
            if (member.id == id)
                return &member;
        }
        return static_cast<const Member*>(nullptr);
    };
    std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        if (a.total != b.total)
            return a.total > b.total;
        const int byName = pinyin.compare(memberOf(a.memberId)->name, memberOf(b.memberId)->name);
        if (byName != 0)
            return byName < 0;
        return memberOf(a.memberId)->idNumber < memberOf(b.memberId)->idNumber;
    });
    return rows;
}

int ReferenceScoring::activeMonths(qint64 memberId, int year) const
{
    QList<int> months;
    for (const Entry& entry : m_ledger.entries) {
        if (entry.memberId == memberId && counts(entry) && entry.date.year() == year
            && versionOn(ruleOf(entry), entry.date).points > 0 && !months.contains(entry.date.month()))
            months.append(entry.date.month());
    }
    return int(months.size());
}

bool ReferenceScoring::vetoed(qint64 memberId, int year) const
{
    for (const Entry& entry : m_ledger.entries) {
        if (entry.memberId == memberId && counts(entry) && entry.date.year() == year
            && versionOn(ruleOf(entry), entry.date).veto)
            return true;
    }
    return false;
}

QString ReferenceScoring::grade(qint64 memberId, int year) const
{
    const QList<GradeBand>& bands = m_ledger.ruleSet.grades;
    if (bands.isEmpty())
        return QString();
    // Bands from the highest minimum down; the band without a minimum last.
    QList<GradeBand> sorted = bands;
    std::stable_sort(sorted.begin(), sorted.end(), [](const GradeBand& a, const GradeBand& b) {
        if (!a.minPoints || !b.minPoints)
            return a.minPoints.has_value() && !b.minPoints.has_value();
        return *a.minPoints > *b.minPoints;
    });
    if (vetoed(memberId, year))
        return sorted.last().name;
    const Cents yearTotal = total(memberId, Period::year(year));
    for (const GradeBand& band : sorted) {
        if (!band.minPoints || yearTotal >= *band.minPoints)
            return band.name;
    }
    return QString();
}

QList<ReferenceScoring::Verdict> ReferenceScoring::eligibility(int year, const AwardTerms& terms) const
{
    const Award& award = terms.award;
    const QList<const Member*> everyone = scope(std::nullopt);
    auto scopeOf = [&](const Member* member) {
        return award.scope == Award::Scope::Branch ? scope(member->branchId) : everyone;
    };
    auto yearTotal = [&](const Member* member) { return total(member->id, Period::year(year)); };

    // Every condition but the quota.
    auto otherFailures = [&](const Member* member) {
        QStringList failed;
        if (award.minPoints && yearTotal(member) < *award.minPoints)
            failed.append(QStringLiteral("min_points"));
        if (terms.topPercentHundredths) {
            const QList<const Member*> members = scopeOf(member);
            int rank = 1;
            for (const Member* other : members) {
                if (yearTotal(other) > yearTotal(member))
                    ++rank;
            }
            // The smallest whole number at least size × percent / 100.
            qint64 limit = 0;
            while (limit * 100 * 100 < qint64(members.size()) * *terms.topPercentHundredths)
                ++limit;
            if (rank > limit)
                failed.append(QStringLiteral("top_percent"));
        }
        if (award.fullMemberOnly && member->category != QStringLiteral("正式党员"))
            failed.append(QStringLiteral("full_member_only"));
        if (award.noVeto && vetoed(member->id, year))
            failed.append(QStringLiteral("no_veto"));
        if (award.minActiveMonths && activeMonths(member->id, year) < *award.minActiveMonths)
            failed.append(QStringLiteral("min_active_months"));
        return failed;
    };

    QList<Verdict> verdicts;
    for (const Member* member : everyone) {
        Verdict verdict;
        verdict.memberId = member->id;
        verdict.failed = otherFailures(member);
        if (award.minPoints)
            verdict.pointsMissing = std::max<Cents>(0, *award.minPoints - yearTotal(member));
        if (award.quota && verdict.failed.isEmpty()) {
            QList<const Member*> candidates;
            for (const Member* other : scopeOf(member)) {
                if (otherFailures(other).isEmpty())
                    candidates.append(other);
            }
            auto rankAmongCandidates = [&](const Member* who) {
                int rank = 1;
                for (const Member* other : candidates) {
                    if (yearTotal(other) > yearTotal(who))
                        ++rank;
                }
                return rank;
            };
            if (rankAmongCandidates(member) > *award.quota) {
                verdict.failed.append(QStringLiteral("quota"));
            } else {
                int admitted = 0;
                Cents lowestAdmitted = 0;
                for (const Member* other : candidates) {
                    if (rankAmongCandidates(other) <= *award.quota) {
                        if (admitted == 0 || yearTotal(other) < lowestAdmitted)
                            lowestAdmitted = yearTotal(other);
                        ++admitted;
                    }
                }
                verdict.tieAtQuota = admitted > *award.quota && yearTotal(member) == lowestAdmitted;
            }
        }
        verdict.eligible = verdict.failed.isEmpty();
        verdict.grade = grade(member->id, year);
        verdicts.append(verdict);
    }
    return verdicts;
}

} // namespace jifen::test
