#pragma once

#include "BranchKeysTab.h"

class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QTableWidget;

namespace jifen::ui {

// The yearly branch evaluation (支部评星定级) of the rule set: the most points each component of a branch's score may
// give, the tiers with their minimum scores and share limits, and the branch awards (红旗党支部) with their conditions.
class BranchEvaluationTab : public BranchKeysTab
{
    Q_OBJECT

public:
    explicit BranchEvaluationTab(Session& session, QWidget* parent = nullptr);

protected:
    void fill() override;
    bool read(RuleSet& set, QString& error) const override;
    QString title() const override;

private:
    QWidget* createScoreBox();
    QWidget* createTiersBox();
    QWidget* createAwardsBox();
    void addTierRow(const BranchTier& tier);
    void addAwardRow(const BranchAward& award);
    bool readTiers(RuleSet& set, QString& error) const;
    bool readAwards(RuleSet& set, QString& error) const;

    QGroupBox* m_score = nullptr; // checkable: unchecked, no branch is evaluated
    QDoubleSpinBox* m_memberPointsMax = nullptr;
    QDoubleSpinBox* m_fullAt = nullptr;
    QDoubleSpinBox* m_participationMax = nullptr;
    QDoubleSpinBox* m_meetingsMax = nullptr;
    QDoubleSpinBox* m_attendanceMax = nullptr;
    QCheckBox* m_memberVeto = nullptr;
    QTableWidget* m_tiers = nullptr;
    QTableWidget* m_awards = nullptr;
};

} // namespace jifen::ui
