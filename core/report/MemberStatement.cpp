#include "MemberStatement.h"

#include "ReportText.h"
#include "model/DateText.h"
#include "model/IdNumber.h"

#include <algorithm>

namespace jifen {

MemberStatement MemberStatement::build(const QString& organisation, const MemberYear& member, const QString& category,
                                       QDate joinDate, QList<EntryLine> entries, QDate preparedOn)
{
    MemberStatement statement;
    statement.organisation = organisation;
    statement.member = member;
    statement.category = category;
    statement.joinDate = joinDate;
    statement.preparedOn = preparedOn;
    std::stable_sort(entries.begin(), entries.end(), [](const EntryLine& a, const EntryLine& b) {
        return a.date != b.date ? a.date < b.date : a.entryId < b.entryId;
    });
    statement.entries = std::move(entries);
    return statement;
}

QString MemberStatement::title() const
{
    return tr("Points record of %1, %2", "member name, year").arg(member.name).arg(member.year);
}

QString MemberStatement::remark(const EntryLine& entry) const
{
    switch (entry.state) {
    case EntryLine::State::Reversed:
        return entry.reversalReason.isEmpty() ? tr("reversed") : tr("reversed: %1").arg(entry.reversalReason);
    case EntryLine::State::Pending:
        return tr("awaiting review");
    case EntryLine::State::Rejected:
        return tr("rejected in review");
    case EntryLine::State::Counted:
        break;
    }
    if (entry.contribution == 0 && entry.raw != 0)
        return tr("over the cap");
    if (entry.contribution != entry.raw)
        return tr("cut by the cap");
    return {};
}

ReportTable MemberStatement::entryTable() const
{
    using Align = ReportTable::Align;
    ReportTable table;
    table.caption = tr("Entries");
    table.emptyText = tr("No entries in %1.").arg(member.year);
    table.columns = {{tr("Date"), Align::Left, 11, false},      {tr("Rule"), Align::Left, 24, false},
                     {tr("Category"), Align::Center, 6, false}, {tr("Qty"), Align::Right, 6, false},
                     {tr("Points"), Align::Right, 7, false},    {tr("Counted"), Align::Right, 7, false},
                     {tr("Remark"), Align::Left, 20, false}};
    for (const EntryLine& e : entries) {
        QString item = e.ruleCode + QLatin1Char(' ') + e.ruleName;
        if (!e.note.isEmpty())
            item += QStringLiteral("（%1）").arg(e.note);
        ReportCell remarkCell(remark(e));
        remarkCell.flagged = e.state != EntryLine::State::Counted;
        table.rows.append({ReportCell(DateText::date(e.date)), ReportCell(item), ReportCell(e.category),
                           ReportCell(QString::number(e.quantity), e.quantity),
                           ReportCell(ReportText::points(e.raw), points::toDouble(e.raw)),
                           ReportCell(ReportText::points(e.contribution), points::toDouble(e.contribution)),
                           remarkCell});
    }
    return table;
}

ReportTable MemberStatement::monthTable() const
{
    using Align = ReportTable::Align;
    ReportTable table;
    table.caption = tr("Months");
    table.columns = {{tr("Month"), Align::Left, 10, false},
                     {tr("Points"), Align::Right, 8, false},
                     {tr("Cumulative"), Align::Right, 10, false},
                     {tr("Active"), Align::Center, 6, false}};
    table.rows.append({ReportCell(tr("Base points")),
                       ReportCell(ReportText::points(member.basePoints), points::toDouble(member.basePoints)),
                       ReportCell(ReportText::points(member.basePoints), points::toDouble(member.basePoints)),
                       ReportCell(QString())});
    for (int m = 1; m <= 12; ++m) {
        const Cents month = member.months[static_cast<size_t>(m - 1)];
        const Cents cumulative = member.totalThrough(m);
        table.rows.append({ReportCell(ReportText::period(Period::month(member.year, m))),
                           ReportCell(ReportText::points(month), points::toDouble(month)),
                           ReportCell(ReportText::points(cumulative), points::toDouble(cumulative)),
                           ReportCell(member.activeIn(m) ? QStringLiteral("✓") : QString())});
    }
    return table;
}

ReportDocument MemberStatement::document() const
{
    ReportDocument doc;
    doc.title = title();
    doc.subtitle << organisation << tr("Prepared on %1").arg(DateText::date(preparedOn));
    doc.runningHead = title();
    doc.addParagraph(tr("Name: %1    ID number: %2    Branch: %3")
                         .arg(member.name, IdNumber::masked(member.idNumber), member.branchName));
    doc.addParagraph(tr("Category: %1    Joined the Party: %2").arg(category, DateText::date(joinDate)));
    doc.addHeading(tr("Entries"));
    doc.addTable(entryTable());
    doc.addHeading(tr("Monthly totals"));
    doc.addTable(monthTable());
    doc.addHeading(tr("Summary"));
    doc.addParagraph(tr("Year total %1; active in %2 months; grade %3.")
                         .arg(ReportText::points(member.total()))
                         .arg(member.activeMonths())
                         .arg(member.grade.isEmpty() ? tr("none") : member.grade));
    if (branchSize > 0)
        doc.addParagraph(tr("Rank %1 of %2 in the branch; rank %3 of %4 overall.")
                             .arg(branchRank)
                             .arg(branchSize)
                             .arg(overallRank)
                             .arg(overallSize));
    if (member.vetoed)
        doc.addParagraph(tr("Vetoed this year (一票否决)."));
    for (const AwardLine& line : awards) {
        QString verdict;
        if (line.outcome.eligible) {
            verdict = line.outcome.tieAtQuota ? tr("eligible; %1").arg(ReportText::tieAtQuota()) : tr("eligible");
        } else {
            QStringList reasons;
            for (const QString& key : line.outcome.failed)
                reasons << ReportText::reason(key, line.award, line.outcome, member.activeMonths());
            verdict = tr("not eligible: %1").arg(reasons.join(tr("; ", "separator between reasons")));
        }
        doc.addParagraph(tr("%1: %2").arg(line.award.name, verdict));
    }
    doc.signatureLines = true;
    return doc;
}

} // namespace jifen
