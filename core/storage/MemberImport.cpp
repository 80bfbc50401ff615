#include "MemberImport.h"

#include "AuditLog.h"
#include "Backup.h"
#include "BulkIndexes.h"
#include "CanonicalJson.h"
#include "Database.h"
#include "Ledger.h"
#include "MemberSearchKeys.h"
#include "RosterHistory.h"
#include "SqliteHandle.h"
#include "StorageError.h"
#include "Transaction.h"
#include "model/IdNumber.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>
#include <QStringEncoder>

#include <array>
#include <condition_variable>
#include <cstdio>
#include <functional>
#include <limits>
#include <mutex>
#include <optional>
#include <sqlite3.h>
#include <thread>

namespace jifen {

namespace {

// One member field: its export key, and how to copy and compare it.
struct Field
{
    const char* key;
    void (*copy)(Member& to, const Member& from);
    bool (*same)(const Member& a, const Member& b);
};

template<auto member> Field field(const char* key)
{
    return {key, [](Member& to, const Member& from) { to.*member = from.*member; },
            [](const Member& a, const Member& b) { return a.*member == b.*member; }};
}

const QList<Field>& fields()
{
    static const QList<Field> all {
        field<&Member::name>("name"),
        field<&Member::gender>("gender"),
        field<&Member::idNumber>("id_number"),
        field<&Member::birthDate>("birth_date"),
        field<&Member::ethnicity>("ethnicity"),
        field<&Member::education>("education"),
        field<&Member::branchName>("branch"),
        field<&Member::joinDate>("join_date"),
        field<&Member::fullMemberDate>("full_member_date"),
        field<&Member::category>("category"),
        field<&Member::phone>("phone"),
        field<&Member::position>("position"),
        field<&Member::status>("status"),
        field<&Member::statusDate>("status_date"),
        field<&Member::notes>("notes"),
    };
    return all;
}

// A member as Ledger::addMember() stores it: text trimmed and never NULL, unknown dates NULL.
struct StoredMember
{
    QString name, gender, idNumber, birthDate, ethnicity, education, joinDate, fullMemberDate, category, phone,
        position, status, statusDate, notes;
    qint64 branchId = 0;

    explicit StoredMember(const Member& m)
        : name(text(m.name))
        , gender(text(m.gender))
        , idNumber(m.idNumber)
        , birthDate(date(m.birthDate))
        , ethnicity(text(m.ethnicity))
        , education(text(m.education))
        , joinDate(date(m.joinDate))
        , fullMemberDate(date(m.fullMemberDate))
        , category(text(m.category))
        , phone(text(m.phone))
        , position(text(m.position))
        , status(text(m.status))
        , statusDate(date(m.statusDate))
        , notes(text(m.notes))
        , branchId(m.branchId)
    {
    }

    static QString text(const QString& value) { return value.isNull() ? QStringLiteral("") : value.trimmed(); }
    // yyyy-MM-dd as QDate::toString(Qt::ISODate) writes it for the years a roster holds, without its formatting
    // machinery (a tenth of an import's time).
    static QString date(QDate value)
    {
        if (!value.isValid())
            return {};
        if (value.year() < 1000 || value.year() > 9999)
            return value.toString(Qt::ISODate);
        char16_t text[10];
        const auto put = [&text](int at, int number, int width) {
            for (int i = width - 1; i >= 0; --i, number /= 10)
                text[at + i] = char16_t(u'0' + number % 10);
        };
        put(0, value.year(), 4);
        text[4] = u'-';
        put(5, value.month(), 2);
        text[7] = u'-';
        put(8, value.day(), 2);
        return QString::fromUtf16(text, 10);
    }
    static QVariant dateValue(const QString& iso)
    {
        return iso.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(iso);
    }

    // The columns of a batch audit record, in the order appendValues() writes them.
    static QByteArray batchColumns()
    {
        return QByteArrayLiteral("[\"birth_date\",\"branch_id\",\"category\",\"education\",\"ethnicity\","
                                 "\"full_member_date\",\"gender\",\"id\",\"id_number\",\"join_date\",\"name\","
                                 "\"notes\",\"phone\",\"position\",\"status\",\"status_date\"]");
    }

