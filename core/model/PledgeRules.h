#pragma once

#include "Pledge.h"

#include <QJsonObject>
#include <QString>

namespace jifen {

// The rule set's pledge_rules: the member rule whose entry a pledge review writes, per result (empty: no entry).
struct PledgeRules {
    QString fulfilled;
    QString partly;
    QString unfulfilled;

    QString ruleFor(PledgeResult result) const;
    bool isEmpty() const { return fulfilled.isEmpty() && partly.isEmpty() && unfulfilled.isEmpty(); }
    bool operator==(const PledgeRules&) const = default;

    // {"fulfilled": "B03", "partly": null, "unfulfilled": null}, as jifen-rules/1 and the ledger's setting hold it.
    QJsonObject toJson() const;
    static PledgeRules fromJson(const QJsonObject& object);
};

} // namespace jifen
