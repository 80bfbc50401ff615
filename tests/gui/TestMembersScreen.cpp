#include "GuiFixture.h"
#include "common/InputDialog.h"
#include "members/BranchTree.h"
#include "members/MemberDetails.h"
#include "members/MemberDialog.h"
#include "members/MemberTableModel.h"
#include "members/MembersPage.h"
#include "members/MoveDialog.h"
#include "members/StatusDialog.h"
#include "model/IdNumber.h"
#include "storage/Ledger.h"
#include "storage/RosterHistory.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>

using namespace jifen;
using namespace jifen::test;
using Page = ui::MainWindow::Page;

namespace {

struct MembersFixture : GuiFixture
{
    qint64 committee = addBranch(QStringLiteral("机关党委"));
    qint64 first = addBranch(QStringLiteral("第一党支部"), committee);
    qint64 second = addBranch(QStringLiteral("第二党支部"), committee);
    ui::MembersPage* page = window->membersPage();

    MembersFixture() { window->showPage(Page::Members); }

    QStringList names() const { return columnTexts(page->model(), ui::MemberTableModel::Name); }

    void select(const QString& name)
    {
        const int row = static_cast<int>(names().indexOf(name));
        REQUIRE(row >= 0);
        page->table()->selectRow(row);
    }

    void trigger(const char* action)
    {
        auto* a = page->findChild<QAction*>(QLatin1String(action));
        REQUIRE(a);
        REQUIRE(a->isEnabled());
        a->trigger();
    }

    template<typename Dialog> Dialog* openDialog(const char* name)
    {
        auto* dialog = page->findChild<Dialog*>(QLatin1String(name));
        REQUIRE(dialog);
        WAIT_UNTIL(dialog->isVisible());
        return dialog;
    }
};

} // namespace

TEST_CASE("a member added through the form is listed, selected and recorded under the operator's name")
{
    MembersFixture f;
    f.refreshScreens();
    f.page->branchTree()->selectBranch(f.first);
    f.trigger("addMember");
    QPointer<ui::MemberDialog> dialog = f.openDialog<ui::MemberDialog>("memberDialog");
    typeText(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("张三"));
    auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("idNumberEdit"));
    id->setFocus();
    QTest::keyClicks(id, QStringLiteral("11010519491231002x"));
    QTest::keyClick(id, Qt::Key_Tab); // leaving the field fills birth date and gender from the number
    CHECK(dialog->findChild<QComboBox*>(QStringLiteral("genderCombo"))->currentData().toString()
          == QStringLiteral("女"));
    click(dialog, QStringLiteral("okButton"));
    WAIT_UNTIL(dialog.isNull());

    CHECK(f.names() == QStringList {QStringLiteral("张三")});
    const Member* shown = f.page->model()->memberAt(f.page->table()->currentIndex().row());
    REQUIRE(shown);
    CHECK(shown->name == QStringLiteral("张三"));
    CHECK(shown->branchId == f.first);
    CHECK(shown->idNumber == QStringLiteral("11010519491231002X"));
    CHECK(shown->birthDate == QDate(1949, 12, 31));
    WAIT_UNTIL(f.page->details()->memberId() == shown->id);
    const auto record = f.ledger().audit().recent(1).constFirst();
    CHECK(record.action == QStringLiteral("member.add"));
    CHECK(record.operatorName == QStringLiteral("测试员"));
}

TEST_CASE("a selected member's details show the year total and the verdict on every award, with the reasons")
{
    MembersFixture f;
    RuleSet rules = f.ledger().ruleSet();
    Award excellent;
    excellent.code = QStringLiteral("YXDY");
    excellent.name = QStringLiteral("优秀共产党员");
    excellent.minPoints = 4000;
    Award open;
    open.code = QStringLiteral("CCXF");
    open.name = QStringLiteral("出彩先锋");
    rules.awards = {excellent, open};
    f.ledger().importRuleSet(rules, QDate());
    f.addMember(QStringLiteral("张三"), f.first);
    f.refreshScreens();
    auto* awards = f.page->details()->findChild<QTableWidget*>(QStringLiteral("memberAwards"));
    REQUIRE(awards);
    CHECK_FALSE(awards->isVisibleTo(f.page)); // nobody selected: nothing to judge
    f.select(QStringLiteral("张三"));
    WAIT_UNTIL(awards->rowCount() > 0);
    CHECK(awards->isVisibleTo(f.page));
    REQUIRE(awards->rowCount() == 2);
    // No points this year: 40 points short of the first award; the second asks nothing.
    CHECK(awards->item(0, 0)->text() == QStringLiteral("优秀共产党员"));
    CHECK(awards->item(0, 1)->text() == QStringLiteral("No"));
    CHECK(awards->item(0, 2)->text().contains(QStringLiteral("40")));
    CHECK(awards->item(1, 0)->text() == QStringLiteral("出彩先锋"));
    CHECK(awards->item(1, 1)->text() == QStringLiteral("Yes"));
    CHECK(awards->item(1, 2)->text().isEmpty());
    CHECK(f.page->details()
              ->findChild<QLabel*>(QStringLiteral("yearSummary"))
              ->text()
              .contains(QStringLiteral("Year total")));
}