    // The row's values as a canonical JSON array in batchColumns() order, as AuditedTables::rowJson() gives them.
    void appendValues(QByteArray& out, qint64 id) const
    {
        using namespace canonicalJson;
        const auto string = [&out](const QString& value) {
            appendString(out, value);
            out += ',';
        };
        const auto nullable = [&out, &string](const QString& value) {
            if (value.isNull())
                out += "null,";
            else
                string(value);
        };
        out += '[';
        nullable(birthDate);
        out += QByteArray::number(branchId);
        out += ',';
        string(category);
        string(education);
        string(ethnicity);
        nullable(fullMemberDate);
        string(gender);
        out += QByteArray::number(id);
        out += ',';
        string(idNumber);
        nullable(joinDate);
        string(name);
        string(notes);
        string(phone);
        string(position);
        string(status);
        nullable(statusDate);
        out.chop(1); // the last comma
        out += ']';
    }
};

// Inserts new members' rows with their search keys. On SQLite through the connection's own handle, with one statement
// prepared once: Qt's binding of twenty values a row cost more than SQLite's insert itself. On other engines, and to
// report a failure in the ledger's words (Database::fail), through QSqlQuery.
class MemberInsert
{
public:
    explicit MemberInsert(Database& db)
        : m_db(db)
        , m_prepared(sqliteHandle(db), sqlText().toUtf8())
    {
    }
    MemberInsert(const MemberInsert&) = delete;
    MemberInsert& operator=(const MemberInsert&) = delete;

