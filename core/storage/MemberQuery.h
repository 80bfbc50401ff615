#pragma once

#include "model/Branch.h"
#include "model/Member.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace jifen {

class Database;

// What the members list shows: a branch subtree, a search text, former members or not, and an order.
struct MemberFilter
{
    enum class Sort { Name, Gender, IdNumber, Branch, Category, JoinDate, Phone, Status };

    QList<qint64> branchIds; // empty: every branch
    QString text; // a name (or part), pinyin initials or spelling ("zs", "zhangs"), or last digits of ID or phone
    bool includeFormer = false; // members marked 转出 or 去世
    Sort sort = Sort::Name; // names in Chinese (pinyin) collation; every order ends with the name, then the id
    bool descending = false;
};

// Pages of members for a filter, read straight from the database (never the whole roster at once).
class MemberQuery
{
public:
    enum class TextKind { None, Name, Pinyin, Digits };
    // How a search text is read: Digits ("1234", "123X") match the end of the ID or phone number; ASCII letters match
    // pinyin initials or the start of the spelling; anything else is part of a name.
    static TextKind classify(const QString& text);

    MemberQuery(const Database& db, MemberFilter filter);

    // At most `limit` members from position `offset` in the filter's order.
    QList<Member> page(qint64 offset, int limit) const;
    qint64 count() const;
    // SQLite's plan for page(), one step per line: tests pin down that no filter makes every page sort the roster.
    QStringList plan() const;
    // The position of a member in the filter's order, or -1 when the filter leaves it out.
    qint64 positionOf(qint64 memberId) const;

    // Current members (and former ones when asked) per branch id.
    static QHash<qint64, qint64> countsByBranch(const Database& db, bool includeFormer);

    // The ids of `root` and every branch below it.
    static QList<qint64> subtree(const QList<Branch>& branches, qint64 root);

private:
    QString fromWhere(QVariantList& binds, bool counting = false) const;
    QString pageSql(QVariantList& binds) const;
    QString orderBy() const;
    qint64 branchCount() const;
    QString branchOrder() const; // a CTE ranking the branches by name in Chinese collation

    const Database& m_db;
    MemberFilter m_filter;
};

} // namespace jifen
