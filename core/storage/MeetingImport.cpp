#include "MeetingImport.h"

#include "AuditLog.h"
#include "BulkIndexes.h"
#include "CanonicalJson.h"
#include "Database.h"
#include "Ledger.h"
#include "PointsImport.h"
#include "SqliteHandle.h"
#include "StorageError.h"
#include "Transaction.h"

#include "io/DateParser.h"
#include "model/IdNumber.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

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

// Rows written as an import writes them: many thousand at a time, each batch one JSON text that the database takes
// apart itself and that the audit record vouching for the batch's rows holds as it is.
class JsonBatches
{
public:
    static constexpr qsizetype rowsPerBatch = 10000;

    // `columns`: each row's own values in order, an integer column marked true; `shared`: the columns every row has the
    // same value of, with those values (text), in sorted order.
    JsonBatches(Ledger& ledger, QString table, QString action, QList<std::pair<QString, bool>> columns,
                QList<std::pair<QString, QString>> shared)
        : m_ledger(ledger)
        , m_table(std::move(table))
        , m_action(std::move(action))
        , m_columns(std::move(columns))
        , m_shared(std::move(shared))
    {
        QSqlQuery last = ledger.database().prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(m_table));
        Database::exec(last);
        m_nextId = last.next() ? last.value(0).toLongLong() + 1 : 1;
    }

    // The id the next row gets.
    qint64 nextId() const { return m_nextId; }
    // Starts the next row with its id; its values follow with integer(), text() and null(), in the columns' order.
    void beginRow()
    {
        if (m_rows == 0)
            m_json = "[";
        else
            m_json += ",";
        m_json += '[';
        canonicalJson::appendNumber(m_json, m_nextId++);
        ++m_rows;
    }
    void integer(qint64 value)
    {
        m_json += ',';
        canonicalJson::appendNumber(m_json, value);
    }
    void text(QStringView value)
    {
        m_json += ',';
        canonicalJson::appendString(m_json, value);
    }
    void null() { m_json += ",null"; }
    // Ends the row; a full batch is written.
    void endRow()
    {
        m_json += ']';
        if (m_rows == rowsPerBatch)
            flush();
    }
    // Writes what is left; after the last row.
    void finish()
    {
        if (m_rows > 0)
            flush();
        if (m_written && m_ledger.database().engine() != Database::Engine::Sqlite) // ids were given
            m_ledger.database().exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), %2)")
                                         .arg(m_table)
                                         .arg(m_nextId - 1));
    }

private:
    void flush()
    {
        m_json += ']';
        Database& db = m_ledger.database();
        const bool sqlite = db.engine() == Database::Engine::Sqlite;
        QStringList names{QStringLiteral("id")};
        QStringList values{sqlite ? QStringLiteral("value ->> 0") : QStringLiteral("CAST(value ->> 0 AS BIGINT)")};
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            names << m_columns[i].first;
            const QString value = QStringLiteral("value ->> %1").arg(i + 1);
            values << (m_columns[i].second && !sqlite ? QStringLiteral("CAST(%1 AS BIGINT)").arg(value) : value);
        }
        for (const auto& [name, value] : std::as_const(m_shared)) {
            names << name;
            values << QStringLiteral("?");
        }
        QSqlQuery insert = db.prepare(
            QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %4")
                .arg(m_table, names.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")),
                     sqlite ? QStringLiteral("json_each(?)")
                            : QStringLiteral("json_array_elements(CAST(? AS JSON)) AS batch(value)")));
        for (const auto& [name, value] : std::as_const(m_shared))
            insert.addBindValue(value);
        insert.addBindValue(QString::fromUtf8(m_json));
        Database::exec(insert);

        // The audit record: the column names once, the shared values once, then each row's own values.
        QByteArray record = "{\"columns\":[\"id\"";
        for (const auto& [name, integer] : std::as_const(m_columns)) {
            record += ',';
            canonicalJson::appendString(record, name);
        }
        record += "],\"constants\":{";
        for (qsizetype i = 0; i < m_shared.size(); ++i) {
            if (i > 0)
                record += ',';
            canonicalJson::appendKey(record, m_shared[i].first.toLatin1().constData());
            canonicalJson::appendString(record, m_shared[i].second);
        }
        record += "},\"rows\":";
        record += m_json;
        record += '}';
        const qint64 last = m_nextId - 1;
        AuditLog& audit = m_ledger.audit();
        audit.appendPrepared(AuditLog::prepareCanonical(
            m_ledger.actor().name, m_action, m_table, 0,
            MeetingImport::tr("Meetings import: %1 rows %2 to %3").arg(m_table).arg(last - m_rows + 1).arg(last),
            QByteArrayLiteral("null"), record, audit.lastHash()));
        m_json.clear();
        m_rows = 0;
        m_written = true;
    }

    Ledger& m_ledger;
    QString m_table;
    QString m_action;
    QList<std::pair<QString, bool>> m_columns;
    QList<std::pair<QString, QString>> m_shared;
    qint64 m_nextId = 1;
    QByteArray m_json;
    qsizetype m_rows = 0;
    bool m_written = false;
};

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
    // The members by ID number, read at once: a year's file lists millions.
    struct Listable
    {
        qint64 id = 0;
        QString name;
        QDate joinDate;
        QDate leftDate; // while not on the roster (在册)
    };
    QHash<QString, Listable> members;
    const auto dateOf
        = [](const QString& text) { return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate); };
    for (RowReader query(m_ledger.database(),
                         QStringLiteral("SELECT id, id_number, name, join_date,"
                                        " CASE WHEN status <> '在册' THEN status_date END FROM members"));
         query.next();)
        members.insert(query.text(1), Listable{query.integer(0), query.text(2), dateOf(query.text(3)), dateOf(query.text(4))});

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
                const auto member = members.constFind(id.value);
                if (member == members.cend()) {
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
                        || (member->leftDate.isValid() && row.date > member->leftDate)))
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

