#include "ReportBuilder.h"

#include "ReportText.h"
#include "model/DateText.h"
#include "model/IdNumber.h"
#include "scoring/Eligibility.h"
#include "scoring/Grades.h"
#include "scoring/PeriodTotals.h"
#include "scoring/Ranking.h"
#include "storage/BranchEvaluationStore.h"
#include "storage/Ledger.h"
#include "storage/Meetings.h"
#include "storage/OpinionLog.h"
#include "storage/Pledges.h"
#include "storage/PublicationLog.h"
#include "storage/StorageError.h"

#include <QHash>
#include <QSet>

namespace jifen {

ReportBuilder::ReportBuilder(Ledger& ledger, QDate today)
    : m_ledger(ledger)
    , m_today(today)
    , m_rules(ledger.ruleSet())
    , m_store(ledger.database())
{
}

QString ReportBuilder::organisation() const
{
    const QString name = m_ledger.setting(QStringLiteral("organisation")).trimmed();
    if (!name.isEmpty())
        return name;
    // Not named yet: a ledger with one top-level branch (the committee over all the others) is that organisation.
    QString root;
    for (const Branch& branch : m_ledger.branches()) {
        if (branch.parentId != 0)
            continue;
        if (!root.isEmpty())
            return {};
        root = branch.name;
    }
    return root;
}

int ReportBuilder::throughMonth(int year) const
{
    if (year < m_today.year())
        return 12;
    if (year > m_today.year())
        return 1;
    return m_today.month();
}

RankingReport ReportBuilder::ranking(const Period& period, std::optional<qint64> branchId, int noticeDays)
{
    const QList<MemberScoreFacts> facts = m_store.countedMembers(period, branchId);
    const Period before = period.previous();
    QList<RankCandidate> candidates;
    candidates.reserve(facts.size());
    for (const MemberScoreFacts& f : facts)
        candidates.append(RankCandidate {f.memberId, f.name, f.idNumber,
                                         PeriodTotals::fromSum(period, f.sum, m_rules.basePoints),
                                         PeriodTotals::fromSum(before, f.previousSum, m_rules.basePoints), f.nameKey});
    const QList<RankedRow> ranked = Ranking::rank(candidates);

    // The year to date and the grade on it, from the year's months.
    const int lastMonth = period.last().month();
    QHash<qint64, std::pair<Cents, bool>> yearToDate; // member -> (total, vetoed)
    for (const MemberYearScore& score : m_store.countedMemberYears(period.yearNumber(), branchId)) {
        Cents sum = m_rules.basePoints;
        for (int m = 1; m <= lastMonth; ++m)
            sum += score.months[static_cast<size_t>(m - 1)];
        yearToDate.insert(score.facts.memberId, {sum, score.facts.vetoed});
    }
    QList<RankingReport::Line> lines;
    lines.reserve(ranked.size());
    for (const RankedRow& row : ranked) {
        const MemberScoreFacts& f = facts[row.candidate];
        const auto [ytd, vetoed] = yearToDate.value(f.memberId, {m_rules.basePoints, false});
        lines.append(RankingReport::Line {f.memberId, f.name, f.idNumber, f.branchName, row.total, ytd, row.rank,
                                          row.previousRank, Grades::gradeFor(m_rules.grades, ytd, vetoed)});
    }
    QString scope;
    if (branchId)
        for (const Branch& branch : m_ledger.branches())
            if (branch.id == *branchId)
                scope = branch.name;
    RankingReport report = RankingReport::build(organisation(), period, scope, lines, m_today, noticeDays);

    const PublicationLog publications(m_ledger);
    if (const auto published = publications.latest(period.toString(), branchId.value_or(0))) {
        QSet<qint64> changed = publications.membersChangedSince(period.first(), period.last(), published->at);
        // A rule change can move points without any entry changing: compare with what was posted as well.
        QHash<qint64, Cents> posted;
        for (const PublishedRow& row : published->rows)
            posted.insert(row.memberId, row.points);
        for (const RankingReport::Row& row : std::as_const(report.rows)) {
            const auto it = posted.constFind(row.memberId);
            if (it == posted.cend() || *it != row.periodPoints)
                changed.insert(row.memberId);
        }
        report.markPublished(published->at, published->by, changed);
    }
    return report;
}

qint64 ReportBuilder::publish(const RankingReport& report, std::optional<qint64> branchId)
{
    Publication publication;
    publication.period = report.period.toString();
    publication.branchId = branchId.value_or(0);
    publication.scope = report.scope;
    publication.noticeFrom = report.noticeFrom;
    publication.noticeTo = report.noticeTo;
    publication.title = report.title();
    publication.rows.reserve(report.rows.size());
    for (const RankingReport::Row& row : report.rows)
        publication.rows.append(PublishedRow {row.memberId, row.name, row.maskedId, row.branch, row.rank, row.tied,
                                              row.periodPoints, row.yearToDate, row.grade});
    PublicationLog log(m_ledger);
    return log.record(publication);
}

QList<MemberYear> ReportBuilder::memberYears(int year, bool withCategories)
{
    const QList<MemberYearScore> scores = m_store.countedMemberYears(year);
    QHash<qint64, QMap<QString, Cents>> categories;
    if (withCategories)
        categories = m_store.categoryTotals(year);
    QList<MemberYear> result;
    result.reserve(scores.size());
    for (const MemberYearScore& score : scores) {
        MemberYear m;
        m.memberId = score.facts.memberId;
        m.name = score.facts.name;
        m.idNumber = score.facts.idNumber;
        m.branchId = score.facts.branchId;
        m.branchName = score.facts.branchName;
        m.fullMember = score.facts.fullMember;
        m.onRoster = score.facts.onRoster;
        m.leftStatus = score.facts.leftStatus;
        m.leftDate = score.facts.leftDate;
        m.year = year;
        m.basePoints = m_rules.basePoints;
        m.months = score.months;
        m.activeMonthMask = score.activeMonthMask;
        m.vetoed = score.facts.vetoed;
        m.grade = Grades::gradeFor(m_rules.grades, m.total(), m.vetoed);
        m.categories = categories.value(m.memberId);
        result.append(m);
    }
    return result;
}

QList<AwardOutcome> ReportBuilder::outcomes(const Award& award, const QList<MemberYear>& members) const
{
    QList<EligibilityFacts> facts;
    facts.reserve(members.size());
    for (const MemberYear& m : members)
        facts.append(EligibilityFacts {m.memberId, m.branchId, m.fullMember, m.total(), m.vetoed, m.activeMonths(),
                                       m.onRoster});
    QList<AwardOutcome> result = outcomes(award, facts);
    for (qsizetype i = 0; i < result.size(); ++i) {
        result[i].leftStatus = members[i].leftStatus;
        result[i].leftDate = members[i].leftDate;
    }
    return result;
}

QList<AwardOutcome> ReportBuilder::outcomes(const Award& award, const QList<EligibilityFacts>& members) const
{
    const QList<EligibilityVerdict> verdicts = Eligibility::evaluate(award, members, m_rules.grades);

    // Places in the award's scope: RANK.EQ of the year totals among the scope's members still on the roster.
    QHash<qint64, QList<qsizetype>> scopes; // branch id (0 for everyone) -> member indexes
    for (qsizetype i = 0; i < members.size(); ++i)
        if (members[i].onRoster)
            scopes[award.scope == Award::Scope::Branch ? members[i].branchId : 0].append(i);
    QList<int> rank(members.size(), 0), size(members.size(), 0);
    for (auto it = scopes.cbegin(); it != scopes.cend(); ++it) {
        QList<Cents> totals;
        totals.reserve(it->size());
        for (const qsizetype i : *it)
            totals.append(members[i].yearTotal);
        const QList<int> ranks = Ranking::competitionRanks(totals);
        for (qsizetype k = 0; k < it->size(); ++k) {
            rank[(*it)[k]] = ranks[k];
            size[(*it)[k]] = static_cast<int>(it->size());
        }
    }
    QList<AwardOutcome> result;
    result.reserve(members.size());
    for (qsizetype i = 0; i < members.size(); ++i) {
        const EligibilityVerdict& v = verdicts[i];
        AwardOutcome o;
        o.memberId = v.memberId;
        o.eligible = v.eligible;
        o.failed = v.failed;
        o.pointsMissing = v.pointsMissing;
        o.tieAtQuota = v.tieAtQuota;
        o.scopeRank = rank[i];
        o.scopeSize = size[i];
        if (award.topPercent && members[i].onRoster)
            o.rankLimit = Eligibility::topPercentLimit(size[i], *award.topPercent);
        result.append(o);
    }
    return result;
}

EligibilityReport ReportBuilder::eligibility(int year, const QList<Award>& awards)
{
    const QList<MemberYear> members = memberYears(year);
    QList<QList<AwardOutcome>> all;
    for (const Award& award : awards)
        all.append(outcomes(award, members));
    return EligibilityReport::build(organisation(), year, members, awards, all, m_today);
}

MemberStatement ReportBuilder::statement(qint64 memberId, int year)
{
    const auto member = m_ledger.member(memberId);
    if (!member)
        throw StorageError(StorageError::Kind::NotFound, tr("No member with id %1.").arg(memberId));
    MemberYear self;
    self.memberId = member->id;
    self.name = member->name;
    self.idNumber = member->idNumber;
    self.branchId = member->branchId;
    self.branchName = member->branchName;
    self.fullMember = member->isFullMember();
    self.year = year;
    self.basePoints = m_rules.basePoints;

    // Places and verdicts are relative, so every counted member is judged, but on the facts the verdicts need and
    // nothing else: every member's MemberYear (names, ID numbers, branch names) cost the members screen, which
    // shows one statement, some 50 MB at 100,000 members.
    QList<EligibilityFacts> all; // counted members, in id order
    qsizetype inAll = -1;
    {
        const QList<MemberYearFigures> figures = m_store.countedMemberFigures(year);
        all.reserve(figures.size());
        for (const MemberYearFigures& f : figures) {
            MemberYear m;
            m.memberId = f.memberId;
            m.branchId = f.branchId;
            m.fullMember = f.fullMember;
            m.year = year;
            m.basePoints = m_rules.basePoints;
            m.months = f.months;
            m.activeMonthMask = f.activeMonthMask;
            m.vetoed = f.vetoed;
            if (m.memberId == memberId) {
                inAll = all.size();
                if (self.branchId != m.branchId) // moved since: the branch on the year's last day
                    for (const Branch& b : m_ledger.branches())
                        if (b.id == m.branchId)
                            self.branchName = b.name;
                self.branchId = m.branchId;
                self.onRoster = f.onRoster;
                self.leftStatus = f.leftStatus;
                self.leftDate = f.leftDate;
                self.fullMember = m.fullMember;
                self.months = m.months;
                self.activeMonthMask = m.activeMonthMask;
                self.vetoed = m.vetoed;
                self.grade = Grades::gradeFor(m_rules.grades, m.total(), m.vetoed);
            }
            all.append(EligibilityFacts {m.memberId, m.branchId, m.fullMember, m.total(), m.vetoed, m.activeMonths(),
                                         f.onRoster});
        }
    }

    QHash<qint64, const Rule*> rules;
    for (const Rule& rule : m_rules.rules)
        rules.insert(rule.id, &rule);
    QList<MemberStatement::EntryLine> lines;
    for (const ScoredEntry& scored : m_store.entries(memberId, Period::year(year))) {
        const Entry& e = scored.entry;
        MemberStatement::EntryLine line;
        line.entryId = e.id;
        line.date = e.date;
        line.ruleCode = scored.ruleCode;
        line.ruleName = scored.ruleName;
        if (const Rule* rule = rules.value(e.ruleId))
            line.category = rule->versionAt(e.date).category;
        line.quantity = e.quantity;
        line.raw = scored.raw;
        line.contribution = scored.contribution.value_or(0);
        line.note = e.note;
        line.reversalReason = e.reversalReason;
        if (e.reversed)
            line.state = MemberStatement::EntryLine::State::Reversed;
        else if (e.review == Entry::Review::Pending)
            line.state = MemberStatement::EntryLine::State::Pending;
        else if (e.review == Entry::Review::Rejected)
            line.state = MemberStatement::EntryLine::State::Rejected;
        lines.append(line);
    }
    MemberStatement statement
        = MemberStatement::build(organisation(), self, member->category, member->joinDate, lines, m_today);
    if (inAll < 0)
        return statement;

    // Places in the branch and overall, on year totals, among the counted members still on the roster (a member who
    // left has none, as in the eligibility lists).
    QList<Cents> allTotals, branchTotals;
    QList<EligibilityFacts> branch;
    qsizetype inBranch = -1, placeAll = -1, placeBranch = -1;
    allTotals.reserve(all.size());
    for (const EligibilityFacts& f : std::as_const(all)) {
        if (f.branchId == self.branchId) {
            if (f.memberId == memberId)
                inBranch = branch.size();
            branch.append(f);
        }
        if (!f.onRoster)
            continue;
        if (f.memberId == memberId)
            placeAll = allTotals.size();
        allTotals.append(f.yearTotal);
        if (f.branchId == self.branchId) {
            if (f.memberId == memberId)
                placeBranch = branchTotals.size();
            branchTotals.append(f.yearTotal);
        }
    }
    if (placeAll >= 0) {
        statement.overallRank = Ranking::competitionRanks(allTotals)[placeAll];
        statement.overallSize = static_cast<int>(allTotals.size());
        statement.branchRank = Ranking::competitionRanks(branchTotals)[placeBranch];
        statement.branchSize = static_cast<int>(branchTotals.size());
    }
    for (const Award& award : m_rules.awards) {
        // An award judged within branches judges each branch on its own: the member's branch alone gives the same
        // verdict as everyone.
        const bool byBranch = award.scope == Award::Scope::Branch;
        AwardOutcome outcome = outcomes(award, byBranch ? branch : all)[byBranch ? inBranch : inAll];
        outcome.leftStatus = self.leftStatus;
        outcome.leftDate = self.leftDate;
        statement.awards.append({award, outcome});
    }
    return statement;
}

// --- the branch opinion (党支部意见表) --------------------------------------------------------------------------------

ReportBuilder::LifeRules ReportBuilder::organisationLifeRules() const
{
    // Until meetings are recorded (组织生活记录, whose meeting types name their present and absent rules), the rules
    // that record organisation life are found by what they are: base rules (基本) for attending (参加 / 出席) a meeting,
    // and rules for absence (缺席). The printout names the rules it counted.
    LifeRules life;
    for (const Rule& rule : m_rules.rules) {
        const RuleVersion& v = rule.current();
        if (v.name.contains(QStringLiteral("缺席")))
            life.absent << rule;
        else if (v.category == u"基本" && (v.name.contains(QStringLiteral("参加")) || v.name.contains(QStringLiteral("出席"))))
            life.present << rule;
    }
    return life;
}

BranchOpinion ReportBuilder::opinion(const QList<qint64>& memberIds, int yearFrom, int yearTo, const QString& text)
{
    BranchOpinion opinion;
    opinion.organisation = organisation();
    opinion.preparedOn = m_today;
    opinion.yearFrom = yearFrom;
    opinion.yearTo = yearTo;
    opinion.opinion = text;
    const LifeRules life = organisationLifeRules();
    QSet<QString> presentCodes, absentCodes;
    for (const Rule& rule : life.present) {
        presentCodes.insert(rule.code);
        opinion.attendanceRules << rule.code + u' ' + rule.current().name;
    }
    for (const Rule& rule : life.absent) {
        absentCodes.insert(rule.code);
        opinion.absenceRules << rule.code + u' ' + rule.current().name;
    }
    QHash<QString, const Rule*> rulesByCode;
    for (const Rule& rule : m_rules.rules)
        rulesByCode.insert(rule.code, &rule);

    for (const qint64 id : memberIds) {
        const auto member = m_ledger.member(id);
        if (!member)
            throw StorageError(StorageError::Kind::NotFound, tr("No member with id %1.").arg(id));
        opinion.pages.append({*member, {}});
    }
    const Pledges pledges(m_ledger);
    const Meetings meetings(m_ledger);
    for (int year = yearFrom; year <= yearTo; ++year) {
        for (BranchOpinion::Page& page : opinion.pages) {
            const MemberStatement s = statement(page.member.id, year);
            BranchOpinion::Year y;
            y.year = year;
            y.counted = s.overallSize > 0;
            y.total = s.member.total();
            y.branchRank = s.branchRank;
            y.branchSize = s.branchSize;
            y.overallRank = s.overallRank;
            y.overallSize = s.overallSize;
            y.grade = s.member.grade;
            y.vetoed = s.member.vetoed;
            for (const MemberStatement::AwardLine& line : s.awards) {
                BranchOpinion::AwardVerdict verdict {line.award.name, line.outcome.eligible, line.outcome.tieAtQuota, {}};
                for (const QString& key : line.outcome.failed)
                    verdict.reasons << ReportText::reason(key, line.award, line.outcome, s.member.activeMonths());
                y.awards.append(verdict);
            }
            // Attendance at organisation life: present / listed at the year's meetings once any lists the member;
            // until then, the attending rules' entries.
            for (const Meetings::MemberAttendance& a : meetings.ofMember(page.member.id, year)) {
                if (a.cancelled)
                    continue;
                ++y.listed;
                switch (a.attendance) {
                case Meeting::Attendance::Present:
                    ++y.present;
                    break;
                case Meeting::Attendance::Excused:
                    ++y.excused;
                    break;
                case Meeting::Attendance::Absent:
                    ++y.absent;
                    break;
                }
            }
            y.fromMeetings = y.listed > 0;
            y.attended = y.present;
            for (const MemberStatement::EntryLine& e : s.entries) {
                if (e.state != MemberStatement::EntryLine::State::Counted)
                    continue;
                if (!y.fromMeetings && presentCodes.contains(e.ruleCode))
                    y.attended += e.quantity;
                if (!y.fromMeetings && absentCodes.contains(e.ruleCode))
                    y.absent += e.quantity;
                const Rule* rule = rulesByCode.value(e.ruleCode);
                if (rule && rule->versionAt(e.date).veto)
                    y.vetoes << QStringLiteral("%1 %2 (%3)").arg(e.ruleCode, e.ruleName, DateText::date(e.date));
            }
            y.pledges = pledges.list({year, page.member.id, 0});
            page.years.append(y);
        }
    }
    return opinion;
}

qint64 ReportBuilder::recordOpinion(const BranchOpinion& opinion)
{
    QList<qint64> members;
    for (const BranchOpinion::Page& page : opinion.pages)
        members << page.member.id;
    return OpinionLog(m_ledger).record(members, opinion.yearFrom, opinion.yearTo, opinion.opinion).value(0);
}

EligibilityMap ReportBuilder::eligibilityMap(int year, const Award& award)
{
    const QList<MemberYear> members = memberYears(year);
    return EligibilityMap::build(year, award, members, outcomes(award, members));
}

BranchComparison ReportBuilder::branches(int year, const Award& award)
{
    const QList<MemberYear> members = memberYears(year);
    return BranchComparison::build(year, award, members, outcomes(award, members), throughMonth(year));
}

MemberPath ReportBuilder::memberPath(qint64 memberId, int year, const Award& award)
{
    for (const MemberYear& m : memberYears(year))
        if (m.memberId == memberId)
            return MemberPath::build(m, award, throughMonth(year));
    throw StorageError(StorageError::Kind::NotFound, tr("No current member with id %1.").arg(memberId));
}

ParticipationSeries ReportBuilder::participation(int year)
{
    return ParticipationSeries::build(year, memberYears(year), throughMonth(year));
}

BranchEvaluationReport ReportBuilder::branchEvaluation(int year, std::optional<qint64> under)
{
    BranchEvaluationReport report;
    report.organisation = organisation();
    report.year = year;
    report.preparedOn = m_today;
    if (under)
        for (const Branch& branch : m_ledger.branches())
            if (branch.id == *under)
                report.scope = branch.name;
    for (const BranchTier& tier : m_rules.branchTiers)
        report.tiers << tier.name;
    report.awards = m_rules.branchAwards;
    report.settings = m_rules.branchEvaluation.value_or(BranchEvaluationSettings());
    for (const MeetingType& type : m_rules.meetingTypes)
        if (type.requiredPerYear > 0)
            report.requiredMeetings << type;
    report.branches = BranchEvaluationStore(m_ledger.database()).evaluate(year, under, &report.previousYear);
    return report;
}

CategoryPoints ReportBuilder::categories(int year)
{
    return CategoryPoints::build(year, memberYears(year, true));
}

} // namespace jifen
