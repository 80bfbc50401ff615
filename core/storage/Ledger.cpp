#include "Ledger.h"

#include "AuditedTables.h"
#include "BranchRuleSetStore.h"
#include "Database.h"
#include "MemberSearchKeys.h"
#include "RosterHistory.h"
#include "Operators.h"
#include "ScoreStore.h"
#include "SqliteHandle.h"
#include "StorageError.h"
#include "StoredDates.h"
#include "Transaction.h"

#include "model/IdNumber.h"
#include "model/MemberValidation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace jifen {

namespace {

QVariant centsValue(const std::optional<Cents>& cents)
{
    return cents ? QVariant(*cents) : QVariant(QMetaType::fromType<qlonglong>());
}

std::optional<Cents> centsFrom(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// Empty text is stored as '' (the columns are NOT NULL), never as NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value.trimmed();
}

// The member columns a clerk edits, in the order bindMemberColumns binds them.
const QStringList editedMemberColumns {
    QStringLiteral("name"),       QStringLiteral("gender"),      QStringLiteral("id_number"),
    QStringLiteral("birth_date"), QStringLiteral("ethnicity"),   QStringLiteral("education"),
    QStringLiteral("branch_id"),  QStringLiteral("join_date"),   QStringLiteral("full_member_date"),
    QStringLiteral("category"),   QStringLiteral("phone"),       QStringLiteral("position"),
    QStringLiteral("status"),     QStringLiteral("status_date"), QStringLiteral("notes")};

void bindMemberColumns(QSqlQuery& query, const Member& member)
{
    query.addBindValue(member.name.trimmed());
    query.addBindValue(text(member.gender));
    query.addBindValue(member.idNumber);
    query.addBindValue(dateValue(member.birthDate));
    query.addBindValue(text(member.ethnicity));
    query.addBindValue(text(member.education));
    query.addBindValue(member.branchId);
    query.addBindValue(dateValue(member.joinDate));
    query.addBindValue(dateValue(member.fullMemberDate));
    query.addBindValue(text(member.category));
    query.addBindValue(text(member.phone));
    query.addBindValue(text(member.position));
    query.addBindValue(text(member.status));
    query.addBindValue(dateValue(member.statusDate));
    query.addBindValue(text(member.notes));
}

// The changed columns of a member, named as the clerk reads them in the audit log ("status_date" is 状态日期).
QString memberFieldNames(const QStringList& columns)
{
    static const QHash<QString, const char*> names {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Ledger", "name")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("Ledger", "gender")},
        {QStringLiteral("id_number"), QT_TRANSLATE_NOOP("Ledger", "ID number")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("Ledger", "birth date")},
        {QStringLiteral("ethnicity"), QT_TRANSLATE_NOOP("Ledger", "ethnicity")},
        {QStringLiteral("education"), QT_TRANSLATE_NOOP("Ledger", "education")},
        {QStringLiteral("branch_id"), QT_TRANSLATE_NOOP("Ledger", "branch")},
        {QStringLiteral("join_date"), QT_TRANSLATE_NOOP("Ledger", "join date")},
        {QStringLiteral("full_member_date"), QT_TRANSLATE_NOOP("Ledger", "full-member date")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("Ledger", "category")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("Ledger", "phone")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("Ledger", "position")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Ledger", "status")},
        {QStringLiteral("status_date"), QT_TRANSLATE_NOOP("Ledger", "status date")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("Ledger", "notes")},
    };
    QStringList shown;
    for (const QString& column : columns) {
        const char* name = names.value(column);
        shown << (name ? QCoreApplication::translate("Ledger", name) : column);
    }
    return shown.join(QCoreApplication::translate("Ledger", ", "));
}

} // namespace

Ledger::Ledger(Database& db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_audit(db)
{
    if (m_actor.role == Actor::Role::SingleUser && Operators::any(m_db))
        throw StorageError(StorageError::Kind::Permission,
                           tr("This ledger has operators: sign in with your operator name and password."));
    ScoreStore::registerVerifierCheck();
}

QString Ledger::nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonObject Ledger::rowJson(const QString& table, qint64 id) const
{
    QSqlQuery query = m_db.prepare(AuditedTables::select(table) + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    Database::exec(query);
    return query.next() ? AuditedTables::rowJson(query, table) : QJsonObject();
}

qint64 Ledger::insertAudited(QSqlQuery& insert, const QString& table, const QString& action, const QString& summary)
{
    // The record is written as its canonical text straight from the returned row: reading the row back and building
    // it as JSON was a fifth of an add-points.
    Database::exec(insert);
    if (!insert.next())
        Database::fail(insert);
    QByteArray after;
    const qint64 id = AuditedTables::appendCanonicalRow(after, insert, table);
    insert.finish();
    m_audit.appendCanonical(m_actor, action, table, id, summary, QByteArrayLiteral("null"), after);
    return id;
}

void Ledger::recordReveal(const QString& what)
{
    m_actor.require(Actor::Permission::RevealIds);
    Transaction transaction(m_db);
    m_audit.append(m_actor, QStringLiteral("ids.reveal"), QStringLiteral("members"), 0, what, QJsonValue::Null,
                   QJsonValue::Null);
    transaction.commit();
}

// --- settings ------------------------------------------------------------------------------------------------------

QString Ledger::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    Database::exec(query);
    return query.next() ? query.value(0).toString() : fallback;
}

void Ledger::setSetting(const QString& key, const QString& value)
{
    m_actor.require(Actor::Permission::ManageSettings);
    Transaction transaction(m_db);
    putSetting(key, value);
    transaction.commit();
}

void Ledger::putSetting(const QString& key, const QString& value)
{
    // The name heads every report and list printed for notice: a blank one would print a nameless document.
    if (key == u"organisation" && value.trimmed().isEmpty())
        refuse(tr("The organisation's name cannot be empty."));
    const QString old = setting(key);
    QSqlQuery exists = m_db.prepare(QStringLiteral("SELECT 1 FROM settings WHERE key = ?"));
    exists.addBindValue(key);
    Database::exec(exists);
    const bool had = exists.next();
    if (had && old == value)
        return;
    QSqlQuery write = m_db.prepare(had ? QStringLiteral("UPDATE settings SET value = ? WHERE key = ?")
                                       : QStringLiteral("INSERT INTO settings (value, key) VALUES (?, ?)"));
    write.addBindValue(value);
    write.addBindValue(key);
    Database::exec(write);
    m_audit.append(m_actor, QStringLiteral("setting.set"), QStringLiteral("settings"), 0,
                   tr("Setting %1 changed").arg(key),
                   had ? QJsonValue(QJsonObject{{key, old}}) : QJsonValue(QJsonValue::Null), QJsonObject{{key, value}});
}

// --- branches ------------------------------------------------------------------------------------------------------

QList<Branch> Ledger::branches() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT id, name, parent_id, kind FROM branches ORDER BY id"));
    Database::exec(query);
    QList<Branch> result;
    while (query.next())
        result << Branch{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                         branchKindFromKey(query.value(3).toString())};
    return result;
}

std::optional<Branch> Ledger::branchByName(const QString& name) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT id, name, parent_id, kind FROM branches WHERE name = ?"));
    query.addBindValue(name.trimmed());
    Database::exec(query);
    if (!query.next())
        return std::nullopt;
    return Branch{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                  branchKindFromKey(query.value(3).toString())};
}

