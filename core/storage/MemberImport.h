#pragma once

#include "io/RosterImporter.h"
#include "model/Member.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace jifen {

class Ledger;

// Applies a checked roster to the ledger, matching members by ID number, in one transaction: new members are added,
// existing ones are updated where a field the file supplies differs (each change in the audit log), unchanged ones are
// left untouched and get no audit record. Members missing from the file are left alone.
class MemberImport
{
    Q_DECLARE_TR_FUNCTIONS(MemberImport)

public:
    struct Row
    {
        int row = 0; // spreadsheet row, for the report
        Member member; // normalised ID number; branchName names the branch (branchId and id are ignored)
    };

    struct Options
    {
        // The fields the file supplies, by their export key: name, gender, id_number, birth_date, ethnicity,
        // education, branch, join_date, full_member_date, category, phone, position, status, status_date, notes.
        // An existing member keeps the stored value of every other field.
        QSet<QString> fields;
        bool skipInvalid = false; // write the rows the ledger accepts even when it refuses others
        bool dryRun = false; // work everything out, then write nothing
        bool listMissing = false; // fill Result::missing
        QString source; // the file, named in the audit record
        // Called every few hundred rows with (rows done, rows in all), from the thread apply() runs on. Returning
        // false cancels: everything is rolled back and apply() throws StorageError(Cancelled).
        std::function<bool(qint64 done, qint64 total)> progress;
    };

    struct Update
    {
        int row = 0;
        QString name;
        QStringList fields; // export keys of the fields that changed
    };

    struct Refusal
    {
        int row = 0;
        QString message; // in the user's language
    };

    struct Result
    {
        QList<int> added; // spreadsheet rows
        QList<Update> updated;
        QList<int> unchanged;
        QList<Refusal> refused;
        QStringList newBranches;
        QList<Member> missing; // members on the roster (在册) the file does not name, when listMissing
        bool written = false; // the changes were committed
    };

    explicit MemberImport(Ledger& ledger);

    // Without skipInvalid, a refused row means nothing is written. Unless dryRun, an automatic backup of the ledger
    // is taken first (Backup::beforeImport). Throws StorageError (nothing written) when the ledger cannot be written
    // at all: no permission, busy, disk full; or when the progress callback cancels.
    Result apply(const QList<Row>& rows, const Options& options);

    // The records of a checked roster the file accepts, as rows to apply (refused records are left out).
    static QList<Row> rowsFrom(const RosterImporter::Result& roster);
    // Options with the fields the checked roster supplies.
    static Options optionsFrom(const RosterImporter::Result& roster);

    // From this many rows, an import into a smaller roster rebuilds the members' indexes once at the end.
    static constexpr qsizetype bulkRows = 10000;

    // The export keys of all member fields, in the roster's column order.
    static QStringList fieldKeys();

private:
    Ledger& m_ledger;
};

} // namespace jifen
