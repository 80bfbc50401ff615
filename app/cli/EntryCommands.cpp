// add-points, reverse-entry, entries: points entries one at a time, and the list of them.
#include "Cli.h"
#include "ScoreOutput.h"
#include "model/IdNumber.h"
#include "storage/ScoreStore.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>

namespace jifen::cli {

namespace {

using Format = ScoreOutput::Format;

int addPointsCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption memberOption(QStringLiteral("member"), Context::tr("The member's ID number (required)."),
                                          Context::tr("IDNUMBER"));
    const QCommandLineOption ruleOption(QStringLiteral("rule"), Context::tr("The rule's code (required)."),
                                        Context::tr("CODE"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        Context::tr("The date of what is recorded, no later than today (required)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption quantityOption(QStringLiteral("quantity"),
                                            Context::tr("How many units, a whole number of at least 1 (default 1)."),
                                            QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption noteOption(QStringLiteral("note"), Context::tr("A note."), Context::tr("TEXT"));
    for (const auto* option : {&memberOption, &ruleOption, &dateOption, &quantityOption, &noteOption})
        parser.addOption(*option);
    if (const auto stop
        = context.parse(parser, Context::tr("Record points for a member by a rule; prints the new entry's id."), 0, 0))
        return *stop;
    if (const auto stop = missingRequired(context, parser, {&memberOption, &ruleOption, &dateOption}))
        return *stop;
    const QDate date = isoDate(parser.value(dateOption).trimmed());
    if (!date.isValid())
        return context.fail(Context::tr("--date: not a date (YYYY-MM-DD): %1").arg(parser.value(dateOption)),
                            UsageError);
    bool ok = false;
    const int quantity = parser.value(quantityOption).toInt(&ok);
    if (!ok || quantity < 1)
        return context.fail(Context::tr("--quantity must be a whole number of at least 1."), UsageError);

    // JIFEN_TIMING=1 reports how long the entry took on the open ledger, from lookup to commit, as a clerk at an open
    // window waits for it (benchmarks/scoring_bench.sh uses it; opening the file is part of the whole process's time).
    Ledger& ledger = context.ledger();
    QElapsedTimer timer;
    timer.start();
    // The lookups read in the entry's own transaction: one lock of the file for all, not one each.
    Transaction transaction(ledger.database());
    int exitCode = DataError;
    const auto memberId = memberIdByIdText(context, parser.value(memberOption), &exitCode);
    if (!memberId)
        return exitCode;
    const QString code = parser.value(ruleOption).trimmed();
    const auto ruleId = ledger.ruleIdByCode(code);
    if (!ruleId)
        return context.fail(Context::tr("No rule with code %1.").arg(code));
    const qint64 id = ledger.addEntry(*memberId, *ruleId, date, quantity, parser.value(noteOption));
    transaction.commit();
    if (qEnvironmentVariableIsSet("JIFEN_TIMING"))
        context.err() << QStringLiteral("add-points: %1 ms").arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 3)
                      << Qt::endl;
    context.out() << id << Qt::endl;
    return Ok;
}

int reverseEntryCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), Context::tr("The id of the entry to reverse."));
    const QCommandLineOption reasonOption(QStringLiteral("reason"),
                                          Context::tr("Why the entry is reversed (required)."), Context::tr("TEXT"));
    parser.addOption(reasonOption);
    if (const auto stop = context.parse(
            parser,
            Context::tr("Reverse an entry: it stays in the ledger, marked reversed with the reason, and counts as if "
                        "it had never been made."),
            1, 1))
        return *stop;
    bool ok = false;
    const qint64 id = parser.positionalArguments().constFirst().toLongLong(&ok);
    if (!ok || id < 1)
        return context.fail(Context::tr("Not an entry id: %1").arg(parser.positionalArguments().constFirst()),
                            UsageError);
    if (parser.value(reasonOption).trimmed().isEmpty())
        return context.fail(Context::tr("--reason is required."), UsageError);
    const qint64 reversal = context.ledger().reverseEntry(id, parser.value(reasonOption));
    context.out() << Context::tr("Entry %1 reversed (reversal %2).").arg(id).arg(reversal) << Qt::endl;
    return Ok;
}

QString statusKey(const Entry& entry)
{
    if (entry.reversed)
        return QStringLiteral("reversed");
    switch (entry.review) {
    case Entry::Review::Pending:
        return QStringLiteral("pending");
    case Entry::Review::Rejected:
        return QStringLiteral("rejected");
    case Entry::Review::NotRequired:
    case Entry::Review::Approved:
        break;
    }
    return QStringLiteral("counted");
}

QString statusText(const Entry& entry)
{
    if (entry.reversed)
        return Context::tr("reversed");
    switch (entry.review) {
    case Entry::Review::Pending:
        return Context::tr("pending review");
    case Entry::Review::Rejected:
        return Context::tr("rejected");
    case Entry::Review::NotRequired:
    case Entry::Review::Approved:
        break;
    }
    return Context::tr("counted");
}

int entriesCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption memberOption(QStringLiteral("member"), Context::tr("One member's entries, by ID number."),
                                          Context::tr("IDNUMBER"));
    const QCommandLineOption periodOption(QStringLiteral("period"),
                                          Context::tr("Entries dated in a period: 2026-03, 2026-Q2 or 2026."),
                                          Context::tr("P"));
    const QCommandLineOption formatOption = tableFormatOption();
    const QCommandLineOption revealOption = revealIdsOption();
    for (const auto* option : {&memberOption, &periodOption, &formatOption, &revealOption})
        parser.addOption(*option);
    if (const auto stop = context.parse(
            parser,
            Context::tr("List entries by date with their raw points and what they contribute after caps; entries a "
                        "cap cut are marked over cap."),
            0, 0))
        return *stop;
    int exitCode = Ok;
    std::optional<Period> period;
    if (parser.isSet(periodOption)) {
        period = parsePeriod(context, parser.value(periodOption), &exitCode);
        if (!period)
            return exitCode;
    }
    const auto format = tableFormat(context, parser, formatOption, &exitCode);
    if (!format)
        return exitCode;
    std::optional<qint64> memberId;
    if (parser.isSet(memberOption)) {
        memberId = memberIdByIdText(context, parser.value(memberOption), &exitCode);
        if (!memberId)
            return exitCode;
    }
    const bool reveal = parser.isSet(revealOption);
    Ledger& ledger = context.ledger(); // signs in: entries are the members' record
    if (reveal)
        ledger.recordReveal(Context::tr("Entries shown with full ID numbers"));
    ScoreStore store(context.database());
    const QList<ScoredEntry> entries = store.entries(memberId, period);

    auto overCap = [](const ScoredEntry& e) { return e.contribution && *e.contribution != e.raw; };
    if (*format == Format::Json) {
        QByteArray out = "{\"entries\": [";
        bool first = true;
        for (const ScoredEntry& e : entries) {
            out += first ? "\n  {\"id\": " : ",\n  {\"id\": ";
            first = false;
            out += QByteArray::number(e.entry.id);
            out += ", \"date\": \"" + e.entry.date.toString(Qt::ISODate).toLatin1() + '"';
            out += ", \"name\": ";
            ScoreOutput::appendJsonString(out, e.memberName);
            out += ", \"id_number\": ";
            ScoreOutput::appendJsonString(out, shownId(e.idNumber, reveal));
            out += ", \"branch\": ";
            ScoreOutput::appendJsonString(out, e.branchName);
            out += ", \"rule\": ";
            ScoreOutput::appendJsonString(out, e.ruleCode);
            out += ", \"rule_name\": ";
            ScoreOutput::appendJsonString(out, e.ruleName);
            out += ", \"quantity\": " + QByteArray::number(e.entry.quantity);
            out += ", \"raw_points\": " + ScoreOutput::jsonPoints(e.raw);
            out += ", \"contribution\": ";
            out += e.contribution ? ScoreOutput::jsonPoints(*e.contribution) : QByteArrayLiteral("null");
            out += overCap(e) ? ", \"over_cap\": true" : ", \"over_cap\": false";
            out += ", \"status\": ";
            ScoreOutput::appendJsonString(out, statusKey(e.entry));
            out += ", \"reversal_reason\": ";
            if (e.entry.reversed)
                ScoreOutput::appendJsonString(out, e.entry.reversalReason);
            else
                out += "null";
            out += ", \"note\": ";
            ScoreOutput::appendJsonString(out, e.entry.note);
            out += ", \"meeting\": " + (e.meetingId ? QByteArray::number(e.meetingId) : QByteArrayLiteral("null"));
            out += ", \"entered_by\": ";
            ScoreOutput::appendJsonString(out, e.entry.enteredBy);
            out += ", \"entered_at\": ";
            ScoreOutput::appendJsonString(out, e.entry.enteredAt.toString(Qt::ISODateWithMs));
            out += '}';
        }
        out += "\n]}\n";
        return context.print(out);
    }
    const QStringList header {Context::tr("Id"),        Context::tr("Date"),       Context::tr("Name"),
                              Context::tr("ID number"), Context::tr("Branch"),     Context::tr("Rule"),
                              Context::tr("Quantity"),  Context::tr("Raw points"), Context::tr("Contribution"),
                              Context::tr("Cap"),       Context::tr("Status"),     Context::tr("Note"),
                              Context::tr("Meeting")};
    QList<QStringList> cells;
    cells.reserve(entries.size());
    for (const ScoredEntry& e : entries) {
        QString cap;
        if (overCap(e))
            cap = *e.contribution == 0 ? Context::tr("over cap") : Context::tr("cut by cap");
        QString status = statusText(e.entry);
        if (e.entry.reversed)
            status += QStringLiteral(": ") + e.entry.reversalReason;
        cells.append({QString::number(e.entry.id), e.entry.date.toString(Qt::ISODate), e.memberName,
                      shownId(e.idNumber, reveal), e.branchName, e.ruleCode + u' ' + e.ruleName,
                      QString::number(e.entry.quantity), points::format(e.raw),
                      e.contribution ? points::format(*e.contribution) : QString(), cap, status, e.entry.note,
                      e.meetingId ? QString::number(e.meetingId) : QString()});
    }
    return printTable(context, *format, header, cells);
}

} // namespace

JIFEN_CLI_COMMAND("add-points", QT_TRANSLATE_NOOP("CliCommand", "record points for a member by a rule"),
                  addPointsCommand);
JIFEN_CLI_COMMAND("reverse-entry", QT_TRANSLATE_NOOP("CliCommand", "reverse an entry, with a reason"),
                  reverseEntryCommand);
JIFEN_CLI_COMMAND("entries", QT_TRANSLATE_NOOP("CliCommand", "list entries with raw points and contributions"),
                  entriesCommand);

} // namespace jifen::cli
