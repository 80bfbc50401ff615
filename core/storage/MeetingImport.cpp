#include "MeetingImport.h"

#include "Database.h"
#include "Ledger.h"
#include "StorageError.h"
#include "Transaction.h"

#include "io/DateParser.h"
#include "model/IdNumber.h"

#include <QRegularExpression>
#include <QSet>

namespace jifen {

namespace {

// The columns, in the order the file must give them.
enum Column { BranchColumn, TypeColumn, DateColumn, TopicColumn, PresentColumn, ExcusedColumn, AbsentColumn, ColumnCount };

const QStringList& headerNames()
{
    static const QStringList names{QStringLiteral("支部"), QStringLiteral("会议类型"), QStringLiteral("日期"),
                                   QStringLiteral("主题"), QStringLiteral("出席"),     QStringLiteral("请假"),
                                   QStringLiteral("缺席")};
    return names;
}

} // namespace

MeetingImport::MeetingImport(Ledger& ledger)
    : m_ledger(ledger)
{
}

void MeetingImport::issue(int fileRow, int column, const QString& message)
{
    if (fileRow != m_lastIssueRow && fileRow > 0) {
        ++m_rowsWithIssues;
        m_lastIssueRow = fileRow;
    }
    m_issues << ImportIssue::error(fileRow, column, column >= 0 ? m_header.value(column) : QString(), message);
}

void MeetingImport::read(const CsvTable& table)
{
    if (table.rowCount() == 0)
        return;
    m_header = table.cells(0);
    for (QString& name : m_header)
        name = name.trimmed();
    if (m_header.mid(0, ColumnCount) != headerNames()) {
        m_issues << ImportIssue::error(table.rowNumber(0), -1, QString(),
                                       tr("The first row must name the columns %1.")
                                           .arg(headerNames().join(QStringLiteral(","))));
        return;
    }
    const RuleSet rules = m_ledger.ruleSet();
    QHash<QString, qint64> branches;
    for (const Branch& b : m_ledger.branches())
        branches.insert(b.name, b.id);
    const QDate today = QDate::currentDate();
    static const QRegularExpression separators(QStringLiteral("[;；、\\s]+"));

    for (qsizetype r = 1; r < table.rowCount(); ++r) {
        ++m_rowsRead;
        const int fileRow = table.rowNumber(r);
        const int issuesBefore = int(m_issues.size());
        const auto cell = [&](int column) { return table.cell(r, column).toString().trimmed(); };
        Row row;
        row.fileRow = fileRow;

        const QString branch = cell(BranchColumn);
        if (branch.isEmpty())
            issue(fileRow, BranchColumn, tr("The branch is missing."));
        else if (!branches.contains(branch))
            issue(fileRow, BranchColumn, tr("No branch is named %1.").arg(branch));
        else
            row.branchId = branches.value(branch);

        const QString type = cell(TypeColumn);
        for (const MeetingType& t : rules.meetingTypes)
            if (t.code == type || t.name == type)
                row.typeCode = t.code;
        if (row.typeCode.isEmpty())
            issue(fileRow, TypeColumn,
                  type.isEmpty() ? tr("The meeting type is missing.")
                                 : tr("No meeting type has the code or name %1.").arg(type));

        const DateParser::Parsed date = DateParser::parse(cell(DateColumn));
        if (!date.ok() || date.precision != DateParser::Precision::Day)
            issue(fileRow, DateColumn,
                  date.ok() ? tr("A meeting needs a day, not only a month.") : DateParser::describe(date.problem));
        else if (date.date > today)
            issue(fileRow, DateColumn, tr("The date %1 is in the future.").arg(date.date.toString(Qt::ISODate)));
        else
            row.date = date.date;
        row.topic = cell(TopicColumn);

        QSet<qint64> listed;
        for (const auto& [column, attendance] :
             {std::pair{PresentColumn, Meeting::Attendance::Present}, std::pair{ExcusedColumn, Meeting::Attendance::Excused},
              std::pair{AbsentColumn, Meeting::Attendance::Absent}}) {
            for (const QString& text : cell(column).split(separators, Qt::SkipEmptyParts)) {
                const IdNumber::Parsed id = IdNumber::parse(text);
                if (id.problem != IdNumber::Problem::None) {
                    issue(fileRow, column, tr("%1: %2").arg(IdNumber::masked(text), IdNumber::describe(id.problem)));
                    continue;
                }
                const auto member = m_ledger.memberByIdNumber(id.value);
                if (!member) {
                    issue(fileRow, column, tr("No member has the ID number %1.").arg(IdNumber::masked(id.value)));
                    continue;
                }
                if (listed.contains(member->id)) {
                    issue(fileRow, column, tr("%1 (%2) is listed twice.").arg(member->name, IdNumber::masked(id.value)));
                    continue;
                }
                listed.insert(member->id);
                if (row.date.isValid()
                    && ((member->joinDate.isValid() && row.date < member->joinDate)
                        || (member->status != u"在册" && member->statusDate.isValid() && row.date > member->statusDate)))
                    issue(fileRow, column,
                          tr("%1 (%2) was not on the roster on %3.")
                              .arg(member->name, IdNumber::masked(id.value), row.date.toString(Qt::ISODate)));
                row.attendees << Meetings::Listed{member->id, attendance};
            }
        }
        if (m_issues.size() == issuesBefore)
            m_rows << row;
    }
}

int MeetingImport::apply(bool skipInvalid, bool commit)
{
    if (!m_issues.isEmpty() && !skipInvalid)
        return 0;
    Transaction transaction(m_ledger.database());
    Meetings meetings(m_ledger);
    int recorded = 0;
    bool refused = false;
    for (const Row& row : std::as_const(m_rows)) {
        try {
            meetings.record(row.branchId, row.typeCode, row.date, row.topic, row.attendees);
            ++recorded;
        } catch (const StorageError& error) {
            if (error.kind() != StorageError::Kind::Invalid && error.kind() != StorageError::Kind::NotFound)
                throw;
            issue(row.fileRow, -1, error.message());
            refused = true;
        }
    }
    if ((refused && !skipInvalid) || !commit || recorded == 0)
        return refused && !skipInvalid ? 0 : recorded; // the guard rolls back
    transaction.commit();
    return recorded;
}

} // namespace jifen
