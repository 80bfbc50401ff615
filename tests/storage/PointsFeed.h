#pragma once

#include "storage/PointsImport.h"

#include <QStringList>

#include <catch2/catch.hpp>

namespace jifen::test {

// Hands a points file to `import` as jifen-cli's CSV reader does, for lines without quoted fields: the header is
// spreadsheet row 1, the lines rows 2 on. Every row must pass the checks.
inline void feedPoints(PointsImport& import, const QString& header, const QStringList& lines)
{
    const auto cells = [](const QString& line) {
        QList<QStringView> views;
        for (const QStringView cell : QStringView(line).split(u','))
            views.append(cell);
        return views;
    };
    REQUIRE(import.setHeader(1, cells(header)));
    for (qsizetype i = 0; i < lines.size(); ++i)
        import.addRow(int(i) + 2, cells(lines[i]));
    REQUIRE(import.issues().isEmpty());
}

} // namespace jifen::test
