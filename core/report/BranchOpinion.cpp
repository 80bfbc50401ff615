#include "BranchOpinion.h"

#include "ReportText.h"
#include "model/DateText.h"
#include "model/IdNumber.h"

#include <algorithm>

namespace jifen {

QString BranchOpinion::title() const
{
    return tr("Party branch opinion");
}

QString BranchOpinion::yearsText() const
{
    if (yearFrom == yearTo)
        return tr("year %1", "opinion years").arg(yearFrom);
    return tr("years %1 to %2", "opinion years").arg(yearFrom).arg(yearTo);
}

QString BranchOpinion::rankText(int rank, int size)
{
    return size > 0 ? QStringLiteral("%1 / %2").arg(rank).arg(size) : QStringLiteral("—");
}

ReportTable BranchOpinion::particulars(const Page& page) const
{
    using Align = ReportTable::Align;
    const Member& m = page.member;
    ReportTable table;
    table.caption = tr("Particulars");
    table.columns = {{tr("Name"), Align::Center, 8, false},        {tr("Gender"), Align::Center, 4, false},
                     {tr("ID number"), Align::Center, 20, true},   {tr("Branch"), Align::Center, 16, false},
                     {tr("Category"), Align::Center, 8, false},    {tr("Joined the Party"), Align::Center, 11, false},
                     {tr("Position"), Align::Center, 10, false}};
    table.rows.append({ReportCell(m.name), ReportCell(m.gender), ReportCell(IdNumber::masked(m.idNumber)),
                       ReportCell(m.branchName), ReportCell(m.category), ReportCell(DateText::date(m.joinDate)),
                       ReportCell(m.position)});
    return table;
}

ReportTable BranchOpinion::figures(const Page& page) const
{
    using Align = ReportTable::Align;
    ReportTable table;
    table.caption = tr("Points and appraisal");
    table.columns = {{tr("Year"), Align::Right, 6, false},
                     {tr("Year total"), Align::Right, 8, false},
                     {tr("Rank in branch"), Align::Right, 8, false},
                     {tr("Rank overall"), Align::Right, 8, false},
                     {tr("Grade"), Align::Center, 8, false},
                     {tr("Veto"), Align::Left, 20, false},
                     {tr("Organisation life"), Align::Left, 20, false}};
    for (const Year& y : page.years) {
        if (!y.counted) {
            table.rows.append({ReportCell(QString::number(y.year), y.year), ReportCell(QStringLiteral("—")),
                               ReportCell(QStringLiteral("—")), ReportCell(QStringLiteral("—")),
                               ReportCell(QStringLiteral("—")), ReportCell(tr("not on the roster this year")),
                               ReportCell(QString())});
            continue;
        }
        ReportCell veto(y.vetoed ? tr("vetoed: %1").arg(y.vetoes.join(tr("; ", "separator between vetoes")))
                                 : tr("none", "no veto"));
        veto.flagged = y.vetoed;
        QString life;
        if (y.fromMeetings) {
            life = tr("present %1 / listed %2").arg(y.present).arg(y.listed);
            if (y.excused > 0)
                life += tr(", excused %n", nullptr, y.excused);
            if (y.absent > 0)
                life += tr(", absent without leave %n", nullptr, y.absent);
        } else {
            life = tr("attended %n time(s)", nullptr, y.attended);
            if (y.absent > 0)
                life += tr(", absent without leave %n time(s)", nullptr, y.absent);
        }
        table.rows.append({ReportCell(QString::number(y.year), y.year),
                           ReportCell(ReportText::points(y.total), points::toDouble(y.total)),
                           ReportCell(rankText(y.branchRank, y.branchSize)),
                           ReportCell(rankText(y.overallRank, y.overallSize)),
                           ReportCell(y.grade.isEmpty() ? QStringLiteral("—") : y.grade), veto, ReportCell(life)});
    }
    return table;
}

ReportTable BranchOpinion::awards(const Page& page) const
{
    using Align = ReportTable::Align;
    ReportTable table;
    table.caption = tr("Commendation");
    table.emptyText = tr("The rule set has no awards.");
    table.columns = {{tr("Year"), Align::Right, 6, false},
                     {tr("Award"), Align::Left, 12, false},
                     {tr("Verdict"), Align::Center, 8, false},
                     {tr("Why not eligible"), Align::Left, 40, false}};
    for (const Year& y : page.years) {
        for (const AwardVerdict& a : y.awards) {
            ReportCell verdict(a.eligible ? tr("eligible") : tr("not eligible"));
            QString why = a.reasons.join(tr("; ", "separator between reasons"));
            if (a.eligible && a.tieAtQuota)
                why = ReportText::tieAtQuota();
            table.rows.append({ReportCell(QString::number(y.year), y.year), ReportCell(a.name), verdict,
                               ReportCell(why)});
        }
    }
    return table;
}

ReportTable BranchOpinion::pledges(const Page& page) const
{
    using Align = ReportTable::Align;
    ReportTable table;
    table.caption = tr("Pledges");
    table.emptyText = tr("No pledges recorded for %1.").arg(yearsText());
    table.columns = {{tr("Year"), Align::Right, 6, false},
                     {tr("Pledge"), Align::Left, 34, false},
                     {tr("Due"), Align::Center, 11, false},
                     {tr("Result"), Align::Center, 8, false},
                     {tr("Review note"), Align::Left, 20, false}};
    for (const Year& y : page.years) {
        for (const Pledge& p : y.pledges) {
            table.rows.append({ReportCell(QString::number(y.year), y.year), ReportCell(p.text),
                               ReportCell(DateText::date(p.due)),
                               ReportCell(p.review ? pledgeResultWord(p.review->result) : tr("not reviewed")),
                               ReportCell(p.review ? p.review->note : QString())});
        }
    }
    return table;
}

ReportTable BranchOpinion::opinionBox() const
{
    ReportTable table;
    table.caption = tr("Opinion of the Party branch");
    table.columns = {{tr("Opinion of the Party branch"), ReportTable::Align::Left, 80, false}};
    // Blank lines give room to write the opinion by hand, or to add to the typed one.
    table.rows.append(
        {ReportCell(opinion.trimmed().isEmpty() ? QString(10, u'\n') : opinion.trimmed() + QString(4, u'\n'))});
    return table;
}

QString BranchOpinion::signatureLine() const
{
    return tr("Branch secretary (signature):                Seal of the branch:                Date:      year    "
              "month    day");
}

ReportDocument BranchOpinion::document() const
{
    ReportDocument doc;
    doc.title = title();
    doc.subtitle << organisation << tr("%1    Prepared on %2").arg(yearsText(), DateText::date(preparedOn));
    // Each page is a form of its own under its title: no running head.
    bool first = true;
    for (const Page& page : pages) {
        if (!first)
            doc.addPageBreak();
        first = false;
        doc.addTable(particulars(page));
        doc.addTable(figures(page));
        doc.addTable(awards(page));
        doc.addTable(pledges(page));
        doc.addTable(opinionBox());
        doc.addParagraph(signatureLine());
        QString note = tr("Ranks are rank / members ranked, on year totals, as in the ranking and the commendation list.");
        const bool meetings = std::any_of(page.years.cbegin(), page.years.cend(),
                                          [](const Year& y) { return y.counted && y.fromMeetings; });
        const bool entries = std::any_of(page.years.cbegin(), page.years.cend(),
                                         [](const Year& y) { return y.counted && !y.fromMeetings; });
        if (meetings)
            note += u' '
                + tr("Organisation life is present / listed at the recorded meetings that list the member (cancelled "
                     "meetings not counted).");
        if (entries && (!attendanceRules.isEmpty() || !absenceRules.isEmpty()))
            note += u' '
                + (meetings ? tr("In a year without recorded meetings, organisation life counts the entries of "
                                 "%1%2.")
                            : tr("Organisation life counts the entries of %1%2."))
                      .arg(attendanceRules.join(tr(", ", "separator between rules")),
                           absenceRules.isEmpty()
                               ? QString()
                               : tr("; absences: %1").arg(absenceRules.join(tr(", ", "separator between rules"))));
        doc.addNote(note);
    }
    return doc;
}

} // namespace jifen
