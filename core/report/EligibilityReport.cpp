#include "EligibilityReport.h"

#include "NearLine.h"
#include "ReportText.h"
#include "model/DateText.h"
#include "model/IdNumber.h"

#include <QCollator>
#include <QHash>

#include <algorithm>

namespace jifen {

namespace {

void sortByTotal(QList<EligibilityReport::Line>& lines)
{
    QCollator collator {QLocale(QLocale::Chinese, QLocale::China)};
    std::stable_sort(lines.begin(), lines.end(), [&](const auto& a, const auto& b) {
        if (a.total != b.total)
            return a.total > b.total;
        return collator.compare(a.name, b.name) < 0;
    });
}

} // namespace

EligibilityReport EligibilityReport::build(const QString& organisation, int year, const QList<MemberYear>& members,
                                           const QList<Award>& awards, const QList<QList<AwardOutcome>>& outcomes,
                                           QDate preparedOn)
{
    EligibilityReport report;
    report.organisation = organisation;
    report.year = year;
    report.preparedOn = preparedOn;
    QHash<qint64, const MemberYear*> byId;
    for (const MemberYear& m : members)
        byId.insert(m.memberId, &m);

    for (qsizetype a = 0; a < awards.size() && a < outcomes.size(); ++a) {
        Section section;
        section.award = awards[a];
        for (const AwardOutcome& outcome : outcomes[a]) {
            const MemberYear* member = byId.value(outcome.memberId);
            if (!member)
                continue;
            ++section.considered;
            const bool near = NearLine::isNear(section.award, outcome, *member);
            if (!outcome.eligible && !near)
                continue;
            Line line;
            line.memberId = member->memberId;
            line.name = member->name;
            line.maskedId = IdNumber::masked(member->idNumber);
            line.branch = member->branchName;
            line.total = member->total();
            line.rank = outcome.scopeRank;
            line.scopeSize = outcome.scopeSize;
            line.grade = member->grade;
            line.activeMonths = member->activeMonths();
            line.tieAtQuota = outcome.tieAtQuota;
            if (outcome.eligible) {
                section.eligible.append(line);
            } else {
                for (const QString& key : outcome.failed)
                    line.reasons << ReportText::reason(key, section.award, outcome, line.activeMonths);
                section.nearLine.append(line);
            }
        }
        sortByTotal(section.eligible);
        sortByTotal(section.nearLine);
        report.sections.append(section);
    }
    return report;
}

QString EligibilityReport::title() const
{
    return tr("%1 commendation list %2", "organisation, year").arg(organisation).arg(year).trimmed();
}

QList<ReportTable> EligibilityReport::tables() const
{
    using Align = ReportTable::Align;
    QList<ReportTable> result;
    for (const Section& section : sections) {
        const QString rankTitle = section.award.scope == Award::Scope::Branch ? tr("Rank in branch") : tr("Rank");
        ReportTable eligible;
        eligible.caption = tr("%1: eligible").arg(section.award.name);
        eligible.emptyText = tr("Nobody is eligible.");
        eligible.columns = {{tr("No."), Align::Right, 5, false},        {tr("Name"), Align::Left, 10, false},
                            {tr("ID number"), Align::Left, 20, true},   {tr("Branch"), Align::Left, 16, false},
                            {tr("Year total"), Align::Right, 9, false}, {rankTitle, Align::Right, 8, false},
                            {tr("Grade"), Align::Center, 8, false},     {tr("Remark"), Align::Left, 20, false}};
        int number = 0;
        for (const Line& line : section.eligible) {
            ReportCell remark(line.tieAtQuota ? ReportText::tieAtQuota() : QString());
            remark.flagged = line.tieAtQuota;
            ++number;
            eligible.rows.append({ReportCell(QString::number(number), number), ReportCell(line.name),
                                  ReportCell(line.maskedId), ReportCell(line.branch),
                                  ReportCell(ReportText::points(line.total), points::toDouble(line.total)),
                                  ReportCell(QString::number(line.rank), line.rank), ReportCell(line.grade), remark});
        }
        result.append(eligible);

        ReportTable near;
        near.caption = tr("%1: near the line").arg(section.award.name);
        near.emptyText = tr("Nobody is near the line.");
        near.columns = {{tr("Name"), Align::Left, 10, false},   {tr("ID number"), Align::Left, 20, true},
                        {tr("Branch"), Align::Left, 16, false}, {tr("Year total"), Align::Right, 9, false},
                        {rankTitle, Align::Right, 8, false},    {tr("Why not eligible"), Align::Left, 36, false}};
        for (const Line& line : section.nearLine)
            near.rows.append({ReportCell(line.name), ReportCell(line.maskedId), ReportCell(line.branch),
                              ReportCell(ReportText::points(line.total), points::toDouble(line.total)),
                              ReportCell(QString::number(line.rank), line.rank),
                              ReportCell(line.reasons.join(tr("; ", "separator between reasons")))});
        result.append(near);
    }
    return result;
}

ReportDocument EligibilityReport::document() const
{
    ReportDocument doc;
    doc.title = title();
    doc.subtitle << tr("Year %1 totals    Prepared on %2").arg(year).arg(DateText::date(preparedOn));
    doc.runningHead = title();
    const QList<ReportTable> all = tables();
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const Section& section = sections[i];
        doc.addHeading(tr("%1 (%2)").arg(section.award.name, section.award.code));
        doc.addParagraph(tr("Conditions: %1").arg(ReportText::conditions(section.award)));
        doc.addParagraph(tr("Eligible: %1 of %2 members.").arg(section.eligible.size()).arg(section.considered));
        doc.addTable(all[i * 2]);
        doc.addParagraph(tr("Near the line (within %1% of a threshold): %2 members.")
                             .arg(NearLine::marginPercent)
                             .arg(section.nearLine.size()));
        doc.addTable(all[i * 2 + 1]);
    }
    doc.addNote(tr("Near the line: not eligible, and every condition missed is missed by at most %1% (points, rank, "
                   "active months) or is only the quota. Probationary and vetoed members are never near the line.")
                    .arg(NearLine::marginPercent));
    doc.signatureLines = true;
    return doc;
}

} // namespace jifen