TEST_CASE("a member's details show at once and the award verdicts follow from a worker, the screen not waiting")
{
    // A verdict needs every current member's year: half a second at 100,000 members, which opening the members
    // screen (it shows the first row's member) and every selection used to wait for.
    MembersFixture f;
    RuleSet rules = f.ledger().ruleSet();
    Award open;
    open.code = QStringLiteral("CCXF");
    open.name = QStringLiteral("出彩先锋");
    rules.awards = {open};
    f.ledger().importRuleSet(rules, QDate());
    const qint64 id = f.addMember(QStringLiteral("张三"), f.first);
    f.refreshScreens();
    ui::MemberDetails* details = f.page->details();
    auto* awards = details->findChild<QTableWidget*>(QStringLiteral("memberAwards"));
    auto* year = details->findChild<QSpinBox*>(QStringLiteral("memberYear"));
    REQUIRE(awards);
    REQUIRE(year);
    f.select(QStringLiteral("张三"));
    WAIT_UNTIL(details->memberId() == id && awards->rowCount() == 1);

    // Another year: the entries are read at once, the verdicts are not worked out on this thread.
    year->setValue(year->value() - 1);
    CHECK(details->findChild<QLabel*>(QStringLiteral("yearSummary"))->text().contains(QString::number(year->value())));
    CHECK(awards->rowCount() == 0);
    WAIT_UNTIL(awards->rowCount() == 1);
    CHECK(awards->item(0, 1)->text() == QStringLiteral("Yes"));
}

TEST_CASE("a member the ledger refuses keeps the form open with the reason")
{
    MembersFixture f;
    f.refreshScreens();
    f.trigger("addMember");
    QPointer<ui::MemberDialog> dialog = f.openDialog<ui::MemberDialog>("memberDialog");
    typeText(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("李四"));
    auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("idNumberEdit"));
    id->setFocus();
    QTest::keyClicks(id, QStringLiteral("110105194912310021")); // wrong check digit
    click(dialog, QStringLiteral("okButton"));
    REQUIRE_FALSE(dialog.isNull());
    CHECK(dialog->isVisible());
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("check digit")));
    CHECK(f.names().isEmpty());
    dialog->reject();
}

