#pragma once

#include "model/Member.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace jifen {

// Writes the roster as JSON or as an Excel-ready CSV. ID and phone numbers are masked unless `reveal`.
class MemberExport
{
public:
    // The CSV header, in the order the roster importer reads back.
    static QStringList csvHeaders();
    // An array of objects with the keys name, gender, id_number, birth_date, ethnicity, education, branch, join_date,
    // full_member_date, category, phone, position, status, notes (dates ISO 8601, null when unknown).
    static QByteArray toJson(const QList<Member>& members, bool reveal);
    // UTF-8 with BOM, CRLF; a revealed ID number is written as ="..." so Excel keeps it as text.
    static QByteArray toCsv(const QList<Member>& members, bool reveal);
};

} // namespace jifen
