#pragma once

#include "model/Points.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace jifen::cli {

// The three output formats of the scoring commands (ranking, eligibility, branches, entries). A table is built once
// as cells and written as aligned text, as CSV (UTF-8 with BOM, for Excel) or handed to a command's own JSON.
class ScoreOutput
{
public:
    enum class Format { Text, Csv, Json };

    // "text", "csv" or "json"; false for anything else.
    static bool parseFormat(const QString& text, Format* format);

    // Columns padded to the widest cell, counting a CJK character as two columns.
    static QByteArray text(const QStringList& header, const QList<QStringList>& rows);
    // UTF-8 with BOM and CRLF line ends; fields quoted where needed.
    static QByteArray csv(const QStringList& header, const QList<QStringList>& rows);

    // JSON pieces written by hand: the scoring commands print up to 100,000 rows and QJsonDocument would dominate.
    static void appendJsonString(QByteArray& out, const QString& text);
    // An exact decimal number ("12.5", "-3", "0.25").
    static QByteArray jsonPoints(Cents cents);
};

} // namespace jifen::cli