TEST_CASE("pinyin initials typed in the search box find 张三")
{
    MembersFixture f;
    f.addMember(QStringLiteral("张三"), f.first);
    f.addMember(QStringLiteral("李四"), f.first);
    f.addMember(QStringLiteral("赵顺"), f.second);
    f.refreshScreens();
    CHECK(f.names().size() == 3);
    auto* search = f.page->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("zs"));
    CHECK(f.names() == QStringList {QStringLiteral("张三"), QStringLiteral("赵顺")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zhangs"));
    CHECK(f.names() == QStringList {QStringLiteral("张三")});
    search->clear();
    typeText(search, QStringLiteral("李"));
    CHECK(f.names() == QStringList {QStringLiteral("李四")});
    CHECK(f.page->findChild<QLabel*>(QStringLiteral("memberCount"))->text() == QStringLiteral("Members: 1"));
}

TEST_CASE("the branch tree filters the list to a branch and everything below it")
{
    MembersFixture f;
    f.addMember(QStringLiteral("张三"), f.first);
    f.addMember(QStringLiteral("李四"), f.second);
    f.refreshScreens();
    f.page->branchTree()->selectBranch(f.second);
    CHECK(f.names() == QStringList {QStringLiteral("李四")});
    f.page->branchTree()->selectBranch(f.committee);
    CHECK(f.names() == QStringList {QStringLiteral("李四"), QStringLiteral("张三")});
}

TEST_CASE("undoing a member's addition removes the member, redo brings the same member back")
{
    MembersFixture f;
    f.refreshScreens();
    f.trigger("addMember");
    QPointer<ui::MemberDialog> dialog = f.openDialog<ui::MemberDialog>("memberDialog");
    typeText(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("王五"));
    dialog->findChild<QLineEdit*>(QStringLiteral("idNumberEdit"))->setText(QStringLiteral("11010519491231002X"));
    click(dialog, QStringLiteral("okButton"));
    WAIT_UNTIL(dialog.isNull());
    const qint64 id = f.ledger().members().constFirst().id;

    f.window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    CHECK(f.names().isEmpty());
    CHECK_FALSE(f.ledger().member(id).has_value());
    f.window->findChild<QAction*>(QStringLiteral("actionRedo"))->trigger();
    CHECK(f.names() == QStringList {QStringLiteral("王五")});
    CHECK(f.ledger().member(id).has_value());
}

TEST_CASE("members move to another branch together, and undo moves them back")
{
    MembersFixture f;
    f.addMember(QStringLiteral("张三"), f.first);
    f.addMember(QStringLiteral("李四"), f.first);
    f.refreshScreens();
    f.page->table()->selectAll();
    f.trigger("moveMembers");
    QPointer<ui::MoveDialog> dialog = f.openDialog<ui::MoveDialog>("moveDialog");
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("branchCombo"));
    combo->setCurrentIndex(combo->findData(f.second));
    click(dialog, QStringLiteral("okButton"));
    WAIT_UNTIL(dialog.isNull());
    CHECK(columnTexts(f.page->model(), ui::MemberTableModel::Branch)
          == QStringList {QStringLiteral("第二党支部"), QStringLiteral("第二党支部")});
    f.window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    for (const Member& m : f.ledger().members())
        CHECK(m.branchId == f.first);
}

TEST_CASE("a move given a past date is dated so in the roster history, and undo moves back under that date")
{
    MembersFixture f;
    const qint64 id = f.addMember(QStringLiteral("张三"), f.first);
    f.refreshScreens();
    f.select(QStringLiteral("张三"));
    f.trigger("moveMembers");
    QPointer<ui::MoveDialog> dialog = f.openDialog<ui::MoveDialog>("moveDialog");
    auto* dateEdit = dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"));
    REQUIRE(dateEdit);
    CHECK(dateEdit->date() == QDate::currentDate());
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("branchCombo"));
    combo->setCurrentIndex(combo->findData(f.second));
    const QDate date = QDate::currentDate().addDays(-10);
    dateEdit->setDate(date);
    click(dialog, QStringLiteral("okButton"));
    WAIT_UNTIL(dialog.isNull());
    CHECK(f.ledger().member(id)->branchId == f.second);
    QList<RosterChange> changes = RosterHistory(f.ledger()).changes(id);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].branchId == f.second);
    CHECK(changes[0].date == date);

    f.window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    CHECK(f.ledger().member(id)->branchId == f.first);
    changes = RosterHistory(f.ledger()).changes(id);
    REQUIRE(changes.size() == 2);
    CHECK(changes[1].branchId == f.first);
    CHECK(changes[1].date == date);
}

TEST_CASE("a move dated before the member's last change on the roster is refused in the dialog with the reason")
{
    MembersFixture f;
    const qint64 id = f.addMember(QStringLiteral("张三"), f.first);
    const QDate last = QDate::currentDate().addDays(-5);
    RosterHistory(f.ledger()).move(id, f.second, last);
    f.refreshScreens();
    f.select(QStringLiteral("张三"));
    f.trigger("moveMembers");
    QPointer<ui::MoveDialog> dialog = f.openDialog<ui::MoveDialog>("moveDialog");
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("branchCombo"));
    combo->setCurrentIndex(combo->findData(f.first));
    dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(last.addDays(-1));
    click(dialog, QStringLiteral("okButton"));
    REQUIRE(dialog);
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(last.toString(Qt::ISODate)));
    CHECK(f.ledger().member(id)->branchId == f.second);
    CHECK(RosterHistory(f.ledger()).changes(id).size() == 1);
    dialog->reject();
}

