#include "GuiFixture.h"
#include "common/InputDialog.h"
#include "members/MemberDetails.h"
#include "members/MemberPledges.h"
#include "members/MemberTableModel.h"
#include "members/MembersPage.h"
#include "members/OpinionDialog.h"
#include "storage/Ledger.h"
#include "storage/OpinionLog.h"
#include "storage/Pledges.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
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
    CHECK(table->item(0, 0)->text() == u"带头参加志愿服务");
    table->item(0, 3)->setText(QStringLiteral("全年八次")); // the note first: it waits for the result
    auto* combo = qobject_cast<QComboBox*>(table->cellWidget(0, 2));
    REQUIRE(combo);
    combo->setCurrentIndex(1);
    emit combo->activated(1); // 践诺, as the clerk picks it
    const Pledges pledges(f.ledger());
    WAIT_UNTIL(pledges.list({}).value(0).review.has_value());
    const Pledge p = pledges.list({}).constFirst();
    CHECK(p.review->result == PledgeResult::Fulfilled);
    CHECK(p.review->note == u"全年八次");
    CHECK(f.ledger().entry(p.review->entryId)->ruleId == f.ledger().ruleByCode(QStringLiteral("B03"))->id);
    WAIT_UNTIL(!f.page->pledges()->table()->item(0, 4)->text().isEmpty());
    auto* pages = f.find<QTabWidget>(QStringLiteral("memberPages"));
    REQUIRE(pages);
    pages->setCurrentWidget(f.page->pledges());
    saveScreenshot(f.window.get(), QStringLiteral("member-pledges"));
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
