#pragma once

#include "io/ImportIssue.h"
#include "model/Points.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

struct sqlite3;

namespace jifen {

class Database;
class Ledger;

// Checks the rows of a points file (身份证号,规则编码,日期,数量,备注 or id_number,rule_code,date,quantity,note, in any
// order) against the ledger, then writes the good ones as entries in file order, all or nothing.
//
// Rows are fed one at a time as cells, so a file of millions of rows is never held as strings: the caller's CSV
// reader hands over views into its text.
class PointsImport
{
    Q_DECLARE_TR_FUNCTIONS(PointsImport)

public:
    struct Row
    {
        int fileRow = 0;
        qint64 memberId = 0;
        qint64 ruleId = 0;
        QDate date;
        int quantity = 1;
        QString note;
    };

    // Reads the members and rules once; `today` bounds the dates.
    PointsImport(Ledger& ledger, QDate today = QDate::currentDate());

    // The header row and its spreadsheet row; returns false (with an issue) when a required column is missing.
    bool setHeader(int fileRow, const QList<QStringView>& cells);
    // One data row; `fileRow` is its spreadsheet row. Blank rows are skipped.
    void addRow(int fileRow, const QList<QStringView>& cells);

    const QList<Row>& rows() const { return m_rows; } // the good rows, in file order
    const ImportIssues& issues() const { return m_issues; } // errors only, at most maxIssues of them
    int rowsRead() const { return m_rowsRead; }
    int rowsWithIssues() const { return m_badRows; }

    // Writes the good rows as entries, in file order, in one transaction with their audit records and the score
    // cache, after an automatic backup (Backup::beforeImport); returns the id of the first new entry (0 when there
    // are none). `source` names the file in the audit log.
    qint64 apply(const QString& source);

    static constexpr int maxIssues = 1000; // more are counted, not kept
    static constexpr qsizetype bulkRows = 50000; // from this many rows on, written as a bulk load

private:
    enum Field { IdNumber, RuleCode, Date, Quantity, Note, FieldCount };
    struct MemberInfo
    {
        qint64 id = 0;
        QDate joinDate;
    };

    void issue(int row, int field, const QString& message);
    // The good rows as entries with ids from firstId on: through SQLite's own statement, or as JSON batches.
    void insertWithSqlite(sqlite3* handle, Database& db, qint64 firstId, const QByteArray& enteredBy,
                          const QByteArray& enteredAt, bool review) const;
    void insertAsJson(Database& db, qint64 firstId, const QString& enteredBy, const QString& enteredAt,
                      bool review) const;
    std::optional<MemberInfo> findMember(QStringView text, int row);

    Ledger& m_ledger;
    QDate m_today;
    QHash<quint64, MemberInfo> m_members; // by normalised ID number, as a number (idKey() in the .cpp)
    QHash<QString, qint64> m_rules; // by code
    int m_columns[FieldCount];
    QStringList m_header;
    QList<Row> m_rows;
    ImportIssues m_issues;
    int m_rowsRead = 0;
    int m_badRows = 0;
    int m_issueCount = 0;
    bool m_rowHasIssue = false;
};

} // namespace jifen
