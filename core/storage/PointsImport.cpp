#include "PointsImport.h"

#include "AuditLog.h"
#include "Backup.h"
#include "BulkIndexes.h"
#include "CanonicalJson.h"
#include "Database.h"
#include "Ledger.h"
#include "ScoreStore.h"
#include "SqliteHandle.h"
#include "StorageError.h"
#include "Transaction.h"
#include "io/CsvReader.h"
#include "io/CsvTable.h"
#include "model/IdNumber.h"
#include "support/LargePages.h"
#include "support/Prefetch.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <future>
#include <optional>
#include <sqlite3.h>
#include <utility>
#include <vector>

namespace jifen {

namespace {

// Header names per field: Chinese as clerks write them, English as the issue names them.
const QStringList& headerNames(int field)
{
    static const QList<QStringList> names {
        {QStringLiteral("身份证号"), QStringLiteral("身份证号码"), QStringLiteral("id_number")},
        {QStringLiteral("规则编码"), QStringLiteral("规则代码"), QStringLiteral("rule_code")},
        {QStringLiteral("日期"), QStringLiteral("date")},
        {QStringLiteral("数量"), QStringLiteral("quantity")},
        {QStringLiteral("备注"), QStringLiteral("note")},
    };
    return names[field];
}

// YYYY-MM-DD, also with / or . and without leading zeros, as Excel and WPS write dates.
QDate parseDate(QStringView text)
{
    int parts[3] = {0, 0, 0};
    int part = 0;
    int digits = 0;
    QChar separator;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128) {
            parts[part] = parts[part] * 10 + (c.unicode() - u'0');
            if (++digits > (part == 0 ? 4 : 2))
                return {};
        } else if ((c == u'-' || c == u'/' || c == u'.') && part < 2 && digits > 0
                   && (separator.isNull() || c == separator)) {
            separator = c;
            ++part;
            digits = 0;
        } else {
            return {};
        }
    }
    if (part != 2 || digits == 0 || parts[0] < 1000)
        return {};
    return QDate(parts[0], parts[1], parts[2]);
}

// Writes the date as YYYY-MM-DD into the 10 characters at `out`.
void writeIsoDate(char* out, QDate date)
{
    int parts[3] = {0, 0, 0};
    date.getDate(&parts[0], &parts[1], &parts[2]);
    const auto put = [](char* at, int number, int width) {
        for (int i = width - 1; i >= 0; --i, number /= 10)
            at[i] = char('0' + number % 10);
    };
    put(out, parts[0], 4);
    out[4] = '-';
    put(out + 5, parts[1], 2);
    out[7] = '-';
    put(out + 8, parts[2], 2);
}

// The columns an import writes, in the order its statements give their values.
constexpr char entryInsertHead[]
    = "INSERT INTO entries (id, member_id, rule_id, date, quantity, note, entered_by, entered_at, needs_review)";

// The statement inserting `rows` rows with numbered parameters: ?1 to ?3 hold what every row shares (operator, time,
// review), then each row's own six values (id, member, rule, date, quantity, note).
QByteArray entryInsertSql(int rows)
{
    QByteArray sql = QByteArray(entryInsertHead) + " VALUES ";
    for (int row = 0; row < rows; ++row) {
        sql += row == 0 ? "(" : ", (";
        for (int value = 0; value < 6; ++value) {
            sql += '?';
            canonicalJson::appendNumber(sql, 4 + 6 * row + value);
            sql += ", ";
        }
        sql += "?1, ?2, ?3)";
    }
    return sql;
}

