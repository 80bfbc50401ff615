#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace jifen {

// One problem found while importing a file: where it is (as a spreadsheet shows it) and what a clerk should do.
struct ImportIssue
{
    Q_DECLARE_TR_FUNCTIONS(ImportIssue)

public:
    enum class Severity {
        Warning, // imported as shown; the clerk should look
        Error, // the row (or the file) cannot be imported as it is
    };

    int row = 0; // spreadsheet row number, header = 1; 0 when the issue concerns the whole file
    int column = -1; // 0-based column in the file; -1 when the issue concerns the whole row or file
    QString columnName; // the column's header exactly as written in the file
    Severity severity = Severity::Error;
    QString message; // what is wrong and how to fix it, in the UI language

    bool isError() const { return severity == Severity::Error; }

    // "名册.csv, row 5, column “身份证号”: <message>", translated; the file name is left out when empty.
    QString toText(const QString& fileName = {}) const;

    static ImportIssue error(int row, int column, const QString& columnName, const QString& message)
    {
        return {row, column, columnName, Severity::Error, message};
    }
    static ImportIssue warning(int row, int column, const QString& columnName, const QString& message)
    {
        return {row, column, columnName, Severity::Warning, message};
    }
};

using ImportIssues = QList<ImportIssue>;

// True when any issue in the list is an error.
bool hasErrors(const ImportIssues& issues);

} // namespace jifen
