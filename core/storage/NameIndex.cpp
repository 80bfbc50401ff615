#include "NameIndex.h"

#include "Database.h"
#include "Transaction.h"
#include "model/Pinyin.h"

#include <QList>
#include <QSqlQuery>

namespace jifen {

NameIndex::Keys NameIndex::keysFor(const QString& name)
{
    const QString trimmed = name.trimmed();
    return {Pinyin::initials(trimmed), Pinyin::compact(trimmed), Pinyin::sortKey(trimmed)};
}

void NameIndex::write(const Database& db, qint64 memberId, const QString& name)
{
    const Keys keys = keysFor(name);
    QSqlQuery update = db.prepare(
        QStringLiteral("UPDATE members SET name_initials = ?, name_pinyin = ?, name_key = ? WHERE id = ?"));
    update.addBindValue(keys.initials);
    update.addBindValue(keys.pinyin);
    update.addBindValue(keys.sortKey);
    update.addBindValue(memberId);
    Database::exec(update);
}

qint64 NameIndex::refresh(Database& db)
{
    const QString version = Pinyin::collationVersion();
    QSqlQuery stored = db.prepare(QStringLiteral("SELECT collation_version FROM name_index_info"));
    Database::exec(stored);
    const bool hasVersion = stored.next();
    const bool stale = !hasVersion || stored.value(0).toString() != version;
    stored.finish();

    QSqlQuery pending = db.prepare(stale ? QStringLiteral("SELECT id, name FROM members")
                                         : QStringLiteral("SELECT id, name FROM members WHERE name_key IS NULL"));
    pending.setForwardOnly(true);
    Database::exec(pending);
    QList<std::pair<qint64, QString>> rows;
    while (pending.next())
        rows.append({pending.value(0).toLongLong(), pending.value(1).toString()});
    pending.finish();
    if (rows.isEmpty() && !stale)
        return 0;

    Transaction transaction(db);
    for (const auto& [id, name] : std::as_const(rows))
        write(db, id, name);
    db.exec(QStringLiteral("DELETE FROM name_index_info"));
    QSqlQuery stamp = db.prepare(QStringLiteral("INSERT INTO name_index_info (collation_version) VALUES (?)"));
    stamp.addBindValue(version);
    Database::exec(stamp);
    transaction.commit();
    return rows.size();
}

} // namespace jifen
