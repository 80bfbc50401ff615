// chart eligibility|branches|member|participation|categories|tiers: the issue-7 charts and the tier chart, rendered headless to PNG or PDF.
#include "Cli.h"
#include "charts/ChartFactory.h"
#include "charts/ChartRenderer.h"
#include "model/IdNumber.h"
#include "report/ReportBuilder.h"

#include <QChart>
#include <QFileInfo>

namespace jifen::cli {

namespace {

int chartCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), Context::tr("The year (required)."), Context::tr("YEAR"));
    const QCommandLineOption award(QStringLiteral("award"),
                                   Context::tr("eligibility, branches, member: the award, by its code (default: the "
                                               "first award of the rule set)."),
                                   Context::tr("CODE"));
    const QCommandLineOption branch(QStringLiteral("branch"), Context::tr("participation: one branch's line."),
                                    Context::tr("NAME"));
    const QCommandLineOption under(QStringLiteral("under"),
                                   Context::tr("tiers: only the branches below one committee or general branch."),
                                   Context::tr("NAME"));
    const QCommandLineOption member(QStringLiteral("member"), Context::tr("member: the member's ID number."),
                                    Context::tr("IDNUMBER"));
    const QCommandLineOption output(QStringList {QStringLiteral("o"), QStringLiteral("output")},
                                    Context::tr("The file to write: .png or .pdf (required)."), Context::tr("FILE"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  Context::tr("Draw the year as it stood on this date (default: today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption size(QStringLiteral("size"), Context::tr("PNG size in pixels (default 1400x900)."),
                                  QStringLiteral("WxH"), QStringLiteral("1400x900"));
    for (const auto* o : {&year, &award, &branch, &under, &member, &output, &date, &size})
        parser.addOption(*o);
    parser.addPositionalArgument(QStringLiteral("chart"),
                                 Context::tr("eligibility, branches, member, participation, categories or tiers"));
    if (const auto stop = context.parse(parser,
                                        Context::tr("Draw a chart of the year to PNG or PDF: the eligibility map, "
                                                    "branches side by side, a member's path, participation by month, "
                                                    "points by category, or the Party branches per tier against the "
                                                    "year before (支部评星定级)."),
                                        1, 1))
        return *stop;
    const QString kind = parser.positionalArguments().constFirst();
    static const QStringList kinds {QStringLiteral("eligibility"), QStringLiteral("branches"), QStringLiteral("member"),
                                    QStringLiteral("participation"), QStringLiteral("categories"),
                                    QStringLiteral("tiers")};
    if (!kinds.contains(kind))
        return context.fail(Context::tr("Unknown chart %1: %2.").arg(kind, kinds.join(QStringLiteral(", "))),
                            UsageError);
    const QString fileName = parser.value(output);
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (fileName.isEmpty() || (suffix != u"png" && suffix != u"pdf"))
        return context.fail(Context::tr("--output is required and must end in .png or .pdf."), UsageError);
    const auto parsedYear = Period::parse(parser.value(year));
    if (!parsedYear || parsedYear->kind() != Period::Kind::Year)
        return context.fail(Context::tr("--year is required: a year such as 2026."), UsageError);
    const int y = parsedYear->yearNumber();
    QDate today = QDate::currentDate();
    if (parser.isSet(date)) {
        today = isoDate(parser.value(date));
        if (!today.isValid())
            return context.fail(Context::tr("--date: not a date (YYYY-MM-DD): %1").arg(parser.value(date)), UsageError);
    }
    const QStringList wh = parser.value(size).split(u'x');
    const QSize pixels(wh.value(0).toInt(), wh.value(1).toInt());
    if (wh.size() != 2 || pixels.width() < 200 || pixels.height() < 150 || pixels.width() > 10000
        || pixels.height() > 10000)
        return context.fail(Context::tr("--size must be WIDTHxHEIGHT in pixels, such as 1400x900."), UsageError);

    Ledger& ledger = context.ledger();
    ReportBuilder builder(ledger, today);
    const QList<Award>& awards = builder.ruleSet().awards;
    Award chosen;
    if (kind == u"eligibility" || kind == u"branches" || kind == u"member") {
        if (awards.isEmpty())
            return context.fail(Context::tr("The rule set has no awards."));
        chosen = awards.constFirst();
        if (parser.isSet(award)) {
            const QString code = parser.value(award).trimmed();
            const auto it
                = std::find_if(awards.cbegin(), awards.cend(), [&](const Award& a) { return a.code == code; });
            if (it == awards.cend())
                return context.fail(Context::tr("No award with code %1.").arg(code));
            chosen = *it;
        }
    }
    ui::BuiltChart built;
    int exitCode = DataError;
    if (kind == u"eligibility") {
        built = ui::ChartFactory::eligibility(builder.eligibilityMap(y, chosen));
    } else if (kind == u"branches") {
        built = ui::ChartFactory::branches(builder.branches(y, chosen));
    } else if (kind == u"member") {
        const auto id = IdNumber::parse(parser.value(member));
        if (id.problem != IdNumber::Problem::None)
            return context.fail(Context::tr("--member is required: %1").arg(IdNumber::describe(id.problem)),
                                UsageError);
        const auto found = ledger.memberByIdNumber(id.value);
        if (!found)
            return context.fail(Context::tr("No member with ID number %1.").arg(IdNumber::masked(id.value)));
        built = ui::ChartFactory::memberPath(builder.memberPath(found->id, y, chosen));
    } else if (kind == u"participation") {
        std::optional<Branch> one;
        if (!optionalBranch(context, parser, branch, &one, &exitCode))
            return exitCode;
        built = ui::ChartFactory::participation(builder.participation(y), one ? one->id : 0);
    } else if (kind == u"categories") {
        built = ui::ChartFactory::categories(builder.categories(y));
    } else {
        std::optional<Branch> scope;
        if (!optionalBranch(context, parser, under, &scope, &exitCode))
            return exitCode;
        built = ui::ChartFactory::tiers(
            builder.branchEvaluation(y, idOf(scope)));
    }
    QString error;
    const bool written = suffix == u"png"
        ? ui::ChartRenderer::writePng(built.chart.get(), fileName, &error, pixels, built.note)
        : ui::ChartRenderer::writePdf(built.chart.get(), fileName, &error, built.note);
    return written ? Ok : context.fail(error);
}

} // namespace

JIFEN_CLI_COMMAND("chart",
                  QT_TRANSLATE_NOOP("CliCommand", "draw a chart of points, eligibility or branch tiers to PNG or PDF"),
                  chartCommand);

} // namespace jifen::cli
