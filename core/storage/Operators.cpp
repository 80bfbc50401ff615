#include "Operators.h"

#include "AuditLog.h"
#include "Database.h"
#include "Ledger.h"
#include "PasswordHash.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QSqlQuery>

#include <algorithm>

namespace jifen {

namespace {

[[noreturn]] void refuse(StorageError::Kind kind, const QString& message)
{
    throw StorageError(kind, message);
}

std::optional<Operators::Operator> find(Database& db, const QString& name, QString* passwordHash = nullptr,
                                        int* failures = nullptr, QDateTime* lastFailure = nullptr)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT id, name, role, active, created_at, password_hash, failed_logins,"
                                                " last_failed_at FROM operators WHERE name = ?"));
    query.addBindValue(name.trimmed());
    Database::exec(query);
    if (!query.next())
        return std::nullopt;
    Operators::Operator op;
    op.id = query.value(0).toLongLong();
    op.name = query.value(1).toString();
    op.role = Actor::roleFromKey(query.value(2).toString());
    op.active = query.value(3).toBool();
    op.createdAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    if (passwordHash)
        *passwordHash = query.value(5).toString();
    if (failures)
        *failures = query.value(6).toInt();
    if (lastFailure)
        *lastFailure = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    return op;
}

void checkPassword(const QString& password)
{
    if (password.size() < Operators::minimumPasswordLength)
        refuse(StorageError::Kind::Invalid,
               Operators::tr("A password needs at least %1 characters.").arg(Operators::minimumPasswordLength));
}

} // namespace

bool Operators::any(Database& db)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT 1 FROM operators LIMIT 1"));
    Database::exec(query);
    return query.next();
}

QList<Operators::Operator> Operators::list(Database& db)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT name FROM operators ORDER BY id"));
    Database::exec(query);
    QList<Operator> result;
    while (query.next())
        result << *find(db, query.value(0).toString());
    return result;
}

qint64 Operators::add(Ledger& ledger, const QString& name, Actor::Role role, const QString& password)
{
    Database& db = ledger.database();
    const bool first = !any(db);
    if (first && role != Actor::Role::Admin)
        refuse(StorageError::Kind::Invalid, tr("The first operator must be an administrator."));
    if (!first)
        ledger.actor().require(Actor::Permission::ManageOperators);
    if (role == Actor::Role::SingleUser)
        refuse(StorageError::Kind::Invalid, tr("Choose a role: administrator, clerk, reviewer or viewer."));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        refuse(StorageError::Kind::Invalid, tr("An operator needs a name."));
    if (find(db, trimmed))
        refuse(StorageError::Kind::Invalid, tr("An operator named %1 already exists.").arg(trimmed));
    checkPassword(password);
    const QString hash = PasswordHash::hash(password);
    if (hash.isEmpty())
        refuse(StorageError::Kind::Io, tr("The password could not be hashed."));

    Transaction transaction(db);
    QSqlQuery insert = db.prepare(QStringLiteral(
        "INSERT INTO operators (name, role, password_hash, active, failed_logins, created_at) VALUES (?, ?, ?, 1, 0, ?) RETURNING id"));
    insert.addBindValue(trimmed);
    insert.addBindValue(Actor::roleKey(role));
    insert.addBindValue(hash);
    insert.addBindValue(Ledger::nowText());
    const qint64 id = Database::insertReturningId(insert);
    ledger.audit().append(ledger.actor(), QStringLiteral("operator.add"), QStringLiteral("operators"), id,
                          tr("Operator %1 added as %2").arg(trimmed, Actor::roleLabel(role)), QJsonValue::Null,
                          ledger.rowJson(QStringLiteral("operators"), id));
    transaction.commit();
    return id;
}

