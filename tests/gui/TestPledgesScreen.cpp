#include "GuiFixture.h"
#include "common/InputDialog.h"
#include "members/BranchTree.h"
#include "members/MemberDetails.h"
#include "members/MemberPledges.h"
#include "members/MemberTableModel.h"
#include "members/MembersPage.h"
#include "members/OpinionDialog.h"
#include "storage/Ledger.h"
#include "storage/OpinionLog.h"
#include "storage/Pledges.h"

#include <QAction>
#include <QDate>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace jifen;
using namespace jifen::test;
using Page = ui::MainWindow::Page;

namespace {

struct PledgesFixture : GuiFixture
{
    qint64 branch = addBranch(QStringLiteral("第一党支部"));
    qint64 member = addMember(QStringLiteral("张三"), branch);
    ui::MembersPage* page = window->membersPage();

    PledgesFixture()
    {
        RuleSet rules;
        RuleVersion v;
        v.name = QStringLiteral("履行党员承诺践诺");
        v.category = QStringLiteral("奖励");
        v.points = 200;
        rules.rules << Rule {0, QStringLiteral("B03"), {v}};
        rules.pledgeRules.fulfilled = QStringLiteral("B03");
        ledger().importRuleSet(rules, QDate());
        refreshScreens();
        window->showPage(Page::Members);
        page->table()->selectRow(0);
        WAIT_UNTIL(page->details()->memberId() == member);
    }
};

} // namespace

TEST_CASE("gui: a pledge added on the member page is reviewed in place and its review writes the 践诺 entry")
{
    PledgesFixture f;
    ui::InputDialog::setNextText(QStringLiteral("带头参加志愿服务"));
    REQUIRE(f.page->pledges()->addPledge());
    QTableWidget* table = f.page->pledges()->table();
    WAIT_UNTIL(table->rowCount() == 1);
    CHECK(table->isColumnHidden(0)); // the member's own page needs no member column
    CHECK(table->item(0, 1)->text() == u"带头参加志愿服务");
    table->item(0, 4)->setText(QStringLiteral("全年八次")); // the note first: it waits for the result
    auto* combo = qobject_cast<QComboBox*>(table->cellWidget(0, 3));
    REQUIRE(combo);
    combo->setCurrentIndex(1);
    emit combo->activated(1); // 践诺, as the clerk picks it
    const Pledges pledges(f.ledger());
    WAIT_UNTIL(pledges.list({}).value(0).review.has_value());
    const Pledge p = pledges.list({}).constFirst();
    CHECK(p.review->result == PledgeResult::Fulfilled);
    CHECK(p.review->note == u"全年八次");
    CHECK(f.ledger().entry(p.review->entryId)->ruleId == f.ledger().ruleByCode(QStringLiteral("B03"))->id);
    WAIT_UNTIL(!f.page->pledges()->table()->item(0, 5)->text().isEmpty());
    auto* pages = f.find<QTabWidget>(QStringLiteral("memberPages"));
    REQUIRE(pages);
    pages->setCurrentWidget(f.page->pledges());
    saveScreenshot(f.window.get(), QStringLiteral("member-pledges"));
}

TEST_CASE("gui: a branch's pledges are listed beside the roster, reviewed in place, and a correction is marked")
{
    PledgesFixture f;
    const qint64 other = f.addMember(QStringLiteral("李四"), f.branch);
    const qint64 elsewhere = f.addMember(QStringLiteral("王五"), f.addBranch(QStringLiteral("第二党支部")));
    Pledges pledges(f.ledger());
    const int year = QDate::currentDate().year();
    const qint64 first = pledges.add(f.member, year, QStringLiteral("带头参加志愿服务"));
    pledges.add(other, year, QStringLiteral("结对帮扶一户困难群众"));
    pledges.add(elsewhere, year, QStringLiteral("完成党课讲授"));
    f.refreshScreens();

    f.page->branchTree()->selectBranch(f.branch);
    f.page->listViews()->setCurrentIndex(1);
    QTableWidget* table = f.page->branchPledges()->table();
    WAIT_UNTIL(table->rowCount() == 2); // the chosen branch's members only
    CHECK_FALSE(table->isColumnHidden(0));
    CHECK(QStringList {table->item(0, 0)->text(), table->item(1, 0)->text()}
          == QStringList {QStringLiteral("李四"), QStringLiteral("张三")}); // in the roster's (pinyin) order
    auto* add = f.page->branchPledges()->findChild<QPushButton*>(QStringLiteral("addPledge"));
    REQUIRE(add);
    CHECK(add->isHidden()); // a pledge is added on its member's page

    const int row = table->item(0, 1)->data(Qt::UserRole).toLongLong() == first ? 0 : 1;
    table->item(row, 4)->setText(QStringLiteral("全年八次"));
    auto* combo = qobject_cast<QComboBox*>(table->cellWidget(row, 3));
    REQUIRE(combo);
    combo->setCurrentIndex(1);
    emit combo->activated(1); // 践诺
    WAIT_UNTIL(pledges.pledge(first)->review.has_value());
    const PledgeReview review = *pledges.pledge(first)->review;
    CHECK(review.result == PledgeResult::Fulfilled);
    CHECK(review.note == u"全年八次");
    CHECK(review.entryId > 0);
    WAIT_UNTIL(!table->item(row, 5)->text().isEmpty());
    CHECK_FALSE(table->item(row, 5)->text().contains(QStringLiteral("corrected")));

    // The clerk corrects it to 部分践诺: a new review supersedes the first, which stays, and the list says so.
    combo = qobject_cast<QComboBox*>(table->cellWidget(row, 3));
    combo->setCurrentIndex(2);
    emit combo->activated(2);
    WAIT_UNTIL(pledges.reviews(first).size() == 2);
    CHECK(pledges.pledge(first)->review->result == PledgeResult::Partly);
    CHECK(pledges.pledge(first)->review->supersedesId == review.id);
    CHECK(f.ledger().entry(review.entryId)->reversed); // the 践诺 entry is reversed: 部分践诺 links no rule
    WAIT_UNTIL(table->item(row, 5)->text().contains(QStringLiteral("corrected")));
    CHECK(table->item(row, 5)->toolTip().contains(QStringLiteral("践诺")));
    saveScreenshot(f.window.get(), QStringLiteral("branch-pledges"));

    f.page->branchTree()->selectBranch(0);
    WAIT_UNTIL(table->rowCount() == 0); // no branch chosen: nothing listed, and the hint says why
}

TEST_CASE("gui: the branch opinion of the selected member is saved as PDF and recorded; an unknown name is refused")
{
    PledgesFixture f;
    ui::OpinionDialog* dialog = f.page->printOpinion();
    WAIT_UNTIL(dialog->isVisible());
    const QString pdf = f.dir.filePath(QStringLiteral("opinion.pdf"));
    REQUIRE(dialog->save(QStringLiteral("pdf"), pdf));
    CHECK(QFileInfo(pdf).size() > 1000);
    CHECK(OpinionLog(f.ledger()).list().size() == 1);
    CHECK(OpinionLog(f.ledger()).list().constFirst().memberId == f.member);

    dialog->setCandidates(QStringLiteral("张三\n李四"));
    CHECK_FALSE(dialog->save(QStringLiteral("odt"), f.dir.filePath(QStringLiteral("opinion.odt"))));
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("opinionProblem"));
    REQUIRE(problem);
    CHECK(problem->text().contains(QStringLiteral("李四")));
    CHECK(OpinionLog(f.ledger()).list().size() == 1);
    dialog->close();
}
