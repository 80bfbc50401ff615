#pragma once

#include "model/Branch.h"

#include <QTreeWidget>

namespace jifen::ui {

// The organisation tree (机关党委 -> 党总支 -> 党支部) under an "All branches" item, with member counts.
class BranchTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit BranchTree(QWidget* parent = nullptr);

    // Rebuilds the tree, keeping the selected branch when it still exists.
    void setBranches(const QList<Branch>& branches, const QHash<qint64, qint64>& memberCounts = {});
    const QList<Branch>& branches() const { return m_branches; }
    qint64 selectedBranch() const; // 0: all branches
    void selectBranch(qint64 branchId);
    // The selected branch and every branch below it; empty for all branches.
    QList<qint64> selectedSubtree() const;

signals:
    void branchSelected(qint64 branchId);

private:
    QList<Branch> m_branches;
};

} // namespace jifen::ui
