#include "RankingReport.h"

#include "ReportText.h"
#include "model/DateText.h"
#include "model/IdNumber.h"

#include <QHash>

namespace jifen {

RankingReport RankingReport::build(const QString& organisation, const Period& period, const QString& scope,
                                   const QList<Line>& lines, QDate preparedOn, int noticeDays)
{
    RankingReport report;
    report.organisation = organisation;
    report.period = period;
    report.scope = scope;
    report.preparedOn = preparedOn;
    report.noticeFrom = preparedOn;
    report.noticeTo = preparedOn.addDays(std::max(1, noticeDays) - 1);

    QHash<int, int> sharing; // rank -> how many members hold it
    for (const Line& line : lines)
        ++sharing[line.rank];
    report.rows.reserve(lines.size());
    for (const Line& line : lines) {
        Row row;
        row.rank = line.rank;
        row.tied = sharing.value(line.rank) > 1;
        row.memberId = line.memberId;
        row.name = line.name;
        row.maskedId = IdNumber::masked(line.idNumber);
        row.branch = line.branchName;
        row.periodPoints = line.periodTotal;
        row.yearToDate = line.yearToDate;
        if (line.previousRank)
            row.rankChange = *line.previousRank - line.rank;
        row.grade = line.grade;
        report.rows.append(row);
    }
    return report;
}

void RankingReport::markPublished(const QDateTime& at, const QString& by, const QSet<qint64>& changedMembers)
{
    publishedAt = at;
    publishedBy = by;
    for (Row& row : rows)
        row.changedAfterPublication = changedMembers.contains(row.memberId);
    status = changedMembers.isEmpty() ? Status::Published : Status::ChangedAfterPublication;
}

int RankingReport::changedCount() const
{
    return static_cast<int>(
        std::count_if(rows.cbegin(), rows.cend(), [](const Row& row) { return row.changedAfterPublication; }));
}

QString RankingReport::title() const
{
    return tr("%1 %2 points ranking", "organisation, period").arg(organisation, ReportText::period(period)).trimmed();
}

QString RankingReport::scopeText() const
{
    return scope.isEmpty() ? tr("all members") : scope;
}

QList<RankingReport::Column> RankingReport::printColumns()
{
    return {Column::Rank,       Column::Name,       Column::Branch, Column::PeriodPoints,
            Column::YearToDate, Column::RankChange, Column::Grade};
}

QList<RankingReport::Column> RankingReport::exportColumns()
{
    return {Column::Rank,         Column::Tie,        Column::Name,       Column::MaskedId, Column::Branch,
            Column::PeriodPoints, Column::YearToDate, Column::RankChange, Column::Grade};
}

QString RankingReport::columnTitle(Column column)
{
    switch (column) {
    case Column::Rank:
        return tr("Rank");
    case Column::Tie:
        return tr("Tie");
    case Column::Name:
        return tr("Name");
    case Column::MaskedId:
        return tr("ID number");
    case Column::Branch:
        return tr("Branch");
    case Column::PeriodPoints:
        return tr("Points this period");
    case Column::YearToDate:
        return tr("Year to date");
    case Column::RankChange:
        return tr("Change");
    case Column::Grade:
        return tr("Grade");
    }
    return {};
}

ReportTable RankingReport::table(const QList<Column>& columns) const
{
    using Align = ReportTable::Align;
    ReportTable table;
    table.caption = tr("Ranking");
    table.emptyText = tr("No members in this scope.");
    const bool tieColumn = columns.contains(Column::Tie);
    for (const Column column : columns) {
        ReportTable::Column c;
        c.title = columnTitle(column);
        switch (column) {
        case Column::Rank:
            c.align = Align::Right;
            c.width = tieColumn ? 6 : 10;
            break;
        case Column::Tie:
            c.align = Align::Center;
            c.width = 5;
            break;
        case Column::Name:
            c.width = 10;
            break;
        case Column::MaskedId:
            c.width = 22;
            c.keepAsText = true;
            break;
        case Column::Branch:
            c.width = 18;
            break;
        case Column::PeriodPoints:
        case Column::YearToDate:
            c.align = Align::Right;
            c.width = 10;
            break;
        case Column::RankChange:
            c.align = Align::Right;
            c.width = 10;
            break;
        case Column::Grade:
            c.align = Align::Center;
            c.width = 8;
            break;
        }
        table.columns.append(c);
    }
    table.rows.reserve(rows.size());
    for (const Row& row : rows) {
        QList<ReportCell> cells;
        cells.reserve(columns.size());
        for (const Column column : columns) {
            switch (column) {
            case Column::Rank:
                cells.append(ReportCell(ReportText::rank(row.rank, row.tied && !tieColumn), row.rank));
                break;
            case Column::Tie:
                cells.append(ReportCell(row.tied ? tr("tie") : QString()));
                break;
            case Column::Name: {
                // ※ marks a change after publication in black and white as well as in colour.
                ReportCell cell(row.changedAfterPublication ? row.name + QStringLiteral(" ※") : row.name);
                cell.flagged = row.changedAfterPublication;
                cells.append(cell);
                break;
            }
            case Column::MaskedId:
                cells.append(ReportCell(row.maskedId));
                break;
            case Column::Branch:
                cells.append(ReportCell(row.branch));
                break;
            case Column::PeriodPoints:
                cells.append(ReportCell(ReportText::points(row.periodPoints), points::toDouble(row.periodPoints)));
                break;
            case Column::YearToDate:
                cells.append(ReportCell(ReportText::points(row.yearToDate), points::toDouble(row.yearToDate)));
                break;
            case Column::RankChange:
                cells.append(ReportCell(ReportText::rankChange(row.rankChange)));
                break;
            case Column::Grade:
                cells.append(ReportCell(row.grade));
                break;
            }
        }
        table.rows.append(cells);
    }
    return table;
}

ReportDocument RankingReport::document(const QList<Column>& columns) const
{
    ReportDocument doc;
    doc.title = title();
    doc.subtitle
        << tr("Period: %1    Scope: %2    Members: %3").arg(ReportText::period(period), scopeText()).arg(rows.size())
        << tr("Prepared on %1").arg(DateText::date(preparedOn));
    doc.runningHead = title() + QStringLiteral(" · ") + scopeText();
    if (status != Status::Draft)
        doc.addNote(
            tr("This ranking was published for notice on %1 by %2.").arg(DateText::minute(publishedAt), publishedBy));
    if (status == Status::ChangedAfterPublication)
        doc.addNote(
            tr("※ Points of %n member(s) changed after publication; their rows show the points as they are now.",
               nullptr, changedCount()));
    doc.addTable(table(columns));
    doc.addNote(tr("Equal points share a rank and the next rank is skipped (1, 2, 2, 4). Change: against the ranking "
                   "of %1 in the same scope; \"new\": not ranked then.")
                    .arg(ReportText::period(period.previous())));
    doc.addNote(
        tr("Year to date: base points and all points of %1 up to the end of the period.").arg(period.yearNumber()));
    doc.addParagraph(tr("Objections during the notice period may be raised with the Party organisation."));
    doc.signatureLines = true;
    doc.noticeFrom = noticeFrom;
    doc.noticeTo = noticeTo;
    return doc;
}

} // namespace jifen
