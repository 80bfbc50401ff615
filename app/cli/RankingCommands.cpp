// ranking, eligibility, branches: totals, ranks and verdicts from the score cache.
#include "Cli.h"
#include "ScoreOutput.h"
#include "model/IdNumber.h"
#include "scoring/Eligibility.h"
#include "scoring/PeriodTotals.h"
#include "scoring/Ranking.h"
#include "storage/ScoreStore.h"

#include <QHash>

namespace jifen::cli {

namespace {

using Format = ScoreOutput::Format;

QString rankText(std::optional<int> rank)
{
    return rank ? QString::number(*rank) : QString();
}

// Every current member in display order (total descending, pinyin, ID number), with the totals of the period.
struct Ranked
{
    QList<MemberScoreFacts> facts;
    QList<RankedRow> rows; // RankedRow::candidate indexes facts
};

Ranked rankMembers(ScoreStore& store, const Period& period, std::optional<qint64> branchId, Cents basePoints)
{
    Ranked ranked;
    ranked.facts = store.countedMembers(period, branchId);
    const Period before = period.previous();
    QList<RankCandidate> candidates;
    candidates.reserve(ranked.facts.size());
    for (const MemberScoreFacts& f : std::as_const(ranked.facts)) {
        candidates.append(RankCandidate {f.memberId, f.name, f.idNumber,
                                         PeriodTotals::fromSum(period, f.sum, basePoints),
                                         PeriodTotals::fromSum(before, f.previousSum, basePoints), f.nameKey});
    }
    ranked.rows = Ranking::rank(candidates);
    return ranked;
}

int rankingCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption = tableFormatOption();
    const QCommandLineOption revealOption = revealIdsOption();
    const QCommandLineOption periodOption(
        QStringLiteral("period"), Context::tr("The period: 2026-03, 2026-Q2 or 2026 (required)."), Context::tr("P"));
    const QCommandLineOption branchOption(QStringLiteral("branch"), Context::tr("Rank one branch's members only."),
                                          Context::tr("NAME"));
    parser.addOption(periodOption);
    parser.addOption(branchOption);
    parser.addOption(formatOption);
    parser.addOption(revealOption);
    if (const auto stop = context.parse(
            parser,
            Context::tr("Rank every current member (在册) on the period's points, highest first; equal points share a "
                        "rank (1, 2, 2, 4)."),
            0, 0))
        return *stop;
    if (!parser.isSet(periodOption))
        return context.fail(Context::tr("--period is required."), UsageError);
    int exitCode = Ok;
    const auto period = parsePeriod(context, parser.value(periodOption), &exitCode);
    if (!period)
        return exitCode;
    const auto format = tableFormat(context, parser, formatOption, &exitCode);
    if (!format)
        return exitCode;

    Ledger& ledger = context.ledger();
    std::optional<Branch> branch;
    if (!optionalBranch(context, parser, branchOption, &branch, &exitCode))
        return exitCode;
    const std::optional<qint64> branchId = idOf(branch);
    const bool reveal = parser.isSet(revealOption);
    if (reveal)
        ledger.recordReveal(Context::tr("Ranking %1 shown with full ID numbers").arg(period->toString()));
    const Cents base = ledger.setting(QStringLiteral("base_points"), QStringLiteral("0")).toLongLong();
    ScoreStore store(context.database());
    const Ranked ranked = rankMembers(store, *period, branchId, base);

