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
