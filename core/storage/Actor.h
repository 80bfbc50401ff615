#pragma once

#include <QCoreApplication>
#include <QString>

namespace jifen {

// Who is acting on the ledger, and what their role lets them do. Roles are enforced by core, not by the UI.
struct Actor {
    Q_DECLARE_TR_FUNCTIONS(Actor)

public:
    enum class Role { Admin, Clerk, Reviewer, Viewer, SingleUser };
    enum class Permission {
        Read,
        ManageRules, // rules, awards, grade bands, rule-set import
        ManageOperators,
        ManageSettings,
        ManageMembers, // roster, branches, member imports
        EnterPoints, // entries, reversals, point imports
        Review, // approve or reject pending entries
        RevealIds, // full ID numbers in exports and on screen
    };

    QString name;
    Role role = Role::SingleUser;

    bool can(Permission permission) const;
    // Throws StorageError(Permission) naming the operator and what they may not do.
    void require(Permission permission) const;

    static QString roleKey(Role role); // "admin" | "clerk" | "reviewer" | "viewer" | "single"
    static Role roleFromKey(const QString& key, bool* ok = nullptr);
    static QString roleLabel(Role role); // translated
    static QString permissionLabel(Permission permission); // translated

    // The operator in single-user mode: the name given at first run, else the system user.
    static Actor singleUser(const QString& name);
};

} // namespace jifen
