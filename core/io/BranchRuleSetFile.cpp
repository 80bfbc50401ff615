#include "BranchRuleSetFile.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace jifen {

namespace {

QByteArray jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray jsonCents(const std::optional<Cents>& cents)
{
    return cents ? points::format(*cents).toUtf8() : QByteArrayLiteral("null");
}

QByteArray jsonCode(const QString& code)
{
    return code.isEmpty() ? QByteArrayLiteral("null") : jsonString(code);
}

QByteArray jsonBool(bool value)
{
    return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

// Reads values of one object, collecting problems with their place ("branch_tiers[1].max_share").
class Reader
{
public:
    explicit Reader(QStringList& errors)
        : m_errors(errors)
    {
    }

    QString text(const QJsonObject& o, const QString& place, const char* key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                m_errors << BranchRuleSetFile::tr("%1: missing.").arg(at(place, key));
            return {};
        }
        if (!v.isString()) {
            m_errors << BranchRuleSetFile::tr("%1: must be text.").arg(at(place, key));
            return {};
        }
        return v.toString().trimmed();
    }

    // A number with at most two decimals, as hundredths; `minimum` and `maximum` in hundredths.
    std::optional<Cents> hundredths(const QJsonObject& o, const QString& place, const char* key, bool required,
                                    Cents minimum, Cents maximum)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                m_errors << BranchRuleSetFile::tr("%1: missing.").arg(at(place, key));
            return std::nullopt;
        }
        const auto cents = v.isDouble() ? points::fromDouble(v.toDouble()) : std::nullopt;
        if (!cents || *cents < minimum || *cents > maximum) {
            m_errors << BranchRuleSetFile::tr("%1: must be a number from %2 to %3 with at most two decimal places.")
                            .arg(at(place, key), points::format(minimum), points::format(maximum));
            return std::nullopt;
        }
        return cents;
    }

    std::optional<int> integer(const QJsonObject& o, const QString& place, const char* key, int minimum, int maximum)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || d < minimum || d > maximum) {
            m_errors << BranchRuleSetFile::tr("%1: must be a whole number from %2 to %3.")
                            .arg(at(place, key))
                            .arg(minimum)
                            .arg(maximum);
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
            m_errors << BranchRuleSetFile::tr("%1: must be true or false.").arg(at(place, key));
        return v.toBool();
    }

    QJsonArray list(const QJsonObject& root, const char* key)
    {
        const QJsonValue v = root.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            m_errors << BranchRuleSetFile::tr("%1: must be a list.").arg(QLatin1String(key));
        return v.toArray();
    }

    QJsonObject object(const QJsonValue& v, const QString& place)
    {
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            m_errors << BranchRuleSetFile::tr("%1: must be an object.").arg(place);
        return v.toObject();
    }

    static QString at(const QString& place, const char* key)
    {
        return place.isEmpty() ? QString(QLatin1String(key)) : place + u'.' + QLatin1String(key);
    }

private:
    QStringList& m_errors;
};

constexpr Cents maxPoints = Cents(100000000); // a million points: far beyond any table
constexpr Cents fullPercent = 10000; // 100%

} // namespace