// After SQLite refused a write: when it ended the transaction itself (it does on some I/O errors and when out of
// memory), nothing may be written outside it, so the import stops here and reports the error.
void stopUnlessInTransaction(sqlite3* handle)
{
    if (sqlite3_get_autocommit(handle) == 0)
        return;
    throw StorageError(
        StorageError::Kind::Io,
        PointsImport::tr("The import stopped: the database ended the transaction (%1). Nothing was written.")
            .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
}

// Appends one entry's own values as the JSON array [id,member_id,rule_id,"date",quantity,"note"].
static_assert(sizeof(void*) != 8 || sizeof(PointsImport::Row) == 56, "a points file's rows are held by the million");

void appendEntryValues(QByteArray& out, qint64 id, const PointsImport::Row& row)
{
    out += '[';
    for (const qint64 number : {id, row.memberId, row.ruleId}) {
        canonicalJson::appendNumber(out, number);
        out += ',';
    }
    char date[13] = {'"'};
    writeIsoDate(date + 1, row.date);
    date[11] = '"';
    date[12] = ',';
    out.append(date, sizeof date);
    canonicalJson::appendNumber(out, row.quantity);
    out += ',';
    canonicalJson::appendString(out, row.note);
    out += ']';
}

// An 18-character ID number as a number (X as the digit 10), so that millions of lookups compare no strings; 0 when
// `text` is not 17 digits and a digit or X.
quint64 idKey(QStringView text)
{
    if (text.size() != 18)
        return 0;
    quint64 key = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= u'0' && c <= u'9')
            key = key * 11 + (c - u'0');
        else if (c == u'X' && i == 17)
            key = key * 11 + 10;
        else
            return 0;
    }
    return key;
}

// Control characters would be invisible on paper and in Excel; they become spaces.
QString cleanText(QStringView text)
{
    QString result = text.trimmed().toString();
    for (QChar& c : result) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
    }
    return result;
}

} // namespace

void PointsImport::MemberTable::reserve(qsizetype count)
{
    // At most half full, so that a probe rarely goes past the first slot.
    std::size_t size = 16;
    while (size < std::size_t(count) * 2)
        size *= 2;
    m_slots.assign(size, Slot {});
    m_mask = size - 1;
}

std::size_t PointsImport::MemberTable::slotOf(quint64 key) const
{
    // Fibonacci hashing spreads the keys' high bits (ID numbers differ mostly in their low digits) over the table.
    return std::size_t((key * 0x9E3779B97F4A7C15ull) >> 32) & m_mask;
}

void PointsImport::MemberTable::insert(quint64 key, const MemberInfo& info)
{
    if (key == 0)
        return;
    std::size_t slot = slotOf(key);
    while (m_slots[slot].key != 0 && m_slots[slot].key != key)
        slot = (slot + 1) & m_mask;
    m_slots[slot] = Slot {key, info};
}

void PointsImport::MemberTable::prefetch(quint64 key) const
{
    if (!m_slots.empty())
        jifen::prefetch(&m_slots[slotOf(key)]);
}

const PointsImport::MemberInfo* PointsImport::MemberTable::find(quint64 key) const
{
    if (key == 0 || m_slots.empty())
        return nullptr;
    for (std::size_t slot = slotOf(key);; slot = (slot + 1) & m_mask) {
        const Slot& candidate = m_slots[slot];
        if (candidate.key == key)
            return &candidate.info;
        if (candidate.key == 0)
            return nullptr;
    }
}

PointsImport::PointsImport(Ledger& ledger, QDate today)
    : m_ledger(ledger)
    , m_today(today)
{
    for (int& column : m_columns)
        column = -1;
    Database& db = ledger.database();
    QSqlQuery count = db.prepare(QStringLiteral("SELECT COUNT(*) FROM members"));
    Database::exec(count);
    m_members.reserve(count.next() ? count.value(0).toLongLong() : 0);
    count.finish();
    RowReader members(db,
                      QStringLiteral("SELECT id, id_number, join_date,"
                                     " CASE WHEN status <> '在册' THEN status_date END FROM members"));
    const auto date
        = [](const QString& text) { return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate); };
    while (members.next())
        m_members.insert(idKey(members.text(1)),
                         MemberInfo {members.integer(0), date(members.text(2)), date(members.text(3))});
    RowReader rules(db, QStringLiteral("SELECT code, id FROM rules"));
    while (rules.next())
        m_rules.append({rules.text(0), rules.integer(1)});
    std::sort(m_rules.begin(), m_rules.end());
}

