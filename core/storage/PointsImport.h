#pragma once

#include "AuditLog.h"
#include "io/ImportIssue.h"
#include "model/Points.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

struct sqlite3;

namespace jifen {

class CsvTable;
struct CsvReadOptions;
class Database;
class Ledger;

// Checks the rows of a points file (身份证号,规则编码,日期,数量,备注 or id_number,rule_code,date,quantity,note, in any
// order) against the ledger, then writes the good ones as entries in file order, all or nothing.
//
// Rows are fed as cells, one at a time, a whole read table at once, or a part at a time from a file's text (addFile()),
// so a file of millions of rows is never held as strings: the CSV reader hands over views into its text.
class PointsImport
{
    Q_DECLARE_TR_FUNCTIONS(PointsImport)

public:
    // 56 bytes, the two ints side by side: millions of rows are held at once.
    struct Row
    {
        qint64 memberId = 0;
        qint64 ruleId = 0;
        QDate date;
        QString note;
        int fileRow = 0;
        int quantity = 1;
    };

    // Reads the members and rules once; `today` bounds the dates.
    PointsImport(Ledger& ledger, QDate today = QDate::currentDate());

    // The header row and its spreadsheet row; returns false (with an issue) when a required column is missing.
    bool setHeader(int fileRow, const QList<QStringView>& cells);
    // One data row; `fileRow` is its spreadsheet row. Blank rows are skipped.
    void addRow(int fileRow, const QList<QStringView>& cells);
    // The data rows of a read file from `firstRow` on, as addRow() one by one would take them; from parallelRows
    // rows on, checked on as many threads as the processor has cores.
    void addRows(const CsvTable& table, qsizetype firstRow);
    // A whole points file's text, its header row then its data rows, read (CsvReader::parseInParts()) and checked
    // rowsPerPart rows at a time as setHeader() and addRows() take a table, each part while the next is read: the
    // file is never held as one table of cells (at 2,000,000 rows some 200 MB of memory). Returns what reading found
    // (undecodable bytes, an unclosed quote, an empty file); with an error among them, the rows checked are not the
    // whole file.
    ImportIssues addFile(const QByteArray& data, const CsvReadOptions& options);
    // Whether a header row naming the required columns was taken (setHeader(), addFile()).
    bool hasHeader() const;

    const QList<Row>& rows() const { return m_checked.rows; } // the good rows, in file order
    const ImportIssues& issues() const { return m_checked.issues; } // errors only, at most maxIssues of them
    int rowsRead() const { return m_checked.rowsRead; }
    int rowsWithIssues() const { return m_checked.badRows; }

    // Writes the good rows as entries, in file order, in one transaction with their audit records and the score
    // cache, after an automatic backup (Backup::beforeImport); returns the id of the first new entry (0 when there
    // are none). `source` names the file in the audit log.
    qint64 apply(const QString& source);

    // For a batch checked elsewhere (the entries of a meetings import): its rows, as if read from a file.
    void setRows(QList<Row> rows) { m_checked.rows = std::move(rows); }
    // apply()'s writing inside the caller's transaction, without the backup and the import's closing audit record:
    // the rows as entries in order (ids from the returned first one on), their audit records and the score cache.
    // `bulk` (isBulk()): the caller turned SQLite's foreign keys off before its transaction began (ForeignKeysOff),
    // so the members and rules the rows name are checked here instead.
    qint64 write(const QString& source, bool bulk);
    // Whether `count` entries go in as a bulk load: on SQLite, from bulkRows on.
    static bool isBulk(const Database& db, qsizetype count);
    // SQLite's foreign-key checks off while it lives. The pragma does nothing inside a transaction: made before the
    // transaction begins, it sets them back however the import ends.
    class ForeignKeysOff
    {
    public:
        explicit ForeignKeysOff(Database& db);
        ~ForeignKeysOff();
        ForeignKeysOff(const ForeignKeysOff&) = delete;
        ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

    private:
        Database& m_db;
    };

    static constexpr int maxIssues = 1000; // more are counted, not kept
    static constexpr qsizetype bulkRows = 50000; // from this many rows on, written as a bulk load
    static constexpr qsizetype parallelRows = 20000; // from this many rows on, addRows() checks on several threads
    static constexpr qsizetype rowsPerPart = 65536; // addFile() reads and checks this many rows at a time

private:
    enum Field { IdNumber, RuleCode, Date, Quantity, Note, FieldCount };
    struct MemberInfo
    {
        qint64 id = 0;
        QDate joinDate;
        QDate leftDate; // the status date of a member who left the roster (转出, 去世); invalid while on it
    };
    // The members by their ID number as a number (idKey() in the .cpp), in one flat array probed linearly: each of
    // millions of lookups at random members touches one cache line, where a QHash touches two (span and node).
    class MemberTable
    {
    public:
        void reserve(qsizetype count);
        void insert(quint64 key, const MemberInfo& info); // key 0 (not an ID number) is never stored
        const MemberInfo* find(quint64 key) const;
        void prefetch(quint64 key) const; // a hint that find(key) comes soon

    private:
        struct Slot
        {
            quint64 key = 0; // 0: empty
            MemberInfo info;
        };
        std::size_t slotOf(quint64 key) const;
        std::vector<Slot> m_slots;
        std::size_t m_mask = 0;
    };

    // What checking a run of rows found.
    struct Checked
    {
        QList<Row> rows;
        ImportIssues issues;
        int issueCount = 0; // issues found; at most maxIssues are kept
        int rowsRead = 0;
        int badRows = 0;
    };

    void check(Checked& checked, int fileRow, const QList<QStringView>& cells) const;
    void issue(Checked& checked, int row, int field, const QString& message) const;
    // The good rows as entries with ids from firstId on: through SQLite's own statement, or as JSON batches.
    void insertWithSqlite(sqlite3* handle, Database& db, qint64 firstId, const QByteArray& enteredBy,
                          const QByteArray& enteredAt, bool review) const;
    void insertAsJson(Database& db, qint64 firstId, const QString& enteredBy, const QString& enteredAt,
                      bool review) const;
    // Throws when a member or rule the rows name is not among those the ledger holds (both lists sorted).
    void checkStillThere(const std::vector<qint64>& memberIds, const std::vector<qint64>& ruleIds,
                         const QSet<std::pair<qint64, int>>& memberYears) const;
    // The audit records that vouch for the rows as entries from firstId on, chained from prevHash.
    QList<AuditLog::PreparedRecord> auditRecords(const QString& source, qint64 firstId, const QString& operatorName,
                                                 const QString& at, bool review, const QString& prevHash) const;
    const MemberInfo* findMember(Checked& checked, QStringView text, int row) const;
    std::optional<qint64> findRule(QStringView code) const;

    Ledger& m_ledger;
    QDate m_today;
    MemberTable m_members;
    QList<std::pair<QString, qint64>> m_rules; // (code, id), sorted by code: looked up without a QString per row
    int m_columns[FieldCount];
    QStringList m_header;
    Checked m_checked;
};

} // namespace jifen