void BranchRuleSetFile::read(const QJsonObject& root, RuleSet& set, QStringList& errors)
{
    Reader r(errors);
    const QJsonArray types = r.list(root, "meeting_types");
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString place = QStringLiteral("meeting_types[%1]").arg(i);
        const QJsonObject o = r.object(types[i], place);
        MeetingType t;
        t.code = r.text(o, place, "code", true);
        t.name = r.text(o, place, "name", true);
        t.requiredPerYear = r.integer(o, place, "required_per_year", 0, 366).value_or(0);
        t.presentRule = r.text(o, place, "present_rule", false);
        t.absentRule = r.text(o, place, "absent_rule", false);
        set.meetingTypes << t;
    }

    const QJsonArray rules = r.list(root, "branch_rules");
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString place = QStringLiteral("branch_rules[%1]").arg(i);
        const QJsonObject o = r.object(rules[i], place);
        BranchRule rule;
        rule.code = r.text(o, place, "code", true);
        rule.name = r.text(o, place, "name", true);
        rule.category = r.text(o, place, "category", false);
        rule.points = r.hundredths(o, place, "points", true, -maxPoints, maxPoints).value_or(0);
        if (o.value(QStringLiteral("points")).isDouble() && rule.points == 0)
            errors << tr("%1.points: must not be zero.").arg(place);
        rule.capMonth = r.hundredths(o, place, "cap_month", false, 1, maxPoints);
        rule.capYear = r.hundredths(o, place, "cap_year", false, 1, maxPoints);
        rule.veto = r.boolean(o, place, "veto");
        set.branchRules << rule;
    }

    const QJsonValue evaluation = root.value(QStringLiteral("branch_evaluation"));
    if (!evaluation.isUndefined() && !evaluation.isNull()) {
        const QJsonObject o = r.object(evaluation, QStringLiteral("branch_evaluation"));
        BranchEvaluationSettings e;
        const auto component = [&](const char* key, Cents* max, Cents* fullAt) {
            const QString place = QStringLiteral("branch_evaluation.") + QLatin1String(key);
            const QJsonObject c = r.object(o.value(QLatin1String(key)), place);
            *max = r.hundredths(c, place, "max", false, 0, maxPoints).value_or(0);
            if (fullAt) {
                *fullAt = r.hundredths(c, place, "full_at", *max > 0, 1, maxPoints).value_or(0);
            }
        };
        component("member_points", &e.memberPointsMax, &e.fullAt);
        component("participation", &e.participationMax, nullptr);
        component("meetings", &e.meetingsMax, nullptr);
        component("attendance", &e.attendanceMax, nullptr);
        e.memberVeto = r.boolean(o, QStringLiteral("branch_evaluation"), "member_veto");
        set.branchEvaluation = e;
    }

    const QJsonArray tiers = r.list(root, "branch_tiers");
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const QString place = QStringLiteral("branch_tiers[%1]").arg(i);
        const QJsonObject o = r.object(tiers[i], place);
        BranchTier t;
        t.name = r.text(o, place, "name", true);
        t.minScore = r.hundredths(o, place, "min_score", false, -maxPoints, maxPoints);
        t.maxShare = r.hundredths(o, place, "max_share", false, 1, fullPercent);
        set.branchTiers << t;
    }

    const QJsonArray awards = r.list(root, "branch_awards");
    for (qsizetype i = 0; i < awards.size(); ++i) {
        const QString place = QStringLiteral("branch_awards[%1]").arg(i);
        const QJsonObject o = r.object(awards[i], place);
        BranchAward a;
        a.code = r.text(o, place, "code", true);
        a.name = r.text(o, place, "name", true);
        a.minScore = r.hundredths(o, place, "min_score", false, -maxPoints, maxPoints);
        a.minTier = r.text(o, place, "min_tier", false);
        a.noVeto = r.boolean(o, place, "no_veto");
        a.minMeetingRate = r.hundredths(o, place, "min_meeting_rate", false, 0, fullPercent);
        a.minAttendance = r.hundredths(o, place, "min_attendance", false, 0, fullPercent);
        a.topPercent = r.hundredths(o, place, "top_percent", false, 1, fullPercent);
        a.quota = r.integer(o, place, "quota", 1, 1000000);
        set.branchAwards << a;
    }
    errors << check(set);
}

QStringList BranchRuleSetFile::check(const RuleSet& set)
{
    QStringList errors;
    const auto twice = [&errors](const QString& place, const QString& code, QStringList& seen) {
        if (!code.isEmpty() && seen.contains(code))
            errors << tr("%1: %2 appears twice.").arg(place, code);
        seen << code;
    };
    QStringList seen;
    for (qsizetype i = 0; i < set.meetingTypes.size(); ++i) {
        const MeetingType& t = set.meetingTypes[i];
        twice(QStringLiteral("meeting_types[%1].code").arg(i), t.code, seen);
        for (const auto& [key, ruleCode] :
             {std::pair{"present_rule", t.presentRule}, std::pair{"absent_rule", t.absentRule}}) {
            // clang 14 cannot capture a structured binding: the lambda takes a plain reference.
            const QString& code = ruleCode;
            const bool known = std::any_of(set.rules.cbegin(), set.rules.cend(),
                                           [&code](const Rule& rule) { return rule.code == code; });
            if (!code.isEmpty() && !known)
                errors << tr("meeting_types[%1].%2: no member rule has the code %3.")
                              .arg(i)
                              .arg(QLatin1String(key), code);
        }
    }
    seen.clear();
    for (qsizetype i = 0; i < set.branchRules.size(); ++i)
        twice(QStringLiteral("branch_rules[%1].code").arg(i), set.branchRules[i].code, seen);
    seen.clear();
    for (qsizetype i = 0; i < set.branchTiers.size(); ++i) {
        const BranchTier& t = set.branchTiers[i];
        twice(QStringLiteral("branch_tiers[%1].name").arg(i), t.name, seen);
        if (i > 0 && t.minScore && (!set.branchTiers[i - 1].minScore || *t.minScore > *set.branchTiers[i - 1].minScore))
            errors << tr("branch_tiers[%1].min_score: tiers must be listed from the highest minimum to the lowest.")
                          .arg(i);
    }
    QStringList awardCodes;
    for (qsizetype i = 0; i < set.branchAwards.size(); ++i) {
        const BranchAward& a = set.branchAwards[i];
        twice(QStringLiteral("branch_awards[%1].code").arg(i), a.code, awardCodes);
        if (!a.minTier.isEmpty() && !seen.contains(a.minTier))
            errors << tr("branch_awards[%1].min_tier: no tier is named %2.").arg(i).arg(a.minTier);
    }
    return errors;
}

