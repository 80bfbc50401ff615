#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace jifen {

// Points are exact decimals with at most two places, stored as integer hundredths ("cents").
using Cents = qint64;

namespace points {

// Parses "2", "-1.5", "0.25", "+3" (ASCII or full-width digits). Returns nullopt for anything else,
// including more than two decimal places.
std::optional<Cents> parse(QStringView text);

// Converts a JSON number; nullopt when it has more than two decimal places or is out of range.
std::optional<Cents> fromDouble(double value);

double toDouble(Cents cents);

// Shortest exact form: 200 -> "2", 250 -> "2.5", -125 -> "-1.25".
QString format(Cents cents);

} // namespace points
} // namespace jifen
