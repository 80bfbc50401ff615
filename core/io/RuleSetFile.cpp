#include "RuleSetFile.h"

#include "BranchRuleSetFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace jifen {

namespace {

QByteArray jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray jsonPoints(const std::optional<Cents>& cents)
{
    return cents ? points::format(*cents).toUtf8() : QByteArrayLiteral("null");
}

QByteArray jsonInt(const std::optional<int>& value)
{
    return value ? QByteArray::number(*value) : QByteArrayLiteral("null");
}

QByteArray jsonBool(bool value)
{
    return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

// Collects the errors of one pass over the document, each with its place.
class Checker
{
public:
    QStringList errors;

    static QString where(const QString& place, const char* key)
    {
        return place.isEmpty() ? QString(QLatin1String(key)) : place + u'.' + QLatin1String(key);
    }

    QString string(const QJsonObject& o, const QString& place, const char* key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                errors << RuleSetFile::tr("%1: missing.").arg(where(place, key));
            return {};
        }
        if (!v.isString()) {
            errors << RuleSetFile::tr("%1: must be text.").arg(where(place, key));
            return {};
        }
        return v.toString().trimmed();
    }

    std::optional<Cents> pointsValue(const QJsonObject& o, const QString& place, const char* key, bool required,
                                     bool positive)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                errors << RuleSetFile::tr("%1: missing.").arg(where(place, key));
            return std::nullopt;
        }
        const auto cents = v.isDouble() ? points::fromDouble(v.toDouble()) : std::nullopt;
        if (!cents) {
            errors << RuleSetFile::tr("%1: must be a number with at most two decimal places.").arg(where(place, key));
            return std::nullopt;
        }
        if (positive && *cents <= 0) {
            errors << RuleSetFile::tr("%1: must be more than 0.").arg(where(place, key));
            return std::nullopt;
        }
        return cents;
    }

    std::optional<int> integer(const QJsonObject& o, const QString& place, const char* key, int min, int max)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
            errors << RuleSetFile::tr("%1: must be a whole number from %2 to %3.")
                          .arg(where(place, key))
                          .arg(min)
                          .arg(max);
            return std::nullopt;
        }
        return static_cast<int>(d);
    }

    bool boolean(const QJsonObject& o, const QString& place, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            errors << RuleSetFile::tr("%1: must be true or false.").arg(where(place, key));
        return v.toBool();
    }

    QJsonArray array(const QJsonObject& o, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            errors << RuleSetFile::tr("%1: must be a list.").arg(QLatin1String(key));
        return v.toArray();
    }

    QJsonObject object(const QJsonValue& v, const QString& place)
    {
        if (!v.isObject())
            errors << RuleSetFile::tr("%1: must be an object.").arg(place);
        return v.toObject();
    }
};

} // namespace

RuleSetFile::Result RuleSetFile::read(QIODevice* device)
{
    if (!device->isOpen() && !device->open(QIODevice::ReadOnly)) {
        Result result;
        result.errors << tr("Cannot read the rule-set file: %1").arg(device->errorString());
        return result;
    }
    return parse(device->readAll());
}

RuleSetFile::Result RuleSetFile::read(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.errors << tr("Cannot open %1: %2").arg(fileName, file.errorString());
        return result;
    }
    Result result = read(&file);
    for (QString& error : result.errors)
        error = QStringLiteral("%1: %2").arg(fileName, error);
    return result;
}

RuleSetFile::Result RuleSetFile::parse(const QByteArray& json)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errors << tr("Not valid JSON at character %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.errors << tr("The file must hold a JSON object.");
        return result;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != u"jifen-rules/1") {
        result.errors << tr("format: expected \"jifen-rules/1\".");
        return result;
    }
    Checker check;
    RuleSet& set = result.ruleSet;
    set.basePoints = check.pointsValue(root, QString(), "base_points", false, false).value_or(0);

    const QJsonArray rules = check.array(root, "rules");
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString place = QStringLiteral("rules[%1]").arg(i);
        const QJsonObject o = check.object(rules[i], place);
        Rule rule;
        rule.code = check.string(o, place, "code", true);
        RuleVersion v;
        v.name = check.string(o, place, "name", true);
        v.category = check.string(o, place, "category", false);
        const auto pointsPerUnit = check.pointsValue(o, place, "points", true, false);
        if (pointsPerUnit == Cents(0))
            check.errors << tr("%1.points: must not be zero.").arg(place);
        v.points = pointsPerUnit.value_or(0);
        v.capMonth = check.pointsValue(o, place, "cap_month", false, true);
        v.capYear = check.pointsValue(o, place, "cap_year", false, true);
        v.veto = check.boolean(o, place, "veto");
        rule.versions << v;
        for (const Rule& other : std::as_const(set.rules))
            if (!rule.code.isEmpty() && other.code == rule.code)
                check.errors << tr("%1.code: %2 appears twice.").arg(place, rule.code);
        set.rules << rule;
    }

    const QJsonArray awards = check.array(root, "awards");
    for (qsizetype i = 0; i < awards.size(); ++i) {
        const QString place = QStringLiteral("awards[%1]").arg(i);
        const QJsonObject o = check.object(awards[i], place);
        Award a;
        a.code = check.string(o, place, "code", true);
        a.name = check.string(o, place, "name", true);
        a.minPoints = check.pointsValue(o, place, "min_points", false, false);
        const QJsonValue top = o.value(QStringLiteral("top_percent"));
        if (!top.isUndefined() && !top.isNull()) {
            if (!top.isDouble() || top.toDouble() <= 0 || top.toDouble() > 100)
                check.errors << tr("%1.top_percent: must be a number more than 0 and at most 100.").arg(place);
            else
                a.topPercent = top.toDouble();
        }
        const QString scope = check.string(o, place, "scope", false);
        if (scope == u"all")
            a.scope = Award::Scope::All;
        else if (!scope.isEmpty() && scope != u"branch")
            check.errors << tr("%1.scope: must be \"branch\" or \"all\".").arg(place);
        a.quota = check.integer(o, place, "quota", 1, 1000000);
        a.fullMemberOnly = check.boolean(o, place, "full_member_only");
        a.noVeto = check.boolean(o, place, "no_veto");
        a.minActiveMonths = check.integer(o, place, "min_active_months", 0, 12);
        for (const Award& other : std::as_const(set.awards))
            if (!a.code.isEmpty() && other.code == a.code)
                check.errors << tr("%1.code: %2 appears twice.").arg(place, a.code);
        set.awards << a;
    }

    const QJsonArray grades = check.array(root, "grades");
    for (qsizetype i = 0; i < grades.size(); ++i) {
        const QString place = QStringLiteral("grades[%1]").arg(i);
        const QJsonObject o = check.object(grades[i], place);
        set.grades << GradeBand{check.string(o, place, "name", true),
                                check.pointsValue(o, place, "min_points", false, false)};
    }

    // --- pledges (承诺践诺): pledge_rules links each review result to a member rule of this file ---
    const QJsonValue pledgeRules = root.value(QStringLiteral("pledge_rules"));
    if (!pledgeRules.isUndefined() && !pledgeRules.isNull()) {
        const QJsonObject o = check.object(pledgeRules, QStringLiteral("pledge_rules"));
        for (const PledgeResult outcome : {PledgeResult::Fulfilled, PledgeResult::Partly, PledgeResult::Unfulfilled}) {
            const QString key = pledgeResultKey(outcome);
            const QString code = check.string(o, QStringLiteral("pledge_rules"), key.toLatin1().constData(), false);
            const bool known = std::any_of(set.rules.cbegin(), set.rules.cend(),
                                           [&code](const Rule& rule) { return rule.code == code; });
            if (!code.isEmpty() && !known)
                check.errors << tr("pledge_rules.%1: no rule with code %2 in this file.").arg(key, code);
        }
        set.pledgeRules = PledgeRules::fromJson(o);
    }
    // --- end of pledges ---
    result.errors << check.errors;
    BranchRuleSetFile::read(root, set, result.errors); // the branch keys (branch-spec.md)
    return result;
}

