// add-member, export-members, member-status, move-member: the roster.
#include "Cli.h"

#include "io/MemberExport.h"
#include "model/IdNumber.h"
#include "storage/RosterHistory.h"
#include "storage/Transaction.h"

namespace jifen::cli {

namespace {

int addMemberCommand(Context& context)
{
    QCommandLineParser parser;
    auto option = [&parser](const char* name, const QString& help, const QString& value) {
        const QCommandLineOption o(QLatin1String(name), help, value);
        parser.addOption(o);
        return o;
    };
    const QString date = QStringLiteral("YYYY-MM-DD");
    const auto name = option("name", Context::tr("Name (required)."), Context::tr("NAME"));
    const auto idNumber = option("id-number", Context::tr("ID number, 18 characters (required)."), Context::tr("ID"));
    const auto branch = option("branch", Context::tr("Branch name (required; created when new)."), Context::tr("BRANCH"));
    const auto category = option("category", Context::tr("正式党员 (default) or 预备党员."), Context::tr("CATEGORY"));
    const auto gender = option("gender", Context::tr("男 or 女 (default: from the ID number)."), Context::tr("GENDER"));
    const auto birth = option("birth-date", Context::tr("Birth date (default: from the ID number)."), date);
    const auto ethnicity = option("ethnicity", Context::tr("Ethnicity."), Context::tr("TEXT"));
    const auto education = option("education", Context::tr("Education."), Context::tr("TEXT"));
    const auto join = option("join-date", Context::tr("Date of joining the Party."), date);
    const auto full = option("full-member-date", Context::tr("Date of becoming a full member."), date);
    const auto phone = option("phone", Context::tr("Phone number."), Context::tr("PHONE"));
    const auto position = option("position", Context::tr("Position."), Context::tr("TEXT"));
    const auto notes = option("notes", Context::tr("Notes."), Context::tr("TEXT"));
    if (const auto stop = context.parse(parser, Context::tr("Add a member to the roster; prints the new member's id."), 0, 0))
        return *stop;
    if (const auto stop = missingRequired(context, parser, {&name, &idNumber, &branch}))
        return *stop;

    Member m;
    m.name = parser.value(name).trimmed();
    const auto id = IdNumber::parse(parser.value(idNumber));
    if (id.problem != IdNumber::Problem::None)
        return context.fail(Context::tr("--id-number: %1").arg(IdNumber::describe(id.problem)));
    m.idNumber = id.value;
    auto parseDate = [&](const QCommandLineOption& o, QDate* out) {
        if (!parser.isSet(o))
            return true;
        *out = isoDate(parser.value(o));
        return out->isValid();
    };
    for (const auto& [o, target] : {std::pair{&birth, &m.birthDate}, std::pair{&join, &m.joinDate},
                                    std::pair{&full, &m.fullMemberDate}})
        if (!parseDate(*o, target))
            return context.fail(Context::tr("--%1: not a date (YYYY-MM-DD): %2")
                                    .arg(o->names().constFirst(), parser.value(*o)),
                                UsageError);
    const QDate idBirth = IdNumber::birthDate(m.idNumber);
    if (m.birthDate.isValid() && m.birthDate != idBirth)
        return context.fail(Context::tr("--birth-date %1 does not match the ID number (%2).")
                                .arg(m.birthDate.toString(Qt::ISODate), idBirth.toString(Qt::ISODate)));
    m.birthDate = idBirth;
    const QString idGender = IdNumber::gender(m.idNumber);
    m.gender = parser.isSet(gender) ? parser.value(gender).trimmed() : idGender;
    if (m.gender != idGender)
        return context.fail(Context::tr("--gender %1 does not match the ID number (%2).").arg(m.gender, idGender));
    if (parser.isSet(category))
        m.category = parser.value(category).trimmed();
    m.ethnicity = parser.value(ethnicity).trimmed();
    m.education = parser.value(education).trimmed();
    m.phone = parser.value(phone).trimmed();
    m.position = parser.value(position).trimmed();
    m.notes = parser.value(notes).trimmed();

    Ledger& ledger = context.ledger();
    const QString branchName = parser.value(branch).trimmed();
    const bool newBranch = !ledger.branchByName(branchName);
    // One transaction: a refused member leaves no new branch behind.
    Transaction transaction(context.database());
    m.branchId = ledger.ensureBranch(branchName);
    const qint64 memberId = ledger.addMember(m);
    transaction.commit();
    if (newBranch)
        context.err() << Context::tr("New branch created: %1").arg(branchName) << Qt::endl;
    context.out() << memberId << Qt::endl;
    return Ok;
}

int exportMembersCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), Context::tr("csv (default) or json."),
                                    QStringLiteral("csv|json"), QStringLiteral("csv"));
    const QCommandLineOption reveal(QStringLiteral("reveal-ids"),
                                    Context::tr("Write full ID and phone numbers (recorded in the audit log)."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    Context::tr("Write to FILE instead of standard output."), Context::tr("FILE"));
    parser.addOption(format);
    parser.addOption(reveal);
    parser.addOption(output);
    if (const auto stop = context.parse(parser, Context::tr("Export the roster. ID and phone numbers are masked "
                                                            "unless --reveal-ids."),
                                        0, 0))
        return *stop;
    const QString kind = parser.value(format);
    if (kind != u"csv" && kind != u"json")
        return context.fail(Context::tr("--format must be csv or json."), UsageError);
    Ledger& ledger = context.ledger();
    const QList<Member> members = ledger.members();
    const bool revealIds = parser.isSet(reveal);
    // The reveal is recorded with the file written: a file that cannot be written leaves no record behind (exit 1
    // means nothing changed), and a reveal that cannot be recorded writes no file.
    std::optional<Transaction> transaction;
    if (revealIds) {
        transaction.emplace(context.database());
        ledger.recordReveal(Context::tr("Roster exported with full ID numbers (%1 members)").arg(members.size()));
    }
    const QByteArray data = kind == u"json" ? MemberExport::toJson(members, revealIds)
                                            : MemberExport::toCsv(members, revealIds);
    if (!context.writeOutput(parser.value(output), data, revealIds))
        return DataError;
    if (transaction)
        transaction->commit();
    return Ok;
}