TEST_CASE("a member marked 转出 with a date leaves the list but stays among former members")
{
    MembersFixture f;
    f.addMember(QStringLiteral("张三"), f.first);
    f.addMember(QStringLiteral("李四"), f.first);
    f.refreshScreens();
    f.select(QStringLiteral("张三"));
    f.trigger("markStatus");
    QPointer<ui::StatusDialog> dialog = f.openDialog<ui::StatusDialog>("statusDialog");
    auto* status = dialog->findChild<QComboBox*>(QStringLiteral("statusCombo"));
    status->setCurrentIndex(status->findData(QStringLiteral("转出")));
    const QDate date = QDate::currentDate().addDays(-3);
    dialog->findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(date);
    typeText(dialog->findChild<QLineEdit*>(QStringLiteral("noteEdit")), QStringLiteral("调往市发改委"));
    click(dialog, QStringLiteral("okButton"));
    WAIT_UNTIL(dialog.isNull());

    CHECK(f.names() == QStringList {QStringLiteral("李四")});
    f.page->findChild<QCheckBox*>(QStringLiteral("showFormer"))->setChecked(true);
    CHECK(f.names() == QStringList {QStringLiteral("李四"), QStringLiteral("张三")});
    const auto member = f.ledger().memberByIdNumber(f.page->model()->memberAt(1)->idNumber);
    REQUIRE(member);
    CHECK(member->status == QStringLiteral("转出"));
    CHECK(member->statusDate == date);
    CHECK(member->notes == QStringLiteral("调往市发改委"));

    // Undo records the return under the leave's own date, so no period counts the member as gone.
    f.window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    CHECK(f.ledger().member(member->id)->isCurrent());
    const QList<RosterChange> changes = RosterHistory(f.ledger()).changes(member->id);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].status == QStringLiteral("转出"));
    CHECK(changes[1].status == QStringLiteral("在册"));
    CHECK(changes[0].date == date);
    CHECK(changes[1].date == date);
    f.window->findChild<QAction*>(QStringLiteral("actionRedo"))->trigger();
    CHECK(f.ledger().member(member->id)->status == QStringLiteral("转出"));
}

TEST_CASE("ID numbers are masked until revealed, and revealing them is recorded")
{
    MembersFixture f;
    const qint64 id = f.addMember(QStringLiteral("张三"), f.first);
    f.refreshScreens();
    const QString full = f.ledger().member(id)->idNumber;
    const QModelIndex cell = f.page->model()->index(0, ui::MemberTableModel::IdNumber);
    CHECK(cell.data().toString() == IdNumber::masked(full));
    CHECK(cell.data().toString() != full);
    auto* reveal = f.page->findChild<QAction*>(QStringLiteral("revealIds"));
    reveal->trigger();
    CHECK(cell.data().toString() == full);
    CHECK(f.ledger().audit().recent(1).constFirst().action == QStringLiteral("ids.reveal"));
    reveal->trigger();
    CHECK(cell.data().toString() == IdNumber::masked(full));
}

TEST_CASE("a new branch is added under the selected one, and undo removes it")
{
    MembersFixture f;
    f.refreshScreens();
    f.page->branchTree()->selectBranch(f.committee);
    ui::InputDialog::setNextText(QStringLiteral("第三党支部"));
    f.trigger("addBranch");
    const auto branch = f.ledger().branchByName(QStringLiteral("第三党支部"));
    REQUIRE(branch);
    CHECK(branch->parentId == f.committee);
    CHECK(f.page->branchTree()->selectedBranch() == branch->id);
    f.window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    CHECK_FALSE(f.ledger().branchByName(QStringLiteral("第三党支部")).has_value());
}

TEST_CASE("the members list reads the roster a page at a time as it scrolls")
{
    MembersFixture f;
    for (int i = 0; i < ui::MemberTableModel::pageSize + 30; ++i)
        f.addMember(QStringLiteral("成员%1").arg(i, 3, 10, QLatin1Char('0')), f.first);
    f.refreshScreens();
    CHECK(f.page->model()->rowCount() == ui::MemberTableModel::pageSize);
    REQUIRE(f.page->model()->canFetchMore({}));
    f.page->table()->scrollToBottom();
    WAIT_UNTIL(f.page->model()->rowCount() == ui::MemberTableModel::pageSize + 30);
    CHECK_FALSE(f.page->model()->canFetchMore({}));
}