void PointsImport::issue(Checked& checked, int row, int field, const QString& message) const
{
    if (++checked.issueCount > maxIssues)
        return;
    const int column = field >= 0 ? m_columns[field] : -1;
    checked.issues.append(ImportIssue::error(row, column, column >= 0 ? m_header.value(column) : QString(), message));
}

bool PointsImport::setHeader(int fileRow, const QList<QStringView>& cells)
{
    m_header.clear();
    for (const QStringView cell : cells)
        m_header.append(cell.trimmed().toString());
    for (int field = 0; field < FieldCount; ++field) {
        for (qsizetype i = 0; i < m_header.size(); ++i) {
            if (headerNames(field).contains(m_header[i], Qt::CaseInsensitive)) {
                m_columns[field] = int(i);
                break;
            }
        }
    }
    QStringList missing;
    for (const int field : {IdNumber, RuleCode, Date}) {
        if (m_columns[field] < 0)
            missing.append(headerNames(field).constFirst());
    }
    if (!missing.isEmpty()) {
        m_checked.issues.append(ImportIssue::error(
            fileRow, -1, QString(),
            tr("The header row lacks the column(s) %1 (or id_number, rule_code, date).").arg(missing.join(u'、'))));
        ++m_checked.issueCount;
        return false;
    }
    return true;
}

const PointsImport::MemberInfo* PointsImport::findMember(Checked& checked, QStringView text, int row) const
{
    if (const MemberInfo* exact = m_members.find(idKey(text)))
        return exact;
    const IdNumber::Parsed parsed = IdNumber::parse(text.toString());
    if (parsed.problem != IdNumber::Problem::None) {
        issue(checked, row, IdNumber, IdNumber::describe(parsed.problem));
        return nullptr;
    }
    const MemberInfo* found = m_members.find(idKey(parsed.value));
    if (!found)
        issue(checked, row, IdNumber,
              tr("No member with ID number %1 is in the roster.").arg(IdNumber::masked(parsed.value)));
    return found;
}

std::optional<qint64> PointsImport::findRule(QStringView code) const
{
    const auto found = std::lower_bound(m_rules.cbegin(), m_rules.cend(), code,
                                        [](const std::pair<QString, qint64>& rule, QStringView key) {
                                            return QStringView(rule.first).compare(key) < 0;
                                        });
    if (found == m_rules.cend() || found->first != code)
        return std::nullopt;
    return found->second;
}

void PointsImport::addRow(int fileRow, const QList<QStringView>& cells)
{
    check(m_checked, fileRow, cells);
}

void PointsImport::addRows(const CsvTable& table, qsizetype firstRow)
{
    // Each thread checks a run of rows of its own; the runs are then joined in file order, so rows and issues come
    // out as addRow() row by row would give them.
    const qsizetype count = table.rowCount() - firstRow;
    if (count <= 0)
        return;
    const int threads = count >= parallelRows ? std::clamp(QThread::idealThreadCount(), 1, 8) : 1;
    std::vector<Checked> parts(static_cast<std::size_t>(threads));
    // Unless the good rows' list has room for these rows already (addFile() makes it for a whole file), the first
    // run's list becomes it and takes the others' rows after it when they are joined: it is made room for all of
    // them at once, and the join copies them in place instead of moving every row to a list twice the size.
    const bool intoFirst = m_checked.rows.isEmpty() && m_checked.rows.capacity() < count;
    const auto checkPart = [this, &table, &parts, firstRow, count, threads, intoFirst](int part) {
        const qsizetype begin = firstRow + count * part / threads;
        const qsizetype end = firstRow + count * (part + 1) / threads;
        Checked& checked = parts[std::size_t(part)];
        checked.rows.reserve(part == 0 && intoFirst ? count : end - begin);
        adviseLargePages(checked.rows);
        // The member lookups land at random in a table larger than the processor's caches: each row asks for the
        // slot of the row `ahead` rows on, so that it is at hand when that row's turn comes.
        constexpr qsizetype ahead = 16;
        const int idColumn = m_columns[IdNumber];
        QList<QStringView> cells;
        for (qsizetype row = begin; row < end; ++row) {
            if (row + ahead < end && idColumn >= 0 && idColumn < table.cellCount(row + ahead))
                m_members.prefetch(idKey(table.cell(row + ahead, idColumn).trimmed()));
            table.cellViews(row, cells);
            check(checked, table.rowNumber(row), cells);
        }
    };
    {
        std::vector<std::future<void>> others;
        for (int part = 1; part < threads; ++part)
            others.push_back(std::async(std::launch::async, checkPart, part));
        checkPart(0);
        for (std::future<void>& other : others)
            other.get();
    }
    for (Checked& part : parts) {
        if (intoFirst && &part == &parts.front())
            m_checked.rows = std::move(part.rows);
        else
            m_checked.rows.append(std::move(part.rows));
        for (const ImportIssue& issue : std::as_const(part.issues)) {
            if (m_checked.issues.size() < maxIssues)
                m_checked.issues.append(issue);
        }
        m_checked.issueCount += part.issueCount;
        m_checked.rowsRead += part.rowsRead;
        m_checked.badRows += part.badRows;
    }
}

