#include "Pledge.h"

namespace jifen {

QString pledgeResultKey(PledgeResult result)
{
    switch (result) {
    case PledgeResult::Partly:
        return QStringLiteral("partly");
    case PledgeResult::Unfulfilled:
        return QStringLiteral("unfulfilled");
    case PledgeResult::Fulfilled:
        break;
    }
    return QStringLiteral("fulfilled");
}

std::optional<PledgeResult> pledgeResultFromKey(const QString& key)
{
    for (const PledgeResult r : {PledgeResult::Fulfilled, PledgeResult::Partly, PledgeResult::Unfulfilled})
        if (pledgeResultKey(r) == key)
            return r;
    return std::nullopt;
}

QString pledgeResultWord(PledgeResult result)
{
    switch (result) {
    case PledgeResult::Partly:
        return QStringLiteral("部分践诺");
    case PledgeResult::Unfulfilled:
        return QStringLiteral("未践诺");
    case PledgeResult::Fulfilled:
        break;
    }
    return QStringLiteral("践诺");
}

std::optional<PledgeResult> pledgeResultFromWord(const QString& word)
{
    for (const PledgeResult r : {PledgeResult::Fulfilled, PledgeResult::Partly, PledgeResult::Unfulfilled})
        if (pledgeResultWord(r) == word.trimmed())
            return r;
    return std::nullopt;
}

} // namespace jifen