qint64 Ledger::addBranch(const Branch& branch)
{
    m_actor.require(Actor::Permission::ManageMembers);
    const QString name = branch.name.trimmed();
    if (name.isEmpty())
        refuse(tr("A branch needs a name."));
    if (branchByName(name))
        refuse(tr("A branch named %1 already exists.").arg(name));
    Transaction transaction(m_db);
    // An id is given when undo brings a deleted branch back.
    QSqlQuery insert = m_db.prepare(branch.id > 0 ? QStringLiteral("INSERT INTO branches (name, parent_id, kind, id)"
                                                                   " VALUES (?, ?, ?, ?) RETURNING id")
                                                  : QStringLiteral("INSERT INTO branches (name, parent_id, kind)"
                                                                   " VALUES (?, ?, ?) RETURNING id"));
    insert.addBindValue(name);
    insert.addBindValue(branch.parentId > 0 ? QVariant(branch.parentId) : QVariant(QMetaType::fromType<qlonglong>()));
    insert.addBindValue(branchKindKey(branch.kind));
    if (branch.id > 0)
        insert.addBindValue(branch.id);
    const qint64 id = Database::insertReturningId(insert);
    m_audit.append(m_actor, QStringLiteral("branch.add"), QStringLiteral("branches"), id,
                   tr("Branch %1 created").arg(name), QJsonValue::Null, rowJson(QStringLiteral("branches"), id));
    transaction.commit();
    return id;
}

void Ledger::removeBranch(qint64 id)
{
    m_actor.require(Actor::Permission::ManageMembers);
    QSqlQuery used = m_db.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM members WHERE branch_id = ?)"
                                                 " + (SELECT COUNT(*) FROM branches WHERE parent_id = ?)"
                                                 " + (SELECT COUNT(*) FROM roster_history"
                                                 " WHERE branch_id = ? OR previous_branch_id = ?)"));
    for (int i = 0; i < 4; ++i)
        used.addBindValue(id);
    Database::exec(used);
    if (used.next() && used.value(0).toLongLong() > 0)
        refuse(tr("A branch with members, branches below it or a roster history cannot be removed."));
    used.finish();
    const QJsonObject before = rowJson(QStringLiteral("branches"), id);
    if (before.isEmpty())
        throw StorageError(StorageError::Kind::NotFound, tr("No branch with id %1.").arg(id));
    Transaction transaction(m_db);
    QSqlQuery remove = m_db.prepare(QStringLiteral("DELETE FROM branches WHERE id = ?"));
    remove.addBindValue(id);
    Database::exec(remove);
    m_audit.append(m_actor, QStringLiteral("branch.remove"), QStringLiteral("branches"), id,
                   tr("Branch %1 removed").arg(before.value(QStringLiteral("name")).toString()), before,
                   QJsonValue::Null);
    transaction.commit();
}

qint64 Ledger::ensureBranch(const QString& name)
{
    if (const auto existing = branchByName(name))
        return existing->id;
    Branch branch;
    branch.name = name;
    return addBranch(branch);
}

// --- members -------------------------------------------------------------------------------------------------------

static const char memberColumns[] = "m.id, m.name, m.gender, m.id_number, m.birth_date, m.ethnicity, m.education,"
                                    " m.branch_id, b.name, m.join_date, m.full_member_date, m.category, m.phone,"
                                    " m.position, m.status, m.status_date, m.notes";

QString Ledger::memberSelect()
{
    return QStringLiteral("SELECT %1 FROM members m JOIN branches b ON b.id = m.branch_id")
        .arg(QLatin1String(memberColumns));
}

Member Ledger::readMember(const QSqlQuery& q)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.gender = q.value(2).toString();
    m.idNumber = q.value(3).toString();
    m.birthDate = dateFrom(q.value(4));
    m.ethnicity = q.value(5).toString();
    m.education = q.value(6).toString();
    m.branchId = q.value(7).toLongLong();
    m.branchName = q.value(8).toString();
    m.joinDate = dateFrom(q.value(9));
    m.fullMemberDate = dateFrom(q.value(10));
    m.category = q.value(11).toString();
    m.phone = q.value(12).toString();
    m.position = q.value(13).toString();
    m.status = q.value(14).toString();
    m.statusDate = dateFrom(q.value(15));
    m.notes = q.value(16).toString();
    return m;
}

void Ledger::validateMember(const Member& m) const
{
    validateMember(m, QDate::currentDate());
}

void Ledger::validateMember(const Member& m, QDate today) const
{
    // The same rules as the roster import's (MemberValidation), so a record is refused everywhere or nowhere.
    const QList<MemberValidation::Problem> problems = MemberValidation::check(m, today);
    if (!problems.isEmpty())
        refuse(m.name.trimmed().isEmpty() ? problems.constFirst().message
                                          : tr("Member %1: %2").arg(m.name.trimmed(), problems.constFirst().message));
    if (m.branchId <= 0)
        refuse(tr("Member %1 needs a branch.").arg(m.name));
}