ImportIssues PointsImport::addFile(const QByteArray& data, const CsvReadOptions& options)
{
    // Room for as many good rows as the file has lines is made at once: joined part after part, the list would
    // otherwise be copied to fresh memory again and again as it grows.
    m_checked.rows.reserve(m_checked.rows.size() + CsvReader::lineCount(data));
    adviseLargePages(m_checked.rows);
    bool first = true;
    const auto check = [this, &first](const CsvTable& part) {
        qsizetype firstRow = 0;
        if (std::exchange(first, false)) {
            QList<QStringView> header;
            part.cellViews(0, header);
            setHeader(part.rowNumber(0), header);
            firstRow = 1;
        }
        if (hasHeader())
            addRows(part, firstRow);
    };
    return CsvReader::parseInParts(data, options, rowsPerPart, check).issues;
}

bool PointsImport::hasHeader() const
{
    return m_columns[IdNumber] >= 0 && m_columns[RuleCode] >= 0 && m_columns[Date] >= 0;
}

void PointsImport::check(Checked& checked, int fileRow, const QList<QStringView>& cells) const
{
    bool blank = true;
    for (const QStringView cell : cells)
        blank = blank && cell.trimmed().isEmpty();
    if (blank)
        return;
    ++checked.rowsRead;
    const int issuesBefore = checked.issueCount;
    auto cell = [this, &cells](int field) {
        const int column = m_columns[field];
        return column >= 0 && column < cells.size() ? cells[column].trimmed() : QStringView();
    };

    Row row;
    row.fileRow = fileRow;
    const MemberInfo* member = findMember(checked, cell(IdNumber), fileRow);
    const QStringView code = cell(RuleCode);
    const std::optional<qint64> rule = findRule(code);
    if (code.isEmpty())
        issue(checked, fileRow, RuleCode, tr("The rule code is empty."));
    else if (!rule)
        issue(checked, fileRow, RuleCode, tr("No rule with code %1.").arg(code));
    else
        row.ruleId = *rule;
    row.date = parseDate(cell(Date));
    if (!row.date.isValid())
        issue(checked, fileRow, Date, tr("\"%1\" is not a date (YYYY-MM-DD).").arg(cell(Date)));
    else if (row.date > m_today)
        issue(checked, fileRow, Date, tr("The date %1 is in the future.").arg(row.date.toString(Qt::ISODate)));
    else if (member && member->joinDate.isValid() && row.date < member->joinDate)
        issue(checked, fileRow, Date,
              tr("The date %1 is before the member joined the Party (%2).")
                  .arg(row.date.toString(Qt::ISODate), member->joinDate.toString(Qt::ISODate)));
    else if (member && member->leftDate.isValid() && row.date > member->leftDate)
        issue(checked, fileRow, Date,
              tr("The date %1 is after the member left the roster (%2).")
                  .arg(row.date.toString(Qt::ISODate), member->leftDate.toString(Qt::ISODate)));
    const QStringView quantity = cell(Quantity);
    if (!quantity.isEmpty()) {
        bool ok = false;
        row.quantity = quantity.toInt(&ok);
        if (!ok || row.quantity < 1)
            issue(checked, fileRow, Quantity,
                  tr("The quantity must be a whole number of at least 1, not \"%1\".").arg(quantity));
    }
    row.note = cleanText(cell(Note));
    if (member)
        row.memberId = member->id;
    if (checked.issueCount != issuesBefore)
        ++checked.badRows;
    else
        checked.rows.append(row);
}

