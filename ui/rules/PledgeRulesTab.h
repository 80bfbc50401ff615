#pragma once

#include "model/PledgeRules.h"

#include <QWidget>

class QComboBox;

namespace jifen::ui {

class Session;

// The rule set's pledge_rules: for each result of a pledge's review (践诺, 部分践诺, 未践诺), the member rule whose
// entry the review writes.
class PledgeRulesTab : public QWidget
{
    Q_OBJECT

public:
    explicit PledgeRulesTab(Session& session, QWidget* parent = nullptr);

    // Saves the links as one undoable change; false, with the reason shown, when the ledger refuses.
    bool save();
    void reload();

private:
    Session& m_session;
    PledgeRules m_links;
    QList<QComboBox*> m_choosers; // in the order of the results
};

} // namespace jifen::ui