qint64 Ledger::addMember(const Member& member)
{
    m_actor.require(Actor::Permission::ManageMembers);
    validateMember(member);
    if (memberByIdNumber(member.idNumber))
        refuse(tr("A member with ID number %1 already exists.").arg(IdNumber::masked(member.idNumber)));
    if (member.id > 0 && this->member(member.id))
        refuse(tr("A member with id %1 already exists.").arg(member.id));
    Transaction transaction(m_db);
    // An id is given when undo brings a deleted member back.
    const QString columns = editedMemberColumns.join(QStringLiteral(", "));
    QSqlQuery insert = m_db.prepare(
        member.id > 0 ? QStringLiteral("INSERT INTO members (%1, id) VALUES (%2?) RETURNING id")
                            .arg(columns, QStringLiteral("?, ").repeated(15))
                      : QStringLiteral("INSERT INTO members (%1) VALUES (%2) RETURNING id")
                            .arg(columns, QStringLiteral("?, ").repeated(14) + u'?'));
    bindMemberColumns(insert, member);
    if (member.id > 0)
        insert.addBindValue(member.id);
    const qint64 id = Database::insertReturningId(insert);
    MemberSearchKeys::write(m_db, id, member.name, member.idNumber, text(member.phone));
    m_audit.append(m_actor, QStringLiteral("member.add"), QStringLiteral("members"), id,
                   tr("Member %1 added").arg(member.name.trimmed()), QJsonValue::Null,
                   rowJson(QStringLiteral("members"), id));
    if (!member.isCurrent() && member.statusDate.isValid()) {
        // A member entered as already gone was on the roster until then: the history says so.
        Member before = member;
        before.id = id;
        before.status = QStringLiteral("在册");
        Member after = member;
        after.id = id;
        RosterHistory(*this).record(before, after, member.statusDate, QString());
    }
    transaction.commit();
    return id;
}

bool Ledger::updateMember(const Member& member, QDate rosterDate, const QString& rosterNote)
{
    m_actor.require(Actor::Permission::ManageMembers);
    validateMember(member);
    const auto old = this->member(member.id);
    if (!old)
        throw StorageError(StorageError::Kind::NotFound, tr("No member with id %1.").arg(member.id));
    if (old->idNumber != member.idNumber && memberByIdNumber(member.idNumber))
        refuse(tr("A member with ID number %1 already exists.").arg(IdNumber::masked(member.idNumber)));
    Transaction transaction(m_db);
    const QJsonObject before = rowJson(QStringLiteral("members"), member.id);
    QSqlQuery update = m_db.prepare(QStringLiteral("UPDATE members SET %1 = ? WHERE id = ?")
                                        .arg(editedMemberColumns.join(QStringLiteral(" = ?, "))));
    bindMemberColumns(update, member);
    update.addBindValue(member.id);
    Database::exec(update);
    const QJsonObject after = rowJson(QStringLiteral("members"), member.id);
    if (after == before)
        return false; // the transaction rolls back: nothing changed, nothing is recorded
    QJsonObject changedBefore, changedAfter;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value()) {
            changedBefore.insert(it.key(), before.value(it.key()));
            changedAfter.insert(it.key(), it.value());
        }
    }
    MemberSearchKeys::write(m_db, member.id, member.name, member.idNumber, text(member.phone));
    if (old->status != text(member.status) || old->branchId != member.branchId) {
        // As a clerk dates it: the status date given with a new status, else the day it is entered.
        QDate date = rosterDate;
        if (!date.isValid())
            date = old->status != text(member.status) && member.statusDate.isValid() ? member.statusDate
                                                                                    : QDate::currentDate();
        RosterHistory(*this).record(*old, member, date, rosterNote);
    }
    // The record keeps the whole row after the change (for verification) and the fields that changed.
    QJsonObject fullAfter = after;
    m_audit.append(m_actor, QStringLiteral("member.update"), QStringLiteral("members"), member.id,
                   tr("Member %1 changed: %2").arg(member.name.trimmed(), memberFieldNames(changedAfter.keys())),
                   changedBefore, fullAfter);
    transaction.commit();
    return true;
}

void Ledger::removeMember(qint64 id)
{
    m_actor.require(Actor::Permission::ManageMembers);
    const auto old = member(id);
    if (!old)
        throw StorageError(StorageError::Kind::NotFound, tr("No member with id %1.").arg(id));
    QSqlQuery used = m_db.prepare(QStringLiteral("SELECT 1 FROM entries WHERE member_id = ? LIMIT 1"));
    used.addBindValue(id);
    Database::exec(used);
    if (used.next())
        refuse(tr("Member %1 has points entries and cannot be removed; mark the member 转出 instead.").arg(old->name));
    used.finish();
    if (RosterHistory(*this).lastChangeDate(id).isValid())
        refuse(tr("Member %1 has a roster history and cannot be removed.").arg(old->name));
    Transaction transaction(m_db);
    const QJsonObject before = rowJson(QStringLiteral("members"), id);
    QSqlQuery remove = m_db.prepare(QStringLiteral("DELETE FROM members WHERE id = ?"));
    remove.addBindValue(id);
    Database::exec(remove);
    m_audit.append(m_actor, QStringLiteral("member.remove"), QStringLiteral("members"), id,
                   tr("Member %1 removed").arg(old->name), before, QJsonValue::Null);
    transaction.commit();
}

std::optional<Member> Ledger::member(qint64 id) const
{
    QSqlQuery query = m_db.prepare(memberSelect() + QStringLiteral(" WHERE m.id = ?"));
    query.addBindValue(id);
    Database::exec(query);
    if (!query.next())
        return std::nullopt;
    return readMember(query);
}

std::optional<Member> Ledger::memberByIdNumber(const QString& idNumber) const
{
    QSqlQuery query = m_db.prepare(memberSelect() + QStringLiteral(" WHERE m.id_number = ?"));
    query.addBindValue(idNumber);
    Database::exec(query);
    if (!query.next())
        return std::nullopt;
    return readMember(query);
}

