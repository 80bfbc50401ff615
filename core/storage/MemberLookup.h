#pragma once

#include "model/Member.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace jifen {

class Database;

// Finds the members a clerk pastes as a list ("these 37 people attended"): names or ID numbers separated by new lines,
// commas, 、 or spaces, as they come out of a sign-in sheet or a chat message.
class MemberLookup
{
    Q_DECLARE_TR_FUNCTIONS(MemberLookup)

public:
    struct Ambiguous
    {
        QString name;
        QList<Member> candidates;
    };
    struct Result
    {
        QList<Member> found; // in the order pasted, each once
        QStringList notFound;
        QList<Ambiguous> ambiguous; // a name several current members share: the clerk picks
        QStringList repeated; // pasted more than once
    };

    // Only current members (在册) are found. Within `branchIds` (a subtree) when given, a name is looked up there
    // first, then everywhere.
    static Result resolve(const Database& db, const QString& pasted, const QList<qint64>& branchIds = {});

    static QStringList split(const QString& pasted);
};

} // namespace jifen