    if (*format == Format::Json) {
        QByteArray out;
        out.reserve(ranked.rows.size() * 160 + 64);
        out += "{\"period\": ";
        ScoreOutput::appendJsonString(out, period->toString());
        out += ", \"scope\": ";
        ScoreOutput::appendJsonString(out, branch ? branch->name : QStringLiteral("all"));
        out += ", \"rows\": [";
        bool first = true;
        for (const RankedRow& row : ranked.rows) {
            const MemberScoreFacts& f = ranked.facts[row.candidate];
            out += first ? "\n  {\"rank\": " : ",\n  {\"rank\": ";
            first = false;
            out += QByteArray::number(row.rank);
            out += ", \"name\": ";
            ScoreOutput::appendJsonString(out, f.name);
            out += ", \"id_number\": ";
            ScoreOutput::appendJsonString(out, shownId(f.idNumber, reveal));
            out += ", \"branch\": ";
            ScoreOutput::appendJsonString(out, f.branchName);
            out += ", \"points\": ";
            out += ScoreOutput::jsonPoints(row.total);
            out += ", \"previous_rank\": ";
            out += row.previousRank ? QByteArray::number(*row.previousRank) : QByteArrayLiteral("null");
            out += '}';
        }
        out += "\n]}\n";
        return context.print(out);
    }
    const QStringList header {Context::tr("Rank"),   Context::tr("Name"),   Context::tr("ID number"),
                              Context::tr("Branch"), Context::tr("Points"), Context::tr("Previous rank")};
    QList<QStringList> cells;
    cells.reserve(ranked.rows.size());
    for (const RankedRow& row : ranked.rows) {
        const MemberScoreFacts& f = ranked.facts[row.candidate];
        cells.append({QString::number(row.rank), f.name, shownId(f.idNumber, reveal), f.branchName,
                      points::format(row.total), rankText(row.previousRank)});
    }
    return printTable(context, *format, header, cells);
}

struct AwardVerdicts
{
    Award award;
    QList<EligibilityVerdict> verdicts; // indexed like Ranked::facts
};

// The verdicts of each award on every member counted in the year, in the facts' order.
QList<AwardVerdicts> judge(const QList<Award>& awards, const QList<MemberScoreFacts>& facts,
                           const QList<GradeBand>& grades, const Period& year, Cents base)
{
    QList<EligibilityFacts> members;
    members.reserve(facts.size());
    for (const MemberScoreFacts& f : facts) {
        members.append(EligibilityFacts {f.memberId, f.branchId, f.fullMember, PeriodTotals::fromSum(year, f.sum, base),
                                         f.vetoed, f.activeMonths, f.onRoster});
    }
    QList<AwardVerdicts> result;
    for (const Award& award : awards)
        result.append(AwardVerdicts {award, Eligibility::evaluate(award, members, grades)});
    return result;
}

int eligibilityCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption = tableFormatOption();
    const QCommandLineOption revealOption = revealIdsOption();
    const QCommandLineOption yearOption(QStringLiteral("year"), Context::tr("The year, e.g. 2026 (required)."),
                                        Context::tr("YEAR"));
    const QCommandLineOption awardOption(QStringLiteral("award"), Context::tr("One award only, by its code."),
                                         Context::tr("CODE"));
    parser.addOption(yearOption);
    parser.addOption(awardOption);
    parser.addOption(formatOption);
    parser.addOption(revealOption);
    if (const auto stop = context.parse(
            parser,
            Context::tr("Who may be put forward for each award in the year, and for the others which conditions they "
                        "fail."),
            0, 0))
        return *stop;
    const auto year = Period::parse(parser.value(yearOption));
    if (!year || year->kind() != Period::Kind::Year)
        return context.fail(Context::tr("--year must be a year such as 2026."), UsageError);
    int exitCode = Ok;
    const auto format = tableFormat(context, parser, formatOption, &exitCode);
    if (!format)
        return exitCode;

    Ledger& ledger = context.ledger();
    const RuleSet rules = ledger.ruleSet();
    QList<Award> awards = rules.awards;
    if (parser.isSet(awardOption)) {
        const QString code = parser.value(awardOption).trimmed();
        awards.removeIf([&code](const Award& award) { return award.code != code; });
        if (awards.isEmpty())
            return context.fail(Context::tr("No award with code %1.").arg(code));
    }
    const bool reveal = parser.isSet(revealOption);
    if (reveal)
        ledger.recordReveal(Context::tr("Eligibility %1 shown with full ID numbers").arg(year->toString()));
    ScoreStore store(context.database());
    const Ranked ranked = rankMembers(store, *year, std::nullopt, rules.basePoints);
    const QList<AwardVerdicts> judged = judge(awards, ranked.facts, rules.grades, *year, rules.basePoints);

