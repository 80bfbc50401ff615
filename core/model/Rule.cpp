#include "Rule.h"

namespace jifen {

const RuleVersion& Rule::versionAt(QDate date) const
{
    Q_ASSERT(!versions.isEmpty());
    const RuleVersion* found = &versions.constFirst();
    for (const RuleVersion& version : versions) {
        if (version.effectiveFrom.isValid() && version.effectiveFrom > date)
            break;
        found = &version;
    }
    return *found;
}

} // namespace jifen
