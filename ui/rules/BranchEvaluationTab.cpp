#include "BranchEvaluationTab.h"

#include "RuleCells.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace jifen::ui {

namespace {

enum TierColumn { TName, TMinScore, TMaxShare, TColumns };
enum AwardColumn {
    ACode, AName, AMinScore, AMinTier, ANoVeto, AMeetingRate, AAttendance, ATopPercent, AQuota, AColumns
};

QDoubleSpinBox* pointsSpin(const char* name)
{
    auto* spin = new QDoubleSpinBox;
    spin->setObjectName(QLatin1String(name));
    spin->setDecimals(2);
    spin->setRange(0, 1000000);
    return spin;
}

Cents cents(const QDoubleSpinBox* spin)
{
    return points::fromDouble(spin->value()).value_or(0);
}

QTableWidget* table(const char* name, const QStringList& headers, int stretch)
{
    auto* t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

} // namespace

BranchEvaluationTab::BranchEvaluationTab(Session& session, QWidget* parent)
    : BranchKeysTab(session, parent)
{
    setObjectName(QStringLiteral("branchEvaluationTab"));
    auto* top = new QHBoxLayout;
    top->addWidget(createScoreBox());
    top->addWidget(createTiersBox(), 1);
    auto* revert = new QPushButton(tr("Re&vert"));
    revert->setObjectName(QStringLiteral("revertBranchEvaluation"));
    auto* saveButton = new QPushButton(tr("&Save branch evaluation"));
    saveButton->setObjectName(QStringLiteral("saveBranchEvaluation"));
    connect(revert, &QPushButton::clicked, this, &BranchEvaluationTab::reload);
    connect(saveButton, &QPushButton::clicked, this, &BranchEvaluationTab::save);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(revert);
    buttons->addWidget(saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 3);
    layout->addWidget(createAwardsBox(), 2);
    layout->addLayout(buttons);
    reload();
}

QWidget* BranchEvaluationTab::createScoreBox()
{
    m_score = new QGroupBox(tr("&Evaluate branches: a score's most points"));
    m_score->setObjectName(QStringLiteral("evaluateBranches"));
    m_score->setCheckable(true);
    m_memberPointsMax = pointsSpin("memberPointsMax");
    m_fullAt = pointsSpin("fullAt");
    m_fullAt->setToolTip(tr("The members' average year total that earns the whole member points maximum"));
    m_participationMax = pointsSpin("participationMax");
    m_meetingsMax = pointsSpin("meetingsMax");
    m_attendanceMax = pointsSpin("attendanceMax");
    m_memberVeto = new QCheckBox(tr("A vetoed &member vetoes the branch"));
    m_memberVeto->setObjectName(QStringLiteral("memberVeto"));
    auto* form = new QFormLayout(m_score);
    form->addRow(tr("&Member points:"), m_memberPointsMax);
    form->addRow(tr("  full at an average of:"), m_fullAt);
    form->addRow(tr("&Participation:"), m_participationMax);
    form->addRow(tr("Meetin&gs held:"), m_meetingsMax);
    form->addRow(tr("Atte&ndance:"), m_attendanceMax);
    form->addRow(m_memberVeto);
    return m_score;
}

QWidget* BranchEvaluationTab::createTiersBox()
{
    auto* box = new QGroupBox(tr("Tiers, from the highest"));
    m_tiers = table("branchTiersTable", {tr("Tier"), tr("Score at least"), tr("At most % of branches")}, TName);
    m_tiers->setToolTip(tr("Leave the lowest tier's minimum empty; an empty share is no limit."));
    const auto buttons = RuleCells::buttons(m_tiers, tr("Add &tier"), tr("Remove t&ier"), QString(),
                                            {QStringLiteral("addBranchTier"), QStringLiteral("removeBranchTier")});
    buttons.revert->hide(); // the tab's own revert and save cover the whole tab
    buttons.save->hide();
    connect(buttons.add, &QPushButton::clicked, this, [this] { addTierRow({}); });
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_tiers, 1);
    layout->addLayout(buttons.layout);
    return box;
}

QWidget* BranchEvaluationTab::createAwardsBox()
{
    auto* box = new QGroupBox(tr("Branch awards (all conditions must hold; an empty cell is no condition)"));
    m_awards = table("branchAwardsTable",
                     {tr("Code"), tr("Name"), tr("Score at least"), tr("Tier at least"), tr("No veto"),
                      tr("Meeting rate at least %"), tr("Attendance at least %"), tr("Top %"), tr("Quota")},
                     AName);
    const auto buttons = RuleCells::buttons(m_awards, tr("Add a&ward"), tr("Remove awa&rd"), QString(),
                                            {QStringLiteral("addBranchAward"), QStringLiteral("removeBranchAward")});
    buttons.revert->hide();
    buttons.save->hide();
    connect(buttons.add, &QPushButton::clicked, this, [this] {
        BranchAward award;
        award.noVeto = true;
        addAwardRow(award);
    });
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_awards, 1);
    layout->addLayout(buttons.layout);
    return box;
}

QString BranchEvaluationTab::title() const
{
    return tr("Branch evaluation");
}