QByteArray BranchRuleSetFile::write(const RuleSet& set)
{
    QByteArray out;
    const auto list = [&out](const char* key, qsizetype count, const auto& item) {
        if (count == 0)
            return;
        out += ",\n \"" + QByteArray(key) + "\": [";
        for (qsizetype i = 0; i < count; ++i) {
            out += i ? ",\n  " : "\n  ";
            out += item(i);
        }
        out += "\n ]";
    };
    list("meeting_types", set.meetingTypes.size(), [&set](qsizetype i) {
        const MeetingType& t = set.meetingTypes[i];
        return "{\"code\": " + jsonString(t.code) + ", \"name\": " + jsonString(t.name)
            + ", \"required_per_year\": " + QByteArray::number(t.requiredPerYear)
            + ", \"present_rule\": " + jsonCode(t.presentRule) + ", \"absent_rule\": " + jsonCode(t.absentRule) + "}";
    });
    list("branch_rules", set.branchRules.size(), [&set](qsizetype i) {
        const BranchRule& r = set.branchRules[i];
        return "{\"code\": " + jsonString(r.code) + ", \"name\": " + jsonString(r.name)
            + ", \"category\": " + jsonString(r.category) + ", \"points\": " + jsonCents(r.points)
            + ", \"cap_month\": " + jsonCents(r.capMonth) + ", \"cap_year\": " + jsonCents(r.capYear)
            + ", \"veto\": " + jsonBool(r.veto) + "}";
    });
    if (set.branchEvaluation) {
        const BranchEvaluationSettings& e = *set.branchEvaluation;
        out += ",\n \"branch_evaluation\": {\"member_points\": {\"max\": " + jsonCents(e.memberPointsMax)
            + ", \"full_at\": " + jsonCents(e.fullAt) + "}, \"participation\": {\"max\": "
            + jsonCents(e.participationMax) + "},\n                       \"meetings\": {\"max\": "
            + jsonCents(e.meetingsMax) + "}, \"attendance\": {\"max\": " + jsonCents(e.attendanceMax)
            + "}, \"member_veto\": " + jsonBool(e.memberVeto) + "}";
    }
    list("branch_tiers", set.branchTiers.size(), [&set](qsizetype i) {
        const BranchTier& t = set.branchTiers[i];
        return "{\"name\": " + jsonString(t.name) + ", \"min_score\": " + jsonCents(t.minScore)
            + ", \"max_share\": " + jsonCents(t.maxShare) + "}";
    });
    list("branch_awards", set.branchAwards.size(), [&set](qsizetype i) {
        const BranchAward& a = set.branchAwards[i];
        return "{\"code\": " + jsonString(a.code) + ", \"name\": " + jsonString(a.name)
            + ", \"min_score\": " + jsonCents(a.minScore) + ", \"min_tier\": " + jsonCode(a.minTier)
            + ", \"no_veto\": " + jsonBool(a.noVeto) + ", \"min_meeting_rate\": " + jsonCents(a.minMeetingRate)
            + ", \"min_attendance\": " + jsonCents(a.minAttendance) + ", \"top_percent\": " + jsonCents(a.topPercent)
            + ", \"quota\": " + (a.quota ? QByteArray::number(*a.quota) : QByteArrayLiteral("null")) + "}";
    });
    return out;
}

} // namespace jifen