void Operators::setPassword(Ledger& ledger, const QString& name, const QString& password)
{
    Database& db = ledger.database();
    const auto op = find(db, name);
    if (!op)
        refuse(StorageError::Kind::NotFound, tr("No operator named %1.").arg(name));
    if (op->name != ledger.actor().name)
        ledger.actor().require(Actor::Permission::ManageOperators);
    checkPassword(password);
    Transaction transaction(db);
    const QJsonObject before = ledger.rowJson(QStringLiteral("operators"), op->id);
    QSqlQuery update = db.prepare(
        QStringLiteral("UPDATE operators SET password_hash = ?, failed_logins = 0, last_failed_at = NULL WHERE id = ?"));
    update.addBindValue(PasswordHash::hash(password));
    update.addBindValue(op->id);
    Database::exec(update);
    ledger.audit().append(ledger.actor(), QStringLiteral("operator.password"), QStringLiteral("operators"), op->id,
                          tr("Password of %1 changed").arg(op->name), before,
                          ledger.rowJson(QStringLiteral("operators"), op->id));
    transaction.commit();
}

void Operators::setActive(Ledger& ledger, const QString& name, bool active)
{
    Database& db = ledger.database();
    ledger.actor().require(Actor::Permission::ManageOperators);
    const auto op = find(db, name);
    if (!op)
        refuse(StorageError::Kind::NotFound, tr("No operator named %1.").arg(name));
    if (op->active == active)
        return;
    if (!active && op->role == Actor::Role::Admin) {
        QSqlQuery admins = db.prepare(
            QStringLiteral("SELECT COUNT(*) FROM operators WHERE role = 'admin' AND active = 1 AND id <> ?"));
        admins.addBindValue(op->id);
        Database::exec(admins);
        if (admins.next() && admins.value(0).toInt() == 0)
            refuse(StorageError::Kind::Invalid, tr("%1 is the last active administrator.").arg(op->name));
    }
    Transaction transaction(db);
    const QJsonObject before = ledger.rowJson(QStringLiteral("operators"), op->id);
    QSqlQuery update = db.prepare(QStringLiteral("UPDATE operators SET active = ? WHERE id = ?"));
    update.addBindValue(active ? 1 : 0);
    update.addBindValue(op->id);
    Database::exec(update);
    ledger.audit().append(ledger.actor(), active ? QStringLiteral("operator.enable") : QStringLiteral("operator.disable"),
                          QStringLiteral("operators"), op->id,
                          (active ? tr("Operator %1 enabled") : tr("Operator %1 disabled")).arg(op->name), before,
                          ledger.rowJson(QStringLiteral("operators"), op->id));
    transaction.commit();
}

int Operators::delaySeconds(int failures)
{
    if (failures < 3)
        return 0;
    return std::min(300, 1 << std::min(failures - 2, 9));
}

Actor Operators::authenticate(Database& db, const QString& name, const QString& password)
{
    QString hash;
    int failures = 0;
    QDateTime lastFailure;
    const auto op = find(db, name, &hash, &failures, &lastFailure);
    // The same message whether the name or the password is wrong, so names cannot be probed.
    const QString wrong = tr("Wrong operator name or password.");
    if (!op)
        refuse(StorageError::Kind::Permission, wrong);
    const int delay = delaySeconds(failures);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (delay > 0 && lastFailure.isValid() && lastFailure.secsTo(now) < delay)
        refuse(StorageError::Kind::Permission,
               tr("Too many failed attempts for %1: try again in %2 seconds.")
                   .arg(op->name)
                   .arg(delay - lastFailure.secsTo(now)));
    if (!PasswordHash::verify(password, hash)) {
        Transaction transaction(db);
        QSqlQuery update = db.prepare(
            QStringLiteral("UPDATE operators SET failed_logins = failed_logins + 1, last_failed_at = ? WHERE id = ?"));
        update.addBindValue(now.toString(Qt::ISODateWithMs));
        update.addBindValue(op->id);
        Database::exec(update);
        AuditLog(db).append(Actor{op->name, op->role}, QStringLiteral("operator.login_failed"),
                            QStringLiteral("operators"), 0, tr("Failed sign-in as %1").arg(op->name), QJsonValue::Null,
                            QJsonValue::Null);
        transaction.commit();
        refuse(StorageError::Kind::Permission, wrong);
    }
    if (!op->active)
        refuse(StorageError::Kind::Permission, tr("The operator %1 is disabled.").arg(op->name));
    if (failures > 0) {
        QSqlQuery reset = db.prepare(
            QStringLiteral("UPDATE operators SET failed_logins = 0, last_failed_at = NULL WHERE id = ?"));
        reset.addBindValue(op->id);
        Database::exec(reset);
    }
    return Actor{op->name, op->role};
}

} // namespace jifen