void PointsImport::insertWithSqlite(sqlite3* handle, Database& db, qint64 firstId, const QByteArray& enteredBy,
                                    const QByteArray& enteredAt, bool review) const
{
    // The rows go in 64 to a statement: SQLite's work per statement run (starting the program, opening the table,
    // resetting) was about half of the insert time one row at a time.
    constexpr int rowsPerStatement = 64;
    const SqliteStatement many(handle, entryInsertSql(rowsPerStatement));
    const SqliteStatement one(handle, entryInsertSql(1));
    if (!many || !one) {
        insertAsJson(db, firstId, QString::fromUtf8(enteredBy), QString::fromUtf8(enteredAt), review);
        return;
    }
    // Bindings stay until they are replaced: what every row shares is bound once.
    for (sqlite3_stmt* statement : {many.get(), one.get()}) {
        sqlite3_bind_text(statement, 1, enteredBy.constData(), int(enteredBy.size()), SQLITE_STATIC);
        sqlite3_bind_text(statement, 2, enteredAt.constData(), int(enteredAt.size()), SQLITE_STATIC);
        sqlite3_bind_int(statement, 3, review ? 1 : 0);
    }
    // The texts bound stay where they are until the statement has run.
    char dates[rowsPerStatement][10];
    QByteArray notes[rowsPerStatement];
    const auto bind = [&](sqlite3_stmt* statement, int slot, qsizetype i) {
        const Row& row = m_checked.rows[i];
        const int first = 4 + 6 * slot;
        writeIsoDate(dates[slot], row.date);
        notes[slot] = row.note.toUtf8();
        sqlite3_bind_int64(statement, first, firstId + i);
        sqlite3_bind_int64(statement, first + 1, row.memberId);
        sqlite3_bind_int64(statement, first + 2, row.ruleId);
        sqlite3_bind_text(statement, first + 3, dates[slot], sizeof dates[slot], SQLITE_STATIC);
        sqlite3_bind_int(statement, first + 4, row.quantity);
        sqlite3_bind_text(statement, first + 5, notes[slot].constData(), int(notes[slot].size()), SQLITE_STATIC);
    };
    // Rows [from, to) one at a time; a row SQLite refuses goes again through Qt, which reports what went wrong as
    // every other write does (or succeeds, when it was fleeting).
    const auto oneByOne = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            bind(one.get(), 0, i);
            const int rc = sqlite3_step(one.get());
            sqlite3_reset(one.get());
            if (rc == SQLITE_DONE)
                continue;
            stopUnlessInTransaction(handle);
            const Row& row = m_checked.rows[i];
            QSqlQuery insert
                = db.prepare(QLatin1String(entryInsertHead) + QStringLiteral(" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& value :
                 {QVariant(firstId + i), QVariant(row.memberId), QVariant(row.ruleId),
                  QVariant(QString::fromLatin1(dates[0], sizeof dates[0])), QVariant(row.quantity), QVariant(row.note),
                  QVariant(QString::fromUtf8(enteredBy)), QVariant(QString::fromUtf8(enteredAt)),
                  QVariant(review ? 1 : 0)})
                insert.addBindValue(value);
            try {
                Database::exec(insert);
            } catch (const StorageError& error) {
                throw StorageError(error.kind(),
                                   tr("Row %1 could not be written: %2").arg(row.fileRow).arg(error.message()));
            }
        }
    };
    const qsizetype count = m_checked.rows.size();
    qsizetype done = 0;
    for (; done + rowsPerStatement <= count; done += rowsPerStatement) {
        for (int slot = 0; slot < rowsPerStatement; ++slot)
            bind(many.get(), slot, done + slot);
        const int rc = sqlite3_step(many.get());
        sqlite3_reset(many.get());
        if (rc == SQLITE_DONE)
            continue;
        // SQLite undid the refused statement as a whole: its rows go again one at a time, which names the row.
        stopUnlessInTransaction(handle);
        oneByOne(done, done + rowsPerStatement);
    }
    oneByOne(done, count);
}