    // Returns the new member's id; throws StorageError.
    qint64 insert(const StoredMember& s, const MemberSearchKeys::Keys& keys)
    {
        if (!m_prepared)
            return insertWithQt(s, keys);
        sqlite3_stmt* statement = m_prepared.get();
        // In the statement's order; name_key (a blob) follows name_pinyin, branch_id (nullptr here) is a number.
        const std::array<const QString*, 19> texts {&s.name,
                                                    &s.gender,
                                                    &s.idNumber,
                                                    &s.birthDate,
                                                    &s.ethnicity,
                                                    &s.education,
                                                    nullptr,
                                                    &s.joinDate,
                                                    &s.fullMemberDate,
                                                    &s.category,
                                                    &s.phone,
                                                    &s.position,
                                                    &s.status,
                                                    &s.statusDate,
                                                    &s.notes,
                                                    &keys.initials,
                                                    &keys.pinyin,
                                                    &keys.idNumberReversed,
                                                    &keys.phoneReversed};
        // The text goes in as UTF-8, the database's encoding, all of a row in one buffer: SQLite's own conversion
        // from UTF-16 cost more than the insert.
        qsizetype bytes = 0;
        for (const QString* text : texts)
            bytes += text ? text->size() * 3 : 0;
        if (m_utf8.size() < bytes)
            m_utf8.resize(bytes * 2);
        char* out = m_utf8.data();
        int column = 0;
        for (const QString* text : texts) {
            ++column;
            if (column == 7)
                sqlite3_bind_int64(statement, column, s.branchId);
            else if (text->isNull()) // as the Qt driver binds a null string
                sqlite3_bind_null(statement, column);
            else {
                char* end = m_encoder.appendToBuffer(out, *text);
                sqlite3_bind_text(statement, column, out, int(end - out), SQLITE_STATIC);
                out = end;
            }
            if (column == 17) {
                ++column; // name_key
                if (keys.sortKey.isNull())
                    sqlite3_bind_null(statement, column);
                else
                    sqlite3_bind_blob(statement, column, keys.sortKey.constData(), int(keys.sortKey.size()),
                                      SQLITE_STATIC);
            }
        }
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc == SQLITE_DONE)
            return sqlite3_last_insert_rowid(sqlite3_db_handle(statement));
        // The same row through Qt reports what went wrong as every other write does (or succeeds, when it was
        // fleeting).
        return insertWithQt(s, keys);
    }

private:
    static QString sqlText()
    {
        return QStringLiteral(
            "INSERT INTO members (name, gender, id_number, birth_date, ethnicity, education, branch_id, join_date,"
            " full_member_date, category, phone, position, status, status_date, notes,"
            " name_initials, name_pinyin, name_key, id_number_rev, phone_rev)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    qint64 insertWithQt(const StoredMember& s, const MemberSearchKeys::Keys& keys)
    {
        if (!m_query)
            m_query.emplace(m_db.prepare(sqlText() + QStringLiteral(" RETURNING id")));
        QSqlQuery& insert = *m_query;
        int i = 0;
        for (const QVariant& value : {QVariant(s.name),
                                      QVariant(s.gender),
                                      QVariant(s.idNumber),
                                      StoredMember::dateValue(s.birthDate),
                                      QVariant(s.ethnicity),
                                      QVariant(s.education),
                                      QVariant(s.branchId),
                                      StoredMember::dateValue(s.joinDate),
                                      StoredMember::dateValue(s.fullMemberDate),
                                      QVariant(s.category),
                                      QVariant(s.phone),
                                      QVariant(s.position),
                                      QVariant(s.status),
                                      StoredMember::dateValue(s.statusDate),
                                      QVariant(s.notes),
                                      QVariant(keys.initials),
                                      QVariant(keys.pinyin),
                                      QVariant(keys.sortKey),
                                      QVariant(keys.idNumberReversed),
                                      QVariant(keys.phoneReversed)})
            insert.bindValue(i++, value);
        return Database::insertReturningId(insert);
    }

    Database& m_db;
    const SqliteStatement m_prepared; // empty: through Qt
    QStringEncoder m_encoder {QStringEncoder::Utf8};
    QByteArray m_utf8;
    std::optional<QSqlQuery> m_query;
};

// The search keys of the new members' rows (pinyin and collation key: a quarter of what writing a row costs), worked
// out on a second thread a chunk of rows ahead of the thread that writes them. Two chunks take turns: the worker fills
// one while the writer reads the other. An import of fewer rows than two chunks works them out as it goes.
class KeysAhead
{
public:
    using Row = MemberImport::Row;
    using Keys = MemberSearchKeys::Keys;

    // `isNew` tells the rows at() will be asked for; only theirs are worked out.
    KeysAhead(const QList<Row>& rows, std::function<bool(const Row&)> isNew)
        : m_rows(rows)
        , m_isNew(std::move(isNew))
    {
        if (rows.size() >= 2 * chunkRows)
            m_worker = std::thread([this] { work(); });
    }
    KeysAhead(const KeysAhead&) = delete;
    KeysAhead& operator=(const KeysAhead&) = delete;
    ~KeysAhead()
    {
        if (!m_worker.joinable())
            return;
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_worker.join();
    }

    // The keys of rows[index]. Asked with rising indexes; valid until the next call.
    const Keys& at(qsizetype index)
    {
        if (!m_worker.joinable()) {
            m_chunks[0] = {keysOf(m_rows[index])};
            return m_chunks[0].front();
        }
        const qsizetype chunk = index / chunkRows;
        if (chunk != m_filled) {
            std::unique_lock lock(m_mutex);
            m_reading = chunk; // the chunks before it are done with
            m_changed.notify_all();
            m_changed.wait(lock, [this, chunk] { return m_ready >= chunk; });
            m_filled = chunk;
        }
        return m_chunks[chunk % 2][index % chunkRows];
    }

private:
    static constexpr qsizetype chunkRows = 1024;

    static Keys keysOf(const Row& row)
    {
        // As StoredMember holds them: the name and phone trimmed, never null.
        const Member& m = row.member;
        return MemberSearchKeys::keysFor(StoredMember::text(m.name), m.idNumber, StoredMember::text(m.phone));
    }

    void work()
    {
        for (qsizetype chunk = 0; chunk * chunkRows < m_rows.size(); ++chunk) {
            {
                // The chunk two before this one shares its buffer: wait until the writer has moved past it.
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this, chunk] { return m_stop || m_reading >= chunk - 1; });
                if (m_stop)
                    return;
            }
            QList<Keys>& keys = m_chunks[chunk % 2];
            const qsizetype begin = chunk * chunkRows;
            const qsizetype end = std::min(begin + chunkRows, m_rows.size());
            keys.resize(end - begin);
            for (qsizetype i = begin; i < end; ++i)
                keys[i - begin] = m_isNew(m_rows[i]) ? keysOf(m_rows[i]) : Keys {};
            {
                const std::lock_guard lock(m_mutex);
                m_ready = chunk;
            }
            m_changed.notify_all();
        }
    }

