#include "BranchEvaluationReport.h"

#include "ReportText.h"
#include "model/DateText.h"

#include <algorithm>

namespace jifen {

namespace {

double number(Cents value)
{
    return points::toDouble(value);
}

} // namespace

QString BranchEvaluationReport::hundredths(Cents value)
{
    const Cents magnitude = value < 0 ? -value : value;
    return QStringLiteral("%1%2.%3")
        .arg(value < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString BranchEvaluationReport::title() const
{
    return tr("%1 branch evaluation, %2", "organisation, year")
        .arg(organisation, ReportText::period(Period::year(year)))
        .trimmed();
}

QString BranchEvaluationReport::scopeText() const
{
    return scope.isEmpty() ? tr("all Party branches") : scope;
}

int BranchEvaluationReport::tierIndex(const std::optional<QString>& tier) const
{
    const qsizetype index = tier ? tiers.indexOf(*tier) : -1;
    return static_cast<int>(index < 0 ? tiers.size() : index);
}

BranchEvaluationReport::Movement BranchEvaluationReport::movement(const BranchResult& branch) const
{
    if (!branch.previousTier) {
        const bool evaluated = std::any_of(previousYear.cbegin(), previousYear.cend(), [&](const BranchResult& r) {
            return r.facts.branchId == branch.facts.branchId;
        });
        if (!evaluated)
            return Movement::New;
    }
    const int now = tierIndex(branch.tier);
    const int before = tierIndex(branch.previousTier);
    return now < before ? Movement::Up : now > before ? Movement::Down : Movement::Same;
}

QString BranchEvaluationReport::movementText(Movement movement)
{
    switch (movement) {
    case Movement::Up:
        return QStringLiteral("↑");
    case Movement::Down:
        return QStringLiteral("↓");
    case Movement::Same:
        return QStringLiteral("→");
    case Movement::New:
        break;
    }
    return tr("new", "not evaluated the year before");
}

QString BranchEvaluationReport::movementHint(const BranchResult& branch) const
{
    const QString now = branch.tier.value_or(tr("no tier"));
    switch (movement(branch)) {
    case Movement::Up:
        return tr("Up from %1 to %2.").arg(branch.previousTier.value_or(tr("no tier")), now);
    case Movement::Down:
        return tr("Down from %1 to %2.").arg(branch.previousTier.value_or(tr("no tier")), now);
    case Movement::Same:
        return tr("%1 both years.").arg(now);
    case Movement::New:
        break;
    }
    return tr("Not evaluated in %1.").arg(year - 1);
}

QList<BranchEvaluationReport::TierCount> BranchEvaluationReport::tierCounts() const
{
    QList<TierCount> counts;
    for (const QString& tier : tiers)
        counts.append({tier, 0, 0});
    counts.append({QString(), 0, 0}); // no tier
    for (const BranchResult& r : branches)
        ++counts[tierIndex(r.tier)].thisYear;
    for (const BranchResult& r : previousYear)
        ++counts[tierIndex(r.tier)].lastYear;
    if (counts.constLast().thisYear == 0 && counts.constLast().lastYear == 0)
        counts.removeLast();
    return counts;
}

int BranchEvaluationReport::count(Movement wanted) const
{
    return static_cast<int>(std::count_if(branches.cbegin(), branches.cend(),
                                          [&](const BranchResult& r) { return movement(r) == wanted; }));
}

QString BranchEvaluationReport::conditions(const BranchAward& award)
{
    QStringList parts;
    if (award.minScore)
        parts << tr("score ≥ %1").arg(points::format(*award.minScore));
    if (!award.minTier.isEmpty())
        parts << tr("%1 or higher", "tier").arg(award.minTier);
    if (award.noVeto)
        parts << tr("no veto");
    if (award.minMeetingRate)
        parts << tr("meetings held ≥ %1%").arg(points::format(*award.minMeetingRate));
    if (award.minAttendance)
        parts << tr("attendance ≥ %1%").arg(points::format(*award.minAttendance));
    if (award.topPercent)
        parts << tr("top %1% of the ranking").arg(points::format(*award.topPercent));
    if (award.quota)
        parts << tr("at most %n branch(es)", nullptr, *award.quota);
    if (parts.isEmpty())
        return tr("no conditions");
    return parts.join(tr("; ", "separator between conditions"));
}

QString BranchEvaluationReport::reason(const QString& key, const BranchAward& award, const BranchResult& branch) const
{
    if (key == u"min_score")
        return tr("score %1, below %2").arg(hundredths(branch.score), points::format(award.minScore.value_or(0)));
    if (key == u"min_tier")
        return tr("%1, below %2", "tier, minimum tier").arg(branch.tier.value_or(tr("no tier")), award.minTier);
    if (key == u"no_veto")
        return tr("vetoed this year");
    if (key == u"min_meeting_rate")
        return tr("meetings held %1%, below %2%")
            .arg(hundredths(branch.meetingRate), points::format(award.minMeetingRate.value_or(0)));
    if (key == u"min_attendance")
        return tr("attendance %1%, below %2%")
            .arg(hundredths(branch.attendance), points::format(award.minAttendance.value_or(0)));
    if (key == u"top_percent")
        return tr("rank %1, outside the top %2% (rank %3 or better)")
            .arg(branch.rank)
            .arg(points::format(award.topPercent.value_or(0)))
            .arg(BranchEvaluation::shareLimit(branches.size(), award.topPercent.value_or(0)));
    if (key == u"quota")
        return tr("beyond the quota of %n branch(es)", nullptr, award.quota.value_or(0));
    return key;
}

QString BranchEvaluationReport::verdictText(const BranchAwardVerdict& verdict, const BranchAward& award,
                                            const BranchResult& branch) const
{
    if (verdict.eligible)
        return verdict.tieAtQuota ? tr("eligible (%1)").arg(ReportText::tieAtQuota()) : tr("eligible");
    QStringList reasons;
    for (const QString& key : verdict.failed)
        reasons << reason(key, award, branch);
    return tr("no: %1").arg(reasons.join(tr("; ", "separator between reasons")));
}

QString BranchEvaluationReport::columnHint(Column column) const
{
    switch (column) {
    case Column::Rank:
        return tr("Rank by score among the branches evaluated, highest first; equal scores share a rank (1, 2, 2, 4) "
                  "and are listed in pinyin order.");
    case Column::Name:
        return {};
    case Column::Members:
        return tr("n: the members on the roster at some day of the year, counted in the branch they belonged to on "
                  "its last day (or on the day they left).");
    case Column::AvgPoints:
        return tr("A: the members' year totals (base points included) added up, divided by the number of members.");
    case Column::Participation:
        return tr("P: the members' active months added up, divided by 12 × the number of members.");
    case Column::MeetingRate:
        return tr("M: the mean, over the meeting types with a yearly requirement, of the meetings held (at most the "
                  "requirement) divided by the requirement. Cancelled meetings do not count.");
    case Column::Attendance:
        return tr("T: present ÷ (present + absent), over everyone listed at the branch's meetings of the year, guests "
                  "included; the excused are not counted.");
    case Column::MemberPoints:
        return tr("%1 × A ÷ %2, at most %1; 0 when A is negative.")
            .arg(points::format(settings.memberPointsMax), points::format(settings.fullAt));
    case Column::ParticipationPoints:
        return tr("%1 × P.").arg(points::format(settings.participationMax));
    case Column::MeetingPoints:
        return tr("%1 × M.").arg(points::format(settings.meetingsMax));
    case Column::AttendancePoints:
        return tr("%1 × T.").arg(points::format(settings.attendanceMax));
    case Column::BranchRules:
        return tr("The branch's own bonus and deduction items (支部加减分) of the year, after their monthly and yearly "
                  "caps.");
    case Column::Score:
        return tr("The sum of the five parts, each worked out exactly and rounded to hundredths (halves away from "
                  "zero).");
    case Column::Tier:
        return tr("Tiers are filled from the top: a branch whose score reaches a tier's minimum takes it while the "
                  "tier's share limit admits it (branches tied at the limit all keep it: the committee decides). A "
                  "vetoed branch takes the lowest tier.");
    case Column::PreviousTier:
        return tr("The tier of the year before, worked out now in the same way from the ledger as it stands.");
    case Column::Movement:
        return tr("↑ a higher tier than the year before, ↓ a lower one, → the same; new: not evaluated the year "
                  "before.");
    case Column::Vetoed:
        return tr("A veto item among the branch's own items of the year (such as a serious disciplinary case), or a "
                  "member vetoed for the year where the rule set says a member's veto counts for the branch.");
    case Column::Awards:
        break;
    }
    return {};
}

QString BranchEvaluationReport::cellHint(Column column, const BranchResult& r) const
{
    const BranchFacts& f = r.facts;
    switch (column) {
    case Column::AvgPoints:
        return tr("A = %1 ÷ %2 = %3").arg(points::format(f.totalPoints)).arg(f.members).arg(hundredths(r.avgPoints));
    case Column::Participation:
        return tr("P = %1 active months ÷ (12 × %2) = %3%")
            .arg(f.activeMonths)
            .arg(f.members)
            .arg(hundredths(r.participation));
    case Column::MeetingRate: {
        if (requiredMeetings.isEmpty())
            return tr("No meeting type has a yearly requirement: M = 100%.");
        QStringList held;
        for (const MeetingType& type : requiredMeetings)
            held << tr("%1 %2 of %3").arg(type.name).arg(f.held.value(type.code)).arg(type.requiredPerYear);
        return tr("%1: M = %2%").arg(held.join(tr("; ", "separator between meeting types")), hundredths(r.meetingRate));
    }
    case Column::Attendance:
        if (f.present + f.absent == 0)
            return tr("No one present or absent: T = 0.");
        return tr("T = %1 ÷ (%1 + %2) = %3%").arg(f.present).arg(f.absent).arg(hundredths(r.attendance));
    case Column::MemberPoints:
        return tr("%1 × min(1, %2 ÷ %3) = %4")
            .arg(points::format(settings.memberPointsMax), hundredths(r.avgPoints), points::format(settings.fullAt),
                 hundredths(r.memberPoints));
    case Column::ParticipationPoints:
        return tr("%1 × %2% = %3")
            .arg(points::format(settings.participationMax), hundredths(r.participation),
                 hundredths(r.participationPoints));
    case Column::MeetingPoints:
        return tr("%1 × %2% = %3")
            .arg(points::format(settings.meetingsMax), hundredths(r.meetingRate), hundredths(r.meetingPoints));
    case Column::AttendancePoints:
        return tr("%1 × %2% = %3")
            .arg(points::format(settings.attendanceMax), hundredths(r.attendance), hundredths(r.attendancePoints));
    case Column::Score:
        return tr("%1 + %2 + %3 + %4 + %5 = %6")
            .arg(hundredths(r.memberPoints), hundredths(r.participationPoints), hundredths(r.meetingPoints),
                 hundredths(r.attendancePoints), hundredths(r.branchRulePoints), hundredths(r.score));
    case Column::Tier:
        if (r.vetoed)
            return tr("Vetoed: the lowest tier.");
        if (r.tieAtShare)
            return tr("Tied at the tier's share limit: the committee decides.");
        return {};
    case Column::Movement:
        return movementHint(r);
    case Column::Vetoed:
        if (!r.vetoed)
            return {};
        return f.branchVetoed ? tr("A veto item among the branch's own items of the year.")
                              : tr("A member of the branch is vetoed for the year.");
    default:
        break;
    }
    // The figures shown are rounded: the hints above quote the rounded figures, the parts are worked out exactly.
    return {};
}

QList<BranchEvaluationReport::Column> BranchEvaluationReport::allColumns()
{
    using C = Column;
    return {C::Rank,
            C::Name,
            C::Members,
            C::AvgPoints,
            C::Participation,
            C::MeetingRate,
            C::Attendance,
            C::MemberPoints,
            C::ParticipationPoints,
            C::MeetingPoints,
            C::AttendancePoints,
            C::BranchRules,
            C::Score,
            C::Tier,
            C::PreviousTier,
            C::Movement,
            C::Vetoed,
            C::Awards};
}

ReportTable BranchEvaluationReport::table(const QList<Column>& columns) const
{
    using Align = ReportTable::Align;
    ReportTable table;
    table.caption = tr("Branch evaluation");
    table.emptyText = tr("No branch is evaluated: the rule set has no branch evaluation, or no Party branch had "
                         "members in the year.");
    const auto add = [&](const QString& title, Align align, int width, Column column) {
        table.columns.append({title, align, width, false});
        table.columnHints.append(columnHint(column));
    };
    for (const Column column : columns) {
        switch (column) {
        case Column::Rank:
            add(tr("Rank"), Align::Center, 5, column);
            break;
        case Column::Name:
            add(tr("Party branch"), Align::Left, 20, column);
            break;
        case Column::Members:
            add(tr("Members"), Align::Right, 6, column);
            break;
        case Column::AvgPoints:
            add(tr("Average points"), Align::Right, 8, column);
            break;
        case Column::Participation:
            add(tr("Participation %"), Align::Right, 8, column);
            break;
        case Column::MeetingRate:
            add(tr("Meetings held %"), Align::Right, 8, column);
            break;
        case Column::Attendance:
            add(tr("Attendance %"), Align::Right, 8, column);
            break;
        case Column::MemberPoints:
            add(tr("Points part (%1)").arg(points::format(settings.memberPointsMax)), Align::Right, 8, column);
            break;
        case Column::ParticipationPoints:
            add(tr("Participation part (%1)").arg(points::format(settings.participationMax)), Align::Right, 8, column);
            break;
        case Column::MeetingPoints:
            add(tr("Meetings part (%1)").arg(points::format(settings.meetingsMax)), Align::Right, 8, column);
            break;
        case Column::AttendancePoints:
            add(tr("Attendance part (%1)").arg(points::format(settings.attendanceMax)), Align::Right, 8, column);
            break;
        case Column::BranchRules:
            add(tr("Branch items"), Align::Right, 7, column);
            break;
        case Column::Score:
            add(tr("Score"), Align::Right, 7, column);
            break;
        case Column::Tier:
            add(tr("Tier"), Align::Center, 8, column);
            break;
        case Column::PreviousTier:
            add(tr("Last year"), Align::Center, 7, column);
            break;
        case Column::Movement:
            add(tr("Change"), Align::Center, 5, column);
            break;
        case Column::Vetoed:
            add(tr("Veto"), Align::Center, 5, column);
            break;
        case Column::Awards:
            for (const BranchAward& award : awards) {
                table.columns.append({award.name, Align::Left, 30, false});
                table.columnHints.append(tr("%1: %2. Every condition must hold.").arg(award.name, conditions(award)));
            }
            break;
        }
    }
    for (const BranchResult& r : branches) {
        QList<ReportCell> row;
        const auto cell = [&](ReportCell c, Column column) {
            c.hint = cellHint(column, r);
            row.append(c);
        };
        const auto figure
            = [&](Cents value, Column column) { cell(ReportCell(hundredths(value), number(value)), column); };
        for (const Column column : columns) {
            switch (column) {
            case Column::Rank:
                cell(ReportCell(QString::number(r.rank), r.rank), column);
                break;
            case Column::Name:
                cell(ReportCell(r.facts.name), column);
                break;
            case Column::Members:
                cell(ReportCell(QString::number(r.facts.members), r.facts.members), column);
                break;
            case Column::AvgPoints:
                figure(r.avgPoints, column);
                break;
            case Column::Participation:
                figure(r.participation, column);
                break;
            case Column::MeetingRate:
                figure(r.meetingRate, column);
                break;
            case Column::Attendance:
                figure(r.attendance, column);
                break;
            case Column::MemberPoints:
                figure(r.memberPoints, column);
                break;
            case Column::ParticipationPoints:
                figure(r.participationPoints, column);
                break;
            case Column::MeetingPoints:
                figure(r.meetingPoints, column);
                break;
            case Column::AttendancePoints:
                figure(r.attendancePoints, column);
                break;
            case Column::BranchRules:
                figure(r.branchRulePoints, column);
                break;
            case Column::Score:
                figure(r.score, column);
                break;
            case Column::Tier: {
                ReportCell c(r.tieAtShare
                                 ? tr("%1 (tie)", "tier shared at the share limit").arg(r.tier.value_or(QString()))
                                 : r.tier.value_or(QString()));
                c.flagged = r.tieAtShare;
                cell(c, column);
                break;
            }
            case Column::PreviousTier:
                cell(ReportCell(r.previousTier.value_or(QString())), column);
                break;
            case Column::Movement:
                cell(ReportCell(movementText(movement(r))), column);
                break;
            case Column::Vetoed:
                cell(ReportCell(r.vetoed ? ReportText::yesNo(true) : QString()), column);
                break;
            case Column::Awards:
                for (qsizetype a = 0; a < awards.size() && a < r.awards.size(); ++a) {
                    ReportCell c(verdictText(r.awards[a], awards[a], r));
                    c.flagged = r.awards[a].tieAtQuota;
                    c.hint = c.text;
                    row.append(c);
                }
                break;
            }
        }
        table.rows.append(row);
    }
    return table;
}

ReportTable BranchEvaluationReport::eligibleTable(qsizetype a) const
{
    using Align = ReportTable::Align;
    const BranchAward& award = awards[a];
    ReportTable table;
    table.caption = tr("%1: eligible").arg(award.name);
    table.emptyText = tr("No branch is eligible.");
    table.columns = {{tr("No."), Align::Center, 5, false},  {tr("Party branch"), Align::Left, 24, false},
                     {tr("Score"), Align::Right, 7, false}, {tr("Rank"), Align::Center, 5, false},
                     {tr("Tier"), Align::Center, 7, false}, {tr("Remark"), Align::Left, 24, false}};
    int serial = 0;
    for (const BranchResult& r : branches) {
        if (a >= r.awards.size() || !r.awards[a].eligible)
            continue;
        ++serial;
        ReportCell remark(r.awards[a].tieAtQuota ? ReportText::tieAtQuota() : QString());
        remark.flagged = r.awards[a].tieAtQuota;
        table.rows.append({ReportCell(QString::number(serial), serial), ReportCell(r.facts.name),
                           ReportCell(hundredths(r.score), number(r.score)),
                           ReportCell(QString::number(r.rank), r.rank), ReportCell(r.tier.value_or(QString())),
                           remark});
    }
    return table;
}

ReportTable BranchEvaluationReport::failedTable(qsizetype a) const
{
    using Align = ReportTable::Align;
    const BranchAward& award = awards[a];
    ReportTable table;
    table.caption = tr("%1: not eligible").arg(award.name);
    table.emptyText = tr("Every branch is eligible.");
    table.columns = {{tr("Party branch"), Align::Left, 20, false},
                     {tr("Score"), Align::Right, 7, false},
                     {tr("Rank"), Align::Center, 5, false},
                     {tr("Tier"), Align::Center, 7, false},
                     {tr("Conditions failed"), Align::Left, 40, false}};
    for (const BranchResult& r : branches) {
        if (a >= r.awards.size() || r.awards[a].eligible)
            continue;
        QStringList reasons;
        for (const QString& key : r.awards[a].failed)
            reasons << reason(key, award, r);
        table.rows.append({ReportCell(r.facts.name), ReportCell(hundredths(r.score), number(r.score)),
                           ReportCell(QString::number(r.rank), r.rank), ReportCell(r.tier.value_or(QString())),
                           ReportCell(reasons.join(tr("; ", "separator between reasons")))});
    }
    return table;
}

QList<ReportTable> BranchEvaluationReport::tables() const
{
    QList<ReportTable> result {table(allColumns())};
    for (qsizetype a = 0; a < awards.size(); ++a)
        result << eligibleTable(a) << failedTable(a);
    return result;
}

ReportDocument BranchEvaluationReport::document() const
{
    using C = Column;
    ReportDocument doc;
    doc.title = title();
    doc.subtitle << tr("Scope: %1    Branches evaluated: %2    Prepared on %3")
                        .arg(scopeText())
                        .arg(branches.size())
                        .arg(DateText::date(preparedOn));
    doc.runningHead = title();

    doc.addHeading(tr("Tiers (支部评星定级)"));
    QStringList counts;
    for (const TierCount& c : tierCounts())
        counts << tr("%1: %2 (%3 in %4)")
                      .arg(c.tier.isEmpty() ? tr("no tier") : c.tier)
                      .arg(c.thisYear)
                      .arg(c.lastYear)
                      .arg(year - 1);
    if (!branches.isEmpty()) {
        doc.addParagraph(counts.join(tr("; ", "separator between tiers")));
        doc.addParagraph(tr("Against %1: %2 up, %3 down, %4 the same, %5 new.")
                             .arg(year - 1)
                             .arg(count(Movement::Up))
                             .arg(count(Movement::Down))
                             .arg(count(Movement::Same))
                             .arg(count(Movement::New)));
    }
    doc.addTable(table({C::Rank, C::Name, C::Members, C::Score, C::Tier, C::PreviousTier, C::Movement, C::Vetoed}));

    if (!branches.isEmpty()) {
        doc.addHeading(tr("Figures and parts of the score"));
        // The score is in the table above: eleven columns of numbers do not fit an A4 page's width.
        doc.addTable(table({C::Name, C::AvgPoints, C::Participation, C::MeetingRate, C::Attendance, C::MemberPoints,
                            C::ParticipationPoints, C::MeetingPoints, C::AttendancePoints, C::BranchRules}));
        doc.addNote(tr("Average points: the members' year totals (base points included) divided by their number. "
                       "Participation: active months ÷ (12 × members). Meetings held: the mean over the required "
                       "meeting types of held ÷ required (at most 1). Attendance: present ÷ (present + absent) at the "
                       "branch's meetings. Each part is worked out exactly and rounded to hundredths; the score is "
                       "their sum."));
    }

    for (qsizetype a = 0; a < awards.size(); ++a) {
        const BranchAward& award = awards[a];
        doc.addHeading(tr("%1 (%2)").arg(award.name, award.code));
        doc.addParagraph(tr("Conditions: %1").arg(conditions(award)));
        const ReportTable eligible = eligibleTable(a);
        doc.addParagraph(tr("Eligible: %1 of %2 branches.").arg(eligible.rows.size()).arg(branches.size()));
        doc.addTable(eligible);
        const ReportTable failed = failedTable(a);
        if (!failed.rows.isEmpty()) {
            doc.addParagraph(tr("Not eligible, with the conditions failed: %1 branches.").arg(failed.rows.size()));
            doc.addTable(failed);
        }
    }
    if (std::any_of(branches.cbegin(), branches.cend(), [](const BranchResult& r) { return r.tieAtShare; }))
        doc.addNote(tr("A tier marked (tie): the branches tied at the tier's share limit all keep it; the committee "
                       "decides."));
    doc.signatureLines = true;
    return doc;
}

ReportDocument BranchEvaluationReport::exportDocument() const
{
    ReportDocument doc;
    doc.title = title();
    for (const ReportTable& t : tables())
        doc.addTable(t);
    return doc;
}

} // namespace jifen
