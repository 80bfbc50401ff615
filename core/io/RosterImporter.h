#pragma once

#include "CsvReader.h"
#include "CsvTable.h"
#include "ImportIssue.h"
#include "RosterMapping.h"
#include "model/Member.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace jifen {

struct RosterImportOptions
{
    CsvReadOptions csv;
    RosterMapping mapping;
    QDate today; // "now" for the future-date checks; invalid means the system date
    QString defaultBranch; // the branch of rows that name none; empty: such rows are errors
};

// Turns a roster file (or an already read table) into members, cleaning what can be cleaned without guessing and
// reporting everything else with its row and column. Writes nothing: applying the result is the storage's job.
class RosterImporter
{
    Q_DECLARE_TR_FUNCTIONS(RosterImporter)

public:
    using Options = RosterImportOptions;

    // One column of the file and what it was mapped to.
    struct Column
    {
        QString header; // as written in the file (trimmed)
        std::optional<RosterMapping::Field> field; // nullopt: unknown header, ignored
        bool used = false; // false for ignored, unknown and duplicate columns
    };

    // One data row of the file.
    struct Record
    {
        int row = 0; // spreadsheet row number
        qsizetype tableRow = 0; // the row in Result::table
        Member member; // cleaned values; branchName filled, branchId 0
        bool refused = false; // at least one error on this row
    };

    struct Result
    {
        CsvTable table; // the cells as read, for a preview
        int headerRow = 0; // spreadsheet row of the header; 0 when none was found
        QList<Column> columns; // one per column of the widest row; with no header found, the first row's cells
                               // (none of them used), for a mapping to be chosen
        QList<Record> records; // every data row, refused ones included
        ImportIssues issues; // by row, then column
        QStringList branchNames; // branches named by accepted rows, in order of first appearance
        QString defaultBranch; // Options::defaultBranch, when rows without a branch got it
        bool readCompletely = true; // false when the reader reported an error: rows may be missing or merged

        // Errors that concern the file rather than a row (no header, a required column missing, a file not read
        // completely): nothing can be imported while there are any.
        bool hasFileErrors() const;
        bool hasErrors() const { return jifen::hasErrors(issues); }
        qsizetype refusedCount() const;
        // The fields the file gives values for, by RosterMapping::key(): the mapped columns, and gender and birth date,
        // which come from the ID number when the file has none. An update leaves all other fields as they are.
        QStringList suppliedFields() const;
        // The issues of one cell (column >= 0) or of one row (column -1: the issues about the whole row).
        ImportIssues issuesAt(int row, int column) const;
    };

    // Reads the file (or the device's remaining data) and validates every row.
    static Result read(QIODevice* device, const Options& options = {});
    static Result read(const QString& fileName, const Options& options = {});
    static Result parse(const QByteArray& data, const Options& options = {});
    // Validates an already read file, e.g. again after the clerk changed the mapping; its issues are kept.
    static Result importTable(const CsvReader::Result& read, const Options& options = {});
};

} // namespace jifen
