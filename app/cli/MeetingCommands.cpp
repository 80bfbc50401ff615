// import-meetings, meeting add|cancel|mark, meetings: organisation-life meetings (branch-spec.md).
#include "Cli.h"
#include "ScoreOutput.h"
#include "io/CsvReader.h"
#include "model/IdNumber.h"
#include "storage/MeetingImport.h"
#include "storage/Meetings.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace jifen::cli {

namespace {

using Format = ScoreOutput::Format;

int importMeetingsCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE.csv"),
        Context::tr("Columns 支部,会议类型,日期,主题,出席,请假,缺席: one meeting a row, the type by code or name, the "
                    "lists ID numbers separated by ; ； 、 or spaces; UTF-8 with or without BOM, or GB18030."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Context::tr("Check the file and write nothing."));
    const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"),
                                         Context::tr("Record the good rows and skip the rows with errors."));
    parser.addOption(dryRun);
    parser.addOption(skipInvalid);
    if (const auto stop = context.parse(
            parser,
            Context::tr("Record meetings from a CSV file, in file order, with their members' entries. Without "
                        "--skip-invalid, any error means nothing is written."),
            1, 1))
        return *stop;
    const QString fileName = parser.positionalArguments().constFirst();
    const QString shownName = QFileInfo(fileName).fileName();
    int exitCode = DataError;
    const auto table = readImportFile(context, fileName, {}, &exitCode);
    if (!table)
        return exitCode;

    MeetingImport import(context.ledger());
    import.read(*table);
    const bool skip = parser.isSet(skipInvalid);
    const int recorded = import.apply(skip, !parser.isSet(dryRun), shownName);
    for (const ImportIssue& issue : import.issues())
        context.err() << issue.toText(shownName) << '\n';
    context.err().flush();
    const int skipped = import.rowsWithIssues();
    if (!import.issues().isEmpty() && skipped == 0) // the file as a whole (its header) is wrong
        return context.fail(Context::tr("Nothing was imported."));
    if (skipped > 0 && !skip)
        return context.fail(Context::tr("%1 of %2 rows have errors; nothing was imported.")
                                .arg(skipped)
                                .arg(import.rowsRead()));
    const bool dry = parser.isSet(dryRun);
    if (recorded > 0)
        context.out() << (dry ? Context::tr("Dry run: %1 meetings would be recorded; nothing was written.")
                              : Context::tr("%1 meetings recorded."))
                                 .arg(recorded)
                      << Qt::endl;
    return importExit(context, recorded, skipped, dry);
}

// "ID;ID、ID ..." as members, in the order given.
bool membersFromList(Context& context, const QString& list, Meeting::Attendance attendance,
                     QList<Meetings::Listed>& out, int* exitCode)
{
    static const QRegularExpression separators(QStringLiteral("[;；、,\\s]+"));
    for (const QString& text : list.split(separators, Qt::SkipEmptyParts)) {
        const IdNumber::Parsed id = IdNumber::parse(text);
        if (id.problem != IdNumber::Problem::None) {
            *exitCode = context.fail(Context::tr("%1: %2").arg(IdNumber::masked(text), IdNumber::describe(id.problem)));
            return false;
        }
        const auto member = context.ledger().memberByIdNumber(id.value);
        if (!member) {
            *exitCode = context.fail(Context::tr("No member with ID number %1.").arg(IdNumber::masked(id.value)));
            return false;
        }
        out << Meetings::Listed{member->id, attendance};
    }
    return true;
}

int meetingCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("add|cancel|mark"), Context::tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("ID"), Context::tr("The meeting's id (cancel, mark)."));
    const QCommandLineOption branchOption(QStringLiteral("branch"), Context::tr("add: the branch (required)."),
                                          Context::tr("NAME"));
    const QCommandLineOption typeOption(QStringLiteral("type"),
                                        Context::tr("add: the meeting type, by code or name (required)."),
                                        Context::tr("TYPE"));
    const QCommandLineOption dateOption(QStringLiteral("date"), Context::tr("add: the date (required)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption topicOption(QStringLiteral("topic"), Context::tr("add: the topic."), Context::tr("TEXT"));
    const QCommandLineOption presentOption(QStringLiteral("present"), Context::tr("add: ID numbers of those present."),
                                           Context::tr("IDS"));
    const QCommandLineOption excusedOption(QStringLiteral("excused"), Context::tr("add: ID numbers of those excused."),
                                           Context::tr("IDS"));
    const QCommandLineOption absentOption(QStringLiteral("absent"),
                                          Context::tr("add: ID numbers of those absent without leave."),
                                          Context::tr("IDS"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), Context::tr("cancel: why (required)."),
                                          Context::tr("TEXT"));
    const QCommandLineOption memberOption(QStringLiteral("member"), Context::tr("mark: the member's ID number."),
                                          Context::tr("IDNUMBER"));
    const QCommandLineOption asOption(QStringLiteral("as"), Context::tr("mark: present, excused or absent."),
                                      QStringLiteral("present|excused|absent"));
    for (const auto* option : {&branchOption, &typeOption, &dateOption, &topicOption, &presentOption, &excusedOption,
                               &absentOption, &reasonOption, &memberOption, &asOption})
        parser.addOption(*option);
    if (const auto stop = context.parse(
            parser,
            Context::tr("Record a meeting with its attendance (writing its members' entries), cancel one with a "
                        "reason (reversing them), or change one member's attendance."),
            1, 2))
        return *stop;
    const QString action = parser.positionalArguments().constFirst();
    if (action == u"add") {
        if (parser.positionalArguments().size() > 1)
            return context.fail(Context::tr("Unexpected argument: %1").arg(parser.positionalArguments().at(1)),
                                UsageError);
        if (const auto stop = missingRequired(context, parser, {&branchOption, &typeOption, &dateOption}))
            return *stop;
        const QDate date = isoDate(parser.value(dateOption));
        if (!date.isValid())
            return context.fail(Context::tr("--date: not a date (YYYY-MM-DD): %1").arg(parser.value(dateOption)),
                                UsageError);
        Ledger& ledger = context.ledger();
        int exitCode = DataError;
        const auto branch = branchNamed(context, parser.value(branchOption), &exitCode);
        if (!branch)
            return exitCode;
        QString typeCode;
        const QString type = parser.value(typeOption).trimmed();
        for (const MeetingType& t : ledger.ruleSet().meetingTypes)
            if (t.code == type || t.name == type)
                typeCode = t.code;
        if (typeCode.isEmpty())
            return context.fail(Context::tr("No meeting type has the code or name %1.").arg(type));
        QList<Meetings::Listed> attendees;
        if (!membersFromList(context, parser.value(presentOption), Meeting::Attendance::Present, attendees, &exitCode)
            || !membersFromList(context, parser.value(excusedOption), Meeting::Attendance::Excused, attendees,
                                &exitCode)
            || !membersFromList(context, parser.value(absentOption), Meeting::Attendance::Absent, attendees, &exitCode))
            return exitCode;
        const qint64 id = Meetings(ledger).record(branch->id, typeCode, date, parser.value(topicOption), attendees);
        context.out() << id << Qt::endl;
        return Ok;
    }
    if (action != u"cancel" && action != u"mark")
        return context.fail(Context::tr("Unknown action %1: add, cancel or mark.").arg(action), UsageError);
    if (parser.positionalArguments().size() < 2)
        return context.fail(Context::tr("The meeting's id is missing."), UsageError);
    bool ok = false;
    const qint64 id = parser.positionalArguments().at(1).toLongLong(&ok);
    if (!ok || id < 1)
        return context.fail(Context::tr("Not a meeting id: %1").arg(parser.positionalArguments().at(1)), UsageError);
    if (action == u"cancel") {
        if (const auto stop = missingRequired(context, parser, {&reasonOption}))
            return *stop;
        Meetings(context.ledger()).cancel(id, parser.value(reasonOption));
        context.out() << Context::tr("Meeting %1 cancelled.").arg(id) << Qt::endl;
        return Ok;
    }
    if (const auto stop = missingRequired(context, parser, {&memberOption, &asOption}))
        return *stop;
    const auto attendance = attendanceFromKey(parser.value(asOption).trimmed());
    if (!attendance)
        return context.fail(Context::tr("--as must be present, excused or absent."), UsageError);
    QList<Meetings::Listed> member;
    int exitCode = DataError;
    if (!membersFromList(context, parser.value(memberOption), *attendance, member, &exitCode))
        return exitCode;
    if (member.size() != 1)
        return context.fail(Context::tr("--member takes one ID number."), UsageError);
    Meetings(context.ledger()).mark(id, member.constFirst().memberId, *attendance);
    context.out() << Context::tr("Meeting %1: attendance changed.").arg(id) << Qt::endl;
    return Ok;
}

int meetingsCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption(QStringLiteral("year"), Context::tr("Meetings dated in one year."),
                                        QStringLiteral("YYYY"));
    const QCommandLineOption branchOption(QStringLiteral("branch"), Context::tr("One branch's meetings."),
                                          Context::tr("NAME"));
    const QCommandLineOption formatOption = tableFormatOption();
    const QCommandLineOption revealOption = revealIdsOption();
    for (const auto* option : {&yearOption, &branchOption, &formatOption, &revealOption})
        parser.addOption(*option);
    if (const auto stop = context.parse(parser, Context::tr("List meetings with their attendance."), 0, 0))
        return *stop;
    int exitCode = Ok;
    std::optional<int> year;
    if (!optionalYear(context, parser, yearOption, &year, &exitCode))
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
        ledger.recordReveal(Context::tr("Meetings shown with full ID numbers"));
    const QList<Meeting> meetings = Meetings(ledger).list(year, branchId);
    const auto ids = [reveal](const Meeting& m, Meeting::Attendance attendance) {
        QStringList list;
        for (const Meeting::Attendee& a : m.attendees)
            if (a.attendance == attendance)
                list << shownId(a.idNumber, reveal);
        return list;
    };
    if (*format == Format::Json) {
        QByteArray out = "[";
        for (qsizetype i = 0; i < meetings.size(); ++i) {
            const Meeting& m = meetings[i];
            out += i ? ",\n " : "\n ";
            out += "{\"id\": " + QByteArray::number(m.id) + ", \"branch\": ";
            ScoreOutput::appendJsonString(out, m.branchName);
            out += ", \"type\": ";
            ScoreOutput::appendJsonString(out, m.typeCode);
            out += ", \"type_name\": ";
            ScoreOutput::appendJsonString(out, m.typeName);
            out += ", \"date\": \"" + m.date.toString(Qt::ISODate).toLatin1() + "\", \"topic\": ";
            ScoreOutput::appendJsonString(out, m.topic);
            for (const auto& [key, attendance] :
                 {std::pair{"present", Meeting::Attendance::Present}, std::pair{"excused", Meeting::Attendance::Excused},
                  std::pair{"absent", Meeting::Attendance::Absent}}) {
                out += ", \"" + QByteArray(key) + "\": [";
                const QStringList list = ids(m, attendance);
                for (qsizetype k = 0; k < list.size(); ++k) {
                    if (k)
                        out += ", ";
                    ScoreOutput::appendJsonString(out, list[k]);
                }
                out += ']';
            }
            out += m.cancelled ? ", \"cancelled\": true}" : ", \"cancelled\": false}";
        }
        out += meetings.isEmpty() ? "]\n" : "\n]\n";
        return context.print(out);
    }
    const QStringList header{Context::tr("Id"),      Context::tr("Branch"),  Context::tr("Type"),
                             Context::tr("Date"),    Context::tr("Topic"),   Context::tr("Present"),
                             Context::tr("Excused"), Context::tr("Absent"), Context::tr("Status")};
    QList<QStringList> cells;
    for (const Meeting& m : meetings)
        cells.append({QString::number(m.id), m.branchName, m.typeName, m.date.toString(Qt::ISODate), m.topic,
                      ids(m, Meeting::Attendance::Present).join(u' '), ids(m, Meeting::Attendance::Excused).join(u' '),
                      ids(m, Meeting::Attendance::Absent).join(u' '),
                      m.cancelled ? Context::tr("cancelled: %1").arg(m.cancelReason) : Context::tr("held")});
    return printTable(context, *format, header, cells);
}

} // namespace

JIFEN_CLI_COMMAND("import-meetings", QT_TRANSLATE_NOOP("CliCommand", "record meetings from a CSV file"),
                  importMeetingsCommand);
JIFEN_CLI_COMMAND("meeting", QT_TRANSLATE_NOOP("CliCommand", "record, cancel or change the attendance of a meeting"),
                  meetingCommand);
JIFEN_CLI_COMMAND("meetings", QT_TRANSLATE_NOOP("CliCommand", "list meetings with their attendance"),
                  meetingsCommand);

} // namespace jifen::cli