    if (*format == Format::Json) {
        QByteArray out;
        out += "{\"year\": " + QByteArray::number(year->yearNumber()) + ", \"awards\": [";
        for (qsizetype a = 0; a < judged.size(); ++a) {
            out += a == 0 ? "\n {\"code\": " : ",\n {\"code\": ";
            ScoreOutput::appendJsonString(out, judged[a].award.code);
            out += ", \"name\": ";
            ScoreOutput::appendJsonString(out, judged[a].award.name);
            out += ", \"rows\": [";
            bool first = true;
            for (const RankedRow& row : ranked.rows) {
                const MemberScoreFacts& f = ranked.facts[row.candidate];
                const EligibilityVerdict& v = judged[a].verdicts[row.candidate];
                out += first ? "\n  {\"name\": " : ",\n  {\"name\": ";
                first = false;
                ScoreOutput::appendJsonString(out, f.name);
                out += ", \"id_number\": ";
                ScoreOutput::appendJsonString(out, shownId(f.idNumber, reveal));
                out += ", \"branch\": ";
                ScoreOutput::appendJsonString(out, f.branchName);
                out += ", \"points\": " + ScoreOutput::jsonPoints(row.total);
                out += v.eligible ? ", \"eligible\": true, \"failed\": [" : ", \"eligible\": false, \"failed\": [";
                for (qsizetype k = 0; k < v.failed.size(); ++k) {
                    if (k > 0)
                        out += ", ";
                    ScoreOutput::appendJsonString(out, v.failed[k]);
                }
                out += "], \"points_missing\": ";
                out += v.pointsMissing ? ScoreOutput::jsonPoints(*v.pointsMissing) : QByteArrayLiteral("null");
                out += v.tieAtQuota ? ", \"tie_at_quota\": true, \"grade\": "
                                    : ", \"tie_at_quota\": false, \"grade\": ";
                if (v.grade.isEmpty())
                    out += "null";
                else
                    ScoreOutput::appendJsonString(out, v.grade);
                // A member who left before the year's end: listed as left, with when and how.
                out += ", \"left_status\": ";
                if (f.onRoster)
                    out += "null, \"left_date\": null";
                else {
                    ScoreOutput::appendJsonString(out, f.leftStatus);
                    out += ", \"left_date\": ";
                    ScoreOutput::appendJsonString(out, f.leftDate.toString(Qt::ISODate));
                }
                out += '}';
            }
            out += "\n ]}";
        }
        out += "\n]}\n";
        return context.print(out);
    }

    const QStringList header {Context::tr("Award"),  Context::tr("Name"),           Context::tr("ID number"),
                              Context::tr("Branch"), Context::tr("Points"),         Context::tr("Eligible"),
                              Context::tr("Failed"), Context::tr("Points missing"), Context::tr("Tie at quota"),
                              Context::tr("Grade")};
    QList<QStringList> cells;
    for (const AwardVerdicts& award : judged) {
        for (const RankedRow& row : ranked.rows) {
            const MemberScoreFacts& f = ranked.facts[row.candidate];
            const EligibilityVerdict& v = award.verdicts[row.candidate];
            cells.append({award.award.code, f.name, shownId(f.idNumber, reveal), f.branchName,
                          points::format(row.total), v.eligible ? Context::tr("yes") : Context::tr("no"),
                          v.failed.join(u' '), v.pointsMissing ? points::format(*v.pointsMissing) : QString(),
                          v.tieAtQuota ? Context::tr("yes") : QString(), v.grade});
        }
    }
    return printTable(context, *format, header, cells);
}

int branchesCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption = tableFormatOption();
    const QCommandLineOption periodOption(
        QStringLiteral("period"), Context::tr("The period: 2026-03, 2026-Q2 or 2026 (required)."), Context::tr("P"));
    parser.addOption(periodOption);
    parser.addOption(formatOption);
    if (const auto stop = context.parse(
            parser,
            Context::tr("Per branch: current members, average points, participation (the share of members active in "
                        "each month of the period), members eligible for each award in the period's year; branches "
                        "over 100 members are flagged."),
            0, 0))
        return *stop;
    if (!parser.isSet(periodOption))
        return context.fail(Context::tr("--period is required."), UsageError);
    int exitCode = Ok;
    const auto period = parsePeriod(context, parser.value(periodOption), &exitCode);
    if (!period)
        return exitCode;
    const auto format = tableFormat(context, parser, formatOption, &exitCode);
    if (!format)
        return exitCode;

    Ledger& ledger = context.ledger();
    const RuleSet rules = ledger.ruleSet();
    ScoreStore store(context.database());
    const QList<MemberScoreFacts> facts = store.countedMembers(*period);
    const Period year = Period::year(period->yearNumber());
    const QList<MemberScoreFacts> yearFacts = period->kind() == Period::Kind::Year ? facts : store.countedMembers(year);
    const QList<AwardVerdicts> judged = judge(rules.awards, yearFacts, rules.grades, year, rules.basePoints);

    struct Summary
    {
        qint64 members = 0;
        Cents total = 0;
        qint64 activeMemberMonths = 0;
        QList<qint64> eligible;
    };
    QHash<qint64, Summary> byBranch;
    for (const MemberScoreFacts& f : facts) {
        Summary& s = byBranch[f.branchId];
        ++s.members;
        s.total += PeriodTotals::fromSum(*period, f.sum, rules.basePoints);
        s.activeMemberMonths += f.activeMonths;
    }
    for (qsizetype a = 0; a < judged.size(); ++a) {
        for (qsizetype i = 0; i < yearFacts.size(); ++i) {
            Summary& s = byBranch[yearFacts[i].branchId];
            s.eligible.resize(judged.size());
            if (judged[a].verdicts[i].eligible)
                ++s.eligible[a];
        }
    }
    const int months = period->last().month() - period->first().month() + 1;
    constexpr qint64 oversized = 100; // the report names branches over 100 members as a problem

    QByteArray json = "{\"period\": ";
    ScoreOutput::appendJsonString(json, period->toString());
    json += ", \"branches\": [";
    QStringList header {Context::tr("Branch"), Context::tr("Members"), Context::tr("Average points"),
                        Context::tr("Participation")};
    for (const AwardVerdicts& award : judged)
        header.append(Context::tr("Eligible %1").arg(award.award.code));
    header.append(Context::tr("Over 100 members"));
    QList<QStringList> cells;
    bool first = true;
    for (const Branch& branch : ledger.branches()) {
        Summary s = byBranch.value(branch.id);
        s.eligible.resize(judged.size());
        // Average in hundredths, rounded half away from zero; participation in basis points, rounded half up.
        const Cents average = s.members == 0 ? 0
                                             : (s.total >= 0 ? (2 * s.total + s.members) / (2 * s.members)
                                                             : -((-2 * s.total + s.members) / (2 * s.members)));
        const qint64 memberMonths = s.members * months;
        const qint64 basisPoints
            = memberMonths == 0 ? 0 : (s.activeMemberMonths * 20000 + memberMonths) / (2 * memberMonths);
        const QString participation
            = QStringLiteral("%1.%2").arg(basisPoints / 10000).arg(basisPoints % 10000, 4, 10, QLatin1Char('0'));
        json += first ? "\n  {\"name\": " : ",\n  {\"name\": ";
        first = false;
        ScoreOutput::appendJsonString(json, branch.name);
        json += ", \"members\": " + QByteArray::number(s.members);
        json += ", \"average_points\": " + ScoreOutput::jsonPoints(average);
        json += ", \"participation\": " + participation.toLatin1();
        json += ", \"eligible\": {";
        QStringList row {branch.name, QString::number(s.members), points::format(average),
                         QStringLiteral("%1%").arg(points::format(basisPoints))};
        for (qsizetype a = 0; a < judged.size(); ++a) {
            if (a > 0)
                json += ", ";
            ScoreOutput::appendJsonString(json, judged[a].award.code);
            json += ": " + QByteArray::number(s.eligible[a]);
            row.append(QString::number(s.eligible[a]));
        }
        const bool over = s.members > oversized;
        json += over ? "}, \"over_100\": true}" : "}, \"over_100\": false}";
        row.append(over ? Context::tr("yes") : QString());
        cells.append(row);
    }
    json += "\n]}\n";
    if (*format == Format::Json)
        return context.print(json);
    return printTable(context, *format, header, cells);
}

} // namespace

JIFEN_CLI_COMMAND("ranking", QT_TRANSLATE_NOOP("CliCommand", "rank members on a month, quarter or year"),
                  rankingCommand);
JIFEN_CLI_COMMAND("eligibility", QT_TRANSLATE_NOOP("CliCommand", "award eligibility for a year, with reasons"),
                  eligibilityCommand);
JIFEN_CLI_COMMAND("branches", QT_TRANSLATE_NOOP("CliCommand", "branch summary: members, points, participation"),
                  branchesCommand);

} // namespace jifen::cli