std::optional<qint64> Ledger::memberIdByIdNumber(const QString& idNumber) const
{
    RowReader query(m_db, QStringLiteral("SELECT id FROM members WHERE id_number = ?"), {idNumber});
    return query.next() ? std::optional(query.integer(0)) : std::nullopt;
}

QList<Member> Ledger::members() const
{
    QSqlQuery query = m_db.prepare(memberSelect() + QStringLiteral(" ORDER BY m.id"));
    Database::forwardOnly(query);
    Database::exec(query);
    QList<Member> result;
    while (query.next())
        result << readMember(query);
    return result;
}

// --- rules, awards, grade bands --------------------------------------------------------------------------------------

RuleSet Ledger::ruleSet() const
{
    RuleSet set;
    set.basePoints = setting(QStringLiteral("base_points"), QStringLiteral("0")).toLongLong();
    set.rules = rules();

    QSqlQuery awards = m_db.prepare(QStringLiteral(
        "SELECT id, code, name, min_points, top_percent, scope, quota, full_member_only, no_veto, min_active_months"
        " FROM awards ORDER BY position, id"));
    Database::exec(awards);
    while (awards.next()) {
        Award a;
        a.id = awards.value(0).toLongLong();
        a.code = awards.value(1).toString();
        a.name = awards.value(2).toString();
        a.minPoints = centsFrom(awards.value(3));
        if (!awards.value(4).isNull())
            a.topPercent = awards.value(4).toString().toDouble();
        a.scope = awards.value(5).toString() == u"all" ? Award::Scope::All : Award::Scope::Branch;
        if (!awards.value(6).isNull())
            a.quota = awards.value(6).toInt();
        a.fullMemberOnly = awards.value(7).toBool();
        a.noVeto = awards.value(8).toBool();
        if (!awards.value(9).isNull())
            a.minActiveMonths = awards.value(9).toInt();
        set.awards << a;
    }

    QSqlQuery grades = m_db.prepare(QStringLiteral("SELECT name, min_points FROM grade_bands ORDER BY position, id"));
    Database::exec(grades);
    while (grades.next())
        set.grades << GradeBand{grades.value(0).toString(), centsFrom(grades.value(1))};
    set.pledgeRules = pledgeRules();
    BranchRuleSetStore::read(m_db, set); // the branch keys (branch-spec.md)
    return set;
}

// --- pledges (承诺践诺): the rule set's pledge_rules, kept as a setting (audited like every setting) ---

PledgeRules Ledger::pledgeRules() const
{
    return PledgeRules::fromJson(QJsonDocument::fromJson(setting(QStringLiteral("pledge_rules")).toUtf8()).object());
}

bool Ledger::savePledgeRules(const PledgeRules& links)
{
    m_actor.require(Actor::Permission::ManageRules);
    Transaction transaction(m_db);
    const bool changed = writePledgeRules(links);
    transaction.commit();
    return changed;
}

bool Ledger::writePledgeRules(const PledgeRules& links)
{
    if (links == pledgeRules())
        return false;
    for (const PledgeResult result : {PledgeResult::Fulfilled, PledgeResult::Partly, PledgeResult::Unfulfilled}) {
        const QString code = links.ruleFor(result);
        if (!code.isEmpty() && !ruleByCode(code))
            refuse(tr("pledge_rules.%1: no rule with code %2.").arg(pledgeResultKey(result), code));
    }
    putSetting(QStringLiteral("pledge_rules"),
               links.isEmpty() ? QStringLiteral("")
                               : QString::fromUtf8(QJsonDocument(links.toJson()).toJson(QJsonDocument::Compact)));
    return true;
}

QList<Rule> Ledger::rules() const
{
    return readRules(QString(), {});
}

std::optional<Rule> Ledger::ruleByCode(const QString& code) const
{
    QList<Rule> found = readRules(QStringLiteral(" WHERE r.code = ?"), {code});
    if (found.isEmpty())
        return std::nullopt;
    return found.takeFirst();
}

std::optional<qint64> Ledger::ruleIdByCode(const QString& code) const
{
    RowReader query(m_db, QStringLiteral("SELECT id FROM rules WHERE code = ?"), {code});
    return query.next() ? std::optional(query.integer(0)) : std::nullopt;
}

QList<Rule> Ledger::readRules(const QString& where, const QVariantList& values) const
{
    // Straight from SQLite where the ledger is on it.
    QList<Rule> rules;
    RowReader query(
        m_db,
        QStringLiteral(
            "SELECT r.id, r.code, v.effective_from, v.name, v.category, v.points, v.cap_month, v.cap_year, v.veto"
            " FROM rules r JOIN rule_versions v ON v.rule_id = r.id")
            + where
            + QStringLiteral(
                " ORDER BY r.id, CASE WHEN v.effective_from IS NULL THEN 0 ELSE 1 END, v.effective_from, v.id"),
        values);
    while (query.next()) {
        const qint64 id = query.integer(0);
        if (rules.isEmpty() || rules.constLast().id != id)
            rules.append(Rule {id, query.text(1), {}});
        rules.last().versions.append(ruleVersion(query, 2));
    }
    return rules;
}

RuleVersion Ledger::ruleVersion(const RowReader& row, int first)
{
    const auto cents = [&row](int column) {
        return row.isNull(column) ? std::nullopt : std::optional<Cents>(row.integer(column));
    };
    RuleVersion v;
    v.effectiveFrom = row.isNull(first) ? QDate() : QDate::fromString(row.text(first), Qt::ISODate);
    v.name = row.text(first + 1);
    v.category = row.text(first + 2);
    v.points = row.integer(first + 3);
    v.capMonth = cents(first + 4);
    v.capYear = cents(first + 5);
    v.veto = row.integer(first + 6) != 0;
    return v;
}

void Ledger::validateRuleVersion(const QString& code, const RuleVersion& v) const
{
    if (code.trimmed().isEmpty())
        refuse(tr("A rule needs a code."));
    if (v.name.trimmed().isEmpty())
        refuse(tr("Rule %1 needs a name.").arg(code));
    if (v.points == 0)
        refuse(tr("Rule %1: points per unit must not be zero.").arg(code));
    if ((v.capMonth && *v.capMonth <= 0) || (v.capYear && *v.capYear <= 0))
        refuse(tr("Rule %1: a cap must be a positive number of points.").arg(code));
}

