#include "PledgeRulesTab.h"

#include "RuleCells.h"
#include "RuleCommands.h"
#include "common/Session.h"
#include "storage/Ledger.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jifen::ui {

namespace {

const QList<PledgeResult> results{PledgeResult::Fulfilled, PledgeResult::Partly, PledgeResult::Unfulfilled};

} // namespace

PledgeRulesTab::PledgeRulesTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("pledgeRulesTab"));
    auto* explanation = new QLabel(
        tr("A pledge's year-end review writes, in the same step, an entry of the rule linked to its result (none "
           "where no rule is linked); a correcting review reverses it and writes the new result's."));
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    for (const PledgeResult result : results) {
        auto* chooser = new QComboBox;
        chooser->setObjectName(QStringLiteral("pledgeRule_%1").arg(pledgeResultKey(result)));
        chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        form->addRow(tr("%1:").arg(pledgeResultWord(result)), chooser);
        m_choosers << chooser;
    }
    auto* revert = new QPushButton(tr("Re&vert"));
    revert->setObjectName(QStringLiteral("revertPledgeRules"));
    auto* saveButton = new QPushButton(tr("&Save pledge rules"));
    saveButton->setObjectName(QStringLiteral("savePledgeRules"));
    connect(revert, &QPushButton::clicked, this, &PledgeRulesTab::reload);
    connect(saveButton, &QPushButton::clicked, this, &PledgeRulesTab::save);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(revert);
    buttons->addWidget(saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addStretch();
    layout->addLayout(buttons);
    connect(&session, &Session::rulesChanged, this, &PledgeRulesTab::reload);
    reload();
}

void PledgeRulesTab::reload()
{
    const RuleSet set = m_session.ledger().ruleSet();
    m_links = set.pledgeRules;
    QList<std::pair<QString, QString>> rules;
    for (const Rule& rule : set.rules)
        rules.append({rule.code, rule.current().name});
    for (qsizetype i = 0; i < results.size(); ++i)
        RuleCells::ruleChooser(rules, m_links.ruleFor(results[i]), m_choosers[i]);
}

bool PledgeRulesTab::save()
{
    const PledgeRules links{m_choosers[0]->currentData().toString(), m_choosers[1]->currentData().toString(),
                            m_choosers[2]->currentData().toString()};
    if (links == m_links)
        return true;
    return m_session.push(this, new SavePledgeRulesCommand(m_session, m_links, links));
}

} // namespace jifen::ui
