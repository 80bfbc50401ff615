#include "IdNumber.h"

#include <algorithm>

namespace jifen {

namespace {

QString fold(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out += QChar(u - 0xFEE0); // full-width ASCII block
        else if (c.isSpace() || u == 0x200B || u == 0x200C || u == 0x200D || u == 0xFEFF || u == 0x3000)
            continue;
        else
            out += c;
    }
    return out;
}

// "4.10402E+17": digits, an optional decimal part, E, an optional plus sign, digits (upper-case already).
bool isScientific(QStringView value)
{
    qsizetype i = 0;
    const qsizetype n = value.size();
    auto digits = [&]() {
        const qsizetype start = i;
        while (i < n && value[i].unicode() >= u'0' && value[i].unicode() <= u'9')
            ++i;
        return i > start;
    };
    if (!digits())
        return false;
    if (i < n && value[i] == u'.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i == n || value[i] != u'E')
        return false;
    ++i;
    if (i < n && value[i] == u'+')
        ++i;
    return digits() && i == n;
}

// The date of eight ASCII digits yyyyMMdd at `from`; invalid when they are no digits or no date. Reading them by
// hand instead of QDate::fromString() makes parse() ten times faster, which a 100,000-row import feels.
QDate dateAt(QStringView value, qsizetype from)
{
    if (value.size() < from + 8)
        return {};
    int parts[3] = {0, 0, 0};
    const int widths[3] = {4, 2, 2};
    qsizetype i = from;
    for (int p = 0; p < 3; ++p) {
        for (int k = 0; k < widths[p]; ++k, ++i) {
            const char16_t c = value[i].unicode();
            if (c < u'0' || c > u'9')
                return {};
            parts[p] = parts[p] * 10 + (c - u'0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

} // namespace

QChar IdNumber::checkDigit(QStringView first17)
{
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char codes[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * weights[i];
    return QLatin1Char(codes[sum % 11]);
}

QString IdNumber::convert15To18(const QString& old15)
{
    const QString first17 = old15.left(6) + QStringLiteral("19") + old15.mid(6);
    return first17 + checkDigit(first17);
}

IdNumber::Parsed IdNumber::parse(const QString& text)
{
    QString value = fold(text).toUpper();
    if (value.isEmpty())
        return {{}, Problem::Empty};
    if (isScientific(value))
        return {{}, Problem::ExcelScientific};
    if (value.endsWith(QStringLiteral(".0")))
        value.chop(2);
    if (value.size() == 15) {
        for (const QChar c : value)
            if (!c.isDigit() || c.unicode() > 127)
                return {{}, Problem::BadCharacter};
        value = convert15To18(value);
    }
    if (value.size() != 18)
        return {{}, Problem::BadLength};
    for (int i = 0; i < 17; ++i)
        if (value[i].unicode() < u'0' || value[i].unicode() > u'9')
            return {{}, Problem::BadCharacter};
    if (!(value[17].isDigit() && value[17].unicode() < 128) && value[17] != u'X')
        return {{}, Problem::BadCharacter};
    const QDate birth = dateAt(value, 6);
    if (!birth.isValid() || birth.year() < 1900)
        return {{}, Problem::BadBirthDate};
    if (checkDigit(QStringView(value).left(17)) != value[17]) {
        if (value.endsWith(QStringLiteral("000")))
            return {{}, Problem::ExcelRounded};
        return {{}, Problem::BadCheckDigit};
    }
    return {value, Problem::None};
}

QDate IdNumber::birthDate(const QString& normalised)
{
    return dateAt(normalised, 6);
}

QString IdNumber::gender(const QString& normalised)
{
    if (normalised.size() != 18)
        return {};
    return (normalised[16].unicode() - u'0') % 2 == 1 ? QStringLiteral("男") : QStringLiteral("女");
}

QString IdNumber::masked(const QString& value)
{
    if (value.size() <= 10)
        return QString(value.size(), u'*');
    QString result = value; // one copy: rankings mask a hundred thousand numbers
    std::fill(result.begin() + 6, result.end() - 4, u'*');
    return result;
}

QString IdNumber::describe(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("The ID number is empty.");
    case Problem::ExcelScientific:
        return tr("Excel turned this ID number into a number in scientific notation, so its digits are lost. "
                  "Format the column as Text in Excel, re-enter the numbers and export again.");
    case Problem::ExcelRounded:
        return tr("The last digits of this ID number were rounded to 000 by Excel. "
                  "Format the column as Text in Excel, re-enter the numbers and export again.");
    case Problem::BadLength:
        return tr("An ID number has 18 characters (or 15 for old numbers).");
    case Problem::BadCharacter:
        return tr("An ID number has 17 digits followed by a digit or X.");
    case Problem::BadBirthDate:
        return tr(
            "The birth date inside this ID number (its 7th to 14th digits) is not a real date, or is before 1900.");
    case Problem::BadCheckDigit:
        return tr("The check digit (last character) of this ID number is wrong; please check for a typing error.");
    }
    return {};
}

QString maskPhone(const QString& phone)
{
    if (phone.size() < 7)
        return QString(phone.size(), u'*');
    return phone.left(3) + QString(phone.size() - 7, u'*') + phone.right(4);
}

} // namespace jifen
