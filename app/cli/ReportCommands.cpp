// report ranking|eligibility|member|opinion|branches: printouts as PDF (and .odt), and their tables as CSV or .xlsx.
#include "Cli.h"
#include "XlsxExport.h"
#include "io/ReportCsv.h"
#include "model/DateText.h"
#include "model/IdNumber.h"
#include "print/ReportOdt.h"
#include "print/ReportPrinter.h"
#include "report/ReportBuilder.h"
#include "storage/StorageError.h"

#include <QFileInfo>

namespace jifen::cli {

namespace {

enum class Output { Pdf, Odt, Csv, Xlsx };

std::optional<Output> outputKind(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"pdf")
        return Output::Pdf;
    if (suffix == u"odt")
        return Output::Odt;
    if (suffix == u"csv")
        return Output::Csv;
    if (suffix == u"xlsx")
        return Output::Xlsx;
    return std::nullopt;
}

int write(Context& context, const QString& fileName, Output kind, const ReportDocument& document)
{
    QString error;
    switch (kind) {
    case Output::Pdf:
        if (!ui::ReportPrinter(document).writePdf(fileName, &error))
            return context.fail(error);
        break;
    case Output::Odt:
        if (!ui::ReportOdt(document).write(fileName, &error))
            return context.fail(error);
        break;
    case Output::Csv:
        if (!context.writeOutput(fileName, ReportCsv::write(document.tables())))
            return DataError;
        break;
    case Output::Xlsx:
        if (!XlsxExport::write(fileName, document.tables(), &error))
            return context.fail(error);
        break;
    }
    return Ok;
}

std::optional<RankingReport::Column> columnFromKey(const QString& key)
{
    using C = RankingReport::Column;
    static const QList<std::pair<QLatin1StringView, C>> keys {
        {QLatin1StringView("rank"), C::Rank},      {QLatin1StringView("tie"), C::Tie},
        {QLatin1StringView("name"), C::Name},      {QLatin1StringView("id"), C::MaskedId},
        {QLatin1StringView("branch"), C::Branch},  {QLatin1StringView("points"), C::PeriodPoints},
        {QLatin1StringView("ytd"), C::YearToDate}, {QLatin1StringView("change"), C::RankChange},
        {QLatin1StringView("grade"), C::Grade}};
    for (const auto& [name, column] : keys)
        if (key.trimmed() == name)
            return column;
    return std::nullopt;
}

int reportCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption period(QStringLiteral("period"),
                                    Context::tr("ranking: the period (2026-03, 2026-Q2, 2026)."), Context::tr("P"));
    const QCommandLineOption branch(QStringLiteral("branch"), Context::tr("ranking: one branch's members only."),
                                    Context::tr("NAME"));
    const QCommandLineOption under(QStringLiteral("under"),
                                   Context::tr("branches: only the branches below one committee or general branch."),
                                   Context::tr("NAME"));
    const QCommandLineOption year(QStringLiteral("year"), Context::tr("eligibility, member, branches: the year."),
                                  Context::tr("YEAR"));
    const QCommandLineOption award(QStringLiteral("award"), Context::tr("eligibility: one award only, by its code."),
                                   Context::tr("CODE"));
    const QCommandLineOption member(QStringLiteral("member"),
                                    Context::tr("member: the member's ID number; opinion: a candidate's ID number "
                                                "(repeat for several, a page each)."),
                                    Context::tr("IDNUMBER"));
    const QCommandLineOption years(QStringLiteral("years"), Context::tr("opinion: the years, 2024-2026 or 2026."),
                                   QStringLiteral("Y1-Y2"));
    const QCommandLineOption opinionText(QStringLiteral("opinion"),
                                         Context::tr("opinion: the branch's opinion (default: lines left to write on)."),
                                         Context::tr("TEXT"));
    const QCommandLineOption output(QStringList {QStringLiteral("o"), QStringLiteral("output")},
                                    Context::tr("The file to write: .pdf, .odt, .csv or .xlsx (required)."),
                                    Context::tr("FILE"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  Context::tr("The date printed on the report and the first day of the notice period "
                                              "(default: today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption noticeDays(QStringLiteral("notice-days"),
                                        Context::tr("ranking: days of public notice (default 7)."), Context::tr("N"),
                                        QStringLiteral("7"));
    const QCommandLineOption columns(
        QStringLiteral("columns"),
        Context::tr("ranking: the columns, comma-separated, from rank, tie, name, id, branch, points, ytd, change, "
                    "grade (default for print: rank,name,branch,points,ytd,change,grade; for CSV and .xlsx the id and "
                    "tie columns are added)."),
        Context::tr("LIST"));
    const QCommandLineOption publish(QStringLiteral("publish"),
                                     Context::tr("ranking: record the printout as published for notice (公示)."));
    for (const auto* o : {&period, &branch, &under, &year, &award, &member, &years, &opinionText, &output, &date,
                          &noticeDays, &columns, &publish})
        parser.addOption(*o);
    parser.addPositionalArgument(QStringLiteral("kind"),
                                 Context::tr("ranking, eligibility, member, opinion or branches"));
    if (const auto stop = context.parse(parser,
                                        Context::tr("Print a report to PDF, or write its tables to CSV or .xlsx: the "
                                                    "ranking of a period, the commendation list of a year, one "
                                                    "member's statement, or the Party branch's opinion on candidates "
                                                    "(党支部意见表, .pdf or .odt; recorded as issued), or the branch "
                                                    "evaluation of a year (支部评星定级 and the branch awards' lists "
                                                    "with reasons). ID numbers are always masked."),
                                        1, 1))
        return *stop;
    const QString kind = parser.positionalArguments().constFirst();
    if (kind != u"ranking" && kind != u"eligibility" && kind != u"member" && kind != u"opinion" && kind != u"branches")
        return context.fail(
            Context::tr("Unknown report %1: ranking, eligibility, member, opinion or branches.").arg(kind), UsageError);
    const QString fileName = parser.value(output);
    if (fileName.isEmpty())
        return context.fail(Context::tr("--output is required."), UsageError);
    const auto format = outputKind(fileName);
    if (!format)
        return context.fail(Context::tr("--output must end in .pdf, .odt, .csv or .xlsx: %1").arg(fileName),
                            UsageError);
    if (kind == u"opinion" && *format != Output::Pdf && *format != Output::Odt)
        return context.fail(Context::tr("--output must end in .pdf or .odt: %1").arg(fileName), UsageError);
    QDate today = QDate::currentDate();
    if (parser.isSet(date)) {
        today = isoDate(parser.value(date));
        if (!today.isValid())
            return context.fail(Context::tr("--date: not a date (YYYY-MM-DD): %1").arg(parser.value(date)), UsageError);
    }
    const auto yearNumber = [&]() -> std::optional<int> {
        const auto parsed = Period::parse(parser.value(year));
        if (!parsed || parsed->kind() != Period::Kind::Year)
            return std::nullopt;
        return parsed->yearNumber();
    };

    Ledger& ledger = context.ledger();
    ReportBuilder builder(ledger, today);
    if (kind == u"ranking") {
        if (!parser.isSet(period))
            return context.fail(Context::tr("--period is required: a month 2026-03, a quarter 2026-Q2 or a year 2026."),
                                UsageError);
        int exitCode = Ok;
        const auto p = parsePeriod(context, parser.value(period), &exitCode);
        if (!p)
            return exitCode;
        bool ok = false;
        const int days = parser.value(noticeDays).toInt(&ok);
        if (!ok || days < 1)
            return context.fail(Context::tr("--notice-days must be a positive whole number."), UsageError);
        std::optional<Branch> one;
        if (!optionalBranch(context, parser, branch, &one, &exitCode))
            return exitCode;
        const std::optional<qint64> branchId = idOf(one);
        QList<RankingReport::Column> chosen
            = *format == Output::Pdf ? RankingReport::printColumns() : RankingReport::exportColumns();
        if (parser.isSet(columns)) {
            chosen.clear();
            for (const QString& key : parser.value(columns).split(u',', Qt::SkipEmptyParts)) {
                const auto column = columnFromKey(key);
                if (!column)
                    return context.fail(Context::tr("--columns: unknown column %1.").arg(key.trimmed()), UsageError);
                chosen << *column;
            }
        }
        const RankingReport report = builder.ranking(*p, branchId, days);
        ReportDocument document = report.document(chosen);
        if (*format != Output::Pdf)
            document.blocks = {{ReportDocument::Block::Kind::Table, {}, report.table(chosen)}};
        if (const int code = write(context, fileName, *format, document); code != Ok)
            return code;
        if (report.status == RankingReport::Status::ChangedAfterPublication)
            context.err() << Context::tr("Note: %n member(s) changed after the ranking was published on %1.", nullptr,
                                         report.changedCount())
                                 .arg(DateText::minute(report.publishedAt))
                          << Qt::endl;
        if (parser.isSet(publish)) {
            const qint64 id = builder.publish(report, branchId);
            context.err() << Context::tr("Recorded as published for notice (publication %1), notice period %2 to %3.")
                                 .arg(id)
                                 .arg(DateText::date(report.noticeFrom), DateText::date(report.noticeTo))
                          << Qt::endl;
        }
        return Ok;
    }
    if (kind == u"opinion") {
        const QStringList bounds = parser.value(years).split(u'-');
        bool okFrom = false, okTo = false;
        const int from = bounds.value(0).trimmed().toInt(&okFrom);
        const int to = bounds.size() == 2 ? bounds.value(1).trimmed().toInt(&okTo) : from;
        if (bounds.size() == 1)
            okTo = okFrom;
        if (!okFrom || !okTo || bounds.size() > 2 || from < 1900 || to < from || to - from > 10)
            return context.fail(Context::tr("--years must be a year (2026) or a span of at most ten years (2024-2026)."),
                                UsageError);
        if (!parser.isSet(member))
            return context.fail(Context::tr("--member is required: a candidate's ID number."), UsageError);
        QList<qint64> candidates;
        for (const QString& text : parser.values(member)) {
            int exitCode = DataError;
            const auto found = memberIdByIdText(context, text, &exitCode);
            if (!found)
                return exitCode;
            if (!candidates.contains(*found))
                candidates << *found;
        }
        ledger.actor().require(Actor::Permission::EnterPoints); // issuing is recorded: refuse before writing the file
        const BranchOpinion opinion = builder.opinion(candidates, from, to, parser.value(opinionText));
        if (const int code = write(context, fileName, *format, opinion.document()); code != Ok)
            return code;
        builder.recordOpinion(opinion);
        return Ok;
    }
    const auto y = yearNumber();
    if (!y)
        return context.fail(Context::tr("--year is required: a year such as 2026."), UsageError);
    if (kind == u"eligibility") {
        QList<Award> awards = builder.ruleSet().awards;
        if (parser.isSet(award)) {
            const QString code = parser.value(award).trimmed();
            awards.removeIf([&code](const Award& a) { return a.code != code; });
            if (awards.isEmpty())
                return context.fail(Context::tr("No award with code %1.").arg(code));
        }
        return write(context, fileName, *format, builder.eligibility(*y, awards).document());
    }
    if (kind == u"branches") {
        int exitCode = DataError;
        std::optional<Branch> scopeBranch;
        if (!optionalBranch(context, parser, under, &scopeBranch, &exitCode))
            return exitCode;
        const std::optional<qint64> scope = idOf(scopeBranch);
        const BranchEvaluationReport report = builder.branchEvaluation(*y, scope);
        const bool printed = *format == Output::Pdf || *format == Output::Odt;
        return write(context, fileName, *format, printed ? report.document() : report.exportDocument());
    }
    if (!parser.isSet(member))
        return context.fail(Context::tr("--member is required: the member's ID number."), UsageError);
    const auto id = IdNumber::parse(parser.value(member));
    if (id.problem != IdNumber::Problem::None)
        return context.fail(Context::tr("--member: %1").arg(IdNumber::describe(id.problem)), UsageError);
    const auto found = ledger.memberByIdNumber(id.value);
    if (!found)
        return context.fail(Context::tr("No member with ID number %1.").arg(IdNumber::masked(id.value)));
    return write(context, fileName, *format, builder.statement(found->id, *y).document());
}

} // namespace

JIFEN_CLI_COMMAND("report",
                  QT_TRANSLATE_NOOP("CliCommand",
                                    "print a ranking, commendation list, member statement or branch evaluation"),
                  reportCommand);

} // namespace jifen::cli
