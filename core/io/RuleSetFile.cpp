#include "RuleSetFile.h"

#include "BranchRuleSetFile.h"
#include "JsonFields.h"

#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace jifen {

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
    JsonFields check(result.errors);
    RuleSet& set = result.ruleSet;
    set.basePoints = check.points(root, QString(), "base_points", false, false).value_or(0);

    const QJsonArray rules = check.list(root, "rules");
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString place = QStringLiteral("rules[%1]").arg(i);
        const QJsonObject o = check.object(rules[i], place);
        Rule rule;
        rule.code = check.text(o, place, "code", true);
        RuleVersion v;
        v.name = check.text(o, place, "name", true);
        v.category = check.text(o, place, "category", false);
        const auto pointsPerUnit = check.points(o, place, "points", true, false);
        if (pointsPerUnit == Cents(0))
            result.errors << tr("%1.points: must not be zero.").arg(place);
        v.points = pointsPerUnit.value_or(0);
        v.capMonth = check.points(o, place, "cap_month", false, true);
        v.capYear = check.points(o, place, "cap_year", false, true);
        v.veto = check.boolean(o, place, "veto");
        rule.versions << v;
        for (const Rule& other : std::as_const(set.rules))
            if (!rule.code.isEmpty() && other.code == rule.code)
                result.errors << tr("%1.code: %2 appears twice.").arg(place, rule.code);
        set.rules << rule;
    }

    const QJsonArray awards = check.list(root, "awards");
    for (qsizetype i = 0; i < awards.size(); ++i) {
        const QString place = QStringLiteral("awards[%1]").arg(i);
        const QJsonObject o = check.object(awards[i], place);
        Award a;
        a.code = check.text(o, place, "code", true);
        a.name = check.text(o, place, "name", true);
        a.minPoints = check.points(o, place, "min_points", false, false);
        const QJsonValue top = o.value(QStringLiteral("top_percent"));
        if (!top.isUndefined() && !top.isNull()) {
            if (!top.isDouble() || top.toDouble() <= 0 || top.toDouble() > 100)
                result.errors << tr("%1.top_percent: must be a number more than 0 and at most 100.").arg(place);
            else
                a.topPercent = top.toDouble();
        }
        const QString scope = check.text(o, place, "scope", false);
        if (scope == u"all")
            a.scope = Award::Scope::All;
        else if (!scope.isEmpty() && scope != u"branch")
            result.errors << tr("%1.scope: must be \"branch\" or \"all\".").arg(place);
        a.quota = check.integer(o, place, "quota", 1, 1000000);
        a.fullMemberOnly = check.boolean(o, place, "full_member_only");
        a.noVeto = check.boolean(o, place, "no_veto");
        a.minActiveMonths = check.integer(o, place, "min_active_months", 0, 12);
        for (const Award& other : std::as_const(set.awards))
            if (!a.code.isEmpty() && other.code == a.code)
                result.errors << tr("%1.code: %2 appears twice.").arg(place, a.code);
        set.awards << a;
    }

    const QJsonArray grades = check.list(root, "grades");
    for (qsizetype i = 0; i < grades.size(); ++i) {
        const QString place = QStringLiteral("grades[%1]").arg(i);
        const QJsonObject o = check.object(grades[i], place);
        set.grades << GradeBand{check.text(o, place, "name", true),
                                check.points(o, place, "min_points", false, false)};
    }

    // --- pledges (承诺践诺): pledge_rules links each review result to a member rule of this file ---
    const QJsonValue pledgeRules = root.value(QStringLiteral("pledge_rules"));
    if (!pledgeRules.isUndefined() && !pledgeRules.isNull()) {
        const QJsonObject o = check.object(pledgeRules, QStringLiteral("pledge_rules"));
        for (const PledgeResult outcome : {PledgeResult::Fulfilled, PledgeResult::Partly, PledgeResult::Unfulfilled}) {
            const QString key = pledgeResultKey(outcome);
            const QString code = check.text(o, QStringLiteral("pledge_rules"), key.toLatin1().constData(), false);
            const bool known = std::any_of(set.rules.cbegin(), set.rules.cend(),
                                           [&code](const Rule& rule) { return rule.code == code; });
            if (!code.isEmpty() && !known)
                result.errors << tr("pledge_rules.%1: no rule with code %2 in this file.").arg(key, code);
        }
        set.pledgeRules = PledgeRules::fromJson(o);
    }
    // --- end of pledges ---
    BranchRuleSetFile::read(root, set, result.errors); // the branch keys (branch-spec.md)
    return result;
}

QByteArray RuleSetFile::write(const RuleSet& set)
{
    using F = JsonFields;
    QByteArray out;
    out += "{\"format\": \"jifen-rules/1\",\n \"base_points\": " + points::format(set.basePoints).toUtf8() + ",\n";
    out += " \"rules\": [";
    for (qsizetype i = 0; i < set.rules.size(); ++i) {
        const Rule& rule = set.rules[i];
        const RuleVersion& v = rule.current();
        out += i ? ",\n  " : "\n  ";
        out += "{\"code\": " + F::writeText(rule.code) + ", \"name\": " + F::writeText(v.name)
            + ", \"category\": " + F::writeText(v.category) + ", \"points\": " + F::writePoints(v.points)
            + ", \"cap_month\": " + F::writePoints(v.capMonth) + ", \"cap_year\": " + F::writePoints(v.capYear)
            + ", \"veto\": " + F::writeBool(v.veto) + "}";
    }
    out += set.rules.isEmpty() ? "],\n" : "\n ],\n";
    out += " \"awards\": [";
    for (qsizetype i = 0; i < set.awards.size(); ++i) {
        const Award& a = set.awards[i];
        out += i ? ",\n  " : "\n  ";
        out += "{\"code\": " + F::writeText(a.code) + ", \"name\": " + F::writeText(a.name)
            + ", \"min_points\": " + F::writePoints(a.minPoints) + ", \"top_percent\": "
            + (a.topPercent ? QByteArray::number(*a.topPercent, 'g', 12) : QByteArrayLiteral("null"))
            + ", \"scope\": " + (a.scope == Award::Scope::All ? "\"all\"" : "\"branch\"")
            + ", \"quota\": " + F::writeInt(a.quota) + ", \"full_member_only\": " + F::writeBool(a.fullMemberOnly)
            + ", \"no_veto\": " + F::writeBool(a.noVeto) + ", \"min_active_months\": " + F::writeInt(a.minActiveMonths)
            + "}";
    }
    out += set.awards.isEmpty() ? "],\n" : "\n ],\n";
    out += " \"grades\": [";
    for (qsizetype i = 0; i < set.grades.size(); ++i) {
        const GradeBand& g = set.grades[i];
        out += i ? ",\n  " : "\n  ";
        out += "{\"name\": " + F::writeText(g.name) + ", \"min_points\": " + F::writePoints(g.minPoints) + "}";
    }
    out += set.grades.isEmpty() ? "]" : "\n ]";
    // --- pledges (承诺践诺): written only when a result is linked to a rule ---
    if (!set.pledgeRules.isEmpty()) {
        out += ",\n \"pledge_rules\": {\"fulfilled\": " + F::writeCode(set.pledgeRules.fulfilled)
            + ", \"partly\": " + F::writeCode(set.pledgeRules.partly) + ", \"unfulfilled\": "
            + F::writeCode(set.pledgeRules.unfulfilled) + "}";
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
