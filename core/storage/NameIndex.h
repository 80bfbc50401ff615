#pragma once

#include <QByteArray>
#include <QString>

namespace jifen {

class Database;

// The derived search and sort columns of members' names: pinyin initials ("zs"), compact pinyin ("zhangsan") and a
// Chinese collation key. Ledger writes them with every member change; refresh() repairs what is missing or stale.
class NameIndex
{
public:
    struct Keys
    {
        QString initials;
        QString pinyin;
        QByteArray sortKey;
    };
    static Keys keysFor(const QString& name);

    // Writes one member's keys; call inside the transaction that changes the member.
    static void write(const Database& db, qint64 memberId, const QString& name);

    // Fills the keys of members that have none (rows written by an older Jifen or by bulk SQL) and recomputes them all
    // when the installed ICU collates differently from the one that wrote them. Returns the number of rows updated.
    static qint64 refresh(Database& db);
};

} // namespace jifen
