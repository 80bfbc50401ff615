#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace jifen {

class Database;
struct Member;

// The derived search and sort columns of members: pinyin initials ("zs") and compact pinyin ("zhangsan"), a Chinese
// collation key, and the ID and phone numbers reversed (their last digits become an indexed prefix). Ledger writes
// them with every member change; refresh() repairs what is missing or stale.
class MemberSearchKeys
{
public:
    struct Keys
    {
        QString initials;
        QString pinyin;
        QByteArray sortKey;
        QString idNumberReversed;
        QString phoneReversed;
    };
    static Keys keysFor(const QString& name, const QString& idNumber, const QString& phone);
    static QString reversed(const QString& text);

    // Writes one member's keys; call inside the transaction that changes the member.
    static void write(const Database& db, qint64 memberId, const QString& name, const QString& idNumber,
                      const QString& phone);

    // Fills the keys of members that have none (rows written by an older Jifen or by bulk SQL) and recomputes them all
    // when the installed ICU collates differently from the one that wrote them. Returns the number of rows updated.
    static qint64 refresh(Database& db);

    // The ids of the members whose stored keys differ from the keys worked out afresh (for verify: derived columns are
    // stored values too, and a changed one would make a member unfindable or sort out of place).
    static QList<qint64> stale(const Database& db);
};

} // namespace jifen
