#pragma once

#include "ReportDocument.h"
#include "model/Period.h"
#include "model/Points.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace jifen {

// A period's ranking (排名) for print, public notice and export: plain values, rendered elsewhere.
class RankingReport
{
    Q_DECLARE_TR_FUNCTIONS(RankingReport)

public:
    enum class Column { Rank, Tie, Name, MaskedId, Branch, PeriodPoints, YearToDate, RankChange, Grade };

    // One ranked member as the scoring engine gives it, in display order.
    struct Line
    {
        qint64 memberId = 0;
        QString name;
        QString idNumber;
        QString branchName;
        Cents periodTotal = 0;
        Cents yearToDate = 0; // base points plus the months of the year up to the period's end
        int rank = 0;
        std::optional<int> previousRank; // rank in the same scope in the period before
        QString grade;
    };

    struct Row
    {
        int rank = 0;
        bool tied = false; // another member shares the rank (并列)
        qint64 memberId = 0;
        QString name;
        QString maskedId;
        QString branch;
        Cents periodPoints = 0;
        Cents yearToDate = 0;
        std::optional<int> rankChange; // positive: moved up; unset: no rank before
        QString grade;
        bool changedAfterPublication = false;
    };

    enum class Status { Draft, Published, ChangedAfterPublication };

    QString organisation;
    Period period = Period::month(2000, 1);
    QString scope; // the branch's name; empty for all members
    QDate preparedOn;
    QDate noticeFrom;
    QDate noticeTo;
    Status status = Status::Draft;
    QDateTime publishedAt; // the latest publication of this period and scope, when there is one
    QString publishedBy;
    QList<Row> rows;

    // Rows from the engine's lines: ties flagged, ID numbers masked, rank change against the period before. The notice
    // runs `noticeDays` days from `preparedOn`, both ends included.
    static RankingReport build(const QString& organisation, const Period& period, const QString& scope,
                               const QList<Line>& lines, QDate preparedOn, int noticeDays = 7);

    // Records an earlier publication: rows of `changedMembers` (whose entries of the period changed since) are flagged.
    void markPublished(const QDateTime& at, const QString& by, const QSet<qint64>& changedMembers);

    QString title() const;
    QString scopeText() const;
    int changedCount() const;

    static QList<Column> printColumns(); // 排名 姓名 所在支部 本期积分 年度累计 名次变化 等级
    static QList<Column> exportColumns(); // the same with 并列 and the masked ID number
    static QString columnTitle(Column column);

    ReportTable table(const QList<Column>& columns) const;
    // The notice as printed: title, period and scope, the table, notes, signature lines and the notice period.
    ReportDocument document(const QList<Column>& columns = printColumns()) const;
};

} // namespace jifen
