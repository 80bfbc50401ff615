#pragma once

#include "storage/PointsImport.h"

#include <QStringList>

#include <catch2/catch.hpp>

namespace jifen::test {

// The cells of a line without quoted fields, as jifen-cli's CSV reader gives them.
inline QList<QStringView> pointsCells(const QString& line)
{
    QList<QStringView> views;
    for (const QStringView cell : QStringView(line).split(u','))
        views.append(cell);
    return views;
}

// Hands a points file to `import` as jifen-cli's CSV reader does, for lines without quoted fields: the header is
// spreadsheet row 1, the lines rows 2 on. Every row must pass the checks.
inline void feedPoints(PointsImport& import, const QString& header, const QStringList& lines)
{
    REQUIRE(import.setHeader(1, pointsCells(header)));
    for (qsizetype i = 0; i < lines.size(); ++i)
        import.addRow(int(i) + 2, pointsCells(lines[i]));
    REQUIRE(import.issues().isEmpty());
}

} // namespace jifen::test
