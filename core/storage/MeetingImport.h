#pragma once

#include "Meetings.h"

#include "io/CsvTable.h"
#include "io/ImportIssue.h"

#include <QCoreApplication>

namespace jifen {

class Ledger;

// A file of meetings (import-meetings): one row a meeting, columns 支部,会议类型,日期,主题,出席,请假,缺席; the type by
// code or name; the three lists ID numbers separated by ; ； 、 or spaces. Rows are checked first, each problem an
// issue naming the spreadsheet row and column, then recorded in file order in one transaction.
class MeetingImport
{
    Q_DECLARE_TR_FUNCTIONS(MeetingImport)

public:
    explicit MeetingImport(Ledger& ledger);

    struct Row {
        int fileRow = 0;
        qint64 branchId = 0;
        QString typeCode;
        QDate date;
        QString topic;
        QList<Meetings::Listed> attendees;
    };

    // Reads the header (row 0 of `table`) and every row after it.
    void read(const CsvTable& table);
    const ImportIssues& issues() const { return m_issues; }
    int rowsRead() const { return m_rowsRead; }
    int rowsWithIssues() const { return m_rowsWithIssues; }
    const QList<Row>& rows() const { return m_rows; } // the rows without issues

    // Records the good rows in file order in one transaction, committed when `commit` (a dry run writes nothing) and,
    // unless `skipInvalid`, only when no row has an issue; a row the ledger refuses becomes an issue. Returns the
    // number of meetings recorded (0 when nothing was written). `source` names the file in the audit log.
    int apply(bool skipInvalid, bool commit, const QString& source = {});

private:
    void issue(int fileRow, int column, const QString& message);

    Ledger& m_ledger;
    QStringList m_header;
    ImportIssues m_issues;
    QList<Row> m_rows;
    int m_rowsRead = 0;
    int m_rowsWithIssues = 0;
    int m_lastIssueRow = -1;
};

} // namespace jifen
