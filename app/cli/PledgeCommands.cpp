// pledge add|review, pledges: members' pledges (承诺践诺) and their year-end reviews.
#include "Cli.h"
#include "ScoreOutput.h"
#include "model/DateText.h"
#include "model/IdNumber.h"
#include "storage/Pledges.h"

namespace jifen::cli {

namespace {

using Format = ScoreOutput::Format;

int pledgeCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), Context::tr("add or review."));
    parser.addPositionalArgument(QStringLiteral("ID"), Context::tr("review: the pledge's id."));
    const QCommandLineOption memberOption(QStringLiteral("member"), Context::tr("add: the member's ID number."),
                                          Context::tr("IDNUMBER"));
    const QCommandLineOption yearOption(QStringLiteral("year"), Context::tr("add: the year of the pledge."),
                                        Context::tr("YEAR"));
    const QCommandLineOption textOption(QStringLiteral("text"), Context::tr("add: what the member pledges."),
                                        Context::tr("TEXT"));
    const QCommandLineOption dueOption(QStringLiteral("due"), Context::tr("add: when it is due (optional)."),
                                       QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption resultOption(QStringLiteral("result"),
                                          Context::tr("review: 践诺 (fulfilled), 部分践诺 (partly fulfilled) or 未践诺 "
                                                      "(not fulfilled)."),
                                          Context::tr("RESULT"));
    const QCommandLineOption noteOption(QStringLiteral("note"), Context::tr("review: a note."), Context::tr("TEXT"));
    for (const auto* option : {&memberOption, &yearOption, &textOption, &dueOption, &resultOption, &noteOption})
        parser.addOption(*option);
    if (const auto stop = context.parse(
            parser,
            Context::tr("Record a member's pledge for a year (add prints its id), or review one. Reviewing a pledge "
                        "again corrects its review: the new review supersedes the old one, both are kept, and the "
                        "entry the old one wrote by the rule set's pledge_rules is reversed."),
            1, 2))
        return *stop;
    const QStringList args = parser.positionalArguments();
    const QString action = args.constFirst();
    if (action == u"add") {
        if (args.size() != 1)
            return context.fail(Context::tr("Unexpected argument: %1").arg(args.at(1)), UsageError);
        if (const auto stop = missingRequired(context, parser, {&memberOption, &yearOption, &textOption}))
            return *stop;
        int exitCode = UsageError;
        const auto year = parseYear(context, parser.value(yearOption), &exitCode);
        if (!year)
            return exitCode;
        QDate due;
        if (parser.isSet(dueOption)) {
            due = isoDate(parser.value(dueOption));
            if (!due.isValid())
                return context.fail(Context::tr("--due: not a date (YYYY-MM-DD): %1").arg(parser.value(dueOption)),
                                    UsageError);
        }
        const auto memberId = memberIdByIdText(context, parser.value(memberOption), &exitCode);
        if (!memberId)
            return exitCode;
        context.out() << Pledges(context.ledger()).add(*memberId, *year, parser.value(textOption), due) << Qt::endl;
        return Ok;
    }
    if (action == u"review") {
        if (args.size() != 2)
            return context.fail(Context::tr("review needs the pledge's id."), UsageError);
        bool ok = false;
        const qint64 id = args.at(1).toLongLong(&ok);
        if (!ok || id < 1)
            return context.fail(Context::tr("Not a pledge id: %1").arg(args.at(1)), UsageError);
        const auto result = pledgeResultFromWord(parser.value(resultOption));
        if (!result)
            return context.fail(Context::tr("--result must be 践诺, 部分践诺 or 未践诺."), UsageError);
        const qint64 review = Pledges(context.ledger()).review(id, *result, parser.value(noteOption));
        context.out() << Context::tr("Pledge %1 reviewed: %2 (review %3).").arg(id).arg(pledgeResultWord(*result)).arg(review)
                      << Qt::endl;
        return Ok;
    }
    return context.fail(Context::tr("Unknown action %1: use add or review.").arg(action), UsageError);
}

QByteArray jsonStringOrNull(const QString& text, bool present)
{
    if (!present)
        return QByteArrayLiteral("null");
    QByteArray out;
    ScoreOutput::appendJsonString(out, text);
    return out;
}

int pledgesCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption(QStringLiteral("year"), Context::tr("Pledges of one year."), Context::tr("YEAR"));
    const QCommandLineOption memberOption(QStringLiteral("member"), Context::tr("One member's pledges, by ID number."),
                                          Context::tr("IDNUMBER"));
    const QCommandLineOption branchOption(QStringLiteral("branch"), Context::tr("The pledges of one branch's members."),
                                          Context::tr("NAME"));
    const QCommandLineOption formatOption = tableFormatOption();
    const QCommandLineOption revealOption = revealIdsOption();
    for (const auto* option : {&yearOption, &memberOption, &branchOption, &formatOption, &revealOption})
        parser.addOption(*option);
    if (const auto stop
        = context.parse(parser, Context::tr("List pledges with their current review (承诺践诺)."), 0, 0))
        return *stop;
    int exitCode = Ok;
    const auto format = tableFormat(context, parser, formatOption, &exitCode);
    if (!format)
        return exitCode;
    Pledges::Filter filter;
    if (!optionalYear(context, parser, yearOption, &filter.year, &exitCode))
        return exitCode;
    Ledger& ledger = context.ledger(); // signs in: pledges are the members' record
    if (parser.isSet(memberOption)) {
        const auto memberId = memberIdByIdText(context, parser.value(memberOption), &exitCode);
        if (!memberId)
            return exitCode;
        filter.memberId = *memberId;
    }
    std::optional<Branch> branch;
    if (!optionalBranch(context, parser, branchOption, &branch, &exitCode))
        return exitCode;
    if (branch)
        filter.branchId = branch->id;
    const bool reveal = parser.isSet(revealOption);
    if (reveal)
        ledger.recordReveal(Context::tr("Pledges shown with full ID numbers"));
    const QList<Pledge> pledges = Pledges(ledger).list(filter);

    if (*format == Format::Json) {
        QByteArray out = "[";
        bool first = true;
        for (const Pledge& p : pledges) {
            const bool reviewed = p.review.has_value();
            out += first ? "\n  {\"id\": " : ",\n  {\"id\": ";
            first = false;
            out += QByteArray::number(p.id);
            out += ", \"member\": " + jsonStringOrNull(p.memberName, true);
            out += ", \"id_number\": " + jsonStringOrNull(shownId(p.idNumber, reveal), true);
            out += ", \"branch\": " + jsonStringOrNull(p.branchName, true);
            out += ", \"year\": " + QByteArray::number(p.year);
            out += ", \"text\": " + jsonStringOrNull(p.text, true);
            out += ", \"due\": " + jsonStringOrNull(p.due.toString(Qt::ISODate), p.due.isValid());
            out += ", \"result\": " + jsonStringOrNull(reviewed ? pledgeResultWord(p.review->result) : QString(), reviewed);
            out += ", \"note\": " + jsonStringOrNull(reviewed ? p.review->note : QString(), reviewed);
            out += ", \"reviewed_by\": " + jsonStringOrNull(reviewed ? p.review->reviewedBy : QString(), reviewed);
            out += ", \"reviewed_at\": "
                + jsonStringOrNull(reviewed ? p.review->reviewedAt.toString(Qt::ISODateWithMs) : QString(), reviewed);
            out += '}';
        }
        out += pledges.isEmpty() ? "]\n" : "\n]\n";
        return context.print(out);
    }
    const QStringList header {Context::tr("Id"),     Context::tr("Name"),   Context::tr("ID number"),
                              Context::tr("Branch"), Context::tr("Year"),   Context::tr("Pledge"),
                              Context::tr("Due"),    Context::tr("Result"), Context::tr("Note"),
                              Context::tr("Reviewed by"), Context::tr("Reviewed at")};
    QList<QStringList> cells;
    cells.reserve(pledges.size());
    for (const Pledge& p : pledges) {
        const bool reviewed = p.review.has_value();
        cells.append({QString::number(p.id), p.memberName, shownId(p.idNumber, reveal), p.branchName, QString::number(p.year), p.text,
                      p.due.toString(Qt::ISODate), reviewed ? pledgeResultWord(p.review->result) : QString(),
                      reviewed ? p.review->note : QString(), reviewed ? p.review->reviewedBy : QString(),
                      reviewed ? DateText::minute(p.review->reviewedAt) : QString()});
    }
    return printTable(context, *format, header, cells);
}

} // namespace

JIFEN_CLI_COMMAND("pledge", QT_TRANSLATE_NOOP("CliCommand", "record a member's pledge (承诺) or review it (评诺)"),
                  pledgeCommand);
JIFEN_CLI_COMMAND("pledges", QT_TRANSLATE_NOOP("CliCommand", "list pledges with their reviews"), pledgesCommand);

} // namespace jifen::cli
