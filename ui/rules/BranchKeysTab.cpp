#include "BranchKeysTab.h"

#include "RuleCommands.h"
#include "common/MessageBox.h"
#include "common/Session.h"
#include "io/BranchRuleSetFile.h"
#include "storage/Ledger.h"

namespace jifen::ui {

BranchKeysTab::BranchKeysTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    connect(&session, &Session::rulesChanged, this, &BranchKeysTab::reload);
}

void BranchKeysTab::reload()
{
    m_rules = m_session.ledger().ruleSet();
    fill();
}

QList<std::pair<QString, QString>> BranchKeysTab::memberRules() const
{
    QList<std::pair<QString, QString>> rules;
    for (const Rule& rule : m_rules.rules)
        rules.append({rule.code, rule.current().name});
    return rules;
}

bool BranchKeysTab::save()
{
    RuleSet after = m_rules;
    QString error;
    if (!read(after, error)) {
        MessageBox::warning(this, title(), error);
        return false;
    }
    const QStringList problems = BranchRuleSetFile::check(after);
    if (!problems.isEmpty()) {
        MessageBox::warning(this, title(), problems.join(u'\n'));
        return false;
    }
    if (BranchRuleSetFile::write(after) == BranchRuleSetFile::write(m_rules))
        return true;
    auto* command = new SaveBranchKeysCommand(m_session, tr("Change %1").arg(title()), m_rules, after);
    if (!m_session.push(this, command))
        return false;
    if (!command->kept().isEmpty())
        MessageBox::information(this, title(),
                                tr("Kept because meetings or branch entries use them: %1")
                                    .arg(command->kept().join(QStringLiteral(" "))));
    return true;
}

} // namespace jifen::ui
