#include "PledgeRules.h"

namespace jifen {

QString PledgeRules::ruleFor(PledgeResult result) const
{
    switch (result) {
    case PledgeResult::Partly:
        return partly;
    case PledgeResult::Unfulfilled:
        return unfulfilled;
    case PledgeResult::Fulfilled:
        break;
    }
    return fulfilled;
}

QJsonObject PledgeRules::toJson() const
{
    const auto value = [](const QString& code) { return code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code); };
    return QJsonObject {{QStringLiteral("fulfilled"), value(fulfilled)},
                        {QStringLiteral("partly"), value(partly)},
                        {QStringLiteral("unfulfilled"), value(unfulfilled)}};
}

PledgeRules PledgeRules::fromJson(const QJsonObject& object)
{
    return PledgeRules {object.value(QStringLiteral("fulfilled")).toString().trimmed(),
                        object.value(QStringLiteral("partly")).toString().trimmed(),
                        object.value(QStringLiteral("unfulfilled")).toString().trimmed()};
}

} // namespace jifen
