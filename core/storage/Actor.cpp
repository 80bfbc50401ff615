#include "Actor.h"

#include "StorageError.h"

namespace jifen {

bool Actor::can(Permission permission) const
{
    using P = Permission;
    switch (role) {
    case Role::SingleUser:
        return true;
    case Role::Admin:
        return permission == P::Read || permission == P::ManageRules || permission == P::ManageOperators
            || permission == P::ManageSettings || permission == P::RevealIds;
    case Role::Clerk:
        return permission == P::Read || permission == P::ManageMembers || permission == P::EnterPoints
            || permission == P::RevealIds;
    case Role::Reviewer:
        return permission == P::Read || permission == P::Review;
    case Role::Viewer:
        return permission == P::Read;
    }
    return false;
}

void Actor::require(Permission permission) const
{
    if (!can(permission))
        throw StorageError(StorageError::Kind::Permission,
                           tr("%1 (%2) may not %3.").arg(name, roleLabel(role), permissionLabel(permission)));
}

QString Actor::roleKey(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::SingleUser:
        break;
    }
    return QStringLiteral("single");
}

Actor::Role Actor::roleFromKey(const QString& key, bool* ok)
{
    if (ok)
        *ok = true;
    for (Role role : {Role::Admin, Role::Clerk, Role::Reviewer, Role::Viewer, Role::SingleUser})
        if (roleKey(role) == key)
            return role;
    if (ok)
        *ok = false;
    return Role::Viewer;
}

QString Actor::roleLabel(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("administrator");
    case Role::Clerk:
        return tr("clerk");
    case Role::Reviewer:
        return tr("reviewer");
    case Role::Viewer:
        return tr("viewer");
    case Role::SingleUser:
        break;
    }
    return tr("single user");
}

QString Actor::permissionLabel(Permission permission)
{
    switch (permission) {
    case Permission::Read:
        return tr("read the ledger");
    case Permission::ManageRules:
        return tr("change rules, awards or grade bands");
    case Permission::ManageOperators:
        return tr("manage operators");
    case Permission::ManageSettings:
        return tr("change settings");
    case Permission::ManageMembers:
        return tr("change the roster");
    case Permission::EnterPoints:
        return tr("enter or reverse points");
    case Permission::Review:
        return tr("review entries");
    case Permission::RevealIds:
        return tr("reveal full ID numbers");
    }
    return {};
}

Actor Actor::singleUser(const QString& name)
{
    QString who = name;
    if (who.isEmpty())
        who = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (who.isEmpty())
        who = QStringLiteral("operator");
    return Actor{who, Role::SingleUser};
}

} // namespace jifen
