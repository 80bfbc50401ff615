#include "RosterImporter.h"

#include "DateParser.h"
#include "TextCleaning.h"
#include "model/IdNumber.h"
#include "model/MemberValidation.h"
#include "model/Pinyin.h"

#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QSet>

#include <algorithm>
#include <array>

namespace jifen {

namespace {

using Field = RosterMapping::Field;

constexpr int fieldCount = int(Field::StatusDate) + 1;
constexpr int headerSearchRows = 10;

// A date as read: the first and last day it may mean (a month given without a day covers the whole month).
struct DateSpan
{
    QDate first;
    QDate last;
    bool isValid() const { return first.isValid(); }
};

QString shown(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

class RowChecker
{
    Q_DECLARE_TR_FUNCTIONS(RosterImporter)

public:
    RowChecker(const RosterImporter::Result& result, const std::array<int, fieldCount>& columns, const QDate& today,
               const QString& defaultBranch)
        : m_result(result)
        , m_columns(columns)
        , m_today(today)
        , m_defaultBranch(defaultBranch)
    {
    }

    RosterImporter::Record check(qsizetype tableRow, ImportIssues* issues);

private:
    QStringView raw(Field field) const
    {
        const int column = m_columns[size_t(field)];
        return column < 0 ? QStringView() : m_result.table.cell(m_tableRow, column);
    }
    bool hasColumn(Field field) const { return m_columns[size_t(field)] >= 0; }
    void report(Field field, ImportIssue::Severity severity, const QString& message)
    {
        const int column = m_columns[size_t(field)];
        const QString header = column < 0 ? QString() : m_result.columns[column].header;
        m_issues->append({m_rowNumber, column, header, severity, message});
        if (severity == ImportIssue::Severity::Error) {
            m_refused = true;
            m_erroredFields |= 1u << unsigned(field);
        }
    }
    void error(Field field, const QString& message) { report(field, ImportIssue::Severity::Error, message); }
    void warning(Field field, const QString& message) { report(field, ImportIssue::Severity::Warning, message); }

    QString text(Field field);
    DateSpan date(Field field);
    void checkName(Member& member);
    void checkIdNumber(Member& member);
    void checkGender(Member& member);
    void checkBirthDate(Member& member);
    void checkDates(Member& member);
    void checkCategory(Member& member, const DateSpan& join, const DateSpan& full);
    void checkPhone(Member& member);
    void checkStatus(Member& member);
    void checkBranch(Member& member);
    void checkRecord(const Member& member);

    const RosterImporter::Result& m_result;
    const std::array<int, fieldCount>& m_columns;
    QDate m_today;
    QString m_defaultBranch;
    qsizetype m_tableRow = 0;
    int m_rowNumber = 0;
    ImportIssues* m_issues = nullptr;
    bool m_refused = false;
    quint32 m_erroredFields = 0; // bit f: the row has an error on field f
};

// The cleaned text of a cell; undecodable bytes make it an error, since the value would be stored garbled.
QString RowChecker::text(Field field)
{
    const QString value = cleaning::cleanText(raw(field));
    if (value.contains(QChar::ReplacementCharacter))
        error(field,
              tr("This cell contains characters that could not be read (shown as “�”); the file's encoding may be "
                 "wrong. Choose the encoding by hand, or save the file again from Excel."));
    return value;
}

DateSpan RowChecker::date(Field field)
{
    const QStringView value = raw(field);
    const DateParser::Parsed parsed = DateParser::parse(value);
    if (parsed.problem == DateParser::Problem::Empty)
        return {};
    if (!parsed.ok()) {
        error(field, tr("“%1”: %2").arg(cleaning::cleanText(value), DateParser::describe(parsed.problem)));
        return {};
    }
    if (parsed.precision == DateParser::Precision::Month)
        return {parsed.date, parsed.date.addMonths(1).addDays(-1)};
    return {parsed.date, parsed.date};
}

void RowChecker::checkName(Member& member)
{
    member.name = cleaning::cleanName(raw(Field::Name));
    if (member.name.isEmpty())
        error(Field::Name, tr("The name is empty."));
    else if (member.name.contains(QChar::ReplacementCharacter))
        error(Field::Name,
              tr("The name contains characters that could not be read (shown as “�”); the file's encoding may be "
                 "wrong. Choose the encoding by hand, or save the file again from Excel."));
    else if (member.name.contains(u'?') || member.name.contains(u'？'))
        // Excel's "CSV" on a Chinese PC writes "?" for a character GBK lacks (䶮, 𠀀): the name is lost, not changed.
        error(Field::Name,
              tr("The name “%1” contains “?”, which Excel writes in place of a character that its CSV format cannot "
                 "hold (a rare character such as 䶮). Save the file from Excel as “CSV UTF-8” or “Unicode 文本” "
                 "instead, or correct the name.")
                  .arg(member.name));
    else if (const QList<uint> points = member.name.toUcs4();
             std::none_of(points.cbegin(), points.cend(), [](uint point) { return QChar::isLetter(point); }))
        error(Field::Name,
              tr("The name “%1” contains no letters; check that the columns of this row are in their places.")
                  .arg(member.name));
}

void RowChecker::checkIdNumber(Member& member)
{
    const QString value = cleaning::cleanCode(raw(Field::IdNumber));
    if (value.contains(QLatin1Char('*'))) {
        error(Field::IdNumber,
              tr("This ID number is masked (%1), as in an export without full numbers, so the member "
                 "cannot be matched. Export the roster again with full ID numbers before editing it.")
                  .arg(value));
        return;
    }
    const IdNumber::Parsed parsed = IdNumber::parse(value);
    if (parsed.problem == IdNumber::Problem::Empty) {
        error(Field::IdNumber, tr("The ID number is empty; members are matched by their ID number, so it is needed."));
        return;
    }
    if (parsed.problem != IdNumber::Problem::None) {
        // ID numbers are shown masked, as everywhere; digits Excel already destroyed are no secret.
        const QString shownValue
            = parsed.problem == IdNumber::Problem::ExcelScientific ? value : IdNumber::masked(value);
        error(Field::IdNumber, tr("“%1”: %2").arg(shownValue, IdNumber::describe(parsed.problem)));
        return;
    }
    member.idNumber = parsed.value;
    if (value.size() == 15)
        warning(Field::IdNumber,
                tr("The old 15-digit ID number was converted to its 18-character form %1.")
                    .arg(IdNumber::masked(parsed.value)));
}

void RowChecker::checkGender(Member& member)
{
    const QString value = text(Field::Gender);
    const QString fromId = member.idNumber.isEmpty() ? QString() : IdNumber::gender(member.idNumber);
    if (value.isEmpty()) {
        member.gender = fromId;
        return;
    }
    const QString lower = value.toLower();
    if (lower == u"男" || lower == u"男性" || lower == u"m" || lower == u"male" || lower == u"1")
        member.gender = QStringLiteral("男");
    else if (lower == u"女" || lower == u"女性" || lower == u"f" || lower == u"female" || lower == u"2")
        member.gender = QStringLiteral("女");
    else {
        error(Field::Gender, tr("“%1” is not a gender; write 男 or 女.").arg(value));
        return;
    }
    if (!fromId.isEmpty() && fromId != member.gender)
        error(Field::Gender,
              tr("The gender %1 does not match the ID number, which says %2. Please check both.")
                  .arg(member.gender, fromId));
}

void RowChecker::checkBirthDate(Member& member)
{
    const DateSpan given = date(Field::BirthDate);
    const QDate fromId = member.idNumber.isEmpty() ? QDate() : IdNumber::birthDate(member.idNumber);
    if (!given.isValid()) {
        member.birthDate = fromId;
        if (fromId > m_today)
            error(Field::IdNumber,
                  tr("The birth date in this ID number, %1, is in the future; please check the ID number.")
                      .arg(shown(fromId)));
        return;
    }
    member.birthDate = given.first; // a date in the future is refused with the other rules of a record
    if (fromId.isValid() && (fromId < given.first || fromId > given.last)) {
        error(
            Field::BirthDate,
            tr("The birth date %1 does not match the ID number, which says %2. Please check both.")
                .arg(given.first == given.last ? shown(given.first) : given.first.toString(u"yyyy-MM"), shown(fromId)));
        return;
    }
    if (fromId.isValid())
        member.birthDate = fromId; // the ID number is exact where the column may give only the month
}

void RowChecker::checkDates(Member& member)
{
    const DateSpan join = date(Field::JoinDate);
    const DateSpan full = date(Field::FullMemberDate);
    member.joinDate = join.first;
    member.fullMemberDate = full.first;
    checkCategory(member, join, full);
}

void RowChecker::checkCategory(Member& member, const DateSpan& join, const DateSpan& full)
{
    static const QString fullMember = QStringLiteral("正式党员");
    static const QString probationary = QStringLiteral("预备党员");
    const QString value = text(Field::Category);
    const QString lower = value.toLower();
    if (value.isEmpty()) {
        // Probation lasts a year (two at most, when extended): the dates tell the category, except in that second
        // year, where the clerk is asked to look.
        if (full.isValid()) {
            member.category = fullMember;
        } else if (join.isValid() && join.first > m_today.addYears(-1)) {
            member.category = probationary;
        } else {
            member.category = fullMember;
            if (join.isValid() && join.first > m_today.addYears(-2))
                warning(Field::JoinDate,
                        tr("No category and no full-member date are given; the member was taken as a full member "
                           "(正式党员). "
                           "If the probation was extended, write 预备党员 in the category column."));
        }
        return;
    }
    if (value == fullMember || value == u"正式" || lower == u"full" || lower == u"full member")
        member.category = fullMember;
    else if (value == probationary || value == u"预备" || lower == u"probationary")
        member.category = probationary;
    else
        error(Field::Category, tr("“%1” is not a category; write 正式党员 or 预备党员.").arg(value));
}

void RowChecker::checkPhone(Member& member)
{
    QString value = cleaning::cleanCode(raw(Field::Phone));
    if (value.isEmpty())
        return;
    if (value.contains(QLatin1Char('*'))) {
        error(Field::Phone,
              tr("This phone number is masked (%1), as in an export without full numbers, so the real "
                 "number cannot be read. Export the roster again with full numbers before editing it.")
                  .arg(value));
        return;
    }
    if (value.contains(QLatin1Char('E'), Qt::CaseInsensitive) && value.contains(QLatin1Char('+'))) {
        error(Field::Phone,
              tr("Excel turned this phone number into a number in scientific notation (“%1”), so its digits are "
                 "lost. Format the column as Text in Excel, re-enter the numbers and export again.")
                  .arg(value));
        return;
    }
    if (value.startsWith(QLatin1String("+86")))
        value.remove(0, 3);
    int digits = 0;
    bool plausible = true;
    for (const QChar c : std::as_const(value)) {
        if (c.unicode() >= u'0' && c.unicode() <= u'9')
            ++digits;
        else if (!QStringView(u"-/()、,;+").contains(c))
            plausible = false;
    }
    member.phone = value;
    if (!plausible || digits < 7)
        warning(Field::Phone,
                tr("“%1” does not look like a phone number; it was kept as written.").arg(maskPhone(value)));
    else if (digits == 11 && value.size() == 11 && value[0] == u'1' && value[1] < u'3')
        warning(Field::Phone,
                tr("“%1” does not look like a mobile number; it was kept as written.").arg(maskPhone(value)));
}

void RowChecker::checkStatus(Member& member)
{
    const QString value = text(Field::Status);
    if (value == u"在册" || value == u"正常")
        member.status = QStringLiteral("在册");
    else if (value == u"转出" || value == u"已转出")
        member.status = QStringLiteral("转出");
    else if (value == u"去世" || value == u"死亡" || value == u"已故" || value == u"逝世")
        member.status = QStringLiteral("去世");
    else if (!value.isEmpty())
        error(Field::Status, tr("“%1” is not a status; write 在册, 转出 or 去世.").arg(value));
    // Member's default, 在册, stands for an empty cell.

    member.statusDate = date(Field::StatusDate).first;
}

// The rules every member record obeys, as add-member and the member dialog apply them (MemberValidation), on the
// fields this file gives and has not already refused. A field the file has no column for is checked when the row is
// written, against the member as stored with the file's values merged in.
void RowChecker::checkRecord(const Member& member)
{
    for (const MemberValidation::Problem& problem : MemberValidation::check(member, m_today)) {
        const auto field = RosterMapping::fieldFromKey(problem.field);
        if (field && hasColumn(*field) && !(m_erroredFields & (1u << unsigned(*field))))
            error(*field, problem.message);
    }
}

void RowChecker::checkBranch(Member& member)
{
    member.branchName = text(Field::Branch).replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (member.branchName.isEmpty()) {
        if (!m_defaultBranch.isEmpty())
            member.branchName = m_defaultBranch;
        else
            error(Field::Branch, tr("The branch is empty; every member belongs to a branch."));
    }
}

RosterImporter::Record RowChecker::check(qsizetype tableRow, ImportIssues* issues)
{
    m_tableRow = tableRow;
    m_rowNumber = m_result.table.rowNumber(tableRow);
    m_issues = issues;
    m_refused = false;
    m_erroredFields = 0;

    RosterImporter::Record record;
    record.row = m_rowNumber;
    record.tableRow = tableRow;
    Member& member = record.member;
    checkName(member);
    checkIdNumber(member);
    checkGender(member);
    checkBirthDate(member);
    member.ethnicity = text(Field::Ethnicity);
    member.education = text(Field::Education);
    checkBranch(member);
    checkDates(member);
    checkPhone(member);
    member.position = text(Field::Position);
    member.notes = text(Field::Notes);
    checkStatus(member);
    checkRecord(member);
    record.refused = m_refused;
    return record;
}

bool isBlankRow(const CsvTable& table, qsizetype row)
{
    for (qsizetype column = 0; column < table.cellCount(row); ++column)
        for (const QChar c : table.cell(row, column))
            if (!c.isSpace() && !cleaning::isInvisible(c.unicode()))
                return false;
    return true;
}

// The header is the first of the first rows naming the name or ID column and at least one more field: rosters often
// carry a title row ("XX党支部党员花名册") above it.
qsizetype findHeader(const CsvTable& table, const RosterMapping& mapping)
{
    const qsizetype limit = std::min<qsizetype>(table.rowCount(), headerSearchRows);
    for (qsizetype i = 0; i < limit; ++i) {
        int known = 0;
        bool key = false;
        for (qsizetype column = 0; column < table.cellCount(i); ++column) {
            const std::optional<Field> field = mapping.field(table.cell(i, column).toString());
            if (field && *field != Field::Ignore) {
                ++known;
                key = key || *field == Field::Name || *field == Field::IdNumber;
            }
        }
        if (key && known >= 2)
            return i;
    }
    return -1;
}

} // namespace

bool RosterImporter::Result::hasFileErrors() const
{
    if (!readCompletely || headerRow == 0)
        return true;
    return std::any_of(issues.cbegin(), issues.cend(),
                       [this](const ImportIssue& issue) { return issue.isError() && issue.row <= headerRow; });
}

qsizetype RosterImporter::Result::refusedCount() const
{
    return std::count_if(records.cbegin(), records.cend(), [](const Record& record) { return record.refused; });
}

QStringList RosterImporter::Result::suppliedFields() const
{
    QStringList keys;
    for (const Column& column : columns)
        if (column.used && column.field)
            keys.append(RosterMapping::key(*column.field));
    if (!keys.isEmpty()) {
        for (const Field derived : {Field::Gender, Field::BirthDate})
            if (!keys.contains(RosterMapping::key(derived)))
                keys.append(RosterMapping::key(derived));
        if (!defaultBranch.isEmpty() && !keys.contains(RosterMapping::key(Field::Branch)))
            keys.append(RosterMapping::key(Field::Branch));
    }
    return keys;
}

ImportIssues RosterImporter::Result::issuesAt(int row, int column) const
{
    ImportIssues found;
    const auto first = std::lower_bound(issues.cbegin(), issues.cend(), row,
                                        [](const ImportIssue& issue, int value) { return issue.row < value; });
    for (auto it = first; it != issues.cend() && it->row == row; ++it)
        if (it->column == column)
            found.append(*it);
    return found;
}

RosterImporter::Result RosterImporter::importTable(const CsvReader::Result& read, const Options& options)
{
    // The rows accepted here are spelled in pinyin when they are written (their search keys).
    Pinyin::prepare();
    Result result;
    result.table = read.table;
    result.defaultBranch = options.defaultBranch;
    ImportIssues& issues = result.issues;
    issues = read.issues;
    // An error from the reader (an unclosed quote swallowing the rest of the file) means rows may be missing.
    result.readCompletely = !jifen::hasErrors(read.issues);
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const CsvTable& table = result.table;

    const qsizetype headerIndex = findHeader(table, options.mapping);
    if (headerIndex < 0) {
        if (table.rowCount() > 0)
            issues.append(ImportIssue::error(
                table.rowNumber(0), -1, {},
                tr("No header row was found. The first row must name the columns, for example 姓名, 身份证号, "
                   "性别, 所在支部.")));
        // The first row's cells stand as the headers, so a clerk can map them; nothing is read under them.
        if (table.rowCount() > 0) {
            for (qsizetype c = 0; c < table.columnCount(); ++c) {
                Column column;
                column.header = cleaning::cleanText(table.cell(0, c)).replace(QLatin1Char('\n'), QLatin1Char(' '));
                column.field = options.mapping.field(column.header);
                result.columns.append(column);
            }
        }
        return result;
    }
    const int headerRow = table.rowNumber(headerIndex);
    result.headerRow = headerRow;
    if (headerIndex > 0)
        issues.append(ImportIssue::warning(
            table.rowNumber(0), -1, {},
            tr("The rows above the header (row %1) were skipped; they look like a title.").arg(headerRow)));

    // Map the columns; a field named twice is taken from its first column.
    std::array<int, fieldCount> columns;
    columns.fill(-1);
    const qsizetype columnCount = table.columnCount();
    for (qsizetype c = 0; c < columnCount; ++c) {
        Column column;
        column.header = cleaning::cleanText(table.cell(headerIndex, c)).replace(QLatin1Char('\n'), QLatin1Char(' '));
        const int number = int(c);
        if (column.header.isEmpty()) {
            qsizetype withValue = headerIndex + 1;
            while (withValue < table.rowCount() && cleaning::cleanText(table.cell(withValue, c)).isEmpty())
                ++withValue;
            if (withValue < table.rowCount())
                issues.append(ImportIssue::warning(
                    headerRow, number, {},
                    tr("Column %1 has no header, so its values (the first in row %2) were ignored. Give the column "
                       "a header if it should be imported.")
                        .arg(number + 1)
                        .arg(table.rowNumber(withValue))));
        } else {
            column.field = options.mapping.field(column.header);
            if (!column.field) {
                issues.append(ImportIssue::warning(
                    headerRow, number, column.header,
                    tr("“%1” is not a roster column, so it was ignored. Choose its field in the column mapping if "
                       "it should be imported.")
                        .arg(column.header)));
            } else if (*column.field != Field::Ignore) {
                int& slot = columns[size_t(*column.field)];
                if (slot < 0) {
                    slot = number;
                    column.used = true;
                } else {
                    issues.append(ImportIssue::warning(
                        headerRow, number, column.header,
                        tr("This column holds the same field (%1) as the column “%2”; only the first one is used.")
                            .arg(RosterMapping::label(*column.field), result.columns[slot].header)));
                }
            }
        }
        result.columns.append(column);
    }
    // Reader issues that name a column get its header.
    for (ImportIssue& issue : issues)
        if (issue.column >= 0 && issue.column < result.columns.size() && issue.columnName.isEmpty())
            issue.columnName = result.columns[issue.column].header;

    bool missing = false;
    for (const Field required : {Field::Name, Field::IdNumber}) {
        if (columns[size_t(required)] < 0) {
            issues.append(ImportIssue::error(
                headerRow, -1, {},
                tr("There is no column for the %1. Name it “%2” in the header row, or choose it in the column "
                   "mapping.")
                    .arg(RosterMapping::label(required).toLower(), RosterMapping::standardHeader(required))));
            missing = true;
        }
    }
    if (columns[size_t(Field::Branch)] < 0 && options.defaultBranch.isEmpty()) {
        issues.append(ImportIssue::error(
            headerRow, -1, {},
            tr("There is no column for the branch. Name it “%1” in the header row, choose it in the column mapping, "
               "or choose one branch for all members.")
                .arg(RosterMapping::standardHeader(Field::Branch))));
        missing = true;
    }

    if (!missing) {
        RowChecker checker(result, columns, today, options.defaultBranch);
        // A valid ID number is fixed by its first 17 digits: as a number they make a cheap key to sort by.
        QList<std::pair<qint64, qsizetype>> byIdNumber; // (key, record)
        byIdNumber.reserve(table.rowCount());
        result.records.reserve(table.rowCount() - headerIndex - 1);
        for (qsizetype i = headerIndex + 1; i < table.rowCount(); ++i) {
            if (isBlankRow(table, i))
                continue;
            result.records.append(checker.check(i, &issues));
            const QString& idNumber = result.records.constLast().member.idNumber;
            if (!idNumber.isEmpty()) {
                qint64 key = 0;
                for (qsizetype k = 0; k < 17; ++k)
                    key = key * 10 + (idNumber[k].unicode() - u'0');
                byIdNumber.append(std::pair(key, result.records.size() - 1));
            }
        }
        std::sort(byIdNumber.begin(), byIdNumber.end());
        if (result.records.isEmpty())
            issues.append(ImportIssue::error(headerRow, -1, {},
                                             tr("There are no members under the header (row %1): the file has no rows "
                                                "to import.")
                                                 .arg(headerRow)));

        // The same person twice: neither row can be trusted over the other.
        QList<QList<qsizetype>> sameId;
        for (qsizetype i = 1; i < byIdNumber.size(); ++i) {
            if (byIdNumber[i].first != byIdNumber[i - 1].first)
                continue;
            if (i == 1 || byIdNumber[i - 2].first != byIdNumber[i].first)
                sameId.append(QList<qsizetype> {byIdNumber[i - 1].second});
            sameId.last().append(byIdNumber[i].second);
        }
        const int idColumn = columns[size_t(Field::IdNumber)];
        for (const QList<qsizetype>& group : std::as_const(sameId)) {
            for (const qsizetype index : group) {
                Record& record = result.records[index];
                QStringList others;
                for (const qsizetype other : group)
                    if (other != index)
                        others.append(QString::number(result.records[other].row));
                issues.append(ImportIssue::error(
                    record.row, idColumn, result.columns[idColumn].header,
                    tr("The ID number %1 appears again in row %2; each member may appear only once. Remove or "
                       "correct the repeated rows.")
                        .arg(IdNumber::masked(record.member.idNumber), others.join(QStringLiteral(", ")))));
                record.refused = true;
            }
        }

        QSet<QString> seen;
        for (const Record& record : std::as_const(result.records)) {
            if (!record.refused && !seen.contains(record.member.branchName)) {
                seen.insert(record.member.branchName);
                result.branchNames.append(record.member.branchName);
            }
        }
    }

    std::stable_sort(issues.begin(), issues.end(), [](const ImportIssue& a, const ImportIssue& b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    return result;
}

RosterImporter::Result RosterImporter::parse(const QByteArray& data, const Options& options)
{
    return importTable(CsvReader::parse(data, options.csv), options);
}

RosterImporter::Result RosterImporter::read(QIODevice* device, const Options& options)
{
    return importTable(CsvReader::read(device, options.csv), options);
}

RosterImporter::Result RosterImporter::read(const QString& fileName, const Options& options)
{
    return importTable(CsvReader::read(fileName, options.csv), options);
}

} // namespace jifen
