#include "Points.h"

#include <cmath>
#include <limits>

namespace jifen::points {

std::optional<Cents> parse(QStringView text)
{
    const QString folded = text.trimmed().toString().normalized(QString::NormalizationForm_KC);
    if (folded.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (folded[0] == u'-' || folded[0] == u'+') {
        negative = folded[0] == u'-';
        ++i;
    }
    Cents whole = 0;
    int wholeDigits = 0;
    for (; i < folded.size() && folded[i].isDigit() && folded[i].unicode() < 128; ++i) {
        if (whole > std::numeric_limits<Cents>::max() / 1000)
            return std::nullopt;
        whole = whole * 10 + (folded[i].unicode() - u'0');
        ++wholeDigits;
    }
    Cents fraction = 0;
    int fractionDigits = 0;
    if (i < folded.size() && folded[i] == u'.') {
        ++i;
        for (; i < folded.size() && folded[i].isDigit() && folded[i].unicode() < 128; ++i) {
            if (++fractionDigits > 2)
                return std::nullopt;
            fraction = fraction * 10 + (folded[i].unicode() - u'0');
        }
        if (fractionDigits == 1)
            fraction *= 10;
    }
    if (i != folded.size() || (wholeDigits == 0 && fractionDigits == 0))
        return std::nullopt;
    const Cents value = whole * 100 + fraction;
    return negative ? -value : value;
}

std::optional<Cents> fromDouble(double value)
{
    if (!std::isfinite(value) || std::fabs(value) > 1e13)
        return std::nullopt;
    const double scaled = value * 100.0;
    const double rounded = std::round(scaled);
    if (std::fabs(scaled - rounded) > 1e-6 * std::max(1.0, std::fabs(scaled)))
        return std::nullopt;
    return static_cast<Cents>(rounded);
}

double toDouble(Cents cents)
{
    return static_cast<double>(cents) / 100.0;
}

QString format(Cents cents)
{
    const bool negative = cents < 0;
    const Cents magnitude = negative ? -cents : cents;
    QString text = QString::number(magnitude / 100);
    const Cents fraction = magnitude % 100;
    if (fraction != 0) {
        text += u'.';
        if (fraction % 10 == 0)
            text += QString::number(fraction / 10);
        else
            text += QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
    }
    return negative ? u'-' + text : text;
}

} // namespace jifen::points
