#pragma once

#include "model/RuleSet.h"

#include <QWidget>

namespace jifen::ui {

class Session;

// A rules-page tab that edits some of the rule set's branch keys (branch-spec.md) in a table: filled from the ledger,
// read back on saving, saved as one undoable change. Branch keys have no version history: a change applies to every
// date.
class BranchKeysTab : public QWidget
{
    Q_OBJECT

public:
    explicit BranchKeysTab(Session& session, QWidget* parent = nullptr);

    // Reads the tab into the rule set and saves it; false, with the reason shown, when a cell is bad or the ledger
    // refuses. True when nothing changed.
    bool save();
    // Shows the ledger's values again, dropping unsaved edits.
    void reload();

protected:
    // Fills the widgets from rules().
    virtual void fill() = 0;
    // Puts the tab's values into `set`; on a bad cell returns false with the problem in `error`.
    virtual bool read(RuleSet& set, QString& error) const = 0;
    virtual QString title() const = 0;

    Session& session() const { return m_session; }
    const RuleSet& rules() const { return m_rules; }
    // The member rules as "code, name" pairs, for the choosers of linked rules.
    QList<std::pair<QString, QString>> memberRules() const;

private:
    Session& m_session;
    RuleSet m_rules;
};

} // namespace jifen::ui