qint64 Ledger::insertRule(const QString& code)
{
    QSqlQuery insert = m_db.prepare(QStringLiteral("INSERT INTO rules (code) VALUES (?) RETURNING id"));
    insert.addBindValue(code.trimmed());
    const qint64 id = Database::insertReturningId(insert);
    m_audit.append(m_actor, QStringLiteral("rule.create"), QStringLiteral("rules"), id, tr("Rule %1 created").arg(code),
                   QJsonValue::Null, rowJson(QStringLiteral("rules"), id));
    return id;
}

void Ledger::insertRuleVersion(qint64 ruleId, const RuleVersion& v, QDate effective)
{
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO rule_versions (rule_id, effective_from, name, category, points, cap_month, cap_year, veto,"
        " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(ruleId);
    insert.addBindValue(dateValue(effective));
    insert.addBindValue(v.name.trimmed());
    insert.addBindValue(text(v.category));
    insert.addBindValue(v.points);
    insert.addBindValue(centsValue(v.capMonth));
    insert.addBindValue(centsValue(v.capYear));
    insert.addBindValue(v.veto ? 1 : 0);
    insert.addBindValue(m_actor.name);
    insert.addBindValue(nowText());
    const qint64 versionId = Database::insertReturningId(insert);
    ScoreStore(m_db).ruleChanged(ruleId, effective);
    m_audit.append(m_actor, effective.isValid() ? QStringLiteral("rule.version") : QStringLiteral("rule.add"),
                   QStringLiteral("rule_versions"), versionId,
                   effective.isValid() ? tr("Rule %1 changed from %2").arg(v.name, effective.toString(Qt::ISODate))
                                       : tr("Rule %1 added").arg(v.name),
                   QJsonValue::Null, rowJson(QStringLiteral("rule_versions"), versionId));
}

bool Ledger::ruleInUse(qint64 ruleId) const
{
    QSqlQuery used = m_db.prepare(QStringLiteral("SELECT 1 FROM entries WHERE rule_id = ? LIMIT 1"));
    used.addBindValue(ruleId);
    Database::exec(used);
    return used.next();
}

void Ledger::deleteRuleVersion(qint64 versionId, const QString& summary)
{
    const QJsonObject before = rowJson(QStringLiteral("rule_versions"), versionId);
    QSqlQuery remove = m_db.prepare(QStringLiteral("DELETE FROM rule_versions WHERE id = ?"));
    remove.addBindValue(versionId);
    Database::exec(remove);
    m_audit.append(m_actor, QStringLiteral("rule.version.remove"), QStringLiteral("rule_versions"), versionId, summary,
                   before, QJsonValue::Null);
}

void Ledger::deleteRuleVersions(qint64 ruleId, const QString& summary)
{
    QSqlQuery versionIds = m_db.prepare(QStringLiteral("SELECT id FROM rule_versions WHERE rule_id = ?"));
    versionIds.addBindValue(ruleId);
    Database::exec(versionIds);
    QList<qint64> ids;
    while (versionIds.next())
        ids << versionIds.value(0).toLongLong();
    for (const qint64 versionId : std::as_const(ids))
        deleteRuleVersion(versionId, summary);
}

void Ledger::deleteRule(const Rule& rule)
{
    deleteRuleVersions(rule.id, tr("Rule %1 removed").arg(rule.current().name));
    const QJsonObject before = rowJson(QStringLiteral("rules"), rule.id);
    QSqlQuery remove = m_db.prepare(QStringLiteral("DELETE FROM rules WHERE id = ?"));
    remove.addBindValue(rule.id);
    Database::exec(remove);
    m_audit.append(m_actor, QStringLiteral("rule.remove"), QStringLiteral("rules"), rule.id,
                   tr("Rule %1 removed").arg(rule.current().name), before, QJsonValue::Null);
}

void Ledger::removeRuleVersion(const QString& code, QDate effective)
{
    m_actor.require(Actor::Permission::ManageRules);
    const auto rule = ruleByCode(code);
    if (!rule)
        throw StorageError(StorageError::Kind::NotFound, tr("No rule with code %1.").arg(code));
    const auto version = std::find_if(rule->versions.begin(), rule->versions.end(),
                                      [&](const RuleVersion& v) { return v.effectiveFrom == effective; });
    if (version == rule->versions.end())
        throw StorageError(StorageError::Kind::NotFound,
                           tr("Rule %1 has no change from %2.").arg(code, effective.toString(Qt::ISODate)));
    Transaction transaction(m_db);
    if (!effective.isValid()) {
        // The first version applies to every date: taking it back removes the rule, which entries must not use.
        if (ruleInUse(rule->id))
            refuse(tr("Rule %1 is used by entries and cannot be removed.").arg(code));
        deleteRule(*rule);
    } else {
        QSqlQuery id = m_db.prepare(QStringLiteral("SELECT id FROM rule_versions WHERE rule_id = ? AND effective_from = ?"));
        id.addBindValue(rule->id);
        id.addBindValue(dateValue(effective));
        Database::exec(id);
        if (id.next())
            deleteRuleVersion(id.value(0).toLongLong(), tr("Change of rule %1 from %2 taken back")
                                                             .arg(version->name, effective.toString(Qt::ISODate)));
    }
    transaction.commit();
}

void Ledger::saveRuleVersion(const QString& code, const RuleVersion& version, QDate effective)
{
    m_actor.require(Actor::Permission::ManageRules);
    validateRuleVersion(code, version);
    const auto existing = ruleByCode(code);
    if (existing && existing->versionAt(effective.isValid() ? effective : QDate::currentDate()).sameValues(version))
        return;
    Transaction transaction(m_db);
    qint64 ruleId = existing ? existing->id : 0;
    if (!existing)
        ruleId = insertRule(code);
    // A second change from the same date replaces the first (both stay in the audit log).
    if (existing) {
        QSqlQuery same = m_db.prepare(QStringLiteral("SELECT id FROM rule_versions WHERE rule_id = ? AND effective_from = ?"));
        same.addBindValue(ruleId);
        same.addBindValue(dateValue(effective.isValid() ? effective : QDate::currentDate()));
        Database::exec(same);
        if (same.next())
            deleteRuleVersion(same.value(0).toLongLong(), tr("Change of rule %1 from %2 replaced")
                                                              .arg(version.name, (effective.isValid() ? effective : QDate::currentDate()).toString(Qt::ISODate)));
    }
    // The first version of a rule applies to every date.
    insertRuleVersion(ruleId, version, existing ? (effective.isValid() ? effective : QDate::currentDate()) : QDate());
    transaction.commit();
}

QJsonArray Ledger::awardsJson(const QList<Award>& awards)
{
    QJsonArray array;
    for (const Award& a : awards)
        array.append(QJsonObject{
            {QStringLiteral("code"), a.code},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("min_points"), a.minPoints ? QJsonValue(*a.minPoints) : QJsonValue()},
            {QStringLiteral("top_percent"), a.topPercent ? QJsonValue(*a.topPercent) : QJsonValue()},
            {QStringLiteral("scope"), a.scope == Award::Scope::All ? QStringLiteral("all") : QStringLiteral("branch")},
            {QStringLiteral("quota"), a.quota ? QJsonValue(*a.quota) : QJsonValue()},
            {QStringLiteral("full_member_only"), a.fullMemberOnly},
            {QStringLiteral("no_veto"), a.noVeto},
            {QStringLiteral("min_active_months"), a.minActiveMonths ? QJsonValue(*a.minActiveMonths) : QJsonValue()},
        });
    return array;
}

