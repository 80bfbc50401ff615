#include "MemberLookup.h"

#include "Database.h"
#include "Ledger.h"
#include "model/IdNumber.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace jifen {

QStringList MemberLookup::split(const QString& pasted)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,，、;；|/]+"));
    QStringList tokens = pasted.split(separators, Qt::SkipEmptyParts);
    for (QString& token : tokens)
        token = token.trimmed();
    tokens.removeAll(QString());
    return tokens;
}

MemberLookup::Result MemberLookup::resolve(const Database& db, const QString& pasted, const QList<qint64>& branchIds)
{
    Result result;
    QSet<qint64> taken;
    QSet<QString> seen;
    auto take = [&](const Member& m) {
        if (!taken.contains(m.id)) {
            taken.insert(m.id);
            result.found << m;
        }
    };
    auto select = [&](const QString& where, const QVariant& value) {
        QSqlQuery query = db.prepare(Ledger::memberSelect() + where);
        query.addBindValue(value);
        Database::exec(query);
        QList<Member> members;
        while (query.next())
            members << Ledger::readMember(query);
        return members;
    };
    for (const QString& token : split(pasted)) {
        if (seen.contains(token)) {
            result.repeated << token;
            continue;
        }
        seen.insert(token);
        const auto id = IdNumber::parse(token);
        if (id.problem == IdNumber::Problem::None) {
            const QList<Member> byId = select(QStringLiteral(" WHERE m.id_number = ? AND m.status = '在册'"), id.value);
            if (byId.isEmpty())
                result.notFound << token;
            else
                take(byId.constFirst());
            continue;
        }
        QList<Member> byName = select(QStringLiteral(" WHERE m.name = ? AND m.status = '在册' ORDER BY m.id"), token);
        if (!branchIds.isEmpty() && byName.size() > 1) {
            QList<Member> inScope;
            for (const Member& m : std::as_const(byName))
                if (branchIds.contains(m.branchId))
                    inScope << m;
            if (!inScope.isEmpty())
                byName = inScope;
        }
        if (byName.isEmpty())
            result.notFound << token;
        else if (byName.size() == 1)
            take(byName.constFirst());
        else
            result.ambiguous.append({token, byName});
    }
    return result;
}

} // namespace jifen
