#include "BranchRulesTab.h"

#include "RuleCells.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jifen::ui {

BranchRulesTab::BranchRulesTab(Session& session, QWidget* parent)
    : BranchKeysTab(session, parent)
{
    setObjectName(QStringLiteral("branchRulesTab"));
    m_table = new QTableWidget(0, Columns);
    m_table->setObjectName(QStringLiteral("branchRulesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("Category"), tr("Points"), tr("Month cap"), tr("Year cap"), tr("Veto")});
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* explanation = new QLabel(
        tr("Bonus and deduction items of a branch, with codes of their own. Points are per unit (negative for a "
           "deduction); a cap limits a branch's sum of the item per month or year (empty: none); an entry of a veto "
           "item vetoes the branch for the year. A change applies to every date, earlier entries included; an item "
           "that branch entries use is kept."));
    explanation->setWordWrap(true);
    const auto buttons = RuleCells::buttons(
        m_table, tr("&Add branch rule"), tr("&Remove branch rule"), tr("&Save branch rules"),
        {QStringLiteral("addBranchRule"), QStringLiteral("removeBranchRule"), QStringLiteral("revertBranchRules"),
         QStringLiteral("saveBranchRules")});
    connect(buttons.add, &QPushButton::clicked, this, [this] {
        addRow({});
        m_table->setCurrentCell(m_table->rowCount() - 1, Code);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Code));
    });
    connect(buttons.revert, &QPushButton::clicked, this, &BranchRulesTab::reload);
    connect(buttons.save, &QPushButton::clicked, this, &BranchRulesTab::save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons.layout);
    reload();
}

QString BranchRulesTab::title() const
{
    return tr("Branch rules");
}

void BranchRulesTab::fill()
{
    m_table->setRowCount(0);
    for (const BranchRule& rule : rules().branchRules)
        addRow(rule);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
}

void BranchRulesTab::addRow(const BranchRule& rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Code, new QTableWidgetItem(rule.code));
    m_table->setItem(row, Name, new QTableWidgetItem(rule.name));
    m_table->setItem(row, Category, new QTableWidgetItem(rule.category));
    const QString points = rule.code.isEmpty() ? QString() : RuleCells::points(rule.points); // a new row: empty
    m_table->setItem(row, Points, RuleCells::number(points));
    m_table->setItem(row, CapMonth, RuleCells::number(RuleCells::points(rule.capMonth)));
    m_table->setItem(row, CapYear, RuleCells::number(RuleCells::points(rule.capYear)));
    m_table->setItem(row, Veto, RuleCells::check(rule.veto));
    for (const int column : {Points, CapMonth, CapYear})
        m_table->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

bool BranchRulesTab::read(RuleSet& set, QString& error) const
{
    set.branchRules.clear();
    QStringList codes;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        RuleCells cells(m_table, row, error);
        BranchRule rule;
        rule.code = cells.text(Code, true);
        rule.name = cells.text(Name, true);
        rule.category = cells.text(Category);
        std::optional<Cents> points;
        if (cells.points(Points, points, true) && points == Cents(0))
            cells.fail(Points, tr("must not be zero."));
        rule.points = points.value_or(0);
        cells.points(CapMonth, rule.capMonth, false, true);
        cells.points(CapYear, rule.capYear, false, true);
        rule.veto = cells.isChecked(Veto);
        if (codes.contains(rule.code))
            cells.fail(Code, tr("the code %1 appears twice.").arg(rule.code));
        if (!cells.ok())
            return false;
        codes << rule.code;
        set.branchRules << rule;
    }
    return true;
}

} // namespace jifen::ui
