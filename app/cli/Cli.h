#pragma once

#include "ScoreOutput.h"

#include "io/CsvReader.h"
#include "model/Period.h"
#include "storage/Database.h"
#include "storage/Ledger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <initializer_list>
#include <memory>
#include <optional>

namespace jifen::cli {

// Exit codes are a contract with scripts, one meaning each, so that a script knows from the code alone whether the
// ledger changed. Every command keeps to it; tests/cli/TestExitCodes.cpp holds each one to it.
enum Exit {
    Ok = 0,            // done in full
    DataError = 1,     // refused: nothing changed, the reason on stderr
    UsageError = 2,    // the command line is wrong: nothing changed
    PartlyWritten = 3, // written in part, only where asked for (--skip-invalid): the counts on stderr
};

// The exit-code table as `jifen-cli --help` and every command's --help print it.
QString exitCodesHelp();

// What one command run sees: its arguments, the global options, the output streams and the ledger.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Context(QString command, QStringList arguments, QString dbOption, QString userOption);
    ~Context();

    const QString& command() const { return m_command; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Opens (and migrates) the ledger on first use; throws StorageError. A ledger file that does not exist is an error,
    // except for the commands that make one (init, demo, restore).
    Database& database();
    // Makes `location` the ledger database() opens, instead of --db (before its first use).
    void setDatabaseLocation(const QString& location) { m_dbOption = location; }
    Ledger& ledger();

    // Parses the command's own options. Returns an exit code when the command must stop now
    // (--help printed: Ok; bad options or positional count: UsageError), nullopt to go on.
    std::optional<int> parse(QCommandLineParser& parser, const QString& description, qsizetype minPositional,
                             qsizetype maxPositional);

    // Prints "jifen-cli COMMAND: message" on stderr and returns `code`.
    int fail(const QString& message, int code = DataError);

    // Writes to a file through QSaveFile (nothing half-written), or to stdout when `fileName` is empty or "-".
    // `ownerOnly`: the file holds full ID or phone numbers, so only its owner may read it.
    bool writeOutput(const QString& fileName, const QByteArray& data, bool ownerOnly = false);
    // Writes `data` to stdout: Ok, or DataError when it cannot be written.
    int print(const QByteArray& data) { return writeOutput({}, data) ? Ok : DataError; }

private:
    QString m_command;
    QStringList m_arguments;
    QString m_dbOption;
    QString m_userOption;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Ledger> m_ledger;
};

// A date as the options take it, exactly YYYY-MM-DD (QDate::fromString() also takes 2026/01/05 and 2026-01-05xyz);
// invalid otherwise.
QDate isoDate(const QString& text);

// A period as --period takes it (2026-03, 2026-Q2, 2026); none, with a usage error reported in `exitCode`, otherwise.
std::optional<Period> parsePeriod(Context& context, const QString& text, int* exitCode);

// A year as --year takes it (2026); none, with a usage error reported in `exitCode`, otherwise.
std::optional<int> parseYear(Context& context, const QString& text, int* exitCode);
// The branch of that name (surrounding spaces aside); none, with "No branch named NAME." reported in `exitCode`.
std::optional<Branch> branchNamed(Context& context, const QString& name, int* exitCode);
// The branch an optional option (--branch, --under) names: `branch` stays empty when the option is not given; false,
// with the error reported in `exitCode`, when no branch has the name.
bool optionalBranch(Context& context, const QCommandLineParser& parser, const QCommandLineOption& option,
                    std::optional<Branch>* branch, int* exitCode);
// The id of an optional branch, as the reports' and charts' scopes take it.
inline std::optional<qint64> idOf(const std::optional<Branch>& branch)
{
    return branch ? std::optional(branch->id) : std::nullopt;
}
// The first of `options` not given (or given empty), reported as the usage error "--NAME is required."; nullopt
// when every one is given.
std::optional<int> missingRequired(Context& context, const QCommandLineParser& parser,
                                   std::initializer_list<const QCommandLineOption*> options);
// An optional --year: `year` stays empty when the option is not given; false, with a usage error reported in
// `exitCode`, when it does not name a year.
bool optionalYear(Context& context, const QCommandLineParser& parser, const QCommandLineOption& option,
                  std::optional<int>* year, int* exitCode);

// How an import that checked its rows ends, for every import command: with no row skipped, Ok; with rows skipped
// (which --skip-invalid alone allows), the counts written and skipped on stderr and PartlyWritten, or DataError when no
// row was written. A dry run (`dryRun`, nothing written) ends with the code the real run would have and says so.
int importExit(Context& context, qsizetype written, qsizetype skipped, bool dryRun);

// The CSV file an import command is given, read with its file-level issues printed on stderr; none when it cannot be
// read as it is or has no rows, with the refusal reported (exit code in `exitCode`).
std::optional<CsvTable> readImportFile(Context& context, const QString& fileName, const CsvReader::Options& options,
                                       int* exitCode);
// What reading an import file found (CsvReader's file-level issues), printed on stderr; false, with the refusal
// reported (exit code in `exitCode`), when the file cannot be read as it is. For a command that reads its file itself.
bool reportReadIssues(Context& context, const QString& fileName, const ImportIssues& issues, int* exitCode);

// The id of the member whose ID number --member gives; none, with the error reported (exit code in `exitCode`),
// otherwise.
std::optional<qint64> memberIdByIdText(Context& context, const QString& text, int* exitCode);

// The --format option of the commands that print a table: text (the default), csv or json. `description` replaces the
// help text "text (default), csv or json.".
QCommandLineOption tableFormatOption(const QString& description = {});
// The format --format names; none, with a usage error reported in `exitCode`, otherwise.
std::optional<ScoreOutput::Format> tableFormat(Context& context, const QCommandLineParser& parser,
                                               const QCommandLineOption& option, int* exitCode);
// Prints a table as aligned text or as CSV (Format::Text or Format::Csv; JSON is each command's own): Ok, or DataError.
int printTable(Context& context, ScoreOutput::Format format, const QStringList& header, const QList<QStringList>& rows);

// --reveal-ids: ID numbers shown in full, which the command records in the audit log.
QCommandLineOption revealIdsOption();
// An ID number as printed: in full with --reveal-ids, masked otherwise.
QString shownId(const QString& idNumber, bool reveal);

using CommandFunction = int (*)(Context&);

struct Command {
    const char* name;
    const char* summary; // marked with QT_TRANSLATE_NOOP("CliCommand", ...)
    CommandFunction run;
};

// Commands register themselves from their own source files with JIFEN_CLI_COMMAND.
class Registry
{
public:
    static bool add(const Command& command);
    static QList<Command>& commands();
};

// Runs `jifen-cli [--db FILE] [--user NAME] COMMAND ...`; returns the process exit code.
int run(const QStringList& arguments);

} // namespace jifen::cli

#define JIFEN_CLI_COMMAND(name, summary, function)                                                                    \
    static const bool registered_##function = jifen::cli::Registry::add({name, summary, function})
