#include "TestSupport.h"
#include "io/DemoData.h"
#include "model/IdNumber.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/LedgerVerifier.h"

#include <QSet>

using namespace jifen;

TEST_CASE("generated ID numbers are valid and carry the birth date and gender")
{
    const QString id = DemoData::makeIdNumber(QStringLiteral("410402"), QDate(1985, 6, 30), false, 42);
    CHECK(IdNumber::isValid(id));
    CHECK(IdNumber::birthDate(id) == QDate(1985, 6, 30));
    CHECK(IdNumber::gender(id) == QStringLiteral("女"));
    CHECK(IdNumber::gender(DemoData::makeIdNumber(QStringLiteral("410402"), QDate(1985, 6, 30), true, 42))
          == QStringLiteral("男"));
}

TEST_CASE("the demonstration organisation is a branch tree, 200 valid members and a year of entries, all audited")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    Ledger ledger(db, Actor::singleUser(QStringLiteral("演示")));
    DemoData::Options options;
    options.today = QDate(2026, 11, 20);
    const DemoData::Result result = DemoData::load(ledger, options);
    CHECK(result.members == 200);
    CHECK(result.branches >= 5);
    CHECK(result.entries > 200 * 12);

    const QList<Member> members = ledger.members();
    REQUIRE(members.size() == 200);
    QSet<QString> ids;
    for (const Member& m : members) {
        CHECK(IdNumber::isValid(m.idNumber));
        CHECK(m.name.size() >= 2);
        ids.insert(m.idNumber);
    }
    CHECK(ids.size() == 200);
    CHECK_FALSE(ledger.ruleSet().rules.isEmpty());

    bool hasChildBranch = false;
    for (const Branch& b : ledger.branches())
        hasChildBranch = hasChildBranch || b.parentId != 0;
    CHECK(hasChildBranch);

    QDate earliest = options.today, latest;
    int left = 0;
    for (const Member& m : members) {
        left += m.isCurrent() ? 0 : 1;
        for (const Entry& e : ledger.entriesOfMember(m.id)) {
            earliest = std::min(earliest, e.date);
            latest = std::max(latest, e.date);
            if (!m.isCurrent()) // nobody has points after leaving the roster
                CHECK(e.date <= m.statusDate);
        }
    }
    CHECK(left > 0);
    CHECK(latest <= options.today);
    CHECK(earliest < options.today.addMonths(-10));
    CHECK(LedgerVerifier(db).run().ok());
}

TEST_CASE("the same seed gives the same organisation")
{
    QStringList names[2];
    for (auto& list : names) {
        test::TempDir dir;
        Database db(dir.dbPath());
        Ledger ledger(db, Actor::singleUser(QStringLiteral("演示")));
        DemoData::Options options;
        options.members = 20;
        options.entries = false;
        DemoData::load(ledger, options);
        for (const Member& m : ledger.members())
            list << m.name + m.idNumber;
    }
    CHECK(names[0] == names[1]);
}

TEST_CASE("cancelling the demonstration leaves the ledger empty")
{
    test::TempDir dir;
    Database db(dir.dbPath());
    Ledger ledger(db, Actor::singleUser(QStringLiteral("演示")));
    DemoData::Options options;
    const auto result = DemoData::load(ledger, options, [](qint64 done, qint64) { return done < 100; });
    CHECK(result.cancelled);
    CHECK(ledger.members().isEmpty());
    CHECK(ledger.branches().isEmpty());
}
