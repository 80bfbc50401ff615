#include "AuditedTables.h"

#include "CanonicalJson.h"

#include <QHash>

#include <algorithm>

namespace jifen {

namespace {

const QHash<QString, QStringList>& all()
{
    static const QHash<QString, QStringList> columns{
        {QStringLiteral("branches"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("parent_id"),
                                      QStringLiteral("kind")}},
        {QStringLiteral("members"),
         {QStringLiteral("id"), QStringLiteral("id_number"), QStringLiteral("name"), QStringLiteral("gender"),
          QStringLiteral("birth_date"), QStringLiteral("ethnicity"), QStringLiteral("education"),
          QStringLiteral("branch_id"), QStringLiteral("join_date"), QStringLiteral("full_member_date"),
          QStringLiteral("category"), QStringLiteral("phone"), QStringLiteral("position"), QStringLiteral("status"),
          QStringLiteral("status_date"), QStringLiteral("notes")}},
        {QStringLiteral("rules"), {QStringLiteral("id"), QStringLiteral("code")}},
        {QStringLiteral("rule_versions"),
         {QStringLiteral("id"), QStringLiteral("rule_id"), QStringLiteral("effective_from"), QStringLiteral("name"),
          QStringLiteral("category"), QStringLiteral("points"), QStringLiteral("cap_month"), QStringLiteral("cap_year"),
          QStringLiteral("veto"), QStringLiteral("created_by"), QStringLiteral("created_at")}},
        {QStringLiteral("entries"),
         {QStringLiteral("id"), QStringLiteral("member_id"), QStringLiteral("rule_id"), QStringLiteral("date"),
          QStringLiteral("quantity"), QStringLiteral("note"), QStringLiteral("entered_by"), QStringLiteral("entered_at"),
          QStringLiteral("needs_review")}},
        {QStringLiteral("reversals"), {QStringLiteral("id"), QStringLiteral("entry_id"), QStringLiteral("reason"),
                                       QStringLiteral("reversed_by"), QStringLiteral("reversed_at")}},
        {QStringLiteral("entry_reviews"),
         {QStringLiteral("id"), QStringLiteral("entry_id"), QStringLiteral("decision"), QStringLiteral("reason"),
          QStringLiteral("reviewed_by"), QStringLiteral("reviewed_at")}},
        {QStringLiteral("operators"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("role"),
                                       QStringLiteral("password_hash"), QStringLiteral("active"),
                                       QStringLiteral("created_at")}},
        {QStringLiteral("publications"),
         {QStringLiteral("id"), QStringLiteral("period"), QStringLiteral("branch_id"), QStringLiteral("scope"),
          QStringLiteral("published_at"), QStringLiteral("published_by"), QStringLiteral("notice_from"),
          QStringLiteral("notice_to"), QStringLiteral("title"), QStringLiteral("row_count"),
          QStringLiteral("rows_json")}},
        {QStringLiteral("pledges"),
         {QStringLiteral("id"), QStringLiteral("member_id"), QStringLiteral("year"), QStringLiteral("text"),
          QStringLiteral("due_date"), QStringLiteral("created_by"), QStringLiteral("created_at")}},
        {QStringLiteral("pledge_reviews"),
         {QStringLiteral("id"), QStringLiteral("pledge_id"), QStringLiteral("result"), QStringLiteral("note"),
          QStringLiteral("entry_id"), QStringLiteral("supersedes_id"), QStringLiteral("reviewed_by"),
          QStringLiteral("reviewed_at")}},
        {QStringLiteral("opinion_issues"),
         {QStringLiteral("id"), QStringLiteral("member_id"), QStringLiteral("year_from"), QStringLiteral("year_to"),
          QStringLiteral("opinion"), QStringLiteral("issued_by"), QStringLiteral("issued_at")}},
        {QStringLiteral("roster_history"),
         {QStringLiteral("id"), QStringLiteral("member_id"), QStringLiteral("date"), QStringLiteral("status"),
          QStringLiteral("branch_id"), QStringLiteral("previous_status"), QStringLiteral("previous_branch_id"),
          QStringLiteral("note"), QStringLiteral("recorded_by"), QStringLiteral("recorded_at")}},
        // --- branches (branch-spec.md) ---
        {QStringLiteral("meeting_types"),
         {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("required_per_year"),
          QStringLiteral("present_rule"), QStringLiteral("absent_rule"), QStringLiteral("position")}},
        {QStringLiteral("branch_rules"),
         {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("category"),
          QStringLiteral("points"), QStringLiteral("cap_month"), QStringLiteral("cap_year"), QStringLiteral("veto"),
          QStringLiteral("position")}},
        {QStringLiteral("branch_evaluation"),
         {QStringLiteral("id"), QStringLiteral("member_points_max"), QStringLiteral("full_at"),
          QStringLiteral("participation_max"), QStringLiteral("meetings_max"), QStringLiteral("attendance_max"),
          QStringLiteral("member_veto")}},
        {QStringLiteral("branch_tiers"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("min_score"),
                                          QStringLiteral("max_share"), QStringLiteral("position")}},
        {QStringLiteral("branch_awards"),
         {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("min_score"),
          QStringLiteral("min_tier"), QStringLiteral("no_veto"), QStringLiteral("min_meeting_rate"),
          QStringLiteral("min_attendance"), QStringLiteral("top_percent"), QStringLiteral("quota"),
          QStringLiteral("position")}},
        {QStringLiteral("meetings"), {QStringLiteral("id"), QStringLiteral("branch_id"), QStringLiteral("type_id"),
                                      QStringLiteral("date"), QStringLiteral("topic"), QStringLiteral("entered_by"),
                                      QStringLiteral("entered_at")}},
        {QStringLiteral("meeting_cancellations"),
         {QStringLiteral("id"), QStringLiteral("meeting_id"), QStringLiteral("reason"), QStringLiteral("cancelled_by"),
          QStringLiteral("cancelled_at")}},
        {QStringLiteral("meeting_attendance"),
         {QStringLiteral("id"), QStringLiteral("meeting_id"), QStringLiteral("member_id"), QStringLiteral("attendance"),
          QStringLiteral("entry_id"), QStringLiteral("recorded_by"), QStringLiteral("recorded_at")}},
        {QStringLiteral("branch_entries"),
         {QStringLiteral("id"), QStringLiteral("branch_id"), QStringLiteral("rule_id"), QStringLiteral("date"),
          QStringLiteral("quantity"), QStringLiteral("note"), QStringLiteral("entered_by"),
          QStringLiteral("entered_at")}},
        {QStringLiteral("branch_reversals"), {QStringLiteral("id"), QStringLiteral("entry_id"), QStringLiteral("reason"),
                                              QStringLiteral("reversed_by"), QStringLiteral("reversed_at")}},
        // --- end of branches ---
    };
    return columns;
}

} // namespace

const QStringList& AuditedTables::tables()
{
    static const QStringList names{QStringLiteral("branches"),      QStringLiteral("members"),
                                   QStringLiteral("rules"),         QStringLiteral("rule_versions"),
                                   QStringLiteral("entries"),       QStringLiteral("reversals"),
                                   QStringLiteral("entry_reviews"), QStringLiteral("operators"),
                                   QStringLiteral("publications"),  QStringLiteral("pledges"),
                                   QStringLiteral("pledge_reviews"), QStringLiteral("opinion_issues"),
                                   QStringLiteral("roster_history"),
                                   // --- branches (branch-spec.md) ---
                                   QStringLiteral("meeting_types"), QStringLiteral("branch_rules"),
                                   QStringLiteral("branch_evaluation"), QStringLiteral("branch_tiers"),
                                   QStringLiteral("branch_awards"), QStringLiteral("meetings"),
                                   QStringLiteral("meeting_cancellations"), QStringLiteral("meeting_attendance"),
                                   QStringLiteral("branch_entries"), QStringLiteral("branch_reversals")};
    return names;
}

const QStringList& AuditedTables::columns(const QString& table)
{
    static const QStringList none;
    const auto it = all().constFind(table);
    return it == all().constEnd() ? none : *it;
}

QString AuditedTables::select(const QString& table)
{
    Q_ASSERT(all().contains(table));
    return QStringLiteral("SELECT %1 FROM %2").arg(columns(table).join(QStringLiteral(", ")), table);
}

QString AuditedTables::returning(const QString& table)
{
    Q_ASSERT(all().contains(table));
    return QStringLiteral(" RETURNING %1").arg(columns(table).join(QStringLiteral(", ")));
}

namespace {

// SQLite's driver gives integers as qlonglong; PostgreSQL's gives a positive BIGINT as qulonglong.
bool isInteger(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

} // namespace

QJsonValue AuditedTables::jsonValue(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    if (isInteger(value))
        return value.toLongLong();
    return value.toString();
}

QJsonObject AuditedTables::rowJson(const QSqlQuery& query, const QString& table)
{
    QJsonObject object;
    const QStringList& names = columns(table);
    for (qsizetype i = 0; i < names.size(); ++i)
        object.insert(names[i], jsonValue(query.value(static_cast<int>(i))));
    return object;
}

qint64 AuditedTables::appendCanonicalRow(QByteArray& out, const QSqlQuery& query, const QString& table)
{
    // The table's columns in the order QJsonObject keeps its keys (code-unit order; all are ASCII names), worked out
    // once per table and thread.
    struct Field {
        QByteArray key; // `"name":`
        int column;
    };
    struct Order {
        QList<Field> fields;
        int idColumn = -1;
    };
    thread_local QHash<QString, Order> orders;
    Order& order = orders[table];
    if (order.fields.isEmpty()) {
        const QStringList& names = columns(table);
        for (qsizetype i = 0; i < names.size(); ++i) {
            Q_ASSERT(QString::fromLatin1(names[i].toLatin1()) == names[i] && !names[i].contains(u'"'));
            order.fields.append({'"' + names[i].toLatin1() + "\":", int(i)});
        }
        // `"a":` sorts before `"ab":` as "a" before "ab": '"' is below every character of a name.
        std::sort(order.fields.begin(), order.fields.end(),
                  [](const Field& a, const Field& b) { return a.key < b.key; });
        order.idColumn = int(names.indexOf(QStringLiteral("id")));
    }

    qint64 id = 0;
    out += '{';
    bool first = true;
    for (const Field& field : std::as_const(order.fields)) {
        if (!first)
            out += ',';
        first = false;
        out += field.key;
        const QVariant value = query.value(field.column);
        if (value.isNull()) {
            out += "null";
        } else if (isInteger(value)) {
            const qint64 number = value.toLongLong();
            canonicalJson::appendNumber(out, number);
            if (field.column == order.idColumn)
                id = number;
        } else {
            canonicalJson::appendString(out, value.toString());
        }
    }
    out += '}';
    return id;
}

} // namespace jifen
