#pragma once

#include "report/ReportTable.h"

#include <QByteArray>
#include <QList>

namespace jifen {

// Writes report tables as an Excel-ready CSV: UTF-8 with a byte order mark, CRLF line ends, quoted where needed.
class ReportCsv
{
public:
    // One table: its header row, then its rows. Several: each preceded by its caption and followed by an empty line.
    static QByteArray write(const QList<ReportTable>& tables);
    static QString field(const QString& text);
};

} // namespace jifen
