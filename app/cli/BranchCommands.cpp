// branch-points add|reverse|list, branch-eval: branch entries and the yearly branch evaluation (branch-spec.md).
#include "Cli.h"
#include "ScoreOutput.h"
#include "report/BranchEvaluationReport.h"
#include "storage/BranchEntries.h"
#include "storage/BranchEvaluationStore.h"

namespace jifen::cli {

namespace {

using Format = ScoreOutput::Format;

int branchPointsCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("add|reverse|list"), Context::tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("ID"), Context::tr("reverse: the branch entry's id."));
    const QCommandLineOption branchOption(QStringLiteral("branch"), Context::tr("add: the 党支部 (required)."),
                                          Context::tr("NAME"));
    const QCommandLineOption ruleOption(QStringLiteral("rule"), Context::tr("add: the branch rule's code (required)."),
                                        Context::tr("CODE"));
    const QCommandLineOption dateOption(QStringLiteral("date"), Context::tr("add: the date (required)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption quantityOption(QStringLiteral("quantity"),
                                            Context::tr("add: how many units, a whole number of at least 1 (default 1)."),
                                            QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption noteOption(QStringLiteral("note"), Context::tr("add: a note."), Context::tr("TEXT"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), Context::tr("reverse: why (required)."),
                                          Context::tr("TEXT"));
    const QCommandLineOption yearOption(QStringLiteral("year"), Context::tr("list: entries dated in one year."),
                                        QStringLiteral("YYYY"));
    const QCommandLineOption formatOption = tableFormatOption(Context::tr("list: text (default), csv or json."));
    for (const auto* option :
         {&branchOption, &ruleOption, &dateOption, &quantityOption, &noteOption, &reasonOption, &yearOption, &formatOption})
        parser.addOption(*option);
    if (const auto stop = context.parse(
            parser, Context::tr("Record, reverse or list branch points (支部加减分) by the branch rules."), 1, 2))
        return *stop;
    const QString action = parser.positionalArguments().constFirst();
    if (action == u"add") {
        if (const auto stop = missingRequired(context, parser, {&branchOption, &ruleOption, &dateOption}))
            return *stop;
        const QDate date = isoDate(parser.value(dateOption));
        if (!date.isValid())
            return context.fail(Context::tr("--date: not a date (YYYY-MM-DD): %1").arg(parser.value(dateOption)),
                                UsageError);
        bool ok = false;
        const int quantity = parser.value(quantityOption).toInt(&ok);
        if (!ok || quantity < 1)
            return context.fail(Context::tr("--quantity must be a whole number of at least 1."), UsageError);
        Ledger& ledger = context.ledger();
        int exitCode = DataError;
        const auto branch = branchNamed(context, parser.value(branchOption), &exitCode);
        if (!branch)
            return exitCode;
        const qint64 id
            = BranchEntries(ledger).add(branch->id, parser.value(ruleOption), date, quantity, parser.value(noteOption));
        context.out() << id << Qt::endl;
        return Ok;
    }
    if (action == u"reverse") {
        if (parser.positionalArguments().size() < 2)
            return context.fail(Context::tr("The branch entry's id is missing."), UsageError);
        bool ok = false;
        const qint64 id = parser.positionalArguments().at(1).toLongLong(&ok);
        if (!ok || id < 1)
            return context.fail(Context::tr("Not an entry id: %1").arg(parser.positionalArguments().at(1)), UsageError);
        if (const auto stop = missingRequired(context, parser, {&reasonOption}))
            return *stop;
        const qint64 reversal = BranchEntries(context.ledger()).reverse(id, parser.value(reasonOption));
        context.out() << Context::tr("Branch entry %1 reversed (reversal %2).").arg(id).arg(reversal) << Qt::endl;
        return Ok;
    }
    if (action != u"list")
        return context.fail(Context::tr("Unknown action %1: add, reverse or list.").arg(action), UsageError);
    int exitCode = UsageError;
    std::optional<int> year;
    if (!optionalYear(context, parser, yearOption, &year, &exitCode))
        return exitCode;
    const auto format = tableFormat(context, parser, formatOption, &exitCode);
    if (!format)
        return exitCode;
    const QList<BranchEntry> entries = BranchEntries(context.ledger()).list(year);
    if (*format == Format::Json) {
        QByteArray out = "[";
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const BranchEntry& e = entries[i];
            out += i ? ",\n " : "\n ";
            out += "{\"id\": " + QByteArray::number(e.id) + ", \"date\": \"" + e.date.toString(Qt::ISODate).toLatin1()
                + "\", \"branch\": ";
            ScoreOutput::appendJsonString(out, e.branchName);
            out += ", \"rule\": ";
            ScoreOutput::appendJsonString(out, e.ruleCode);
            out += ", \"rule_name\": ";
            ScoreOutput::appendJsonString(out, e.ruleName);
            out += ", \"quantity\": " + QByteArray::number(e.quantity) + ", \"status\": ";
            ScoreOutput::appendJsonString(out, e.reversed ? QStringLiteral("reversed") : QStringLiteral("counted"));
            out += ", \"reversal_reason\": ";
            if (e.reversed)
                ScoreOutput::appendJsonString(out, e.reversalReason);
            else
                out += "null";
            out += ", \"note\": ";
            ScoreOutput::appendJsonString(out, e.note);
            out += ", \"entered_by\": ";
            ScoreOutput::appendJsonString(out, e.enteredBy);
            out += '}';
        }
        out += entries.isEmpty() ? "]\n" : "\n]\n";
        return context.print(out);
    }
    const QStringList header{Context::tr("Id"),       Context::tr("Date"),   Context::tr("Branch"),
                             Context::tr("Rule"),     Context::tr("Quantity"), Context::tr("Status"),
                             Context::tr("Note")};
    QList<QStringList> cells;
    for (const BranchEntry& e : entries)
        cells.append({QString::number(e.id), e.date.toString(Qt::ISODate), e.branchName, e.ruleCode + u' ' + e.ruleName,
                      QString::number(e.quantity),
                      e.reversed ? Context::tr("reversed: %1").arg(e.reversalReason) : Context::tr("counted"), e.note});
    return printTable(context, *format, header, cells);
}

int branchEvalCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption(QStringLiteral("year"), Context::tr("The year evaluated (required)."),
                                        QStringLiteral("YYYY"));
    const QCommandLineOption underOption(QStringLiteral("under"),
                                         Context::tr("Only the branches below one committee or general branch."),
                                         Context::tr("NAME"));
    const QCommandLineOption formatOption = tableFormatOption();
    for (const auto* option : {&yearOption, &underOption, &formatOption})
        parser.addOption(*option);
    if (const auto stop = context.parse(
            parser,
            Context::tr("The yearly branch evaluation (支部评星定级): figures, components, score, rank, tier, and "
                        "each branch award's verdict with the conditions failed."),
            0, 0))
        return *stop;
    if (!parser.isSet(yearOption))
        return context.fail(Context::tr("--year is required."), UsageError);
    int exitCode = UsageError;
    const auto year = parseYear(context, parser.value(yearOption), &exitCode);
    if (!year)
        return exitCode;
    const auto format = tableFormat(context, parser, formatOption, &exitCode);
    if (!format)
        return exitCode;
    Ledger& ledger = context.ledger();
    std::optional<Branch> underBranch;
    if (!optionalBranch(context, parser, underOption, &underBranch, &exitCode))
        return exitCode;
    const std::optional<qint64> under = idOf(underBranch);
    const QString scope = underBranch ? underBranch->name : QStringLiteral("all");
    const QList<BranchResult> results = BranchEvaluationStore(context.database()).evaluate(*year, under);
    const auto optionalText = [](QByteArray& out, const std::optional<QString>& text) {
        if (text)
            ScoreOutput::appendJsonString(out, *text);
        else
            out += "null";
    };
    if (*format == Format::Json) {
        QByteArray out = "{\"year\": " + QByteArray::number(*year) + ", \"scope\": ";
        ScoreOutput::appendJsonString(out, scope);
        out += ", \"branches\": [";
        for (qsizetype i = 0; i < results.size(); ++i) {
            const BranchResult& r = results[i];
            out += i ? ",\n  {\"name\": " : "\n  {\"name\": ";
            ScoreOutput::appendJsonString(out, r.facts.name);
            out += ", \"members\": " + QByteArray::number(r.facts.members);
            out += ", \"avg_points\": " + ScoreOutput::jsonPoints(r.avgPoints);
            out += ", \"participation\": " + ScoreOutput::jsonPoints(r.participation);
            out += ", \"meeting_rate\": " + ScoreOutput::jsonPoints(r.meetingRate);
            out += ", \"attendance\": " + ScoreOutput::jsonPoints(r.attendance);
            out += ", \"components\": {\"member_points\": " + ScoreOutput::jsonPoints(r.memberPoints)
                + ", \"participation\": " + ScoreOutput::jsonPoints(r.participationPoints)
                + ", \"meetings\": " + ScoreOutput::jsonPoints(r.meetingPoints)
                + ", \"attendance\": " + ScoreOutput::jsonPoints(r.attendancePoints)
                + ", \"branch_rules\": " + ScoreOutput::jsonPoints(r.branchRulePoints) + "}";
            out += ", \"score\": " + ScoreOutput::jsonPoints(r.score);
            out += ", \"rank\": " + QByteArray::number(r.rank);
            out += ", \"tier\": ";
            optionalText(out, r.tier);
            out += r.tieAtShare ? ", \"tie_at_share\": true" : ", \"tie_at_share\": false";
            out += r.vetoed ? ", \"vetoed\": true" : ", \"vetoed\": false";
            out += ", \"previous_tier\": ";
            optionalText(out, r.previousTier);
            out += ", \"awards\": [";
            for (qsizetype k = 0; k < r.awards.size(); ++k) {
                const BranchAwardVerdict& v = r.awards[k];
                out += k ? ", {\"code\": " : "{\"code\": ";
                ScoreOutput::appendJsonString(out, v.code);
                out += ", \"name\": ";
                ScoreOutput::appendJsonString(out, v.name);
                out += v.eligible ? ", \"eligible\": true" : ", \"eligible\": false";
                out += ", \"failed\": [";
                for (qsizetype f = 0; f < v.failed.size(); ++f) {
                    if (f)
                        out += ", ";
                    ScoreOutput::appendJsonString(out, v.failed[f]);
                }
                out += v.tieAtQuota ? "], \"tie_at_quota\": true}" : "], \"tie_at_quota\": false}";
            }
            out += "]}";
        }
        out += results.isEmpty() ? "]}\n" : "\n]}\n";
        return context.print(out);
    }
    QStringList header{Context::tr("Rank"),          Context::tr("Branch"),        Context::tr("Members"),
                       Context::tr("Average points"), Context::tr("Participation %"), Context::tr("Meeting rate %"),
                       Context::tr("Attendance %"),  Context::tr("Member points"), Context::tr("Participation"),
                       Context::tr("Meetings"),      Context::tr("Attendance"),    Context::tr("Branch rules"),
                       Context::tr("Score"),         Context::tr("Tier"),          Context::tr("Previous tier"),
                       Context::tr("Vetoed")};
    // The verdicts in the words of the printed evaluation and the 支部考评 page, the branch's own figures quoted.
    BranchEvaluationReport wording;
    wording.awards = ledger.ruleSet().branchAwards;
    wording.branches = results;
    for (const BranchAward& award : std::as_const(wording.awards))
        header << award.name;
    QList<QStringList> cells;
    for (const BranchResult& r : results) {
        QString tier = r.tier.value_or(QString());
        if (r.tieAtShare)
            tier += Context::tr(" (tie at the share limit)");
        QStringList row{QString::number(r.rank),
                        r.facts.name,
                        QString::number(r.facts.members),
                        points::format(r.avgPoints),
                        points::format(r.participation),
                        points::format(r.meetingRate),
                        points::format(r.attendance),
                        points::format(r.memberPoints),
                        points::format(r.participationPoints),
                        points::format(r.meetingPoints),
                        points::format(r.attendancePoints),
                        points::format(r.branchRulePoints),
                        points::format(r.score),
                        tier,
                        r.previousTier.value_or(QString()),
                        r.vetoed ? Context::tr("yes") : QString()};
        for (const BranchAwardVerdict& v : r.awards) {
            const auto award = std::find_if(wording.awards.cbegin(), wording.awards.cend(),
                                            [&v](const BranchAward& a) { return a.code == v.code; });
            row << (award == wording.awards.cend() ? QString() : wording.verdictText(v, *award, r));
        }
        cells << row;
    }
    return printTable(context, *format, header, cells);
}

} // namespace

JIFEN_CLI_COMMAND("branch-points", QT_TRANSLATE_NOOP("CliCommand", "record, reverse or list branch points"),
                  branchPointsCommand);
JIFEN_CLI_COMMAND("branch-eval", QT_TRANSLATE_NOOP("CliCommand", "evaluate the branches of a year: score, tier, awards"),
                  branchEvalCommand);

} // namespace jifen::cli
