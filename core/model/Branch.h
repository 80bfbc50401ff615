#pragma once

#include <QString>

namespace jifen {

// A node of the organisation tree: 机关党委 -> 党总支 -> 党支部.
struct Branch {
    enum class Kind { Committee, GeneralBranch, Branch };

    qint64 id = 0;
    QString name;
    qint64 parentId = 0; // 0 for the root
    Kind kind = Kind::Branch;
};

QString branchKindKey(Branch::Kind kind); // "committee" | "general_branch" | "branch"
Branch::Kind branchKindFromKey(const QString& key);

} // namespace jifen
