#include "Cli.h"

#include "PasswordPrompt.h"

#include "model/IdNumber.h"
#include "storage/Operators.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

namespace jifen::cli {

Context::Context(QString command, QStringList arguments, QString dbOption, QString userOption)
    : m_command(std::move(command))
    , m_arguments(std::move(arguments))
    , m_dbOption(std::move(dbOption))
    , m_userOption(std::move(userOption))
    , m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

Context::~Context() = default;

namespace {

// The commands that may make a new ledger file: init (its purpose), demo (a demonstration ledger to try Jifen on) and
// restore (a lost ledger is brought back from its backup). Every other command on a missing file is a mistyped
// --db or JIFEN_DB, and answering from an empty ledger made on the spot would hide that.
bool createsLedger(const QString& command)
{
    return command == u"init" || command == u"demo" || command == u"restore";
}

} // namespace

Database& Context::database()
{
    if (!m_database) {
        const QString location = Database::resolvePath(m_dbOption);
        if (!createsLedger(m_command) && !Database::isServerUrl(location) && !QFileInfo::exists(location))
            throw StorageError(StorageError::Kind::NotFound,
                               tr("There is no ledger at %1. Check --db (or JIFEN_DB), or create the ledger there "
                                  "with: jifen-cli --db %2 init")
                                   .arg(QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath()), location));
        m_database = std::make_unique<Database>(location);
    }
    return *m_database;
}

Ledger& Context::ledger()
{
    if (!m_ledger) {
        Database& db = database();
        QString name = m_userOption;
        if (name.isEmpty())
            name = qEnvironmentVariable("JIFEN_USER");
        if (!Operators::any(db)) {
            // Single-user mode: the name given at first run, else the system user.
            if (name.isEmpty()) {
                QSqlQuery query = db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'operator_name'"));
                Database::exec(query);
                name = query.next() ? query.value(0).toString() : QString();
            }
            m_ledger = std::make_unique<Ledger>(db, Actor::singleUser(name));
        } else {
            if (name.isEmpty())
                throw StorageError(StorageError::Kind::Permission,
                                   tr("This ledger has operators: give your name with --user (or JIFEN_USER)."));
            QString password = qEnvironmentVariable("JIFEN_PASSWORD");
            if (password.isEmpty()) {
                const auto typed = promptPassword(tr("Password for %1: ").arg(name));
                if (!typed)
                    throw StorageError(StorageError::Kind::Permission,
                                       tr("A password is needed: type it at the prompt or set JIFEN_PASSWORD."));
                password = *typed;
            }
            m_ledger = std::make_unique<Ledger>(db, Operators::authenticate(db, name, password));
        }
    }
    return *m_ledger;
}

std::optional<int> Context::parse(QCommandLineParser& parser, const QString& description, qsizetype minPositional,
                                  qsizetype maxPositional)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("jifen-cli %1").arg(m_command)} + m_arguments))
        return fail(parser.errorText() + u'\n' + tr("See: jifen-cli %1 --help").arg(m_command), UsageError);
    if (parser.isSet(help)) {
        m_out << parser.helpText() << '\n' << exitCodesHelp();
        m_out.flush();
        return Ok;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional)
        return fail(tr("Missing argument.") + u'\n' + tr("See: jifen-cli %1 --help").arg(m_command), UsageError);
    if (count > maxPositional)
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().at(maxPositional)) + u'\n'
                        + tr("See: jifen-cli %1 --help").arg(m_command),
                    UsageError);
    return std::nullopt;
}

int Context::fail(const QString& message, int code)
{
    m_out.flush();
    m_err << "jifen-cli " << m_command << ": " << message << Qt::endl;
    return code;
}

