#pragma once

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace jifen {

class Ledger;

// A demonstration organisation: a committee with general branches and branches, members with plausible Chinese names
// and valid generated ID numbers, and a year of points entries by the default rule set. Everything goes through the
// Ledger (so it is audited like any other change), in one transaction: it is there completely or not at all.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    struct Options
    {
        int members = 200;
        bool entries = true; // a year of entries up to `today`
        quint32 seed = 20260701; // the same seed gives the same organisation
        QDate today = QDate::currentDate();
    };
    struct Result
    {
        int branches = 0;
        int members = 0;
        int entries = 0;
        bool cancelled = false;
    };
    // Called now and then with (done, total) steps; return false to cancel (nothing is then written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Loads the organisation (and the default rule set when the ledger has no rules). Throws StorageError.
    static Result load(Ledger& ledger, const Options& options, const Progress& progress = {});

    // A valid 18-character ID number for a birth date and gender ("男"/"女"); `serial` (0-99) varies the sequence.
    static QString makeIdNumber(const QString& region, QDate birth, bool male, int serial);
};

} // namespace jifen
