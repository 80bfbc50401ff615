#include "JsonFields.h"

#include <QJsonDocument>

#include <cmath>

namespace jifen {

namespace {

bool absent(const QJsonValue& v)
{
    return v.isUndefined() || v.isNull();
}

} // namespace

QString JsonFields::at(const QString& place, const char* key)
{
    return place.isEmpty() ? QString(QLatin1String(key)) : place + u'.' + QLatin1String(key);
}

std::optional<QJsonValue> JsonFields::value(const QJsonObject& o, const QString& place, const char* key, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (absent(v)) {
        if (required)
            m_errors << tr("%1: missing.").arg(at(place, key));
        return std::nullopt;
    }
    return v;
}

QString JsonFields::text(const QJsonObject& o, const QString& place, const char* key, bool required)
{
    const auto v = value(o, place, key, required);
    if (!v)
        return {};
    if (!v->isString()) {
        m_errors << tr("%1: must be text.").arg(at(place, key));
        return {};
    }
    return v->toString().trimmed();
}

std::optional<Cents> JsonFields::points(const QJsonObject& o, const QString& place, const char* key, bool required,
                                        bool positive)
{
    const auto v = value(o, place, key, required);
    if (!v)
        return std::nullopt;
    const auto cents = v->isDouble() ? points::fromDouble(v->toDouble()) : std::nullopt;
    if (!cents) {
        m_errors << tr("%1: must be a number with at most two decimal places.").arg(at(place, key));
        return std::nullopt;
    }
    if (positive && *cents <= 0) {
        m_errors << tr("%1: must be more than 0.").arg(at(place, key));
        return std::nullopt;
    }
    return cents;
}

std::optional<Cents> JsonFields::hundredths(const QJsonObject& o, const QString& place, const char* key, bool required,
                                            Cents minimum, Cents maximum)
{
    const auto v = value(o, place, key, required);
    if (!v)
        return std::nullopt;
    const auto cents = v->isDouble() ? points::fromDouble(v->toDouble()) : std::nullopt;
    if (!cents || *cents < minimum || *cents > maximum) {
        m_errors << tr("%1: must be a number from %2 to %3 with at most two decimal places.")
                        .arg(at(place, key), points::format(minimum), points::format(maximum));
        return std::nullopt;
    }
    return cents;
}

std::optional<int> JsonFields::integer(const QJsonObject& o, const QString& place, const char* key, int minimum,
                                       int maximum)
{
    const auto v = value(o, place, key, false);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble(std::nan(""));
    if (!v->isDouble() || d != std::floor(d) || d < minimum || d > maximum) {
        m_errors << tr("%1: must be a whole number from %2 to %3.").arg(at(place, key)).arg(minimum).arg(maximum);
        return std::nullopt;
    }
    return static_cast<int>(d);
}

bool JsonFields::boolean(const QJsonObject& o, const QString& place, const char* key)
{
    const auto v = value(o, place, key, false);
    if (v && !v->isBool())
        m_errors << tr("%1: must be true or false.").arg(at(place, key));
    return v && v->toBool();
}

QJsonArray JsonFields::list(const QJsonObject& root, const char* key)
{
    const QJsonValue v = root.value(QLatin1String(key));
    if (absent(v))
        return {};
    if (!v.isArray())
        m_errors << tr("%1: must be a list.").arg(QLatin1String(key));
    return v.toArray();
}

QJsonObject JsonFields::object(const QJsonValue& v, const QString& place)
{
    if (!v.isObject())
        m_errors << tr("%1: must be an object.").arg(place);
    return v.toObject();
}

QJsonObject JsonFields::optionalObject(const QJsonValue& v, const QString& place)
{
    return absent(v) ? QJsonObject() : object(v, place);
}

QByteArray JsonFields::writeText(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray JsonFields::writeCode(const QString& code)
{
    return code.isEmpty() ? QByteArrayLiteral("null") : writeText(code);
}

QByteArray JsonFields::writePoints(const std::optional<Cents>& cents)
{
    return cents ? points::format(*cents).toUtf8() : QByteArrayLiteral("null");
}

QByteArray JsonFields::writeInt(const std::optional<int>& value)
{
    return value ? QByteArray::number(*value) : QByteArrayLiteral("null");
}

QByteArray JsonFields::writeBool(bool value)
{
    return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

} // namespace jifen
