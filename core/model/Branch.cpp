#include "Branch.h"

namespace jifen {

QString branchKindKey(Branch::Kind kind)
{
    switch (kind) {
    case Branch::Kind::Committee:
        return QStringLiteral("committee");
    case Branch::Kind::GeneralBranch:
        return QStringLiteral("general_branch");
    case Branch::Kind::Branch:
        break;
    }
    return QStringLiteral("branch");
}

Branch::Kind branchKindFromKey(const QString& key)
{
    if (key == u"committee")
        return Branch::Kind::Committee;
    if (key == u"general_branch")
        return Branch::Kind::GeneralBranch;
    return Branch::Kind::Branch;
}

} // namespace jifen
