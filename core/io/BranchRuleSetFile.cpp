#include "BranchRuleSetFile.h"

#include "JsonFields.h"

#include <algorithm>

namespace jifen {

namespace {

constexpr Cents maxPoints = Cents(100000000); // a million points: far beyond any table
constexpr Cents fullPercent = 10000; // 100%

} // namespace

void BranchRuleSetFile::read(const QJsonObject& root, RuleSet& set, QStringList& errors)
{
    JsonFields r(errors);
    const QJsonArray types = r.list(root, "meeting_types");
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString place = QStringLiteral("meeting_types[%1]").arg(i);
        const QJsonObject o = r.optionalObject(types[i], place);
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
        const QJsonObject o = r.optionalObject(rules[i], place);
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
        const QJsonObject o = r.optionalObject(evaluation, QStringLiteral("branch_evaluation"));
        BranchEvaluationSettings e;
        const auto component = [&](const char* key, Cents* max, Cents* fullAt) {
            const QString place = QStringLiteral("branch_evaluation.") + QLatin1String(key);
            const QJsonObject c = r.optionalObject(o.value(QLatin1String(key)), place);
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
        const QJsonObject o = r.optionalObject(tiers[i], place);
        BranchTier t;
        t.name = r.text(o, place, "name", true);
        t.minScore = r.hundredths(o, place, "min_score", false, -maxPoints, maxPoints);
        t.maxShare = r.hundredths(o, place, "max_share", false, 1, fullPercent);
        set.branchTiers << t;
    }

    const QJsonArray awards = r.list(root, "branch_awards");
    for (qsizetype i = 0; i < awards.size(); ++i) {
        const QString place = QStringLiteral("branch_awards[%1]").arg(i);
        const QJsonObject o = r.optionalObject(awards[i], place);
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
    using F = JsonFields;
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
        return "{\"code\": " + F::writeText(t.code) + ", \"name\": " + F::writeText(t.name)
            + ", \"required_per_year\": " + QByteArray::number(t.requiredPerYear)
            + ", \"present_rule\": " + F::writeCode(t.presentRule) + ", \"absent_rule\": " + F::writeCode(t.absentRule)
            + "}";
    });
    list("branch_rules", set.branchRules.size(), [&set](qsizetype i) {
        const BranchRule& r = set.branchRules[i];
        return "{\"code\": " + F::writeText(r.code) + ", \"name\": " + F::writeText(r.name)
            + ", \"category\": " + F::writeText(r.category) + ", \"points\": " + F::writePoints(r.points)
            + ", \"cap_month\": " + F::writePoints(r.capMonth) + ", \"cap_year\": " + F::writePoints(r.capYear)
            + ", \"veto\": " + F::writeBool(r.veto) + "}";
    });
    if (set.branchEvaluation) {
        const BranchEvaluationSettings& e = *set.branchEvaluation;
        out += ",\n \"branch_evaluation\": {\"member_points\": {\"max\": " + F::writePoints(e.memberPointsMax)
            + ", \"full_at\": " + F::writePoints(e.fullAt) + "}, \"participation\": {\"max\": "
            + F::writePoints(e.participationMax) + "},\n                       \"meetings\": {\"max\": "
            + F::writePoints(e.meetingsMax) + "}, \"attendance\": {\"max\": " + F::writePoints(e.attendanceMax)
            + "}, \"member_veto\": " + F::writeBool(e.memberVeto) + "}";
    }
    list("branch_tiers", set.branchTiers.size(), [&set](qsizetype i) {
        const BranchTier& t = set.branchTiers[i];
        return "{\"name\": " + F::writeText(t.name) + ", \"min_score\": " + F::writePoints(t.minScore)
            + ", \"max_share\": " + F::writePoints(t.maxShare) + "}";
    });
    list("branch_awards", set.branchAwards.size(), [&set](qsizetype i) {
        const BranchAward& a = set.branchAwards[i];
        return "{\"code\": " + F::writeText(a.code) + ", \"name\": " + F::writeText(a.name)
            + ", \"min_score\": " + F::writePoints(a.minScore) + ", \"min_tier\": " + F::writeCode(a.minTier)
            + ", \"no_veto\": " + F::writeBool(a.noVeto) + ", \"min_meeting_rate\": " + F::writePoints(a.minMeetingRate)
            + ", \"min_attendance\": " + F::writePoints(a.minAttendance)
            + ", \"top_percent\": " + F::writePoints(a.topPercent) + ", \"quota\": " + F::writeInt(a.quota) + "}";
    });
    return out;
}

} // namespace jifen
