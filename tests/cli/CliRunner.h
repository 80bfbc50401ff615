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
// The environment of a clerk who reads Chinese, for runCli's `environment`: printouts and charts in Chinese.
QMap<QString, QString> chineseLocale();
// The number of records in the ledger's audit log, read through `audit --format json`.
int auditCount(const QString& db);
// The text of a PDF as `pdftotext -layout` gives it.
QString pdfLayoutText(const QString& pdf);

} // namespace jifen::test
