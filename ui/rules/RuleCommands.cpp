#include "RuleCommands.h"

#include "storage/BranchRuleSetStore.h"
#include "storage/Ledger.h"
#include "storage/Transaction.h"

namespace jifen::ui {

SaveRuleCommand::SaveRuleCommand(Session& session, const QString& code, const RuleVersion& version, QDate effective,
                                 bool isNew)
    : LedgerCommand(session,
                    isNew ? QCoreApplication::translate("RuleCommands", "Add rule %1").arg(code)
                          : QCoreApplication::translate("RuleCommands", "Change rule %1").arg(code),
                    Session::Rules)
    , m_code(code)
    , m_version(version)
    , m_effective(isNew ? QDate() : effective)
    , m_new(isNew)
{
}

void SaveRuleCommand::apply()
{
    Ledger& ledger = session().ledger();
    if (!m_new && !m_replaced) {
        if (const auto rule = ledger.ruleByCode(m_code))
            for (const RuleVersion& v : rule->versions)
                if (v.effectiveFrom == m_effective)
                    m_replaced = v;
    }
    ledger.saveRuleVersion(m_code, m_version, m_effective);
}

void SaveRuleCommand::revert()
{
    Ledger& ledger = session().ledger();
    if (m_replaced)
        ledger.saveRuleVersion(m_code, *m_replaced, m_effective);
    else
        ledger.removeRuleVersion(m_code, m_effective);
}

SaveAwardsCommand::SaveAwardsCommand(Session& session, QList<Award> before, QList<Award> after)
    : LedgerCommand(session, QCoreApplication::translate("RuleCommands", "Change awards"), Session::Rules)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SaveAwardsCommand::apply()
{
    session().ledger().saveAwards(m_after);
}

void SaveAwardsCommand::revert()
{
    session().ledger().saveAwards(m_before);
}

SaveGradesCommand::SaveGradesCommand(Session& session, QList<GradeBand> before, Cents basePointsBefore,
                                     QList<GradeBand> after, Cents basePointsAfter)
    : LedgerCommand(session, QCoreApplication::translate("RuleCommands", "Change grade bands"), Session::Rules)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_baseBefore(basePointsBefore)
    , m_baseAfter(basePointsAfter)
{
}

void SaveGradesCommand::apply()
{
    write(m_after, m_baseAfter);
}

void SaveGradesCommand::revert()
{
    write(m_before, m_baseBefore);
}

void SaveGradesCommand::write(const QList<GradeBand>& grades, Cents basePoints)
{
    Ledger& ledger = session().ledger();
    Transaction transaction(ledger.database());
    ledger.saveGrades(grades);
    ledger.saveBasePoints(basePoints);
    transaction.commit();
}

SaveBranchKeysCommand::SaveBranchKeysCommand(Session& session, const QString& text, RuleSet before, RuleSet after)
    : LedgerCommand(session, text, Session::Rules)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SaveBranchKeysCommand::apply()
{
    m_kept.clear();
    BranchRuleSetStore::save(session().ledger(), m_after, &m_kept);
}

void SaveBranchKeysCommand::revert()
{
    BranchRuleSetStore::save(session().ledger(), m_before);
}

SavePledgeRulesCommand::SavePledgeRulesCommand(Session& session, PledgeRules before, PledgeRules after)
    : LedgerCommand(session, QCoreApplication::translate("RuleCommands", "Change pledge rules"), Session::Rules)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SavePledgeRulesCommand::apply()
{
    session().ledger().savePledgeRules(m_after);
}

void SavePledgeRulesCommand::revert()
{
    session().ledger().savePledgeRules(m_before);
}

} // namespace jifen::ui
