#pragma once

#include "model/Points.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace jifen::ui {

// Dates, points and stored Chinese codes as shown on screen.
class Formats
{
    Q_DECLARE_TR_FUNCTIONS(Formats)

public:
    // Dates as everywhere else (DateText: 2026-04-01), so screen, paper and exports agree.
    static QString date(QDate date); // "" when invalid
    static QString dateTime(const QDateTime& utc); // local time, to the second
    static QString dateFormat(); // for QDateEdit::setDisplayFormat
    static QString points(Cents cents); // the shortest exact form, in the locale's digits and decimal point
    static QString count(qint64 n);

    // The stored values (正式党员, 转出, 男, ...) as labels in the UI language.
    static QString category(const QString& stored);
    static QString status(const QString& stored);
    static QString gender(const QString& stored);
    static QString branchKind(int kind); // Branch::Kind
};

} // namespace jifen::ui
