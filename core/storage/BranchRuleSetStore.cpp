#include "BranchRuleSetStore.h"

#include "AuditedTables.h"
#include "Database.h"
#include "Ledger.h"
#include "StorageError.h"
#include "Transaction.h"

#include "io/BranchRuleSetFile.h"

#include <QHash>
#include <QSqlQuery>

namespace jifen {

namespace {

QVariant nullableInt(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant nullableText(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// What an audit record of a branch rule-set table says, in the user's language: "会议类型 ZWH：修改".
QString auditSummary(const QString& table, const QString& key, const QString& action)
{
    static const QHash<QString, const char*> tables{
        {QStringLiteral("meeting_types"), QT_TRANSLATE_NOOP("BranchRuleSetStore", "Meeting type")},
        {QStringLiteral("branch_rules"), QT_TRANSLATE_NOOP("BranchRuleSetStore", "Branch rule")},
        {QStringLiteral("branch_evaluation"), QT_TRANSLATE_NOOP("BranchRuleSetStore", "Branch evaluation")},
        {QStringLiteral("branch_tiers"), QT_TRANSLATE_NOOP("BranchRuleSetStore", "Tier")},
        {QStringLiteral("branch_awards"), QT_TRANSLATE_NOOP("BranchRuleSetStore", "Branch award")},
    };
    static const QHash<QString, const char*> actions{
        {QStringLiteral("add"), QT_TRANSLATE_NOOP("BranchRuleSetStore", "added")},
        {QStringLiteral("change"), QT_TRANSLATE_NOOP("BranchRuleSetStore", "changed")},
        {QStringLiteral("remove"), QT_TRANSLATE_NOOP("BranchRuleSetStore", "removed")},
    };
    const char* noun = tables.value(table);
    const char* verb = actions.value(action);
    return BranchRuleSetStore::tr("%1 %2: %3")
        .arg(noun ? BranchRuleSetStore::tr(noun) : table, key, verb ? BranchRuleSetStore::tr(verb) : action);
}

// The category column is NOT NULL: a rule without one (an empty cell, or no key in the file) has the empty text.
QString notNull(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

std::optional<qint64> intFrom(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

// One table's wanted rows, each keyed by its first value, and what may not be removed.
struct Table {
    QString name;
    QStringList columns; // the key column first
    QList<QVariantList> rows;
    QString usedSql; // "SELECT 1 FROM ... WHERE x_id = ? LIMIT 1": a row in use is kept; empty: rows are never in use
};

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

// Brings the table to the wanted rows: changed rows updated in place (their ids stay, for what refers to them),
// new rows inserted, rows no longer wanted deleted unless in use. Each row's change is audited.
bool sync(Ledger& ledger, const Table& table, QStringList* kept)
{
    Database& db = ledger.database();
    QHash<QString, std::pair<qint64, QVariantList>> existing;
    QStringList existingOrder;
    {
        QSqlQuery query = db.prepare(
            QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id").arg(table.columns.join(QStringLiteral(", ")), table.name));
        Database::exec(query);
        while (query.next()) {
            QVariantList values;
            for (qsizetype i = 0; i < table.columns.size(); ++i)
                values << query.value(int(i + 1));
            const QString key = values.constFirst().toString();
            existing.insert(key, {query.value(0).toLongLong(), values});
            existingOrder << key;
        }
    }
    bool changed = false;
    const auto audit = [&](const QString& action, qint64 id, const QString& key, const QJsonValue& before,
                           const QJsonValue& after) {
        ledger.audit().append(ledger.actor(), table.name + u'.' + action, table.name, id,
                              auditSummary(table.name, key, action), before, after);
        changed = true;
    };
    QSet<QString> wanted;
    for (const QVariantList& row : table.rows) {
        const QString key = row.constFirst().toString();
        wanted.insert(key);
        const auto found = existing.constFind(key);
        if (found == existing.constEnd()) {
            QSqlQuery insert = db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                                              .arg(table.name, table.columns.join(QStringLiteral(", ")),
                                                   QStringList(table.columns.size(), QStringLiteral("?")).join(u',')));
            for (const QVariant& value : row)
                insert.addBindValue(value);
            const qint64 id = Database::insertReturningId(insert);
            audit(QStringLiteral("add"), id, key, QJsonValue::Null, ledger.rowJson(table.name, id));
            continue;
        }
        bool same = true;
        for (qsizetype i = 0; i < row.size(); ++i)
            same = same && sameValue(row[i], found->second[i]);
        if (same)
            continue;
        const qint64 id = found->first;
        const QJsonObject before = ledger.rowJson(table.name, id);
        QSqlQuery update = db.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                                          .arg(table.name, table.columns.join(QStringLiteral(" = ?, "))));
        for (const QVariant& value : row)
            update.addBindValue(value);
        update.addBindValue(id);
        Database::exec(update);
        audit(QStringLiteral("change"), id, key, before, ledger.rowJson(table.name, id));
    }
    for (const QString& key : std::as_const(existingOrder)) {
        if (wanted.contains(key))
            continue;
        const qint64 id = existing.value(key).first;
        if (!table.usedSql.isEmpty()) {
            QSqlQuery used = db.prepare(table.usedSql);
            used.addBindValue(id);
            Database::exec(used);
            if (used.next()) {
                if (kept)
                    *kept << key;
                continue;
            }
        }
        const QJsonObject before = ledger.rowJson(table.name, id);
        QSqlQuery remove = db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table.name));
        remove.addBindValue(id);
        Database::exec(remove);
        audit(QStringLiteral("remove"), id, key, before, QJsonValue::Null);
    }
    return changed;
}

} // namespace

void BranchRuleSetStore::read(const Database& db, RuleSet& set)
{
    QSqlQuery types = db.prepare(QStringLiteral("SELECT id, code, name, required_per_year, present_rule, absent_rule"
                                                " FROM meeting_types ORDER BY position, id"));
    Database::exec(types);
    while (types.next())
        set.meetingTypes << MeetingType{types.value(0).toLongLong(), types.value(1).toString(),
                                        types.value(2).toString(),   types.value(3).toInt(),
                                        types.value(4).toString(),   types.value(5).toString()};

    QSqlQuery rules = db.prepare(QStringLiteral("SELECT id, code, name, category, points, cap_month, cap_year, veto"
                                                " FROM branch_rules ORDER BY position, id"));
    Database::exec(rules);
    while (rules.next())
        set.branchRules << BranchRule{rules.value(0).toLongLong(), rules.value(1).toString(), rules.value(2).toString(),
                                      rules.value(3).toString(),   rules.value(4).toLongLong(), intFrom(rules.value(5)),
                                      intFrom(rules.value(6)),     rules.value(7).toBool()};

    QSqlQuery evaluation = db.prepare(QStringLiteral("SELECT member_points_max, full_at, participation_max,"
                                                     " meetings_max, attendance_max, member_veto FROM branch_evaluation"
                                                     " ORDER BY id"));
    Database::exec(evaluation);
    if (evaluation.next())
        set.branchEvaluation = BranchEvaluationSettings{evaluation.value(0).toLongLong(), evaluation.value(1).toLongLong(),
                                                        evaluation.value(2).toLongLong(), evaluation.value(3).toLongLong(),
                                                        evaluation.value(4).toLongLong(), evaluation.value(5).toBool()};

    QSqlQuery tiers = db.prepare(QStringLiteral("SELECT name, min_score, max_share FROM branch_tiers ORDER BY position, id"));
    Database::exec(tiers);
    while (tiers.next())
        set.branchTiers << BranchTier{tiers.value(0).toString(), intFrom(tiers.value(1)), intFrom(tiers.value(2))};

    QSqlQuery awards = db.prepare(QStringLiteral("SELECT code, name, min_score, min_tier, no_veto, min_meeting_rate,"
                                                 " min_attendance, top_percent, quota FROM branch_awards"
                                                 " ORDER BY position, id"));
    Database::exec(awards);
    while (awards.next()) {
        BranchAward a;
        a.code = awards.value(0).toString();
        a.name = awards.value(1).toString();
        a.minScore = intFrom(awards.value(2));
        a.minTier = awards.value(3).toString();
        a.noVeto = awards.value(4).toBool();
        a.minMeetingRate = intFrom(awards.value(5));
        a.minAttendance = intFrom(awards.value(6));
        a.topPercent = intFrom(awards.value(7));
        if (!awards.value(8).isNull())
            a.quota = awards.value(8).toInt();
        set.branchAwards << a;
    }
}

bool BranchRuleSetStore::write(Ledger& ledger, const RuleSet& set, QStringList* kept)
{
    const QStringList problems = BranchRuleSetFile::check(set);
    if (!problems.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, problems.join(u'\n'));
    for (const MeetingType& t : set.meetingTypes)
        if (t.code.trimmed().isEmpty() || t.name.trimmed().isEmpty() || t.requiredPerYear < 0)
            throw StorageError(StorageError::Kind::Invalid, tr("A meeting type needs a code and a name."));
    for (const BranchRule& r : set.branchRules)
        if (r.code.trimmed().isEmpty() || r.name.trimmed().isEmpty() || r.points == 0
            || (r.capMonth && *r.capMonth <= 0) || (r.capYear && *r.capYear <= 0))
            throw StorageError(StorageError::Kind::Invalid,
                               tr("Branch rule %1 needs a code, a name, non-zero points and positive caps.").arg(r.code));

    Table types{QStringLiteral("meeting_types"),
                {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("required_per_year"),
                 QStringLiteral("present_rule"), QStringLiteral("absent_rule"), QStringLiteral("position")},
                {},
                QStringLiteral("SELECT 1 FROM meetings WHERE type_id = ? LIMIT 1")};
    for (const MeetingType& t : set.meetingTypes)
        types.rows << QVariantList{t.code.trimmed(), t.name.trimmed(), t.requiredPerYear, nullableText(t.presentRule),
                                   nullableText(t.absentRule), qint64(types.rows.size())};

    Table rules{QStringLiteral("branch_rules"),
                {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("category"), QStringLiteral("points"),
                 QStringLiteral("cap_month"), QStringLiteral("cap_year"), QStringLiteral("veto"),
                 QStringLiteral("position")},
                {},
                QStringLiteral("SELECT 1 FROM branch_entries WHERE rule_id = ? LIMIT 1")};
    for (const BranchRule& r : set.branchRules)
        rules.rows << QVariantList{r.code.trimmed(),       r.name.trimmed(),    notNull(r.category.trimmed()),
                                   r.points,               nullableInt(r.capMonth), nullableInt(r.capYear),
                                   qint64(r.veto ? 1 : 0), qint64(rules.rows.size())};

    // One row, keyed by a constant, while the rule set has the key.
    Table evaluation{QStringLiteral("branch_evaluation"),
                     {QStringLiteral("member_veto"), QStringLiteral("member_points_max"), QStringLiteral("full_at"),
                      QStringLiteral("participation_max"), QStringLiteral("meetings_max"),
                      QStringLiteral("attendance_max")},
                     {},
                     {}};
    if (const auto& e = set.branchEvaluation)
        evaluation.rows << QVariantList{qint64(e->memberVeto ? 1 : 0), e->memberPointsMax, e->fullAt,
                                        e->participationMax,        e->meetingsMax,      e->attendanceMax};

    Table tiers{QStringLiteral("branch_tiers"),
                {QStringLiteral("name"), QStringLiteral("min_score"), QStringLiteral("max_share"),
                 QStringLiteral("position")},
                {},
                {}};
    for (const BranchTier& t : set.branchTiers)
        tiers.rows << QVariantList{t.name.trimmed(), nullableInt(t.minScore), nullableInt(t.maxShare),
                                   qint64(tiers.rows.size())};

    Table awards{QStringLiteral("branch_awards"),
                 {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("min_score"),
                  QStringLiteral("min_tier"), QStringLiteral("no_veto"), QStringLiteral("min_meeting_rate"),
                  QStringLiteral("min_attendance"), QStringLiteral("top_percent"), QStringLiteral("quota"),
                  QStringLiteral("position")},
                 {},
                 {}};
    for (const BranchAward& a : set.branchAwards)
        awards.rows << QVariantList{a.code.trimmed(),
                                    a.name.trimmed(),
                                    nullableInt(a.minScore),
                                    nullableText(a.minTier),
                                    qint64(a.noVeto ? 1 : 0),
                                    nullableInt(a.minMeetingRate),
                                    nullableInt(a.minAttendance),
                                    nullableInt(a.topPercent),
                                    a.quota ? QVariant(qint64(*a.quota)) : QVariant(QMetaType::fromType<qlonglong>()),
                                    qint64(awards.rows.size())};

    bool changed = false;
    for (const Table* table : {&types, &rules, &evaluation, &tiers, &awards})
        changed = sync(ledger, *table, kept) || changed;
    return changed;
}

bool BranchRuleSetStore::save(Ledger& ledger, const RuleSet& set, QStringList* kept)
{
    ledger.actor().require(Actor::Permission::ManageRules);
    Transaction transaction(ledger.database());
    const bool changed = write(ledger, set, kept);
    transaction.commit();
    return changed;
}

} // namespace jifen