bool Context::writeOutput(const QString& fileName, const QByteArray& data, bool ownerOnly)
{
    if (fileName.isEmpty() || fileName == u"-") {
        m_out.flush();
        std::fwrite(data.constData(), 1, static_cast<size_t>(data.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile file(fileName);
    const bool opened = file.open(QIODevice::WriteOnly);
    if (opened && ownerOnly)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!opened || file.write(data) != data.size() || !file.commit()) {
        fail(tr("Cannot write %1: %2").arg(fileName, file.errorString()));
        return false;
    }
    return true;
}

bool Registry::add(const Command& command)
{
    commands().append(command);
    return true;
}

QList<Command>& Registry::commands()
{
    static QList<Command> all;
    return all;
}

namespace {

void printUsage(QTextStream& out)
{
    out << Context::tr("Usage: jifen-cli [--db FILE] [--user NAME] COMMAND [OPTIONS...]") << "\n\n"
        << Context::tr("Jifen: the Party member points ledger, from the command line.") << "\n\n"
        << Context::tr("Global options:") << '\n'
        << "  --db FILE     " << Context::tr("the ledger (default: $JIFEN_DB, else %1)").arg(Database::defaultPath())
        << '\n'
        << "  --db URL      " << Context::tr("a ledger on a PostgreSQL server: postgresql://user@host:port/database")
        << '\n'
        << "  --user NAME   " << Context::tr("the operator stamped on every change") << '\n'
        << "  --version     " << Context::tr("print the version and exit") << '\n'
        << "  --help        " << Context::tr("print this help and exit") << "\n\n"
        << Context::tr("Commands:") << '\n';
    QList<Command> sorted = Registry::commands();
    std::sort(sorted.begin(), sorted.end(),
              [](const Command& a, const Command& b) { return qstrcmp(a.name, b.name) < 0; });
    for (const Command& command : sorted)
        out << "  " << QString::fromLatin1(command.name).leftJustified(16) << ' '
            << QCoreApplication::translate("CliCommand", command.summary) << '\n';
    out << '\n' << Context::tr("Run 'jifen-cli COMMAND --help' for a command's options.") << '\n';
    out << '\n' << exitCodesHelp();
}

} // namespace

QString exitCodesHelp()
{
    return Context::tr("Exit codes:") + u'\n' + QStringLiteral("  0  ") + Context::tr("done in full") + u'\n'
        + QStringLiteral("  1  ") + Context::tr("refused: nothing changed (the reason on stderr)") + u'\n'
        + QStringLiteral("  2  ") + Context::tr("usage error: nothing changed") + u'\n' + QStringLiteral("  3  ")
        + Context::tr("written in part, only with --skip-invalid (the counts written and skipped on stderr)") + u'\n';
}

int importExit(Context& context, qsizetype written, qsizetype skipped, bool dryRun)
{
    if (skipped == 0)
        return Ok;
    if (written == 0)
        return context.fail(dryRun ? Context::tr("Dry run: no row would be written, %1 skipped.").arg(skipped)
                                   : Context::tr("Nothing was written: no row left to write, %1 skipped.").arg(skipped),
                            DataError);
    return context.fail(
        (dryRun ? Context::tr("Dry run: written in part, %1 rows would be written, %2 skipped; nothing was written.")
                : Context::tr("Written in part: %1 rows written, %2 skipped."))
            .arg(written)
            .arg(skipped),
        PartlyWritten);
}

std::optional<CsvTable> readImportFile(Context& context, const QString& fileName, const CsvReader::Options& options,
                                       int* exitCode)
{
    CsvReader::Result read = CsvReader::read(fileName, options);
    if (!reportReadIssues(context, fileName, read.issues, exitCode))
        return std::nullopt;
    if (read.table.rowCount() == 0) {
        *exitCode = context.fail(Context::tr("%1 is empty.").arg(QFileInfo(fileName).fileName()));
        return std::nullopt;
    }
    return std::move(read.table);
}

bool reportReadIssues(Context& context, const QString& fileName, const ImportIssues& issues, int* exitCode)
{
    const QString shownName = QFileInfo(fileName).fileName();
    for (const ImportIssue& issue : issues)
        context.err() << issue.toText(shownName) << '\n';
    if (!hasErrors(issues))
        return true;
    *exitCode = context.fail(Context::tr("Nothing was imported: %1 cannot be read as it is.").arg(shownName));
    return false;
}

QDate isoDate(const QString& text)
{
    const QString t = text.trimmed();
    const bool shape = t.size() == 10 && t[4] == u'-' && t[7] == u'-'
        && std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c == u'-' || (c >= u'0' && c <= u'9'); });
    return shape ? QDate::fromString(t, Qt::ISODate) : QDate();
}

QCommandLineOption tableFormatOption(const QString& description)
{
    return QCommandLineOption(QStringLiteral("format"),
                              description.isEmpty() ? Context::tr("text (default), csv or json.") : description,
                              QStringLiteral("text|csv|json"), QStringLiteral("text"));
}

std::optional<ScoreOutput::Format> tableFormat(Context& context, const QCommandLineParser& parser,
                                               const QCommandLineOption& option, int* exitCode)
{
    ScoreOutput::Format format;
    if (!ScoreOutput::parseFormat(parser.value(option), &format)) {
        *exitCode = context.fail(Context::tr("--format must be text, csv or json."), UsageError);
        return std::nullopt;
    }
    return format;
}

int printTable(Context& context, ScoreOutput::Format format, const QStringList& header, const QList<QStringList>& rows)
{
    return context.print(format == ScoreOutput::Format::Csv ? ScoreOutput::csv(header, rows)
                                                            : ScoreOutput::text(header, rows));
}

QCommandLineOption revealIdsOption()
{
    return QCommandLineOption(QStringLiteral("reveal-ids"),
                              Context::tr("Show full ID numbers (recorded in the audit log)."));
}

QString shownId(const QString& idNumber, bool reveal)
{
    return reveal ? idNumber : IdNumber::masked(idNumber);
}