// The member named by --member (an ID number), or nullopt with the failure reported in *exitCode.
std::optional<Member> namedMember(Context& context, const QCommandLineParser& parser, const QCommandLineOption& option,
                                  int* exitCode)
{
    if (!parser.isSet(option)) {
        *exitCode = context.fail(Context::tr("--member is required: the member's ID number."), UsageError);
        return std::nullopt;
    }
    const auto id = IdNumber::parse(parser.value(option));
    if (id.problem != IdNumber::Problem::None) {
        *exitCode = context.fail(Context::tr("--member: %1").arg(IdNumber::describe(id.problem)), UsageError);
        return std::nullopt;
    }
    auto member = context.ledger().memberByIdNumber(id.value);
    if (!member)
        *exitCode = context.fail(Context::tr("No member with ID number %1.").arg(IdNumber::masked(id.value)));
    return member;
}

// --date, required.
std::optional<QDate> changeDate(Context& context, const QCommandLineParser& parser, const QCommandLineOption& option,
                                int* exitCode)
{
    const QDate date = isoDate(parser.value(option));
    if (!parser.isSet(option) || !date.isValid()) {
        *exitCode = context.fail(Context::tr("--date is required: the day of the change (YYYY-MM-DD)."), UsageError);
        return std::nullopt;
    }
    return date;
}

int memberStatusCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption member(QStringLiteral("member"), Context::tr("The member's ID number (required)."),
                                    Context::tr("IDNUMBER"));
    const QCommandLineOption status(QStringLiteral("status"), Context::tr("转出, 去世 or 在册 (back on the roster; required)."),
                                    Context::tr("STATUS"));
    const QCommandLineOption date(QStringLiteral("date"), Context::tr("The day of the change (required)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption note(QStringLiteral("note"), Context::tr("A note kept with the change."),
                                  Context::tr("TEXT"));
    for (const auto* o : {&member, &status, &date, &note})
        parser.addOption(*o);
    if (const auto stop = context.parse(
            parser,
            Context::tr("Mark a member 转出 (transferred out) or 去世 (deceased), or 在册 again, from a date. Past periods "
                        "keep counting the member as they stood; the date may not be before the member's last change "
                        "or after today."),
            0, 0))
        return *stop;
    int exitCode = Ok;
    const auto found = namedMember(context, parser, member, &exitCode);
    if (!found)
        return exitCode;
    const auto day = changeDate(context, parser, date, &exitCode);
    if (!day)
        return exitCode;
    const QString value = parser.value(status).trimmed();
    if (value != u"转出" && value != u"去世" && value != u"在册")
        return context.fail(Context::tr("--status must be 转出, 去世 or 在册."), UsageError);
    RosterHistory(context.ledger()).setStatus(found->id, value, *day, parser.value(note));
    context.out() << Context::tr("%1 is %2 from %3.").arg(found->name, value, day->toString(Qt::ISODate)) << Qt::endl;
    return Ok;
}

int moveMemberCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption member(QStringLiteral("member"), Context::tr("The member's ID number (required)."),
                                    Context::tr("IDNUMBER"));
    const QCommandLineOption branch(QStringLiteral("branch"), Context::tr("The branch moved to, by name (required)."),
                                    Context::tr("BRANCH"));
    const QCommandLineOption date(QStringLiteral("date"), Context::tr("The day of the move (required)."),
                                  QStringLiteral("YYYY-MM-DD"));
    for (const auto* o : {&member, &branch, &date})
        parser.addOption(*o);
    if (const auto stop = context.parse(
            parser,
            Context::tr("Move a member to another branch from a date. Periods ending before it keep the member in the "
                        "branch before; the date may not be before the member's last change or after today."),
            0, 0))
        return *stop;
    int exitCode = Ok;
    const auto found = namedMember(context, parser, member, &exitCode);
    if (!found)
        return exitCode;
    const auto day = changeDate(context, parser, date, &exitCode);
    if (!day)
        return exitCode;
    const QString branchName = parser.value(branch).trimmed();
    if (branchName.isEmpty())
        return context.fail(Context::tr("--branch is required: the name of the branch."), UsageError);
    const auto target = branchNamed(context, branchName, &exitCode);
    if (!target)
        return exitCode;
    RosterHistory(context.ledger()).move(found->id, target->id, *day);
    context.out() << Context::tr("%1 is in %2 from %3.").arg(found->name, target->name, day->toString(Qt::ISODate))
                  << Qt::endl;
    return Ok;
}

} // namespace

JIFEN_CLI_COMMAND("member-status",
                  QT_TRANSLATE_NOOP("CliCommand", "mark a member 转出, 去世 or 在册 again, from a date"),
                  memberStatusCommand);
JIFEN_CLI_COMMAND("move-member", QT_TRANSLATE_NOOP("CliCommand", "move a member to another branch from a date"),
                  moveMemberCommand);
JIFEN_CLI_COMMAND("add-member", QT_TRANSLATE_NOOP("CliCommand", "add a member to the roster"), addMemberCommand);
JIFEN_CLI_COMMAND("export-members", QT_TRANSLATE_NOOP("CliCommand", "export the roster as CSV or JSON"),
                  exportMembersCommand);

} // namespace jifen::cli
