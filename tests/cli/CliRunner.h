#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace jifen::test {

struct CliResult {
    int exitCode = -1;
    QString out;
    QByteArray rawOut; // as written, byte order mark included
    QString err;
};

// Runs the real jifen-cli as a separate process on `db`, in the English UI.
CliResult runCli(const QString& db, const QStringList& arguments, const QByteArray& input = {},
                 const QMap<QString, QString>& environment = {});

} // namespace jifen::test