void BranchEvaluationTab::fill()
{
    const BranchEvaluationSettings e = rules().branchEvaluation.value_or(BranchEvaluationSettings{});
    m_score->setChecked(rules().branchEvaluation.has_value());
    m_memberPointsMax->setValue(points::toDouble(e.memberPointsMax));
    m_fullAt->setValue(points::toDouble(e.fullAt));
    m_participationMax->setValue(points::toDouble(e.participationMax));
    m_meetingsMax->setValue(points::toDouble(e.meetingsMax));
    m_attendanceMax->setValue(points::toDouble(e.attendanceMax));
    m_memberVeto->setChecked(e.memberVeto);
    m_tiers->setRowCount(0);
    for (const BranchTier& tier : rules().branchTiers)
        addTierRow(tier);
    m_tiers->resizeColumnsToContents();
    m_tiers->horizontalHeader()->setSectionResizeMode(TName, QHeaderView::Stretch);
    m_awards->setRowCount(0);
    for (const BranchAward& award : rules().branchAwards)
        addAwardRow(award);
    m_awards->resizeColumnsToContents();
    m_awards->horizontalHeader()->setSectionResizeMode(AName, QHeaderView::Stretch);
}

void BranchEvaluationTab::addTierRow(const BranchTier& tier)
{
    const int row = m_tiers->rowCount();
    m_tiers->insertRow(row);
    m_tiers->setItem(row, TName, new QTableWidgetItem(tier.name));
    m_tiers->setItem(row, TMinScore, RuleCells::number(RuleCells::points(tier.minScore)));
    m_tiers->setItem(row, TMaxShare, RuleCells::number(RuleCells::points(tier.maxShare)));
}

void BranchEvaluationTab::addAwardRow(const BranchAward& a)
{
    const int row = m_awards->rowCount();
    m_awards->insertRow(row);
    m_awards->setItem(row, ACode, new QTableWidgetItem(a.code));
    m_awards->setItem(row, AName, new QTableWidgetItem(a.name));
    m_awards->setItem(row, AMinScore, RuleCells::number(RuleCells::points(a.minScore)));
    m_awards->setItem(row, AMinTier, new QTableWidgetItem(a.minTier));
    m_awards->setItem(row, ANoVeto, RuleCells::check(a.noVeto));
    m_awards->setItem(row, AMeetingRate, RuleCells::number(RuleCells::points(a.minMeetingRate)));
    m_awards->setItem(row, AAttendance, RuleCells::number(RuleCells::points(a.minAttendance)));
    m_awards->setItem(row, ATopPercent, RuleCells::number(RuleCells::points(a.topPercent)));
    m_awards->setItem(row, AQuota, RuleCells::number(a.quota ? QString::number(*a.quota) : QString()));
}

bool BranchEvaluationTab::read(RuleSet& set, QString& error) const
{
    set.branchEvaluation.reset();
    if (m_score->isChecked())
        set.branchEvaluation = BranchEvaluationSettings{cents(m_memberPointsMax), cents(m_fullAt),
                                                        cents(m_participationMax), cents(m_meetingsMax),
                                                        cents(m_attendanceMax), m_memberVeto->isChecked()};
    if (set.branchEvaluation && set.branchEvaluation->memberPointsMax > 0 && set.branchEvaluation->fullAt <= 0) {
        error = tr("Member points are full at an average of more than 0.");
        return false;
    }
    return readTiers(set, error) && readAwards(set, error);
}

bool BranchEvaluationTab::readTiers(RuleSet& set, QString& error) const
{
    set.branchTiers.clear();
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        RuleCells cells(m_tiers, row, error);
        BranchTier tier;
        tier.name = cells.text(TName, true);
        cells.points(TMinScore, tier.minScore);
        cells.points(TMaxShare, tier.maxShare, false, true, true);
        const bool named = std::any_of(set.branchTiers.cbegin(), set.branchTiers.cend(),
                                       [&tier](const BranchTier& t) { return t.name == tier.name; });
        if (named)
            cells.fail(TName, tr("the tier %1 appears twice.").arg(tier.name));
        const BranchTier* above = set.branchTiers.isEmpty() ? nullptr : &set.branchTiers.constLast();
        if (above && tier.minScore && (!above->minScore || *tier.minScore > *above->minScore))
            cells.fail(TMinScore, tr("tiers go from the highest minimum score to the lowest."));
        if (!cells.ok())
            return false;
        set.branchTiers << tier;
    }
    return true;
}

bool BranchEvaluationTab::readAwards(RuleSet& set, QString& error) const
{
    set.branchAwards.clear();
    for (int row = 0; row < m_awards->rowCount(); ++row) {
        RuleCells cells(m_awards, row, error);
        BranchAward a;
        a.code = cells.text(ACode, true);
        a.name = cells.text(AName, true);
        cells.points(AMinScore, a.minScore);
        a.minTier = cells.text(AMinTier);
        a.noVeto = cells.isChecked(ANoVeto);
        cells.points(AMeetingRate, a.minMeetingRate, false, false, true);
        cells.points(AAttendance, a.minAttendance, false, false, true);
        cells.points(ATopPercent, a.topPercent, false, true, true);
        cells.count(AQuota, a.quota, 1, 1000000);
        const bool tierKnown = std::any_of(set.branchTiers.cbegin(), set.branchTiers.cend(),
                                           [&a](const BranchTier& t) { return t.name == a.minTier; });
        if (!a.minTier.isEmpty() && !tierKnown)
            cells.fail(AMinTier, tr("no tier is named %1.").arg(a.minTier));
        const bool twice = std::any_of(set.branchAwards.cbegin(), set.branchAwards.cend(),
                                       [&a](const BranchAward& other) { return other.code == a.code; });
        if (twice)
            cells.fail(ACode, tr("the code %1 appears twice.").arg(a.code));
        if (!cells.ok())
            return false;
        set.branchAwards << a;
    }
    return true;
}

} // namespace jifen::ui
