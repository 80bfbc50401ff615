#include "MemberSearchKeys.h"

#include "Database.h"
#include "Transaction.h"
#include "model/Pinyin.h"

#include <QList>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace jifen {

QString MemberSearchKeys::reversed(const QString& text)
{
    QString result = text.trimmed();
    std::reverse(result.begin(), result.end());
    return result;
}

MemberSearchKeys::Keys MemberSearchKeys::keysFor(const QString& name, const QString& idNumber, const QString& phone)
{
    // The text keys are never null (their columns are NOT NULL): a name with no syllable to spell (“Ω”, “¥”) has empty
    // spellings.
    const auto notNull = [](QString text) { return text.isNull() ? QStringLiteral("") : text; };
    const QString trimmed = name.trimmed();
    Pinyin::SearchSpellings spellings = Pinyin::searchSpellings(trimmed);
    return {notNull(std::move(spellings.initials)), notNull(std::move(spellings.compact)), Pinyin::nameSortKey(trimmed),
            notNull(reversed(idNumber.toUpper())), notNull(reversed(phone))};
}

namespace {

// What the stored keys were worked out with: ICU's collation, and the surnames Jifen reads as surnames in the sort key
// too (keys from before that sort 曾 as ceng).
QString keysVersion()
{
    return Pinyin::collationVersion() + QStringLiteral("+surnames");
}

QSqlQuery prepareUpdate(const Database& db)
{
    return db.prepare(QStringLiteral("UPDATE members SET name_initials = ?, name_pinyin = ?, name_key = ?,"
                                     " id_number_rev = ?, phone_rev = ? WHERE id = ?"));
}

void update(QSqlQuery& query, qint64 memberId, const MemberSearchKeys::Keys& keys)
{
    query.bindValue(0, keys.initials);
    query.bindValue(1, keys.pinyin);
    query.bindValue(2, keys.sortKey);
    query.bindValue(3, keys.idNumberReversed);
    query.bindValue(4, keys.phoneReversed);
    query.bindValue(5, memberId);
    Database::exec(query);
}

} // namespace

void MemberSearchKeys::write(const Database& db, qint64 memberId, const QString& name, const QString& idNumber,
                             const QString& phone)
{
    QSqlQuery query = prepareUpdate(db);
    update(query, memberId, keysFor(name, idNumber, phone));
}

qint64 MemberSearchKeys::refresh(Database& db)
{
    const QString version = keysVersion();
    QSqlQuery stored = db.prepare(QStringLiteral("SELECT collation_version FROM search_keys_info"));
    Database::exec(stored);
    const bool stale = !stored.next() || stored.value(0).toString() != version;
    stored.finish();

    QSqlQuery pending
        = db.prepare(stale ? QStringLiteral("SELECT id, name, id_number, phone FROM members")
                           : QStringLiteral("SELECT id, name, id_number, phone FROM members WHERE name_key IS NULL"));
    Database::forwardOnly(pending);
    Database::exec(pending);
    struct Row
    {
        qint64 id;
        QString name, idNumber, phone;
    };
    QList<Row> rows;
    while (pending.next())
        rows.append({pending.value(0).toLongLong(), pending.value(1).toString(), pending.value(2).toString(),
                     pending.value(3).toString()});
    pending.finish();
    if (rows.isEmpty() && !stale)
        return 0;

    Transaction transaction(db);
    QSqlQuery query = prepareUpdate(db); // once for all rows: a new ICU or Jifen rewrites every member's keys
    for (const Row& row : std::as_const(rows))
        update(query, row.id, keysFor(row.name, row.idNumber, row.phone));
    db.exec(QStringLiteral("DELETE FROM search_keys_info"));
    QSqlQuery stamp = db.prepare(QStringLiteral("INSERT INTO search_keys_info (collation_version) VALUES (?)"));
    stamp.addBindValue(version);
    Database::exec(stamp);
    transaction.commit();
    return rows.size();
}

QList<qint64> MemberSearchKeys::stale(const Database& db)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT id, name, id_number, phone, name_initials, name_pinyin, name_key,"
                                                " id_number_rev, phone_rev FROM members ORDER BY id"));
    Database::forwardOnly(query);
    Database::exec(query);
    QList<qint64> ids;
    while (query.next()) {
        const Keys keys = keysFor(query.value(1).toString(), query.value(2).toString(), query.value(3).toString());
        if (query.value(4).toString() != keys.initials || query.value(5).toString() != keys.pinyin
            || query.value(6).toByteArray() != keys.sortKey || query.value(7).toString() != keys.idNumberReversed
            || query.value(8).toString() != keys.phoneReversed)
            ids << query.value(0).toLongLong();
    }
    return ids;
}

} // namespace jifen
