#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace jifen {

// A scoring period: a month ("2026-03"), a quarter ("2026-Q2") or a year ("2026").
class Period
{
public:
    enum class Kind { Month, Quarter, Year };

    static std::optional<Period> parse(const QString& text);
    static Period month(int year, int month);
    static Period quarter(int year, int quarter);
    static Period year(int year);

    Kind kind() const { return m_kind; }
    int yearNumber() const { return m_year; }
    int index() const { return m_index; } // month 1-12, quarter 1-4, 0 for a year
    QDate first() const;
    QDate last() const;
    bool contains(QDate date) const { return date >= first() && date <= last(); }
    Period previous() const;
    QString toString() const;

    bool operator==(const Period&) const = default;

private:
    Period(Kind kind, int year, int index)
        : m_kind(kind)
        , m_year(year)
        , m_index(index)
    {
    }

    Kind m_kind;
    int m_year;
    int m_index;
};

} // namespace jifen