void PointsImport::insertAsJson(Database& db, qint64 firstId, const QString& enteredBy, const QString& enteredAt,
                                bool review) const
{
    // Rows travel to the database many thousand at a time as one JSON text that it takes apart itself: far cheaper
    // than binding values row by row through Qt, or than SQL text with the values in it.
    const QString sql = QLatin1String(entryInsertHead)
        + (db.engine() == Database::Engine::Sqlite
               ? QStringLiteral(" SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5,"
                                " ?, ?, ? FROM json_each(?)")
               : QStringLiteral(" SELECT CAST(value ->> 0 AS BIGINT), CAST(value ->> 1 AS BIGINT),"
                                " CAST(value ->> 2 AS BIGINT), value ->> 3, CAST(value ->> 4 AS BIGINT), value ->> 5,"
                                " ?, ?, ? FROM json_array_elements(CAST(? AS JSON)) AS batch(value)"));
    constexpr int rowsPerStatement = 20000;
    QByteArray batch;
    for (qsizetype i = 0; i < m_checked.rows.size(); ++i) {
        const Row& row = m_checked.rows[i];
        batch += batch.isEmpty() ? "[" : ",";
        appendEntryValues(batch, firstId + i, row);
        if ((i + 1) % rowsPerStatement == 0 || i + 1 == m_checked.rows.size()) {
            batch += ']';
            QSqlQuery insert = db.prepare(sql);
            for (const QVariant& value : {QVariant(enteredBy), QVariant(enteredAt), QVariant(review ? 1 : 0),
                                          QVariant(QString::fromUtf8(batch))})
                insert.addBindValue(value);
            Database::exec(insert);
            batch.clear();
        }
    }
    if (db.engine() != Database::Engine::Sqlite) // ids were given: the identity sequence continues after them
        db.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('entries', 'id'), %1)")
                    .arg(firstId + m_checked.rows.size() - 1));
}

QList<AuditLog::PreparedRecord> PointsImport::auditRecords(const QString& source, qint64 firstId,
                                                           const QString& operatorName, const QString& at, bool review,
                                                           const QString& prevHash) const
{
    // The audit log vouches for every entry through compact batch records, ten thousand entries each: the column
    // names once, the values every entry of the import shares once, then each entry's own values (LedgerVerifier
    // rebuilds every row from them). Written out row by row as objects, the records were five times the size, and
    // the chain's SHA-256 over them cost more than the insert.
    constexpr qint64 entriesPerRecord = 10000;
    QByteArray shared;
    {
        using namespace canonicalJson;
        shared = "{\"columns\":[\"id\",\"member_id\",\"rule_id\",\"date\",\"quantity\",\"note\"],\"constants\":{";
        appendKey(shared, "entered_at");
        appendString(shared, at);
        shared += ',';
        appendKey(shared, "entered_by");
        appendString(shared, operatorName);
        shared += ',';
        appendKey(shared, "needs_review");
        shared += review ? "1" : "0";
        shared += "},\"rows\":[";
    }
    QList<AuditLog::PreparedRecord> records;
    QString previous = prevHash;
    QByteArray record;
    const qint64 count = m_checked.rows.size();
    for (qint64 i = 0; i < count; ++i) {
        if (record.isEmpty()) {
            // Each record keeps its text: the next one is written into memory of its own, made room for at once
            // (grown step by step, every record's text was copied and fresh memory touched several times over).
            record.reserve(shared.size() + std::min(entriesPerRecord, count - i) * 48);
            record += shared;
        } else {
            record += ',';
        }
        appendEntryValues(record, firstId + i, m_checked.rows[i]);
        if ((i + 1) % entriesPerRecord == 0 || i + 1 == count) {
            record += "]}";
            const qint64 first = firstId + i / entriesPerRecord * entriesPerRecord;
            records.append(AuditLog::prepareCanonical(
                operatorName, QStringLiteral("entry.import"), QStringLiteral("entries"), 0,
                tr("Points import from %1: entries %2 to %3").arg(source).arg(first).arg(firstId + i),
                QByteArrayLiteral("null"), record, previous));
            previous = records.constLast().hash;
            record = QByteArray();
        }
    }
    return records;
}

