#include "ImportIssue.h"

#include <algorithm>

namespace jifen {

QString ImportIssue::toText(const QString& fileName) const
{
    const QString kind = isError() ? tr("Error") : tr("Warning");
    QString place;
    if (row > 0 && !columnName.isEmpty())
        place = tr("row %1, column “%2”").arg(row).arg(columnName);
    else if (row > 0 && column >= 0)
        place = tr("row %1, column %2").arg(row).arg(column + 1);
    else if (row > 0)
        place = tr("row %1").arg(row);
    if (!fileName.isEmpty())
        place = place.isEmpty() ? fileName : tr("%1, %2").arg(fileName, place);
    if (place.isEmpty())
        return tr("%1: %2").arg(kind, message);
    return tr("%1: %2: %3").arg(kind, place, message);
}

bool hasErrors(const ImportIssues& issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const ImportIssue& issue) { return issue.isError(); });
}

} // namespace jifen
