#include "TestSupport.h"

#include "model/IdNumber.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <QUrl>

namespace jifen::test {

QString fixturePath(const QString& name)
{
    return QDir(QStringLiteral(JIFEN_TEST_DATA_DIR)).filePath(name);
}

QByteArray readFixture(const QString& name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        FAIL("cannot open fixture " << name.toStdString());
    return file.readAll();
}

QString testServer()
{
    return qEnvironmentVariable("JIFEN_TEST_POSTGRES");
}

namespace {

// Sets `db` up for the ledger at `location`.
void connectTo(QSqlDatabase& db, const QString& location)
{
    if (!location.startsWith(QLatin1String("postgresql://"))) {
        db.setDatabaseName(location);
        return;
    }
    const QUrl url(location);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
}

// Runs one statement on the test server's maintenance database (CREATE/DROP DATABASE cannot run in a transaction).
bool onServer(const QString& sql, QString* error = nullptr)
{
    const QUrl url(testServer());
    const QString name = QStringLiteral("jifen-test-admin");
    if (url.isEmpty())
        return false;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                       : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        connectTo(db, url.toString());
        if (db.isOpen() || db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
    }
    return ok;
}

} // namespace

void fillSmallLedger(Database& db)
{
    Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
    RuleSet rules;
    RuleVersion v;
    v.name = QStringLiteral("参加主题党日活动");
    v.points = 300;
    v.capMonth = 300;
    rules.rules << Rule {0, QStringLiteral("A05"), {v}};
    Award award;
    award.code = QStringLiteral("YXDY");
    award.name = QStringLiteral("优秀共产党员");
    award.minPoints = 4000;
    award.topPercent = 30;
    rules.awards << award;
    rules.grades << GradeBand {QStringLiteral("优秀"), 9000} << GradeBand {QStringLiteral("合格"), std::nullopt};
    rules.basePoints = 1000;
    ledger.importRuleSet(rules, QDate());
    Branch parent;
    parent.name = QStringLiteral("机关党总支");
    parent.kind = Branch::Kind::GeneralBranch;
    Branch branch;
    branch.name = QStringLiteral("第一党支部");
    branch.parentId = ledger.addBranch(parent);
    Member m;
    m.name = QStringLiteral("张三");
    m.idNumber = QStringLiteral("11010519491231002X");
    m.gender = QStringLiteral("女");
    m.branchId = ledger.addBranch(branch);
    const qint64 member = ledger.addMember(m);
    const qint64 rule = ledger.ruleByCode(QStringLiteral("A05"))->id;
    const qint64 first = ledger.addEntry(member, rule, QDate(2026, 3, 1), 1, {});
    ledger.addEntry(member, rule, QDate(2026, 3, 2), 1, QStringLiteral("备注"));
    ledger.reverseEntry(first, QStringLiteral("录入错误"));
    m = *ledger.member(member);
    m.phone = QStringLiteral("13812345678");
    ledger.updateMember(m);
}

void fillSmallLedger(const QString& location)
{
    Database db(location);
    fillSmallLedger(db);
}

QString validIdNumber(int serial)
{
    const QString first17 = QStringLiteral("11010119800101%1").arg(serial, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkDigit(first17);
}

int rowCount(Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

QString writeFile(const TempDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QStringList sqliteSchemaAt(int version)
{
    const QList<QStringList> steps = Migrations::steps(Database::Engine::Sqlite);
    REQUIRE(version <= steps.size());
    QStringList sql;
    for (int i = 0; i < version; ++i)
        sql << steps[i];
    return sql << QStringLiteral("CREATE TABLE schema_info (version INTEGER NOT NULL)")
               << QStringLiteral("INSERT INTO schema_info (version) VALUES (%1)").arg(version);
}

void rawExec(const QString& location, const QStringList& statements, Triggers triggers)
{
    const bool server = location.startsWith(QLatin1String("postgresql://"));
    const QString name = QStringLiteral("jifen-test-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        connectTo(db, location);
        REQUIRE(db.open());
        // The triggers are put back afterwards, as a careful tamperer would: verify must find the rows changed even
        // when the schema looks untouched.
        QStringList names, restore;
        if (triggers == Triggers::Bypass) {
            QSqlQuery query(db);
            REQUIRE(query.exec(
                server ? QStringLiteral("SELECT DISTINCT event_object_table FROM information_schema.triggers")
                       : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")));
            while (query.next()) {
                names << query.value(0).toString();
                restore << (server ? QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(query.value(0).toString())
                                   : query.value(1).toString());
            }
            REQUIRE_FALSE(names.isEmpty());
            for (const QString& each : names)
                REQUIRE(QSqlQuery(db).exec(server ? QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(each)
                                                  : QStringLiteral("DROP TRIGGER %1").arg(each)));
        }
        for (const QString& sql : statements + restore) {
            QSqlQuery query(db);
            INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
            REQUIRE(query.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray ledgerHash(const QString& location)
{
    const bool server = location.startsWith(QLatin1String("postgresql://"));
    const QString name = QStringLiteral("jifen-test-hash");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        connectTo(db, location);
        REQUIRE(db.open());
        QStringList tables = db.tables(QSql::Tables);
        REQUIRE_FALSE(tables.isEmpty());
        tables.sort();
        for (const QString& table : std::as_const(tables)) {
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1").arg(table)));
            // Rows in a fixed order whatever order the engine returns them in: each row as text, sorted.
            QList<QByteArray> rows;
            while (query.next()) {
                QByteArray row;
                for (int i = 0; i < query.record().count(); ++i) {
                    const QVariant value = query.value(i);
                    row += value.isNull() ? QByteArrayLiteral("\\N") : value.toString().toUtf8().toHex();
                    row += '|';
                }
                rows.append(row);
            }
            std::sort(rows.begin(), rows.end());
            hash.addData(table.toUtf8() + '\n');
            for (const QByteArray& row : std::as_const(rows))
                hash.addData(row + '\n');
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result().toHex();
}

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

TempDir::~TempDir()
{
    if (!m_serverDatabase.isEmpty())
        onServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDatabase));
}

QString TempDir::dbPath() const
{
    if (testServer().isEmpty())
        return filePath(QStringLiteral("ledger.sqlite"));
    if (m_serverDatabase.isEmpty()) {
        static QAtomicInt counter;
        const QString name
            = QStringLiteral("jifen_t%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
        QString error;
        // The C collation sorts text by code point, as SQLite does.
        if (!onServer(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' "
                                     "LC_CTYPE 'C.UTF-8'")
                          .arg(name),
                      &error))
            FAIL("cannot create a test database on " << testServer().toStdString() << ": " << error.toStdString());
        m_serverDatabase = name;
    }
    QUrl url(testServer());
    url.setPath(u'/' + m_serverDatabase);
    return url.toString();
}

} // namespace jifen::test