void PointsImport::checkStillThere(const std::vector<qint64>& memberIds, const std::vector<qint64>& ruleIds,
                                   const QSet<std::pair<qint64, int>>& memberYears) const
{
    // Both lists are sorted: each member-year's member is looked for once, each row's rule among a few dozen.
    const auto missing
        = [](const std::vector<qint64>& ids, qint64 id) { return !std::binary_search(ids.cbegin(), ids.cend(), id); };
    const bool membersThere = std::none_of(memberYears.cbegin(), memberYears.cend(), [&](const auto& memberYear) {
        return missing(memberIds, memberYear.first);
    });
    for (const Row& row : m_checked.rows) {
        if ((!membersThere && missing(memberIds, row.memberId)) || missing(ruleIds, row.ruleId))
            throw StorageError(StorageError::Kind::Constraint,
                               tr("Row %1 names a member or rule that was removed after the file was checked; "
                                  "nothing was imported. Check the file again.")
                                   .arg(row.fileRow));
    }
}

PointsImport::ForeignKeysOff::ForeignKeysOff(Database& db)
    : m_db(db)
{
    m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
}

PointsImport::ForeignKeysOff::~ForeignKeysOff()
{
    try {
        m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    } catch (const StorageError&) {
        // The next statement on this connection reports the trouble.
    }
}

bool PointsImport::isBulk(const Database& db, qsizetype count)
{
    return db.engine() == Database::Engine::Sqlite && count >= bulkRows;
}

qint64 PointsImport::apply(const QString& source)
{
    m_ledger.actor().require(Actor::Permission::EnterPoints);
    if (m_checked.rows.isEmpty())
        return 0;
    Database& db = m_ledger.database();
    const qint64 count = m_checked.rows.size();
    Backup::beforeImport(db);
    // A large batch on SQLite goes in without a foreign-key lookup for each entry (for millions of entries at random
    // members those cost three times the insert itself): its members and rules are checked once each inside the
    // transaction instead (write()).
    const bool bulk = isBulk(db, count);
    std::optional<ForeignKeysOff> foreignKeysOff;
    if (bulk)
        foreignKeysOff.emplace(db);
    Transaction transaction(db);
    const qint64 firstId = write(source, bulk);
    m_ledger.audit().append(m_ledger.actor(), QStringLiteral("import.points"), QStringLiteral("entries"), 0,
                            tr("%1 entries imported from %2 (entries %3 to %4)")
                                .arg(count)
                                .arg(source)
                                .arg(firstId)
                                .arg(firstId + count - 1),
                            QJsonValue::Null, QJsonValue::Null);
    transaction.commit();
    return firstId;
}

