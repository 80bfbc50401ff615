#pragma once

#include "common/Session.h"
#include "model/RuleSet.h"

#include <QStringList>

#include <optional>

namespace jifen::ui {

// A new rule, or a change of a rule from a date. Undo takes the change back (a new rule disappears again, which
// entries must not yet use); a change that replaced another from the same date puts that one back.
class SaveRuleCommand : public LedgerCommand
{
public:
    SaveRuleCommand(Session& session, const QString& code, const RuleVersion& version, QDate effective, bool isNew);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_code;
    RuleVersion m_version;
    QDate m_effective;
    bool m_new;
    std::optional<RuleVersion> m_replaced;
};

// Replaces the awards, the grade bands and the base points; undo restores what was there.
class SaveAwardsCommand : public LedgerCommand
{
public:
    SaveAwardsCommand(Session& session, QList<Award> before, QList<Award> after);

protected:
    void apply() override;
    void revert() override;

private:
    QList<Award> m_before, m_after;
};

class SaveGradesCommand : public LedgerCommand
{
public:
    SaveGradesCommand(Session& session, QList<GradeBand> before, Cents basePointsBefore, QList<GradeBand> after,
                      Cents basePointsAfter);

protected:
    void apply() override;
    void revert() override;

private:
    void write(const QList<GradeBand>& grades, Cents basePoints);
    QList<GradeBand> m_before, m_after;
    Cents m_baseBefore, m_baseAfter;
};

// Makes the rule set's branch keys (meeting types, branch rules, the evaluation, tiers, branch awards) those of
// `after`; undo makes them those of `before`. A meeting type or branch rule in use is never removed: its code is in
// kept() after the change.
class SaveBranchKeysCommand : public LedgerCommand
{
public:
    SaveBranchKeysCommand(Session& session, const QString& text, RuleSet before, RuleSet after);
    QStringList kept() const { return m_kept; }

protected:
    void apply() override;
    void revert() override;

private:
    RuleSet m_before, m_after;
    QStringList m_kept;
};

// Links each pledge review result to a member rule (the rule set's pledge_rules); undo restores the links.
class SavePledgeRulesCommand : public LedgerCommand
{
public:
    SavePledgeRulesCommand(Session& session, PledgeRules before, PledgeRules after);

protected:
    void apply() override;
    void revert() override;

private:
    PledgeRules m_before, m_after;
};

} // namespace jifen::ui