std::optional<qint64> memberIdByIdText(Context& context, const QString& text, int* exitCode)
{
    const IdNumber::Parsed id = IdNumber::parse(text);
    if (id.problem != IdNumber::Problem::None) {
        // Not an ID number at all: a usage error, as report and chart have it.
        *exitCode = context.fail(
            Context::tr("--member %1: %2").arg(IdNumber::masked(text.trimmed()), IdNumber::describe(id.problem)),
            UsageError);
        return std::nullopt;
    }
    const auto member = context.ledger().memberIdByIdNumber(id.value);
    if (!member)
        *exitCode = context.fail(Context::tr("No member with ID number %1.").arg(IdNumber::masked(id.value)));
    return member;
}

std::optional<Period> parsePeriod(Context& context, const QString& text, int* exitCode)
{
    const auto period = Period::parse(text);
    if (!period)
        *exitCode = context.fail(
            Context::tr("Not a period: \"%1\" (a month 2026-03, a quarter 2026-Q2 or a year 2026).").arg(text),
            UsageError);
    return period;
}

std::optional<int> parseYear(Context& context, const QString& text, int* exitCode)
{
    const auto period = Period::parse(text);
    if (!period || period->kind() != Period::Kind::Year) {
        *exitCode = context.fail(Context::tr("--year: not a year: %1").arg(text), UsageError);
        return std::nullopt;
    }
    return period->yearNumber();
}

std::optional<Branch> branchNamed(Context& context, const QString& name, int* exitCode)
{
    auto branch = context.ledger().branchByName(name.trimmed());
    if (!branch)
        *exitCode = context.fail(Context::tr("No branch named %1.").arg(name.trimmed()));
    return branch;
}

bool optionalBranch(Context& context, const QCommandLineParser& parser, const QCommandLineOption& option,
                    std::optional<Branch>* branch, int* exitCode)
{
    if (!parser.isSet(option))
        return true;
    *branch = branchNamed(context, parser.value(option), exitCode);
    return branch->has_value();
}

std::optional<int> missingRequired(Context& context, const QCommandLineParser& parser,
                                   std::initializer_list<const QCommandLineOption*> options)
{
    for (const QCommandLineOption* option : options) {
        if (parser.value(*option).trimmed().isEmpty())
            return context.fail(Context::tr("--%1 is required.").arg(option->names().constFirst()), UsageError);
    }
    return std::nullopt;
}

bool optionalYear(Context& context, const QCommandLineParser& parser, const QCommandLineOption& option,
                  std::optional<int>* year, int* exitCode)
{
    if (!parser.isSet(option))
        return true;
    *year = parseYear(context, parser.value(option), exitCode);
    return year->has_value();
}

int run(const QStringList& arguments)
{
    QString dbOption, userOption, command;
    QStringList rest;
    QTextStream out(stdout), err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (!command.isEmpty()) {
            rest << arg;
        } else if (arg == u"--db" || arg == u"--user") {
            if (i + 1 >= arguments.size()) {
                err << Context::tr("jifen-cli: %1 needs a value.").arg(arg) << Qt::endl;
                return UsageError;
            }
            (arg == u"--db" ? dbOption : userOption) = arguments[++i];
        } else if (arg.startsWith(u"--db=")) {
            dbOption = arg.mid(5);
        } else if (arg.startsWith(u"--user=")) {
            userOption = arg.mid(7);
        } else if (arg == u"--version" || arg == u"-v") {
            out << "jifen-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return Ok;
        } else if (arg == u"--help" || arg == u"-h" || arg == u"help") {
            printUsage(out);
            return Ok;
        } else if (arg.startsWith(u'-')) {
            err << Context::tr("jifen-cli: unknown option %1. See: jifen-cli --help").arg(arg) << Qt::endl;
            return UsageError;
        } else {
            command = arg;
        }
    }
    if (command.isEmpty()) {
        printUsage(err);
        return UsageError;
    }
    const QList<Command>& all = Registry::commands();
    const auto found = std::find_if(all.begin(), all.end(),
                                    [&](const Command& c) { return command == QLatin1String(c.name); });
    if (found == all.end()) {
        err << Context::tr("jifen-cli: unknown command %1. See: jifen-cli --help").arg(command) << Qt::endl;
        return UsageError;
    }
    Context context(command, rest, dbOption, userOption);
    // A server that asks for a password the URL, JIFEN_PASSWORD and ~/.pgpass do not have asks at the terminal.
    Database::setPasswordPrompt([](const QString& url, const QString&) {
        return promptPassword(Context::tr("Password for the ledger server %1: ").arg(url)).value_or(QString());
    });
    try {
        return found->run(context);
    } catch (const StorageError& error) {
        return context.fail(error.message(), DataError);
    }
}

} // namespace jifen::cli