qint64 PointsImport::write(const QString& source, bool bulk)
{
    m_ledger.actor().require(Actor::Permission::EnterPoints);
    if (m_checked.rows.isEmpty())
        return 0;
    Database& db = m_ledger.database();
    const qint64 count = m_checked.rows.size();
    // JIFEN_TIMING=1 reports where an import spends its time (benchmarks/scoring_bench.sh).
    const bool timing = qEnvironmentVariableIsSet("JIFEN_TIMING");
    QElapsedTimer phase;
    phase.start();
    auto lap = [timing, &phase](const char* what) {
        if (timing)
            std::fprintf(stderr, "import-points: %s %lld ms\n", what, phase.restart());
    };

    const bool review = m_ledger.setting(QStringLiteral("review_enabled")) == u"1";
    const QString operatorName = m_ledger.actor().name;
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    qint64 firstId = 1;
    qint64 existing = 0;
    {
        QSqlQuery last = db.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0), COUNT(*) FROM entries"));
        Database::exec(last);
        last.next();
        firstId = last.value(0).toLongLong() + 1;
        existing = last.value(1).toLongLong();
    }

    // A large batch on SQLite goes in with the foreign keys off (above): the members and rules it names are checked
    // against those the ledger holds now, inside this transaction (the file was checked before it began).
    std::vector<qint64> memberIds;
    std::vector<qint64> ruleIds;
    if (bulk) {
        for (auto [table, ids] : {std::pair {"members", &memberIds}, {"rules", &ruleIds}}) {
            for (RowReader query(db, QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(QLatin1String(table)));
                 query.next();)
                ids->push_back(query.integer(0));
        }
    }

    // A batch larger than the table: the entries' indexes are built again at the end. (On a server the account may
    // not own the indexes.)
    BulkIndexes indexes(db, QStringLiteral("entries"), bulk && count > existing);
    // Kept indexes take the batch's keys at random places: a bigger page cache holds their b-trees. Without them the
    // table only grows at its end, and a big cache would only hold written pages until the commit (at 2,000,000
    // entries 200 MB more memory touched, and a slower import).
    std::optional<ScopedCacheSize> largerCache;
    if (!indexes.dropped())
        largerCache.emplace(db, 262144);

    QSet<int> years;
    for (int year = 0; const Row& row : std::as_const(m_checked.rows)) {
        if (row.date.year() != year) {
            year = row.date.year();
            years.insert(year);
        }
    }
    ScoreStore scores(db);
    ScoreStore::Batch batch = scores.prepareBatch(years, firstId);
    // The rest of what the import writes needs no database: a second thread works it out while this one writes the
    // entries (on two cores that hides it). The future is waited for however this function ends, before what it
    // uses goes.
    QList<AuditLog::PreparedRecord> records;
    std::future<void> prepared = std::async(std::launch::async, [&, prevHash = m_ledger.audit().lastHash()] {
        // The member-years the entries touch: most of millions of entries share one.
        QSet<std::pair<qint64, int>> touched;
        for (const Row& row : std::as_const(m_checked.rows))
            touched.insert({row.memberId, row.date.year()});
        if (bulk)
            checkStillThere(memberIds, ruleIds, touched);
        // The new entries count now unless review holds them back; they are handed over rather than read back.
        QList<ScoreStore::CountedEntry> added;
        if (!review) {
            added.reserve(count);
            adviseLargePages(added);
            for (qint64 i = 0; i < count; ++i) {
                const Row& row = std::as_const(m_checked.rows)[i];
                added.append(ScoreStore::CountedEntry {firstId + i, row.memberId, row.ruleId, row.date, row.quantity});
            }
        }
        ScoreStore::walkBatch(batch, touched, added);
        records = auditRecords(source, firstId, operatorName, at, review, prevHash);
    });
    lap("prepare");

    if (sqlite3* handle = sqliteHandle(db))
        insertWithSqlite(handle, db, firstId, operatorName.toUtf8(), at.toUtf8(), review);
    else
        insertAsJson(db, firstId, operatorName, at, review);
    lap("entries");
    // The indexes are built while the second thread still works: neither waits for the other.
    indexes.rebuild();
    lap("indexes");
    prepared.get();
    lap("wait");
    for (const AuditLog::PreparedRecord& record : std::as_const(records))
        m_ledger.audit().appendPrepared(record);
    lap("audit");
    scores.storeBatch(batch);
    lap("cache");
    return firstId;
}

} // namespace jifen
