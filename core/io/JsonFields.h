#pragma once

#include "model/Points.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace jifen {

// The values of a JSON file's objects as the rule-set readers take them: each read appends its problem, naming the
// place in the file ("rules[2].cap_month"), to the caller's list and returns nothing (or the neutral value). Also the
// spelling of values in the files they write.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    explicit JsonFields(QStringList& errors)
        : m_errors(errors)
    {
    }

    // Trimmed text; absent or null is empty (a problem when `required`).
    QString text(const QJsonObject& o, const QString& place, const char* key, bool required);
    // Points with at most two decimals, as cents; with `positive` more than 0.
    std::optional<Cents> points(const QJsonObject& o, const QString& place, const char* key, bool required,
                                bool positive);
    // A number with at most two decimals, as hundredths, from `minimum` to `maximum` (in hundredths).
    std::optional<Cents> hundredths(const QJsonObject& o, const QString& place, const char* key, bool required,
                                    Cents minimum, Cents maximum);
    // A whole number from `minimum` to `maximum`; absent or null is nothing.
    std::optional<int> integer(const QJsonObject& o, const QString& place, const char* key, int minimum, int maximum);
    // Absent or null is false.
    bool boolean(const QJsonObject& o, const QString& place, const char* key);
    // A list at the top level; absent or null is empty.
    QJsonArray list(const QJsonObject& root, const char* key);
    // An object; anything else (absent included) is a problem and reads as empty.
    QJsonObject object(const QJsonValue& v, const QString& place);
    // An object, or absent or null (read as empty).
    QJsonObject optionalObject(const QJsonValue& v, const QString& place);

    static QString at(const QString& place, const char* key);

    // Values as the files spell them.
    static QByteArray writeText(const QString& text);
    static QByteArray writeCode(const QString& code); // empty: null
    static QByteArray writePoints(const std::optional<Cents>& cents); // also hundredths
    static QByteArray writeInt(const std::optional<int>& value);
    static QByteArray writeBool(bool value);

private:
    // The value of `key`; nothing when absent or null (a problem when `required`).
    std::optional<QJsonValue> value(const QJsonObject& o, const QString& place, const char* key, bool required);
    QStringList& m_errors;
};

} // namespace jifen
