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
    return {notNull(std::move(spellings.initials)), notNull(std::move(spellings.compact)), Pinyin::sortKey(trimmed),
            notNull(reversed(idNumber.toUpper())), notNull(reversed(phone))};
}

void MemberSearchKeys::write(const Database& db, qint64 memberId, const QString& name, const QString& idNumber,
                             const QString& phone)
{
    const Keys keys = keysFor(name, idNumber, phone);
    QSqlQuery update = db.prepare(QStringLiteral("UPDATE members SET name_initials = ?, name_pinyin = ?, name_key = ?,"
                                                 " id_number_rev = ?, phone_rev = ? WHERE id = ?"));
    update.addBindValue(keys.initials);
    update.addBindValue(keys.pinyin);
    update.addBindValue(keys.sortKey);
    update.addBindValue(keys.idNumberReversed);
    update.addBindValue(keys.phoneReversed);
    update.addBindValue(memberId);
    Database::exec(update);
}

qint64 MemberSearchKeys::refresh(Database& db)
{
    const QString version = Pinyin::collationVersion();
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
    for (const Row& row : std::as_const(rows))
        write(db, row.id, row.name, row.idNumber, row.phone);
    db.exec(QStringLiteral("DELETE FROM search_keys_info"));
    QSqlQuery stamp = db.prepare(QStringLiteral("INSERT INTO search_keys_info (collation_version) VALUES (?)"));
    stamp.addBindValue(version);
    Database::exec(stamp);
    transaction.commit();
    return rows.size();
}

} // namespace jifen
