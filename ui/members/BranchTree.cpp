#include "BranchTree.h"

#include "common/Formats.h"
#include "model/Pinyin.h"
#include "storage/MemberQuery.h"

#include <QHeaderView>

#include <algorithm>

namespace jifen::ui {

BranchTree::BranchTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Branch"), tr("Members")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (current)
            emit branchSelected(current->data(0, Qt::UserRole).toLongLong());
    });
}

void BranchTree::setBranches(const QList<Branch>& branches, const QHash<qint64, qint64>& memberCounts)
{
    const qint64 selected = selectedBranch();
    const QSignalBlocker blocker(this);
    m_branches = branches;
    // Siblings in Chinese collation: 第一党支部, 第二党支部, ... read in pinyin order like every other list.
    std::sort(m_branches.begin(), m_branches.end(),
              [](const Branch& a, const Branch& b) { return Pinyin::sortKey(a.name) < Pinyin::sortKey(b.name); });
    clear();
    qint64 total = 0;
    for (const qint64 n : memberCounts)
        total += n;
    auto* all
        = new QTreeWidgetItem(this, {tr("All branches"), memberCounts.isEmpty() ? QString() : Formats::count(total)});
    all->setData(0, Qt::UserRole, qint64(0));
    QHash<qint64, QTreeWidgetItem*> items;
    QHash<qint64, qint64> subtreeCounts;
    for (const Branch& b : std::as_const(m_branches))
        for (const qint64 id : MemberQuery::subtree(m_branches, b.id))
            subtreeCounts[b.id] += memberCounts.value(id);
    // Parents before children: repeat until every branch has found its place (a tree is shallow).
    QList<Branch> pending = m_branches;
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (auto it = pending.begin(); it != pending.end();) {
            QTreeWidgetItem* parentItem = it->parentId == 0 ? all : items.value(it->parentId);
            if (!parentItem && it->parentId != 0
                && std::none_of(m_branches.begin(), m_branches.end(),
                                [&](const Branch& b) { return b.id == it->parentId; }))
                parentItem = all; // a parent that does not exist: show the branch at the top
            if (!parentItem) {
                ++it;
                continue;
            }
            auto* item = new QTreeWidgetItem(
                parentItem,
                {it->name, memberCounts.isEmpty() ? QString() : Formats::count(subtreeCounts.value(it->id))});
            item->setData(0, Qt::UserRole, it->id);
            item->setToolTip(0, Formats::branchKind(static_cast<int>(it->kind)));
            items.insert(it->id, item);
            it = pending.erase(it);
        }
        if (pending.size() == before)
            break; // a cycle: leave the rest out rather than loop
    }
    expandAll();
    QTreeWidgetItem* current = items.value(selected, all);
    setCurrentItem(current);
}

qint64 BranchTree::selectedBranch() const
{
    const QTreeWidgetItem* item = currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void BranchTree::selectBranch(qint64 branchId)
{
    QTreeWidgetItemIterator it(this);
    for (; *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toLongLong() == branchId) {
            setCurrentItem(*it);
            return;
        }
    }
}

QList<qint64> BranchTree::selectedSubtree() const
{
    const qint64 id = selectedBranch();
    return id == 0 ? QList<qint64>() : MemberQuery::subtree(m_branches, id);
}

} // namespace jifen::ui