QByteArray RuleSetFile::write(const RuleSet& set)
{
    QByteArray out;
    out += "{\"format\": \"jifen-rules/1\",\n \"base_points\": " + points::format(set.basePoints).toUtf8() + ",\n";
    out += " \"rules\": [";
    for (qsizetype i = 0; i < set.rules.size(); ++i) {
        const Rule& rule = set.rules[i];
        const RuleVersion& v = rule.current();
        out += i ? ",\n  " : "\n  ";
        out += "{\"code\": " + jsonString(rule.code) + ", \"name\": " + jsonString(v.name)
            + ", \"category\": " + jsonString(v.category) + ", \"points\": " + jsonPoints(v.points)
            + ", \"cap_month\": " + jsonPoints(v.capMonth) + ", \"cap_year\": " + jsonPoints(v.capYear)
            + ", \"veto\": " + jsonBool(v.veto) + "}";
    }
    out += set.rules.isEmpty() ? "],\n" : "\n ],\n";
    out += " \"awards\": [";
    for (qsizetype i = 0; i < set.awards.size(); ++i) {
        const Award& a = set.awards[i];
        out += i ? ",\n  " : "\n  ";
        out += "{\"code\": " + jsonString(a.code) + ", \"name\": " + jsonString(a.name)
            + ", \"min_points\": " + jsonPoints(a.minPoints) + ", \"top_percent\": "
            + (a.topPercent ? QByteArray::number(*a.topPercent, 'g', 12) : QByteArrayLiteral("null"))
            + ", \"scope\": " + (a.scope == Award::Scope::All ? "\"all\"" : "\"branch\"")
            + ", \"quota\": " + jsonInt(a.quota) + ", \"full_member_only\": " + jsonBool(a.fullMemberOnly)
            + ", \"no_veto\": " + jsonBool(a.noVeto) + ", \"min_active_months\": " + jsonInt(a.minActiveMonths) + "}";
    }
    out += set.awards.isEmpty() ? "],\n" : "\n ],\n";
    out += " \"grades\": [";
    for (qsizetype i = 0; i < set.grades.size(); ++i) {
        const GradeBand& g = set.grades[i];
        out += i ? ",\n  " : "\n  ";
        out += "{\"name\": " + jsonString(g.name) + ", \"min_points\": " + jsonPoints(g.minPoints) + "}";
    }
    out += set.grades.isEmpty() ? "]" : "\n ]";
    // --- pledges (承诺践诺): written only when a result is linked to a rule ---
    if (!set.pledgeRules.isEmpty()) {
        const auto code = [](const QString& c) { return c.isEmpty() ? QByteArrayLiteral("null") : jsonString(c); };
        out += ",\n \"pledge_rules\": {\"fulfilled\": " + code(set.pledgeRules.fulfilled)
            + ", \"partly\": " + code(set.pledgeRules.partly) + ", \"unfulfilled\": "
            + code(set.pledgeRules.unfulfilled) + "}";
    }
    // --- end of pledges ---
    out += BranchRuleSetFile::write(set); // the branch keys (branch-spec.md), where the set has them
    out += "\n}\n";
    return out;
}

RuleSet RuleSetFile::defaultRuleSet()
{
    const Result result = read(QStringLiteral(":/rules/default-rules.json"));
    Q_ASSERT_X(result.ok(), "RuleSetFile::defaultRuleSet", "the bundled rule set must be valid");
    return result.ruleSet;
}

} // namespace jifen