int MeetingImport::apply(bool skipInvalid, bool commit, const QString& source)
{
    if (!m_issues.isEmpty() && !skipInvalid)
        return 0;
    m_ledger.actor().require(Actor::Permission::EnterPoints);
    // What Meetings::record would refuse of a row read without issues: a type naming a rule the rule set lacks.
    Meetings meetings(m_ledger);
    QHash<QString, std::pair<Meetings::Type, QString>> types; // by code: the type, or why it is refused
    QList<const Row*> good;
    bool refused = false;
    for (const Row& row : std::as_const(m_rows)) {
        auto it = types.find(row.typeCode);
        if (it == types.end()) {
            it = types.insert(row.typeCode, {});
            try {
                it->first = meetings.type(row.typeCode);
            } catch (const StorageError& error) {
                if (error.kind() != StorageError::Kind::Invalid && error.kind() != StorageError::Kind::NotFound)
                    throw;
                it->second = error.message();
            }
        }
        if (it->second.isEmpty()) {
            good << &row;
        } else {
            issue(row.fileRow, -1, it->second);
            refused = true;
        }
    }
    if ((refused && !skipInvalid) || !commit || good.isEmpty())
        return refused && !skipInvalid ? 0 : int(good.size());

    // The meetings are written as Meetings::record writes each one (the meeting, its members' entries: the present
    // ones, then the absent ones, each as listed; then its attendance rows in that order and the excused last), but
    // as an import: rows in batches vouched for by batch audit records, the entries as a points import writes them.
    Database& db = m_ledger.database();
    qsizetype listings = 0;
    for (const Row* row : std::as_const(good))
        listings += row->attendees.size();
    // A year of a city's meetings goes in as a points import's bulk load does: without a foreign-key lookup for each
    // row (the members, branches and types the rows name are checked once each inside the transaction instead, as
    // they may have gone since the file was read), and with a page cache that holds the b-trees the rows go into.
    const bool bulk = PointsImport::isBulk(db, listings);
    std::optional<PointsImport::ForeignKeysOff> foreignKeysOff;
    if (bulk)
        foreignKeysOff.emplace(db);
    Transaction transaction(db);
    std::optional<ScopedCacheSize> largerCache;
    if (bulk) {
        largerCache.emplace(db, 262144);
        QSet<qint64> branchIds, typeIds, memberIds;
        for (const auto& [table, ids] : {std::pair{"branches", &branchIds}, std::pair{"meeting_types", &typeIds},
                                         std::pair{"members", &memberIds}})
            for (RowReader query(db, QStringLiteral("SELECT id FROM %1").arg(QLatin1String(table))); query.next();)
                ids->insert(query.integer(0));
        for (const Row* row : std::as_const(good)) {
            bool there = branchIds.contains(row->branchId) && typeIds.contains(types.value(row->typeCode).first.id);
            for (const Meetings::Listed& listed : row->attendees)
                there = there && memberIds.contains(listed.memberId);
            if (!there)
                throw StorageError(StorageError::Kind::Constraint,
                                   tr("Row %1 names a branch, meeting type or member that was removed after the file "
                                      "was checked; nothing was imported. Check the file again.")
                                       .arg(row->fileRow));
        }
    }
    const QString at = Ledger::nowText();
    const QString operatorName = m_ledger.actor().name;
    constexpr Meeting::Attendance passes[]{Meeting::Attendance::Present, Meeting::Attendance::Absent,
                                           Meeting::Attendance::Excused};

    JsonBatches meetingRows(m_ledger, QStringLiteral("meetings"), QStringLiteral("meeting.import"),
                            {{QStringLiteral("branch_id"), true},
                             {QStringLiteral("type_id"), true},
                             {QStringLiteral("date"), false},
                             {QStringLiteral("topic"), false}},
                            {{QStringLiteral("entered_at"), at}, {QStringLiteral("entered_by"), operatorName}});
    const qint64 firstMeetingId = meetingRows.nextId();
    QList<PointsImport::Row> entries;
    for (qsizetype i = 0; i < good.size(); ++i) {
        const Row& row = *good[i];
        const Meetings::Type& type = types.value(row.typeCode).first;
        const qint64 meetingId = firstMeetingId + i;
        meetingRows.beginRow();
        meetingRows.integer(row.branchId);
        meetingRows.integer(type.id);
        meetingRows.text(row.date.toString(Qt::ISODate));
        meetingRows.text(row.topic);
        meetingRows.endRow();
        for (const Meeting::Attendance pass : passes) {
            const qint64 ruleId = type.ruleFor(pass);
            if (ruleId == 0)
                continue;
            const QString note = Meetings::entryNote(meetingId, type.name, pass);
            for (const Meetings::Listed& listed : row.attendees)
                if (listed.attendance == pass)
                    entries << PointsImport::Row {.memberId = listed.memberId,
                                                  .ruleId = ruleId,
                                                  .date = row.date,
                                                  .note = note,
                                                  .fileRow = row.fileRow,
                                                  .quantity = 1};
        }
    }
    meetingRows.finish();

    PointsImport points(m_ledger);
    points.setRows(std::move(entries));
    qint64 entryId = points.write(source, bulk);

    // A batch larger than the attendance table goes in without its indexes, which are built again at the end (as a
    // points import does for the entries): at city scale each row's key went into the index on (member, meeting) at
    // random, in a page cache already full of the entries' pages, and that took a third of the import.
    qsizetype attendanceBefore = 0;
    if (bulk) {
        RowReader count(db, QStringLiteral("SELECT COUNT(*) FROM meeting_attendance"));
        attendanceBefore = count.next() ? count.integer(0) : 0;
    }
    BulkIndexes attendanceIndexes(db, QStringLiteral("meeting_attendance"), bulk && listings > attendanceBefore);
    JsonBatches attendanceRows(m_ledger, QStringLiteral("meeting_attendance"), QStringLiteral("meeting.import"),
                               {{QStringLiteral("meeting_id"), true},
                                {QStringLiteral("member_id"), true},
                                {QStringLiteral("attendance"), false},
                                {QStringLiteral("entry_id"), true}},
                               {{QStringLiteral("recorded_at"), at}, {QStringLiteral("recorded_by"), operatorName}});
    for (qsizetype i = 0; i < good.size(); ++i) {
        const Row& row = *good[i];
        const Meetings::Type& type = types.value(row.typeCode).first;
        for (const Meeting::Attendance pass : passes) {
            const bool entry = type.ruleFor(pass) > 0;
            const QString key = attendanceKey(pass);
            for (const Meetings::Listed& listed : row.attendees) {
                if (listed.attendance != pass)
                    continue;
                attendanceRows.beginRow();
                attendanceRows.integer(firstMeetingId + i);
                attendanceRows.integer(listed.memberId);
                attendanceRows.text(key);
                if (entry)
                    attendanceRows.integer(entryId++);
                else
                    attendanceRows.null();
                attendanceRows.endRow();
            }
        }
    }
    attendanceRows.finish();
    attendanceIndexes.rebuild();
    m_ledger.audit().append(m_ledger.actor(), QStringLiteral("import.meetings"), QStringLiteral("meetings"), 0,
                            tr("%1 meetings imported from %2 (meetings %3 to %4)")
                                .arg(good.size())
                                .arg(source)
                                .arg(firstMeetingId)
                                .arg(firstMeetingId + good.size() - 1),
                            QJsonValue::Null, QJsonValue::Null);
    transaction.commit();
    return int(good.size());
}

} // namespace jifen
