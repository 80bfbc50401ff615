#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace jifen {

// A resident ID number (身份证号): 18 characters, the last an ISO 7064 MOD 11-2 check digit.
class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdNumber)

public:
    enum class Problem {
        None,
        Empty,
        ExcelScientific, // "4.10402E+17": Excel turned the column into numbers
        ExcelRounded, // 18 digits ending in 000 with a wrong check digit: Excel kept 15 significant digits
        BadLength,
        BadCharacter,
        BadBirthDate,
        BadCheckDigit,
    };

    struct Parsed {
        QString value; // normalised 18-character form (upper-case X) when problem == None
        Problem problem = Problem::None;
    };

    // Folds full-width characters and spaces, accepts lower-case x, converts 15-digit numbers to 18.
    static Parsed parse(const QString& text);
    static bool isValid(const QString& normalised) { return parse(normalised).problem == Problem::None; }

    static QChar checkDigit(QStringView first17);
    static QString convert15To18(const QString& old15);

    // Birth date and gender ("男"/"女") encoded in a valid 18-character number.
    static QDate birthDate(const QString& normalised);
    static QString gender(const QString& normalised);

    // "410402********1234": first six and last four kept.
    static QString masked(const QString& value);

    // A clerk-readable explanation of a problem, in the UI language.
    static QString describe(Problem problem);
};

// Masks a phone number as 138****5678.
QString maskPhone(const QString& phone);

} // namespace jifen
