#include "AuditDetail.h"

#include "AuditedTables.h"
#include "Database.h"
#include "model/DateText.h"
#include "model/Points.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <initializer_list>

namespace jifen {

namespace {

bool isOneOf(const QString& key, std::initializer_list<const char16_t*> keys)
{
    for (const char16_t* k : keys)
        if (key == QStringView(k))
            return true;
    return false;
}

// Stored in cents.
bool isPoints(const QString& key)
{
    return isOneOf(key, {u"points", u"cap_month", u"cap_year", u"min_points", u"base_points"});
}

// Stored as 0/1 or true/false.
bool isYesNo(const QString& key)
{
    return isOneOf(
        key, {u"veto", u"needs_review", u"active", u"full_member_only", u"no_veto", u"member_veto", u"review_enabled"});
}

// The keys in the order the table stores them (AuditedTables), then any others in the object's (sorted) order, a code
// and a name first.
QStringList orderedKeys(const QString& entity, const QJsonObject& a, const QJsonObject& b = {})
{
    QStringList keys;
    QStringList order = AuditedTables::columns(entity);
    if (order.isEmpty())
        order = {QStringLiteral("code"), QStringLiteral("name")};
    for (const QString& column : std::as_const(order))
        if (a.contains(column) || b.contains(column))
            keys << column;
    for (const QJsonObject* object : {&a, &b})
        for (auto it = object->begin(); it != object->end(); ++it)
            if (!keys.contains(it.key()))
                keys << it.key();
    return keys;
}

} // namespace

AuditDetail::AuditDetail(const Database& db)
    : m_db(db)
{
}

QString AuditDetail::fieldName(const QString& entity, const QString& key)
{
    const bool person = entity == u"members" || entity == u"operators";
    if (key == u"id")
        return tr("No.");
    if (key == u"name")
        return person ? tr("Name") : tr("Name", "of a rule, branch, award or grade");
    if (key == u"category")
        return entity == u"members" ? tr("Category") : tr("Category", "of a rule");
    if (key == u"position")
        return entity == u"members" ? tr("Position") : tr("Order", "position in a list");
    if (key == u"text")
        return tr("Pledge");
    if (key == u"note" && entity == u"pledge_reviews")
        return tr("Review note");
    static const QHash<QString, const char*> names {
        {QStringLiteral("id_number"), QT_TR_NOOP("ID number")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Birth date")},
        {QStringLiteral("ethnicity"), QT_TR_NOOP("Ethnicity")},
        {QStringLiteral("education"), QT_TR_NOOP("Education")},
        {QStringLiteral("branch_id"), QT_TR_NOOP("Branch")},
        {QStringLiteral("parent_id"), QT_TR_NOOP("Above it")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("join_date"), QT_TR_NOOP("Join date")},
        {QStringLiteral("full_member_date"), QT_TR_NOOP("Full-member date")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("status_date"), QT_TR_NOOP("Status date")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("rule_id"), QT_TR_NOOP("Rule")},
        {QStringLiteral("effective_from"), QT_TR_NOOP("From")},
        {QStringLiteral("points"), QT_TR_NOOP("Points")},
        {QStringLiteral("cap_month"), QT_TR_NOOP("Month cap")},
        {QStringLiteral("cap_year"), QT_TR_NOOP("Year cap")},
        {QStringLiteral("veto"), QT_TR_NOOP("Veto")},
        {QStringLiteral("created_by"), QT_TR_NOOP("Created by")},
        {QStringLiteral("created_at"), QT_TR_NOOP("Created at")},
        {QStringLiteral("member_id"), QT_TR_NOOP("Member")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("quantity"), QT_TR_NOOP("Quantity")},
        {QStringLiteral("entered_by"), QT_TR_NOOP("Entered by")},
        {QStringLiteral("entered_at"), QT_TR_NOOP("Entered at")},
        {QStringLiteral("needs_review"), QT_TR_NOOP("Needs review")},
        {QStringLiteral("entry_id"), QT_TR_NOOP("Entry")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("reversed_by"), QT_TR_NOOP("Reversed by")},
        {QStringLiteral("reversed_at"), QT_TR_NOOP("Reversed at")},
        {QStringLiteral("decision"), QT_TR_NOOP("Decision")},
        {QStringLiteral("reviewed_by"), QT_TR_NOOP("Reviewed by")},
        {QStringLiteral("reviewed_at"), QT_TR_NOOP("Reviewed at")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("password_hash"), QT_TR_NOOP("Password")},
        {QStringLiteral("active"), QT_TR_NOOP("Enabled")},
        {QStringLiteral("period"), QT_TR_NOOP("Period")},
        {QStringLiteral("scope"), QT_TR_NOOP("Scope")},
        {QStringLiteral("published_at"), QT_TR_NOOP("Published at")},
        {QStringLiteral("published_by"), QT_TR_NOOP("Published by")},
        {QStringLiteral("notice_from"), QT_TR_NOOP("Notice from")},
        {QStringLiteral("notice_to"), QT_TR_NOOP("Notice to")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("row_count"), QT_TR_NOOP("Rows")},
        {QStringLiteral("rows_json"), QT_TR_NOOP("Ranking rows")},
        {QStringLiteral("year"), QT_TR_NOOP("Year")},
        {QStringLiteral("due_date"), QT_TR_NOOP("Due")},
        {QStringLiteral("pledge_id"), QT_TR_NOOP("Pledge")},
        {QStringLiteral("result"), QT_TR_NOOP("Result")},
        {QStringLiteral("supersedes_id"), QT_TR_NOOP("Replaces review")},
        {QStringLiteral("year_from"), QT_TR_NOOP("From year")},
        {QStringLiteral("year_to"), QT_TR_NOOP("To year")},
        {QStringLiteral("opinion"), QT_TR_NOOP("Opinion")},
        {QStringLiteral("issued_by"), QT_TR_NOOP("Issued by")},
        {QStringLiteral("issued_at"), QT_TR_NOOP("Issued at")},
        {QStringLiteral("previous_status"), QT_TR_NOOP("Previous status")},
        {QStringLiteral("previous_branch_id"), QT_TR_NOOP("Previous branch")},
        {QStringLiteral("recorded_by"), QT_TR_NOOP("Recorded by")},
        {QStringLiteral("recorded_at"), QT_TR_NOOP("Recorded at")},
        {QStringLiteral("min_points"), QT_TR_NOOP("Min. points")},
        {QStringLiteral("top_percent"), QT_TR_NOOP("Top %")},
        {QStringLiteral("quota"), QT_TR_NOOP("Quota")},
        {QStringLiteral("full_member_only"), QT_TR_NOOP("Full members only")},
        {QStringLiteral("no_veto"), QT_TR_NOOP("No veto")},
        {QStringLiteral("min_active_months"), QT_TR_NOOP("Min. active months")},
        {QStringLiteral("meeting_id"), QT_TR_NOOP("Meeting")},
        {QStringLiteral("type_id"), QT_TR_NOOP("Meeting type")},
        {QStringLiteral("topic"), QT_TR_NOOP("Topic")},
        {QStringLiteral("attendance"), QT_TR_NOOP("Attendance")},
        {QStringLiteral("cancelled_by"), QT_TR_NOOP("Cancelled by")},
        {QStringLiteral("cancelled_at"), QT_TR_NOOP("Cancelled at")},
        {QStringLiteral("required_per_year"), QT_TR_NOOP("Required a year")},
        {QStringLiteral("present_rule"), QT_TR_NOOP("Rule when present")},
        {QStringLiteral("absent_rule"), QT_TR_NOOP("Rule when absent")},
        {QStringLiteral("min_score"), QT_TR_NOOP("Min. score")},
        {QStringLiteral("max_share"), QT_TR_NOOP("Max. share")},
        {QStringLiteral("min_tier"), QT_TR_NOOP("Min. tier")},
        {QStringLiteral("organisation"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("review_enabled"), QT_TR_NOOP("Entries need review")},
        {QStringLiteral("base_points"), QT_TR_NOOP("Base points")},
        {QStringLiteral("pledge_rules"), QT_TR_NOOP("Pledge rules")},
    };
    const auto it = names.constFind(key);
    return it == names.constEnd() ? key : tr(*it);
}

QString AuditDetail::lookUp(const QString& sql, qint64 id) const
{
    const QString cacheKey = sql + u'|' + QString::number(id);
    const auto cached = m_names.constFind(cacheKey);
    if (cached != m_names.constEnd())
        return *cached;
    QSqlQuery query = m_db.prepare(sql);
    query.addBindValue(id);
    Database::exec(query);
    // A row removed since (a branch, a rule) keeps its number.
    const QString name = query.next() ? query.value(0).toString() : QString::number(id);
    m_names.insert(cacheKey, name);
    return name;
}

QString AuditDetail::value(const QString& entity, const QString& key, const QJsonValue& value) const
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return QStringLiteral("—");
    if (value.isObject() || value.isArray())
        return QString::fromUtf8(AuditLog::canonical(value));
    if (isYesNo(key) && (value.isBool() || value.isDouble() || value.isString()))
        return value.toVariant().toString() == u"0" || value.toVariant().toString() == u"false" ? tr("no") : tr("yes");
    if (isPoints(key) && value.isDouble())
        return points::format(Cents(value.toInteger()));
    if (isPoints(key) && value.isString()) // a setting's stored text
        return points::format(value.toString().toLongLong());
    if (value.isDouble()) {
        const qint64 id = value.toInteger();
        if (key == u"member_id")
            return lookUp(QStringLiteral("SELECT name FROM members WHERE id = ?"), id);
        if (key == u"branch_id" || key == u"previous_branch_id" || key == u"parent_id")
            return lookUp(QStringLiteral("SELECT name FROM branches WHERE id = ?"), id);
        if (key == u"rule_id" && entity == u"branch_entries")
            return lookUp(QStringLiteral("SELECT code || ' ' || name FROM branch_rules WHERE id = ?"), id);
        if (key == u"rule_id")
            return lookUp(QStringLiteral("SELECT code FROM rules WHERE id = ?"), id);
        if (key == u"type_id")
            return lookUp(QStringLiteral("SELECT name FROM meeting_types WHERE id = ?"), id);
        return QString::number(value.toDouble(), 'g', 15);
    }
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    const QString text = value.toString();
    if (key.endsWith(u"_at")) { // stored as UTC ISO text
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (at.isValid())
            return DateText::second(at);
    }
    return text;
}

QString AuditDetail::field(const QString& entity, const QString& key, const QJsonValue& v) const
{
    return tr("%1: %2", "field: value").arg(fieldName(entity, key), value(entity, key, v));
}

QString AuditDetail::rowLine(const QString& entity, const QJsonObject& row) const
{
    QStringList fields;
    for (const QString& key : orderedKeys(entity, row))
        if (!row.value(key).isNull())
            fields << field(entity, key, row.value(key));
    return fields.join(tr("; ", "between the fields of one row"));
}

QStringList AuditDetail::objectLines(const QString& entity, const QJsonObject& object) const
{
    QStringList lines;
    const QJsonArray columns = object.value(QLatin1String("columns")).toArray();
    if (columns.isEmpty() || !object.value(QLatin1String("rows")).isArray()) {
        for (const QString& key : orderedKeys(entity, object))
            lines << QStringLiteral("  ") + field(entity, key, object.value(key));
        return lines;
    }
    // A batch: what every row shares, then each row.
    const QJsonObject constants = object.value(QLatin1String("constants")).toObject();
    if (!constants.isEmpty())
        lines << tr("Every row: %1").arg(rowLine(entity, constants));
    const QJsonArray rows = object.value(QLatin1String("rows")).toArray();
    lines << tr("%n row(s):", nullptr, int(rows.size()));
    const qsizetype shown = qMin<qsizetype>(rows.size(), maxBatchRows);
    for (qsizetype r = 0; r < shown; ++r) {
        const QJsonArray values = rows[r].toArray();
        QJsonObject row;
        for (qsizetype c = 0; c < columns.size() && c < values.size(); ++c)
            row.insert(columns[c].toString(), values[c]);
        lines << QStringLiteral("  %1. %2").arg(r + 1).arg(rowLine(entity, row));
    }
    if (rows.size() > shown)
        lines << QStringLiteral("  ") + tr("… and %n more row(s)", nullptr, int(rows.size() - shown));
    return lines;
}

QString AuditDetail::text(const AuditRecord& record) const
{
    const QJsonValue before = AuditLog::shown(record.before), after = AuditLog::shown(record.after);
    const QString& entity = record.entity;
    QStringList lines;
    if (before.isObject() && after.isObject()) {
        const QJsonObject b = before.toObject(), a = after.toObject();
        lines << tr("Changed:");
        // An update keeps the changed fields before and the whole row after (for verification): the fields that
        // changed are those before.
        for (const QString& key : orderedKeys(entity, b))
            if (b.value(key) != a.value(key))
                lines << QStringLiteral("  ")
                        + tr("%1: %2 → %3", "field: before → after")
                              .arg(fieldName(entity, key), value(entity, key, b.value(key)),
                                   value(entity, key, a.value(key)));
        return lines.join(u'\n');
    }
    const auto list = [&](const QString& heading, const QJsonValue& v) {
        if (v.isObject()) {
            lines << heading;
            lines << objectLines(entity, v.toObject());
        } else if (v.isArray()) {
            lines << heading;
            const QJsonArray items = v.toArray();
            for (const QJsonValue& item : items)
                lines << QStringLiteral("  ") + rowLine(entity, item.toObject());
            if (items.isEmpty())
                lines << QStringLiteral("  —");
        }
    };
    if (before.isArray() || after.isArray()) { // a list replaced as a whole: awards, grade bands
        list(tr("Before:"), before);
        list(tr("After:"), after);
    } else {
        list(tr("Removed:"), before);
        list(tr("Recorded:"), after);
    }
    return lines.join(u'\n');
}

} // namespace jifen
