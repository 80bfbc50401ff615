#include "GuiFixture.h"
#include "audit/AuditPage.h"
#include "audit/AuditTableModel.h"
#include "storage/Database.h"
#include "storage/Ledger.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>

using namespace jifen;
using namespace jifen::test;
using Page = ui::MainWindow::Page;

TEST_CASE("the audit view lists every change newest first, filtered by person, kind and date")
{
    GuiFixture f;
    const qint64 branch = f.addBranch(QStringLiteral("第一党支部"));
    const qint64 member = f.addMember(QStringLiteral("张三"), branch);
    {
        // A second operator's changes, as a colleague's session would write them.
        Ledger other(f.window->ledger().database(), Actor::singleUser(QStringLiteral("王会计")));
        other.addMember([&] {
            Member m = *f.ledger().member(member);
            m.id = 0;
            m.name = QStringLiteral("李四");
            m.idNumber = QStringLiteral("11010519491231002X");
            return m;
        }());
        RuleSet rules;
        RuleVersion v;
        v.name = QStringLiteral("参加党课");
        v.points = 300;
        rules.rules << Rule {0, QStringLiteral("A04"), {v}};
        other.importRuleSet(rules, QDate());
        const qint64 entry
            = other.addEntry(member, other.ruleByCode(QStringLiteral("A04"))->id, QDate::currentDate(), 1, {});
        other.reverseEntry(entry, QStringLiteral("重复录入"));
    }
    f.refreshScreens();
    f.window->showPage(Page::Audit);
    ui::AuditPage* page = f.window->auditPage();
    ui::AuditTableModel* model = page->model();
    const auto actions = [&] {
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row)
            list << model->recordAt(row)->action;
        return list;
    };
    REQUIRE(model->rowCount() >= 6);
    CHECK(model->recordAt(0)->action == QStringLiteral("entry.reverse")); // newest first
    CHECK(model->index(0, ui::AuditTableModel::Action).data().toString() == QStringLiteral("Reversal"));

    page->setOperator(QStringLiteral("测试员"));
    CHECK(actions() == QStringList {QStringLiteral("member.add"), QStringLiteral("branch.add")});

    page->setOperator(QString());
    page->setKind(3); // Reversals
    CHECK(actions() == QStringList {QStringLiteral("entry.reverse")});
    CHECK(page->findChild<QLabel*>(QStringLiteral("auditCount"))->text() == QStringLiteral("Records: 1"));
    CHECK(page->findChild<QPlainTextEdit*>(QStringLiteral("auditDetails"))
              ->toPlainText()
              .contains(QStringLiteral("重复录入")));

    page->setKind(0);
    page->setDates(QDate::currentDate().addDays(-10), QDate::currentDate().addDays(-5));
    CHECK(model->rowCount() == 0);
    page->setDates(QDate::currentDate(), QDate::currentDate());
    CHECK(model->rowCount() >= 6);
}

TEST_CASE("every action the ledger records is named in the audit view, not shown as its key")
{
    // The actions core/ writes to the audit log (grep the audit().append calls when adding one).
    const QStringList actions{
        QStringLiteral("member.add"), QStringLiteral("member.update"), QStringLiteral("member.remove"),
        QStringLiteral("member.import"), QStringLiteral("branch.add"), QStringLiteral("branch.remove"),
        QStringLiteral("roster.change"), QStringLiteral("roster.migrate"), QStringLiteral("entry.add"),
        QStringLiteral("entry.reverse"), QStringLiteral("entry.approve"), QStringLiteral("entry.reject"),
        QStringLiteral("entry.import"), QStringLiteral("import.points"), QStringLiteral("import.meetings"),
        QStringLiteral("meeting.add"), QStringLiteral("meeting.attendance"), QStringLiteral("meeting.mark"),
        QStringLiteral("meeting.cancel"), QStringLiteral("meeting.import"), QStringLiteral("branch_entry.add"),
        QStringLiteral("branch_entry.reverse"), QStringLiteral("pledge.add"), QStringLiteral("pledge.review"),
        QStringLiteral("opinion.issue"), QStringLiteral("ranking.publish"), QStringLiteral("rule.create"),
        QStringLiteral("rule.add"), QStringLiteral("rule.version"), QStringLiteral("rule.version.remove"),
        QStringLiteral("rule.remove"), QStringLiteral("awards.replace"), QStringLiteral("grades.replace"),
        QStringLiteral("setting.set"), QStringLiteral("ids.reveal"), QStringLiteral("operator.add"),
        QStringLiteral("operator.password"), QStringLiteral("operator.enable"), QStringLiteral("operator.disable"),
        QStringLiteral("operator.login_failed"), QStringLiteral("ledger.restore")};
    QStringList keys = actions;
    for (const char* table : {"meeting_types", "branch_rules", "branch_evaluation", "branch_tiers", "branch_awards"})
        for (const char* action : {"add", "change", "remove"})
            keys << QStringLiteral("%1.%2").arg(QLatin1String(table), QLatin1String(action));
    for (const QString& key : std::as_const(keys)) {
        INFO(key.toStdString());
        CHECK(ui::AuditTableModel::actionLabel(key) != key);
    }
}