    const QList<Row>& m_rows;
    const std::function<bool(const Row&)> m_isNew;
    std::array<QList<Keys>, 2> m_chunks;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    qsizetype m_reading = 0; // the chunk the writer reads
    qsizetype m_ready = -1; // the last chunk the worker has filled
    bool m_stop = false;
    qsizetype m_filled = -1; // the writer's: the chunk it has seen filled
    std::thread m_worker; // last: started when everything it uses exists
};

} // namespace

MemberImport::MemberImport(Ledger& ledger)
    : m_ledger(ledger)
{
}

QStringList MemberImport::fieldKeys()
{
    QStringList keys;
    for (const Field& f : fields())
        keys.append(QLatin1String(f.key));
    return keys;
}

QList<MemberImport::Row> MemberImport::rowsFrom(const RosterImporter::Result& roster)
{
    QList<Row> rows;
    rows.reserve(roster.records.size());
    for (const RosterImporter::Record& record : roster.records)
        if (!record.refused)
            rows.append({record.row, record.member});
    return rows;
}

MemberImport::Options MemberImport::optionsFrom(const RosterImporter::Result& roster)
{
    Options options;
    const QStringList supplied = roster.suppliedFields();
    options.fields = QSet<QString>(supplied.cbegin(), supplied.cend());
    return options;
}

