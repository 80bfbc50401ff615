#pragma once

#include "ImportIssue.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace jifen {

// Which roster field each column of a file holds, found from its header. Built-in Chinese and English header names
// are recognised in any order; a clerk's own choices (overrides) come first and can be saved as a profile.
class RosterMapping
{
    Q_DECLARE_TR_FUNCTIONS(RosterMapping)

public:
    enum class Field {
        Ignore, // a column deliberately left out (序号, or a clerk's choice)
        Name,
        Gender,
        IdNumber,
        BirthDate,
        Ethnicity,
        Education,
        Branch,
        JoinDate,
        FullMemberDate,
        Category,
        Phone,
        Position,
        Notes,
        Status,
        StatusDate, // when the member left (转出) or died (去世)
    };

    // Every field that holds data, in the order of the standard template.
    static QList<Field> dataFields();

    // Stable key used in profiles and on the command line: "name", "id_number", "ignore", ...
    static QString key(Field field);
    static std::optional<Field> fieldFromKey(const QString& key);
    // The standard Chinese header of the template and of exports: 姓名, 身份证号, ...
    static QString standardHeader(Field field);
    // A translated description for the mapping editor: "Name", "ID number", ...
    static QString label(Field field);

    // The field a header names by the built-in names; nullopt for an unknown header. Case, spaces, full-width
    // characters, a required-marker "*" and a hint in brackets ("身份证号（必填）") do not matter.
    static std::optional<Field> builtInField(const QString& header);

    // The field of a header: the clerk's override if there is one, else the built-in name; nullopt when unknown.
    std::optional<Field> field(const QString& header) const;
    void setOverride(const QString& header, Field field);
    void clearOverride(const QString& header);
    bool hasOverrides() const { return !m_overrides.isEmpty(); }

    // A profile: {"format": "jifen-roster-mapping", "version": 1, "columns": {"<header>": "<key>", ...}}.
    QJsonObject toJson() const;
    static RosterMapping fromJson(const QJsonObject& json, ImportIssues* issues);
    // Writes the profile through QSaveFile; false with a message in *error on failure.
    bool save(const QString& fileName, QString* error = nullptr) const;
    // Reads a profile; problems (unreadable file, unknown field keys) are reported, the rest is kept.
    static RosterMapping load(const QString& fileName, ImportIssues* issues);

    // The form headers are compared in: case folded, spaces and markers removed.
    static QString normalisedHeader(const QString& header);

private:
    QHash<QString, Field> m_overrides; // by normalised header
};

} // namespace jifen
