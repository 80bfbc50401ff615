#pragma once

#include "model/RuleSet.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace jifen {

// Reads and writes the `jifen-rules/1` rule-set file (JSON, UTF-8) of the scoring spec.
class RuleSetFile
{
    Q_DECLARE_TR_FUNCTIONS(RuleSetFile)

public:
    struct Result {
        RuleSet ruleSet;
        QStringList errors; // each names the place in the file ("rules[2].cap_month") and the problem
        bool ok() const { return errors.isEmpty(); }
    };

    static Result read(QIODevice* device);
    static Result read(const QString& fileName);
    static Result parse(const QByteArray& json);

    // The rule set shipped with Jifen (resources/rules/default-rules.json), for a new ledger.
    static RuleSet defaultRuleSet();

    // The file text: one rule, award and grade band per line, keys in the spec's order. Uses each rule's current values.
    static QByteArray write(const RuleSet& ruleSet);
};

} // namespace jifen
