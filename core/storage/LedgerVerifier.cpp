#include "LedgerVerifier.h"

#include "AuditLog.h"
#include "AuditedTables.h"
#include "CanonicalJson.h"
#include "Database.h"
#include "Ledger.h"
#include "LedgerSchema.h"
#include "MemberSearchKeys.h"
#include "Sha256.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cmath>
#include <limits>

namespace jifen {

namespace {

QList<LedgerVerifier::DerivedCheck>& derivedChecks()
{
    static QList<LedgerVerifier::DerivedCheck> checks;
    return checks;
}

// A row's canonical JSON reduced to the 64 leading bits of its SHA-256: what a row is compared by, kept for every
// audited row between the two passes.
quint64 digest64(const QByteArray& canonical)
{
    thread_local Sha256Digester digester;
    const QByteArray sha = digester.digest({canonical});
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | static_cast<quint8>(sha[i]);
    return value;
}

// What the audit log says one row must be.
struct Expected {
    qint64 auditId = 0;
    quint64 hash = 0;
    bool deleted = false;
};

QString jsonText(const QJsonValue& value)
{
    const QByteArray array = AuditLog::canonical(QJsonArray{value});
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// Calls `visit` with each row a batch record's after-value created: a list of row objects (a roster import by an
// earlier Jifen), or column names once, the values all its rows share (a points import's operator and time) once, then
// each row's own values (a roster or points import).
template<typename Visit> void forEachBatchRow(const QJsonValue& after, Visit visit)
{
    if (after.isArray()) {
        for (const QJsonValue& row : after.toArray())
            visit(row.toObject());
        return;
    }
    const QJsonObject batch = after.toObject();
    const QJsonArray names = batch.value(QStringLiteral("columns")).toArray();
    const QJsonObject constants = batch.value(QStringLiteral("constants")).toObject();
    for (const QJsonValue& values : batch.value(QStringLiteral("rows")).toArray()) {
        const QJsonArray array = values.toArray();
        QJsonObject row = constants;
        for (qsizetype i = 0; i < names.size() && i < array.size(); ++i)
            row.insert(names[i].toString(), array[i]);
        visit(row);
    }
}

// Appends `value` as AuditLog::canonical() writes it, when it is null, a bool, a whole number or a text (all an
// audited row holds); false, with nothing appended, for anything else.
bool appendCanonical(QByteArray& out, const QJsonValue& value)
{
    constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
    switch (value.type()) {
    case QJsonValue::Null:
        out += "null";
        return true;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return true;
    case QJsonValue::String:
        canonicalJson::appendString(out, value.toString());
        return true;
    case QJsonValue::Double:
        // Qt keeps a whole number as an integer and writes it as one; only those are taken here (not -0.0).
        if (const qint64 whole = value.toInteger(notWhole); whole != notWhole && !std::signbit(value.toDouble())) {
            canonicalJson::appendNumber(out, whole);
            return true;
        }
        return false;
    default:
        return false;
    }
}

// A key of a canonical object: its text, and where its value lies.
struct CanonicalField
{
    QString key;
    int column = -1; // the value's place in the row, or -1 for `constant`
    QJsonValue constant;
    QByteArray written; // `"key":` as the object's text has it, made once for all rows
};

// `fields` sorted as QJsonObject sorts its keys, each key written; false if a key is not ASCII (the order would then
// need Qt's own).
bool sortFields(QList<CanonicalField>& fields)
{
    for (const CanonicalField& field : std::as_const(fields))
        for (const QChar c : field.key)
            if (c.unicode() >= 0x80)
                return false;
    std::sort(fields.begin(), fields.end(),
              [](const CanonicalField& a, const CanonicalField& b) { return a.key < b.key; });
    for (CanonicalField& field : fields) {
        canonicalJson::appendString(field.written, field.key);
        field.written += ':';
    }
    return true;
}

// The digests of a batch record's rows, as digest64(AuditLog::canonical(row)) of each row forEachBatchRow() builds, but
// written straight from the batch: building each row as a QJsonObject and writing it out took most of a verify.
template<typename Visit> void forEachBatchRowDigest(const QJsonValue& after, Visit visit)
{
    const auto slow = [&after, &visit] {
        forEachBatchRow(after, [&visit](const QJsonObject& row) {
            visit(row.value(QStringLiteral("id")).toInteger(), digest64(AuditLog::canonical(row)));
        });
    };
    if (after.isArray())
        return slow();
    const QJsonObject batch = after.toObject();
    const QJsonArray names = batch.value(QStringLiteral("columns")).toArray();
    const QJsonObject constants = batch.value(QStringLiteral("constants")).toObject();
    QList<CanonicalField> fields;
    QSet<QString> seen;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString name = names[i].toString();
        if (seen.contains(name))
            return slow(); // a name twice: the later value wins, as QJsonObject::insert() decides
        seen.insert(name);
        fields.append({name, int(i), {}, {}});
    }
    for (auto it = constants.begin(); it != constants.end(); ++it)
        if (!seen.contains(it.key()))
            fields.append({it.key(), -1, it.value(), {}});
    if (!sortFields(fields))
        return slow();
    int idField = -1;
    for (qsizetype f = 0; f < fields.size(); ++f)
        if (fields[f].key == u"id")
            idField = int(f);

    const QJsonArray rows = batch.value(QStringLiteral("rows")).toArray();
    QList<std::pair<qint64, quint64>> digests;
    digests.reserve(rows.size());
    QByteArray canonical;
    for (const QJsonValue& values : rows) {
        const QJsonArray array = values.toArray();
        if (array.size() != names.size())
            return slow(); // a row shorter or longer than the names: as forEachBatchRow() makes it
        const auto value
            = [&array](const CanonicalField& field) { return field.column < 0 ? field.constant : array[field.column]; };
        canonical.resize(0);
        canonical += '{';
        for (qsizetype f = 0; f < fields.size(); ++f) {
            if (f > 0)
                canonical += ',';
            canonical += fields[f].written;
            if (!appendCanonical(canonical, value(fields[f])))
                return slow(); // a value no audited row holds: Qt writes it
        }
        canonical += '}';
        digests.append({idField < 0 ? 0 : value(fields[idField]).toInteger(), digest64(canonical)});
    }
    for (const auto& [id, digest] : std::as_const(digests))
        visit(id, digest);
}

// The row `id` as an audit record's after-value holds it: the value itself, or its row in a batch.
QJsonObject recordedRow(const QJsonValue& stored, qint64 id)
{
    if (!stored.isArray() && !stored.toObject().contains(QStringLiteral("columns")))
        return stored.toObject();
    QJsonObject found;
    forEachBatchRow(stored, [&found, id](const QJsonObject& row) {
        if (row.value(QStringLiteral("id")).toInteger() == id)
            found = row;
    });
    return found;
}

// The changed fields, with ID and phone numbers masked as everywhere they are shown.
QString describeDifference(const QJsonObject& recorded, const QJsonObject& actual)
{
    const QJsonObject shownRecorded = AuditLog::shown(recorded).toObject();
    const QJsonObject shownActual = AuditLog::shown(actual).toObject();
    QStringList fields;
    for (auto it = actual.begin(); it != actual.end(); ++it)
        if (recorded.value(it.key()) != it.value())
            fields << QStringLiteral("%1: %2 → %3")
                          .arg(it.key(), jsonText(shownRecorded.value(it.key())),
                               jsonText(shownActual.value(it.key())));
    return fields.join(QStringLiteral("; "));
}

// The rows of a table's `columns`, as stored, in the order the ledger reads them.
QJsonArray storedRows(const Database& db, const QString& table, const QString& columns)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY position, id").arg(columns, table));
    Database::exec(query);
    QJsonArray rows;
    while (query.next()) {
        QJsonArray row;
        for (int i = 0; i < query.record().count(); ++i)
            row.append(AuditedTables::jsonValue(query.value(i)));
        rows.append(row);
    }
    return rows;
}

// The same for rows as Jifen writes them.
QJsonArray storedRows(const QList<QVariantList>& written)
{
    QJsonArray rows;
    for (const QVariantList& values : written) {
        QJsonArray row;
        for (const QVariant& value : values)
            row.append(AuditedTables::jsonValue(value));
        rows.append(row);
    }
    return rows;
}

} // namespace

