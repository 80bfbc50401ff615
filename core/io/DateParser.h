#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

namespace jifen {

// Reads the dates clerks type or Excel writes: 2019/7/1, 2019-07-01, 2019.7.1, 20190701, 2019年7月1日, 2019年7月,
// 2019-07, 201907 (a month: its first day), Excel serial numbers (1900 date system), full-width digits, and a time
// of day after the date (ignored). Anything ambiguous is refused rather than guessed.
class DateParser
{
    Q_DECLARE_TR_FUNCTIONS(DateParser)

public:
    enum class Problem {
        None,
        Empty,
        Unrecognised, // not a date in any accepted form
        NoSuchDay, // 2019年2月30日, or Excel's fictitious 1900-02-29 (serial 60)
        YearOnly, // "2019": a month at least is needed
        TwoDigitYear, // "89.07": the century is a guess
        DayMonthOrder, // "7/1/2019": day and month could be either way round
        OutOfRange, // before 1900
    };

    enum class Precision { Day, Month };

    struct Parsed
    {
        QDate date; // valid when problem == None; the first of the month for Precision::Month
        Precision precision = Precision::Day;
        Problem problem = Problem::None;
        bool ok() const { return problem == Problem::None; }
    };

    static Parsed parse(QStringView text);

    // The date of an Excel serial number in the 1900 date system (1 = 1900-01-01, including Excel's fictitious
    // 1900-02-29 at 60, for which an invalid date is returned).
    static QDate fromExcelSerial(int serial);

    // A clerk-readable explanation, naming the accepted forms.
    static QString describe(Problem problem);
};

} // namespace jifen
