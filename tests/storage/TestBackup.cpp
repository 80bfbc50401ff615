#include "TestSupport.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/LedgerVerifier.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

using namespace jifen;

namespace {

qint64 branchCount(Database& db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM branches")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("a backup is a complete, verifiable copy readable by its owner only", "[sqlite]")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
    ledger.ensureBranch(QStringLiteral("第一党支部"));
    const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
    Backup::write(db, target);
    CHECK(QFileInfo(target).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                               | QFileDevice::WriteUser));
    Database copy(target);
    CHECK(branchCount(copy) == 1);
    CHECK(LedgerVerifier(copy).run().ok());
}

TEST_CASE("a backup is one file, with no journal left beside it")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
    ledger.ensureBranch(QStringLiteral("第一党支部"));
    Backup::write(db, dir.filePath(QStringLiteral("backup.sqlite")));
    CHECK(QDir(dir.path()).entryList({QStringLiteral("backup.sqlite*")}, QDir::Files)
          == QStringList {QStringLiteral("backup.sqlite")});
}

TEST_CASE("automatic backups go beside the ledger and are listed with their counts", "[sqlite]")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
    ledger.ensureBranch(QStringLiteral("第一党支部"));
    const QString first = Backup::rotate(db, QStringLiteral("startup"));
    CHECK(first.startsWith(Backup::directory(db.path())));
    Backup::rotate(db, QStringLiteral("import"));
    const auto backups = Backup::list(db.path());
    REQUIRE(backups.size() == 2);
    CHECK(backups.constLast().members == 0);
    CHECK((backups[0].reason == QStringLiteral("import") || backups[1].reason == QStringLiteral("import")));
}

TEST_CASE("restoring a backup brings its content back and keeps the replaced ledger", "[sqlite]")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
    ledger.ensureBranch(QStringLiteral("第一党支部"));
    const QString saved = dir.filePath(QStringLiteral("saved.sqlite"));
    Backup::write(db, saved);
    ledger.ensureBranch(QStringLiteral("第二党支部"));
    REQUIRE(branchCount(db) == 2);

    const QString kept = Backup::restore(ledger, saved);
    CHECK(branchCount(db) == 1);
    CHECK(QFileInfo::exists(kept));
    CHECK(LedgerVerifier(db).run().ok());
    Database replaced(kept);
    CHECK(branchCount(replaced) == 2);
}

TEST_CASE("a backup that fails verification is not restored", "[sqlite]")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
    ledger.ensureBranch(QStringLiteral("第一党支部"));
    const QString saved = dir.filePath(QStringLiteral("saved.sqlite"));
    Backup::write(db, saved);
    {
        Database tampered(saved);
        QSqlQuery(tampered.connection()).exec(QStringLiteral("UPDATE branches SET name = '伪造'"));
    }
    ledger.ensureBranch(QStringLiteral("第二党支部"));
    CHECK_THROWS_AS(Backup::restore(ledger, saved), StorageError);
    CHECK(branchCount(db) == 2);
}

TEST_CASE("an empty file or another program's database is not restored over the ledger", "[sqlite]")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
    ledger.ensureBranch(QStringLiteral("第一党支部"));
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile file(empty);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    test::rawExec(foreign, {QStringLiteral("CREATE TABLE t (a)")});
    for (const QString& source : {empty, foreign}) {
        INFO(source.toStdString());
        try {
            Backup::restore(ledger, source);
            FAIL("a file that is no ledger was restored");
        } catch (const StorageError& error) {
            CHECK(error.kind() == StorageError::Kind::Invalid);
            CHECK(error.message().contains(QStringLiteral("not a Jifen ledger")));
        }
        CHECK(branchCount(db) == 1);
    }
    CHECK(QFileInfo(empty).size() == 0); // the file itself is left as it was
}

TEST_CASE("only a role that manages settings may restore", "[sqlite]")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    Ledger clerk(db, Actor{QStringLiteral("clerk"), Actor::Role::Clerk});
    CHECK_THROWS_AS(Backup::restore(clerk, dir.filePath(QStringLiteral("any.sqlite"))), StorageError);
}

TEST_CASE("the backup before an import is named for the import", "[sqlite]")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
    ledger.ensureBranch(QStringLiteral("第一党支部"));
    const QString path = Backup::beforeImport(db);
    CHECK(path.endsWith(QStringLiteral("-import.sqlite")));
    const auto backups = Backup::list(db.path());
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].reason == QStringLiteral("import"));
    Database copy(path);
    CHECK(branchCount(copy) == 1);
}

TEST_CASE("imports one after another keep the day's first backup and the newest, not a copy for every import", "[sqlite]")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    Ledger ledger(db, Actor::singleUser(QStringLiteral("tester")));
    ledger.ensureBranch(QStringLiteral("第一党支部"));
    QStringList made;
    for (int i = 0; i < Backup::keepPerDay + 4; ++i) {
        made.append(Backup::beforeImport(db));
        QThread::msleep(20); // distinct modification times
    }
    const auto backups = Backup::list(db.path());
    REQUIRE(backups.size() == Backup::keepPerDay);
    CHECK(QFileInfo::exists(made.constFirst())); // the ledger as the day began
    for (qsizetype i = made.size() - (Backup::keepPerDay - 1); i < made.size(); ++i)
        CHECK(QFileInfo::exists(made[i]));
}