QJsonArray Ledger::gradesJson(const QList<GradeBand>& grades)
{
    QJsonArray array;
    for (const GradeBand& g : grades)
        array.append(QJsonObject{{QStringLiteral("name"), g.name},
                                 {QStringLiteral("min_points"), g.minPoints ? QJsonValue(*g.minPoints) : QJsonValue()}});
    return array;
}

QList<QVariantList> Ledger::awardRows(const QList<Award>& awards)
{
    QList<QVariantList> rows;
    int position = 0;
    for (const Award& a : awards)
        rows.append(QVariantList{a.code.trimmed(), a.name.trimmed(), centsValue(a.minPoints),
                     a.topPercent ? QVariant(QString::number(*a.topPercent, 'g', 12))
                                  : QVariant(QMetaType::fromType<QString>()),
                     a.scope == Award::Scope::All ? QStringLiteral("all") : QStringLiteral("branch"),
                     a.quota ? QVariant(*a.quota) : QVariant(QMetaType::fromType<int>()), a.fullMemberOnly ? 1 : 0,
                     a.noVeto ? 1 : 0,
                     a.minActiveMonths ? QVariant(*a.minActiveMonths) : QVariant(QMetaType::fromType<int>()),
                     position++});
    return rows;
}

QList<QVariantList> Ledger::gradeRows(const QList<GradeBand>& grades)
{
    QList<QVariantList> rows;
    int position = 0;
    for (const GradeBand& g : grades)
        rows.append(QVariantList{g.name.trimmed(), centsValue(g.minPoints), position++});
    return rows;
}

bool Ledger::saveAwards(const QList<Award>& awards)
{
    m_actor.require(Actor::Permission::ManageRules);
    Transaction transaction(m_db);
    const bool changed = writeAwards(awards);
    transaction.commit();
    return changed;
}

bool Ledger::saveGrades(const QList<GradeBand>& grades)
{
    m_actor.require(Actor::Permission::ManageRules);
    Transaction transaction(m_db);
    const bool changed = writeGrades(grades);
    transaction.commit();
    return changed;
}

bool Ledger::saveBasePoints(Cents basePoints)
{
    m_actor.require(Actor::Permission::ManageRules);
    if (ruleSet().basePoints == basePoints)
        return false;
    Transaction transaction(m_db);
    putSetting(QStringLiteral("base_points"), QString::number(basePoints));
    transaction.commit();
    return true;
}

