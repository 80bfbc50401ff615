#pragma once

#include "Actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace jifen {

class Database;
class Ledger;

// The people who may use a ledger, their roles and passwords. A ledger without operators runs in single-user mode
// until the first one (an administrator) is created.
class Operators
{
    Q_DECLARE_TR_FUNCTIONS(Operators)

public:
    struct Operator {
        qint64 id = 0;
        QString name;
        Actor::Role role = Actor::Role::Viewer;
        bool active = true;
        QDateTime createdAt;
    };

    static bool any(Database& db);
    static QList<Operator> list(Database& db);

    // Adds an operator through `ledger` (audited). Needs ManageOperators, except for the first operator, who must be an
    // administrator. Passwords have at least 8 characters. Throws StorageError.
    static qint64 add(Ledger& ledger, const QString& name, Actor::Role role, const QString& password);
    // An administrator may set anyone's password; anyone else only their own.
    static void setPassword(Ledger& ledger, const QString& name, const QString& password);
    static void setActive(Ledger& ledger, const QString& name, bool active);

    // Checks a password and returns the operator as an Actor. After 3 failures in a row each further attempt must
    // wait twice as long as the last (2 s, 4 s, ... up to 5 minutes); failures are recorded in the audit log.
    // Throws StorageError(Permission) with the reason.
    static Actor authenticate(Database& db, const QString& name, const QString& password);

    static constexpr int minimumPasswordLength = 8;
    static int delaySeconds(int failures);
};

} // namespace jifen