MemberImport::Result MemberImport::apply(const QList<Row>& rows, const Options& options)
{
    m_ledger.actor().require(Actor::Permission::ManageMembers);
    Database& db = m_ledger.database();
    Result result;
    const QDate today = QDate::currentDate();
    const auto checkCancel = [&options, total = qint64(rows.size())](qint64 done) {
        if (options.progress && !options.progress(done, total))
            throw StorageError(StorageError::Kind::Cancelled, tr("The import was cancelled; nothing was written."));
    };
    // JIFEN_TIMING=1 reports where an import spends its time (benchmarks/roster_import.sh).
    const bool timing = qEnvironmentVariableIsSet("JIFEN_TIMING");
    QElapsedTimer phase;
    phase.start();
    const auto lap = [timing, &phase](const char* what) {
        if (timing)
            std::fprintf(stderr, "import-members: %s %lld ms\n", what, phase.restart());
    };
    checkCancel(0);
    if (!options.dryRun)
        Backup::beforeImport(db);
    lap("backup");
    Transaction transaction(db);

    QHash<QString, Member> existing;
    {
        const QList<Member> members = m_ledger.members();
        existing.reserve(members.size());
        for (const Member& m : members)
            existing.insert(m.idNumber, m);
    }
    QHash<QString, qint64> branchIds;
    for (const Branch& b : m_ledger.branches())
        branchIds.insert(b.name, b.id);

    QList<const Field*> supplied;
    for (const Field& f : fields())
        if (options.fields.contains(QLatin1String(f.key)))
            supplied.append(&f);

    // A branch named for the first time is created once its first member is accepted, so a refused row leaves none.
    static constexpr qint64 pendingBranch = std::numeric_limits<qint64>::max();
    const auto branchIdFor = [&](const QString& name) {
        const auto it = branchIds.constFind(name.trimmed());
        return it == branchIds.cend() ? pendingBranch : *it;
    };
    const auto ensureBranch = [&](Member& m) {
        if (m.branchId != pendingBranch)
            return;
        Branch branch;
        branch.name = m.branchName.trimmed();
        m.branchId = m_ledger.addBranch(branch);
        branchIds.insert(branch.name, m.branchId);
        result.newBranches.append(branch.name);
    };

    // A batch larger than the roster: the members' indexes are built again at the end.
    BulkIndexes indexes(db, QStringLiteral("members"),
                        !options.dryRun && rows.size() >= bulkRows && rows.size() > existing.size());

    lap("load");
    std::optional<MemberInsert> insert(std::in_place, db);
    std::optional<KeysAhead> keys(std::in_place, rows,
                                  [&existing](const Row& row) { return !existing.contains(row.member.idNumber); });
    // One audit record vouches for all new members: the column names once, then each row's values (LedgerVerifier
    // rebuilds the rows from them). An object a row was three times the bytes, and the chain's SHA-256 over them was
    // most of the record's cost.
    QByteArray addedJson = "{\"columns\":" + StoredMember::batchColumns() + ",\"rows\":[";
    const qsizetype emptyBatch = addedJson.size();
    addedJson.reserve(rows.size() * 160); // about a row's values
    QSet<QString> seen;
    seen.reserve(rows.size());
    qint64 firstAddedId = std::numeric_limits<qint64>::max();

    for (qsizetype index = 0; index < rows.size(); ++index) {
        const Row& row = rows[index];
        if ((index + 1) % 500 == 0)
            checkCancel(index + 1);
        try {
            if (seen.contains(row.member.idNumber))
                throw StorageError(
                    StorageError::Kind::Invalid,
                    tr("The ID number %1 appears twice in the file.").arg(IdNumber::masked(row.member.idNumber)));
            seen.insert(row.member.idNumber);
            const auto found = existing.constFind(row.member.idNumber);
            if (found == existing.cend()) {
                Member m = row.member;
                m.branchId = branchIdFor(m.branchName);
                m_ledger.validateMember(m, today);
                ensureBranch(m);
                const StoredMember s(m);
                // The search keys go in with the row: filling them afterwards rewrote every row and its indexes.
                const qint64 id = insert->insert(s, keys->at(index));
                firstAddedId = std::min(firstAddedId, id);
                if (addedJson.size() > emptyBatch)
                    addedJson += ',';
                s.appendValues(addedJson, id);
                result.added.append(row.row);
                continue;
            }

            Member merged = *found;
            QStringList changed;
            for (const Field* f : std::as_const(supplied)) {
                if (!f->same(merged, row.member)) {
                    f->copy(merged, row.member);
                    changed.append(QLatin1String(f->key));
                }
            }
            if (changed.isEmpty()) {
                result.unchanged.append(row.row);
                continue;
            }
            if (changed.contains(QStringLiteral("branch")))
                merged.branchId = branchIdFor(merged.branchName);
            m_ledger.validateMember(merged, today);
            ensureBranch(merged);
            m_ledger.updateMember(merged); // audited field by field, as any edit
            result.updated.append({row.row, merged.name, changed});
        } catch (const StorageError& error) {
            if (error.kind() != StorageError::Kind::Invalid)
                throw;
            result.refused.append({row.row, error.message()});
        }
    }

    insert.reset(); // its statement is done before the indexes change
    keys.reset();
    lap("rows");
    if (!result.added.isEmpty()) {
        addedJson += "]}";
        const QString summary = options.source.isEmpty()
            ? tr("Roster import: %n member(s) added", nullptr, int(result.added.size()))
            : tr("Roster import from %1: %n member(s) added", nullptr, int(result.added.size())).arg(options.source);
        m_ledger.audit().appendCanonical(m_ledger.actor(), QStringLiteral("member.import"), QStringLiteral("members"),
                                         0, summary, QByteArrayLiteral("null"), addedJson);
        // New members who had already left were on the roster until their status date.
        RosterHistory::recordLeaves(db, m_ledger.actor(), firstAddedId, QStringLiteral("member.import"));
    }

    lap("audit");
    if (options.listMissing) {
        for (const Member& m : std::as_const(existing))
            if (m.isCurrent() && !seen.contains(m.idNumber))
                result.missing.append(m);
        std::sort(result.missing.begin(), result.missing.end(),
                  [](const Member& a, const Member& b) { return a.id < b.id; });
    }

    checkCancel(rows.size());
    if (!options.dryRun && (result.refused.isEmpty() || options.skipInvalid)) {
        indexes.rebuild();
        lap("indexes");
        // The keys of rows written by an older Jifen, or under another ICU's collation, are brought up to date.
        if (!result.added.isEmpty())
            MemberSearchKeys::refresh(db);
        lap("keys");
        transaction.commit();
        lap("commit");
        result.written = true;
    }
    return result;
}

} // namespace jifen