bool Ledger::writeAwards(const QList<Award>& awards)
{
    const RuleSet current = ruleSet();
    const QJsonArray before = awardsJson(current.awards), after = awardsJson(awards);
    if (before == after)
        return false;
    QStringList codes;
    for (const Award& a : awards) {
        if (a.code.trimmed().isEmpty() || a.name.trimmed().isEmpty())
            refuse(tr("An award needs a code and a name."));
        if (codes.contains(a.code))
            refuse(tr("Award code %1 appears twice.").arg(a.code));
        codes << a.code;
        if (a.topPercent && (*a.topPercent <= 0 || *a.topPercent > 100))
            refuse(tr("Award %1: top_percent must be more than 0 and at most 100.").arg(a.code));
        if (a.quota && *a.quota <= 0)
            refuse(tr("Award %1: the quota must be a positive number.").arg(a.code));
        if (a.minActiveMonths && (*a.minActiveMonths < 0 || *a.minActiveMonths > 12))
            refuse(tr("Award %1: min_active_months must be between 0 and 12.").arg(a.code));
    }
    m_db.exec(QStringLiteral("DELETE FROM awards"));
    for (const QVariantList& row : awardRows(awards)) {
        QSqlQuery insert = m_db.prepare(QStringLiteral("INSERT INTO awards (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                            .arg(QLatin1String(awardColumns)));
        for (const QVariant& value : row)
            insert.addBindValue(value);
        Database::exec(insert);
    }
    m_audit.append(m_actor, QStringLiteral("awards.replace"), QStringLiteral("awards"), 0, tr("Awards changed"), before,
                   after);
    return true;
}

bool Ledger::writeGrades(const QList<GradeBand>& grades)
{
    const QJsonArray before = gradesJson(ruleSet().grades), after = gradesJson(grades);
    if (before == after)
        return false;
    for (qsizetype i = 0; i < grades.size(); ++i) {
        if (grades[i].name.trimmed().isEmpty())
            refuse(tr("A grade band needs a name."));
        if (i > 0 && grades[i].minPoints && (!grades[i - 1].minPoints || *grades[i].minPoints >= *grades[i - 1].minPoints))
            refuse(tr("Grade bands must be listed from the highest minimum to the lowest (%1).").arg(grades[i].name));
    }
    m_db.exec(QStringLiteral("DELETE FROM grade_bands"));
    for (const QVariantList& row : gradeRows(grades)) {
        QSqlQuery insert
            = m_db.prepare(QStringLiteral("INSERT INTO grade_bands (%1) VALUES (?, ?, ?)").arg(QLatin1String(gradeColumns)));
        for (const QVariant& value : row)
            insert.addBindValue(value);
        Database::exec(insert);
    }
    m_audit.append(m_actor, QStringLiteral("grades.replace"), QStringLiteral("grade_bands"), 0,
                   tr("Grade bands changed"), before, after);
    return true;
}

Ledger::RuleSetChanges Ledger::importRuleSet(const RuleSet& rules, QDate effective)
{
    m_actor.require(Actor::Permission::ManageRules);
    if (!effective.isValid())
        effective = QDate::currentDate();
    QStringList codes;
    for (const Rule& rule : rules.rules) {
        if (rule.versions.isEmpty())
            refuse(tr("Rule %1 has no values.").arg(rule.code));
        validateRuleVersion(rule.code, rule.current());
        if (codes.contains(rule.code))
            refuse(tr("Rule code %1 appears twice.").arg(rule.code));
        codes << rule.code;
    }

    RuleSetChanges changes;
    Transaction transaction(m_db);
    const RuleSet current = ruleSet();
    for (const Rule& incoming : rules.rules) {
        const auto found = std::find_if(current.rules.begin(), current.rules.end(),
                                        [&](const Rule& r) { return r.code == incoming.code; });
        if (found == current.rules.end()) {
            insertRuleVersion(insertRule(incoming.code), incoming.current(), QDate());
            changes.added << incoming.code;
        } else if (!ruleInUse(found->id)) {
            // No entry uses it yet: no history worth keeping, so the imported values hold for every date (a new ledger
            // set up with its own rule set scores the year's earlier points by it, not by the defaults init loaded).
            const bool same = found->versions.size() == 1 && !found->versions.constFirst().effectiveFrom.isValid()
                && found->versions.constFirst().sameValues(incoming.current());
            if (!same) {
                deleteRuleVersions(found->id, tr("Rule %1 replaced by the imported rule set").arg(incoming.code));
                insertRuleVersion(found->id, incoming.current(), QDate());
                changes.replaced << incoming.code;
            }
        } else if (!found->versionAt(effective).sameValues(incoming.current())) {
            insertRuleVersion(found->id, incoming.current(), effective);
            changes.changed << incoming.code;
        }
    }
    for (const Rule& existing : current.rules) {
        if (codes.contains(existing.code))
            continue;
        if (ruleInUse(existing.id)) {
            changes.kept << existing.code; // entries use it: never removed
            continue;
        }
        deleteRule(existing);
        changes.removed << existing.code;
    }
    changes.awardsChanged = writeAwards(rules.awards);
    changes.gradesChanged = writeGrades(rules.grades);
    if (current.basePoints != rules.basePoints) {
        putSetting(QStringLiteral("base_points"), QString::number(rules.basePoints));
        changes.basePointsChanged = true;
    }
    changes.pledgeRulesChanged = writePledgeRules(rules.pledgeRules); // after the rules: it checks their codes
    changes.branchKeysChanged = BranchRuleSetStore::write(*this, rules, &changes.branchKept); // branch-spec.md
    transaction.commit();
    return changes;
}

// --- entries -------------------------------------------------------------------------------------------------------

static const char entryColumns[] = "e.id, e.member_id, e.rule_id, e.date, e.quantity, e.note, e.entered_by, e.entered_at,"
                                   " e.needs_review, r.reason, rv.decision, ma.meeting_id";

QString Ledger::entrySelect()
{
    return QStringLiteral("SELECT %1 FROM entries e LEFT JOIN reversals r ON r.entry_id = e.id"
                          " LEFT JOIN entry_reviews rv ON rv.entry_id = e.id"
                          " LEFT JOIN meeting_attendance ma ON ma.entry_id = e.id")
        .arg(QLatin1String(entryColumns));
}

Entry Ledger::readEntry(const QSqlQuery& q)
{
    Entry e;
    e.id = q.value(0).toLongLong();
    e.memberId = q.value(1).toLongLong();
    e.ruleId = q.value(2).toLongLong();
    e.date = dateFrom(q.value(3));
    e.quantity = q.value(4).toInt();
    e.note = q.value(5).toString();
    e.enteredBy = q.value(6).toString();
    e.enteredAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    e.reversed = !q.value(9).isNull();
    e.reversalReason = q.value(9).toString();
    e.meetingId = q.value(11).toLongLong();
    if (q.value(8).toBool()) {
        const QString decision = q.value(10).toString();
        e.review = decision == u"approved" ? Entry::Review::Approved
            : decision == u"rejected"      ? Entry::Review::Rejected
                                           : Entry::Review::Pending;
    }
    return e;
}

qint64 Ledger::addEntry(qint64 memberId, qint64 ruleId, QDate date, int quantity, const QString& note)
{
    m_actor.require(Actor::Permission::EnterPoints);
    // The checks read the member as the entry is written: no other writer can move or remove them in between. (On
    // SQLite this also spares the read its own lock and unlock.)
    Transaction transaction(m_db);
    // What the checks and the audit summary need of the member and the rule, and whether entries need review, in one
    // statement: one entry is a few milliseconds, and each statement prepared for it is a tenth of one.
    QSqlQuery facts = m_db.prepare(QStringLiteral(
        "SELECT m.name, m.join_date, (SELECT code FROM rules WHERE id = ?), m.status, m.status_date,"
        " (SELECT value FROM settings WHERE key = 'review_enabled') FROM members m WHERE m.id = ?"));
    facts.addBindValue(ruleId);
    facts.addBindValue(memberId);
    Database::exec(facts);
    if (!facts.next())
        throw StorageError(StorageError::Kind::NotFound, tr("No member with id %1.").arg(memberId));
    if (facts.isNull(2))
        throw StorageError(StorageError::Kind::NotFound, tr("No rule with id %1.").arg(ruleId));
    const QString memberName = facts.value(0).toString();
    const QDate joinDate = dateFrom(facts.value(1));
    const QString ruleCode = facts.value(2).toString();
    const QString status = facts.value(3).toString();
    const QDate left = status == u"在册" ? QDate() : dateFrom(facts.value(4));
    const bool needsReview = facts.value(5).toString() == u"1";
    facts.finish();
    if (!date.isValid())
        refuse(tr("The entry needs a valid date."));
    if (date > QDate::currentDate())
        refuse(tr("The date %1 is in the future.").arg(date.toString(Qt::ISODate)));
    if (joinDate.isValid() && date < joinDate)
        refuse(tr("The date %1 is before %2 joined the Party (%3).")
                   .arg(date.toString(Qt::ISODate), memberName, joinDate.toString(Qt::ISODate)));
    if (left.isValid() && date > left)
        refuse(tr("The date %1 is after %2 left the roster (%3 on %4).")
                   .arg(date.toString(Qt::ISODate), memberName, status, left.toString(Qt::ISODate)));
    if (quantity < 1)
        refuse(tr("The quantity must be a whole number of at least 1."));

    const QString table = QStringLiteral("entries");
    QSqlQuery insert = m_db.prepare(
        QStringLiteral(
            "INSERT INTO entries (member_id, rule_id, date, quantity, note, entered_by, entered_at, needs_review)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        + AuditedTables::returning(table));
    insert.addBindValue(memberId);
    insert.addBindValue(ruleId);
    insert.addBindValue(date.toString(Qt::ISODate));
    insert.addBindValue(quantity);
    insert.addBindValue(text(note));
    insert.addBindValue(m_actor.name);
    insert.addBindValue(nowText());
    insert.addBindValue(needsReview ? 1 : 0);
    const qint64 id = insertAudited(
        insert, table, QStringLiteral("entry.add"),
        tr("%1: %2 × %3 on %4").arg(memberName, ruleCode).arg(quantity).arg(date.toString(Qt::ISODate)));
    ScoreStore(m_db).recomputeMemberYear(memberId, date.year()); // the new entry's member-year
    transaction.commit();
    return id;
}

qint64 Ledger::reverseEntry(qint64 entryId, const QString& reason)
{
    m_actor.require(Actor::Permission::EnterPoints);
    const auto e = entry(entryId);
    if (!e)
        throw StorageError(StorageError::Kind::NotFound, tr("No entry with id %1.").arg(entryId));
    if (e->reversed)
        refuse(tr("Entry %1 has already been reversed (%2).").arg(entryId).arg(e->reversalReason));
    if (reason.trimmed().isEmpty())
        refuse(tr("A reversal needs a reason."));
    Transaction transaction(m_db);
    const QString table = QStringLiteral("reversals");
    QSqlQuery insert = m_db.prepare(
        QStringLiteral("INSERT INTO reversals (entry_id, reason, reversed_by, reversed_at) VALUES (?, ?, ?, ?)")
        + AuditedTables::returning(table));
    insert.addBindValue(entryId);
    insert.addBindValue(reason.trimmed());
    insert.addBindValue(m_actor.name);
    insert.addBindValue(nowText());
    const qint64 id = insertAudited(insert, table, QStringLiteral("entry.reverse"),
                                    tr("Entry %1 reversed: %2").arg(entryId).arg(reason.trimmed()));
    ScoreStore(m_db).entryChanged(entryId);
    transaction.commit();
    return id;
}

void Ledger::reviewEntry(qint64 entryId, bool approve, const QString& reason)
{
    m_actor.require(Actor::Permission::Review);
    const auto e = entry(entryId);
    if (!e)
        throw StorageError(StorageError::Kind::NotFound, tr("No entry with id %1.").arg(entryId));
    if (e->review != Entry::Review::Pending)
        refuse(tr("Entry %1 is not waiting for review.").arg(entryId));
    if (e->reversed)
        refuse(tr("Entry %1 was reversed, so there is nothing to review.").arg(entryId));
    if (e->enteredBy == m_actor.name)
        refuse(tr("Entry %1 was entered by %2: a second person must review it.").arg(entryId).arg(m_actor.name));
    if (!approve && reason.trimmed().isEmpty())
        refuse(tr("A rejection needs a reason."));
    Transaction transaction(m_db);
    const QString table = QStringLiteral("entry_reviews");
    QSqlQuery insert = m_db.prepare(
        QStringLiteral(
            "INSERT INTO entry_reviews (entry_id, decision, reason, reviewed_by, reviewed_at) VALUES (?, ?, ?, ?, ?)")
        + AuditedTables::returning(table));
    insert.addBindValue(entryId);
    insert.addBindValue(approve ? QStringLiteral("approved") : QStringLiteral("rejected"));
    insert.addBindValue(text(reason));
    insert.addBindValue(m_actor.name);
    insert.addBindValue(nowText());
    insertAudited(insert, table, approve ? QStringLiteral("entry.approve") : QStringLiteral("entry.reject"),
                  approve ? tr("Entry %1 approved").arg(entryId)
                          : tr("Entry %1 rejected: %2").arg(entryId).arg(reason.trimmed()));
    ScoreStore(m_db).entryChanged(entryId);
    transaction.commit();
}

QList<Entry> Ledger::pendingEntries() const
{
    QSqlQuery query = m_db.prepare(
        entrySelect() + QStringLiteral(" WHERE e.needs_review = 1 AND rv.id IS NULL AND r.id IS NULL ORDER BY e.id"));
    Database::exec(query);
    QList<Entry> result;
    while (query.next())
        result << readEntry(query);
    return result;
}

std::optional<Entry> Ledger::entry(qint64 id) const
{
    QSqlQuery query = m_db.prepare(entrySelect() + QStringLiteral(" WHERE e.id = ?"));
    query.addBindValue(id);
    Database::exec(query);
    if (!query.next())
        return std::nullopt;
    return readEntry(query);
}

QList<Entry> Ledger::entriesOfMember(qint64 memberId) const
{
    QSqlQuery query = m_db.prepare(entrySelect() + QStringLiteral(" WHERE e.member_id = ? ORDER BY e.date, e.id"));
    query.addBindValue(memberId);
    Database::exec(query);
    QList<Entry> result;
    while (query.next())
        result << readEntry(query);
    return result;
}

} // namespace jifen