void LedgerVerifier::registerDerivedCheck(const DerivedCheck& check)
{
    derivedChecks().append(check);
}

LedgerVerifier::LedgerVerifier(Database& db)
    : m_db(db)
{
}

LedgerVerifier::Result LedgerVerifier::run(const Progress& progress)
{
    Result result;
    auto problem = [&result](qint64 auditId, const QString& table, qint64 rowId, const QString& message) {
        if (result.problems.size() < maxProblems)
            result.problems.append({auditId, table, rowId, message});
    };

    qint64 total = 0;
    {
        QSqlQuery count(m_db.connection());
        QString sql = QStringLiteral("SELECT (SELECT COUNT(*) FROM audit_log)");
        for (const QString& table : AuditedTables::tables())
            sql += QStringLiteral(" + (SELECT COUNT(*) FROM %1)").arg(table);
        if (count.exec(sql) && count.next())
            total = count.value(0).toLongLong();
    }
    qint64 done = 0;
    auto tick = [&]() {
        ++done;
        if (progress && done % 4096 == 0 && !progress(done, total))
            result.cancelled = true;
        return !result.cancelled;
    };

    // 1. The chain, and what it says every audited row must be.
    QHash<QString, QHash<qint64, Expected>> expected;
    QJsonValue lastAwards, lastGrades;
    qint64 lastAwardsId = 0, lastGradesId = 0;
    QHash<QString, std::pair<qint64, QJsonValue>> lastSettings;
    {
        QSqlQuery query(m_db.connection());
        Database::forwardOnly(query);
        query.exec(AuditLog::recordSelect() + QStringLiteral(" ORDER BY id"));
        QString previous = AuditLog::genesisHash();
        while (query.next()) {
            const AuditRecord r = AuditLog::readRecord(query);
            if (r.prevHash != previous)
                problem(r.id, QStringLiteral("audit_log"), r.id,
                        tr("Audit record %1 does not follow the record before it: a record was removed, inserted or "
                           "reordered.")
                            .arg(r.id));
            if (AuditLog::computeHash(r) != r.hash)
                problem(r.id, QStringLiteral("audit_log"), r.id,
                        tr("Audit record %1 (%2, %3) was changed after it was written: its hash does not match its "
                           "content.")
                            .arg(r.id)
                            .arg(r.action, r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
            previous = r.hash;
            ++result.auditRecords;

            if (r.entity == u"awards") {
                lastAwards = r.after;
                lastAwardsId = r.id;
            } else if (r.entity == u"grade_bands") {
                lastGrades = r.after;
                lastGradesId = r.id;
            } else if (r.entity == u"settings") {
                const QJsonObject after = r.after.toObject();
                for (auto it = after.begin(); it != after.end(); ++it)
                    lastSettings.insert(it.key(), {r.id, it.value()});
            } else if (r.entityId == 0 && (r.after.isArray() || r.after.isObject())
                       && !AuditedTables::columns(r.entity).isEmpty()) {
                // A batch record (a roster or points import): the rows it created.
                QHash<qint64, Expected>& rows = expected[r.entity];
                forEachBatchRowDigest(r.after, [&rows, &r](qint64 id, quint64 digest) {
                    if (id > 0)
                        rows[id] = {r.id, digest, false};
                });
            } else if (r.entityId > 0 && !AuditedTables::columns(r.entity).isEmpty()) {
                Expected& e = expected[r.entity][r.entityId];
                e.auditId = r.id;
                e.deleted = !r.after.isObject();
                if (!e.deleted)
                    e.hash = digest64(AuditLog::canonical(r.after));
            }
            if (!tick())
                return result;
        }
        result.headHash = previous == AuditLog::genesisHash() ? QString() : previous;
    }

    // 2. Every audited row against its latest record.
    for (const QString& table : AuditedTables::tables()) {
        QHash<qint64, Expected>& rows = expected[table];
        QSqlQuery query(m_db.connection());
        Database::forwardOnly(query);
        query.exec(AuditedTables::select(table) + QStringLiteral(" ORDER BY id"));
        QByteArray canonical;
        while (query.next()) {
            canonical.resize(0);
            const qint64 id = AuditedTables::appendCanonicalRow(canonical, query, table);
            ++result.rowsChecked;
            const auto it = rows.find(id);
            if (it == rows.end()) {
                problem(0, table, id,
                        tr("Row %1 of %2 has no audit record: it was added outside Jifen.").arg(id).arg(table));
            } else if (it->deleted) {
                problem(it->auditId, table, id,
                        tr("Row %1 of %2 was removed by audit record %3 but is present again.")
                            .arg(id)
                            .arg(table)
                            .arg(it->auditId));
                rows.erase(it);
            } else {
                if (digest64(canonical) != it->hash) {
                    const QJsonObject actual = AuditedTables::rowJson(query, table);
                    QSqlQuery record(m_db.connection());
                    record.prepare(QStringLiteral("SELECT after_json FROM audit_log WHERE id = ?"));
                    record.addBindValue(it->auditId);
                    record.exec();
                    const QJsonObject recorded
                        = record.next() ? recordedRow(AuditLog::parseStored(record.value(0)), id) : QJsonObject();
                    problem(it->auditId, table, id,
                            tr("Row %1 of %2 differs from its audit record %3 (changed outside Jifen): %4")
                                .arg(id)
                                .arg(table)
                                .arg(it->auditId)
                                .arg(describeDifference(recorded, actual)));
                }
                rows.erase(it);
            }
            if (!tick())
                return result;
        }
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            if (!it->deleted)
                problem(it->auditId, table, it.key(),
                        tr("Row %1 of %2, recorded by audit record %3, is missing: it was deleted outside Jifen.")
                            .arg(it.key())
                            .arg(table)
                            .arg(it->auditId));
    }

    // 3. Awards, grade bands and settings against their last records.
    Ledger reader(m_db, Actor{QStringLiteral("verify"), Actor::Role::Viewer});
    const RuleSet rules = reader.ruleSet();
    const QJsonArray awards = Ledger::awardsJson(rules.awards);
    if ((lastAwardsId == 0 && !awards.isEmpty()) || (lastAwardsId != 0 && lastAwards.toArray() != awards))
        problem(lastAwardsId, QStringLiteral("awards"), 0,
                tr("The awards differ from their last audit record: they were changed outside Jifen."));
    const QJsonArray grades = Ledger::gradesJson(rules.grades);
    if ((lastGradesId == 0 && !grades.isEmpty()) || (lastGradesId != 0 && lastGrades.toArray() != grades))
        problem(lastGradesId, QStringLiteral("grade_bands"), 0,
                tr("The grade bands differ from their last audit record: they were changed outside Jifen."));
    // What they mean equals the record; now every stored value must be what Jifen writes for that meaning (a no_veto of
    // 2 reads as true, a position out of order still sorts, and neither shows above).
    if (storedRows(m_db, QStringLiteral("awards"), QLatin1String(Ledger::awardColumns))
        != storedRows(Ledger::awardRows(rules.awards)))
        problem(lastAwardsId, QStringLiteral("awards"), 0,
                tr("The awards are not stored as Jifen writes them: their table was changed outside Jifen."));
    if (storedRows(m_db, QStringLiteral("grade_bands"), QLatin1String(Ledger::gradeColumns))
        != storedRows(Ledger::gradeRows(rules.grades)))
        problem(lastGradesId, QStringLiteral("grade_bands"), 0,
                tr("The grade bands are not stored as Jifen writes them: their table was changed outside Jifen."));
    {
        QSqlQuery query(m_db.connection());
        query.exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
        QSet<QString> seen;
        while (query.next()) {
            const QString key = query.value(0).toString();
            seen.insert(key);
            const auto it = lastSettings.constFind(key);
            if (it == lastSettings.constEnd() || it->second.toString() != query.value(1).toString())
                problem(it == lastSettings.constEnd() ? 0 : it->first, QStringLiteral("settings"), 0,
                        tr("Setting %1 differs from its last audit record: it was changed outside Jifen.").arg(key));
        }
        for (auto it = lastSettings.cbegin(); it != lastSettings.cend(); ++it)
            if (!seen.contains(it.key()))
                problem(it->first, QStringLiteral("settings"), 0,
                        tr("Setting %1 is missing: it was deleted outside Jifen.").arg(it.key()));
    }

    // 4. Stored derived values against a recomputation.
    for (const DerivedCheck& check : derivedChecks()) {
        QList<Problem> found;
        check(m_db, found);
        for (const Problem& p : std::as_const(found))
            problem(p.auditId, p.table, p.rowId, p.message);
    }
    for (const qint64 id : MemberSearchKeys::stale(m_db))
        problem(0, QStringLiteral("members"), id,
                tr("The search keys of member %1 (name initials, pinyin, sort key, reversed numbers) differ from the "
                   "member's name and numbers: they were changed outside Jifen.")
                    .arg(id));

    // 5. The schema itself: a dropped trigger lets rows change unseen from then on.
    for (const LedgerSchema::Difference& difference : LedgerSchema::differences(m_db))
        problem(0, difference.object, 0, difference.message);
    if (progress)
        progress(total, total);
    return result;
}

} // namespace jifen
