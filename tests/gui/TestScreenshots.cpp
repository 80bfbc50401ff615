#include "GuiFixture.h"
#include "branches/BranchEvaluationPage.h"
#include "main/ConnectDialog.h"
#include "common/InputDialog.h"
#include "io/DemoData.h"
#include "meetings/MeetingDialog.h"
#include "meetings/MeetingsPage.h"
#include "members/MemberAttendance.h"
#include "members/MemberDetails.h"
#include "members/MembersPage.h"
#include "storage/Meetings.h"
#include "members/BranchTree.h"
#include "storage/Ledger.h"
#include "storage/Pledges.h"
#include "support/Translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace jifen;
using namespace jifen::test;
using Page = ui::MainWindow::Page;

namespace {

// Saves what the clerk sees as DIR/<name>.png.
void save(QWidget* widget, const QString& dir, const QString& name)
{
    REQUIRE(widget);
    QApplication::processEvents();
    QTest::qWait(50);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void saveTabs(QTabWidget* tabs, QWidget* window, const QString& dir, const QString& name)
{
    REQUIRE(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        save(window, dir, QStringLiteral("%1-%2").arg(name).arg(i + 1));
    }
}

// Opens a dialog through its page's action, saves it and closes it.
void saveDialog(QWidget* page, const char* action, const char* dialogName, const QString& dir)
{
    auto* a = page->findChild<QAction*>(QLatin1String(action));
    REQUIRE(a);
    REQUIRE(a->isEnabled());
    a->trigger();
    auto* dialog = page->findChild<QDialog*>(QLatin1String(dialogName));
    REQUIRE(dialog);
    WAIT_UNTIL(dialog->isVisible());
    save(dialog, dir, QLatin1String(dialogName));
    dialog->reject();
}

// Every page and dialog of a main window on the demonstration organisation, in the current language.
void saveScreens(const QString& dir)
{
    GuiFixture f;
    DemoData::Options options;
    options.members = 200;
    DemoData::load(f.ledger(), options);
    f.refreshScreens();
    f.window->resize(maximisedWindow);
    QWidget* window = f.window.get();

    f.window->showPage(Page::Members);
    QWidget* members = f.window->pageWidget(Page::Members);
    auto* table = members->findChild<QTableView*>(QStringLiteral("memberTable"));
    REQUIRE(table);
    // The member count and a member's verdicts come from worker threads.
    auto* count = members->findChild<QLabel*>(QStringLiteral("memberCount"));
    REQUIRE(count);
    WAIT_UNTIL(!count->text().isEmpty());
    save(window, dir, QStringLiteral("01-members"));
    QSignalSpy verdicts(f.window->membersPage()->details(), &ui::MemberDetails::statementShown);
    table->selectRow(3);
    WAIT_UNTIL(!verdicts.isEmpty());
    save(window, dir, QStringLiteral("02-members-details"));
    saveDialog(members, "editMember", "memberDialog", dir);
    saveDialog(members, "moveMembers", "moveDialog", dir);
    saveDialog(members, "markStatus", "statusDialog", dir);
    // The 承诺践诺 view beside the roster: the pledges of the first branch's members, one reviewed.
    const Member pledging = f.ledger().members().constFirst();
    const int year = QDate::currentDate().year();
    Pledges pledges(f.ledger());
    const qint64 pledge = pledges.add(pledging.id, year, QStringLiteral("带头参加志愿服务，全年不少于八次"));
    pledges.add(pledging.id, year, QStringLiteral("结对帮扶一户困难群众"), QDate(year, 12, 31));
    pledges.review(pledge, PledgeResult::Fulfilled, QStringLiteral("全年参加志愿服务十次"));
    auto* pledgeViews = members->findChild<QTabWidget*>(QStringLiteral("memberListViews"));
    REQUIRE(pledgeViews);
    pledgeViews->setCurrentIndex(1);
    f.window->membersPage()->branchTree()->selectBranch(pledging.branchId);
    save(window, dir, QStringLiteral("02-members-branch-pledges"));
    pledgeViews->setCurrentIndex(0);

    f.window->showPage(Page::Entry);
    QWidget* entry = f.window->pageWidget(Page::Entry);
    auto* rule = entry->findChild<QComboBox*>(QStringLiteral("entryRule"));
    REQUIRE(rule);
    rule->setCurrentIndex(qMin(2, rule->count() - 1));
    auto* branch = entry->findChild<QComboBox*>(QStringLiteral("entryBranch"));
    REQUIRE(branch);
    branch->setCurrentIndex(qMin(2, branch->count() - 1));
    click(entry, QStringLiteral("tickAll"));
    save(window, dir, QStringLiteral("03-entry"));

    f.window->showPage(Page::Rules);
    QWidget* rules = f.window->pageWidget(Page::Rules);
    saveTabs(rules->findChild<QTabWidget*>(QStringLiteral("rulesTabs")), window, dir, QStringLiteral("04-rules"));
    rules->findChild<QTabWidget*>(QStringLiteral("rulesTabs"))->setCurrentIndex(0);
    saveDialog(rules, "newRule", "ruleDialog", dir);

    f.window->showPage(Page::Awards);
    saveTabs(f.window->pageWidget(Page::Awards)->findChild<QTabWidget*>(QStringLiteral("awardTabs")), window, dir,
             QStringLiteral("05-awards"));

    f.window->showPage(Page::Ranking);
    save(window, dir, QStringLiteral("06-ranking"));

    f.window->showPage(Page::Charts);
    auto* kind = f.window->pageWidget(Page::Charts)->findChild<QComboBox*>(QStringLiteral("chartKind"));
    REQUIRE(kind);
    for (int i = 0; i < kind->count(); ++i) {
        kind->setCurrentIndex(i);
        save(window, dir, QStringLiteral("07-charts-%1").arg(i + 1));
    }

    f.window->showPage(Page::BranchEvaluation);
    auto* evaluation = qobject_cast<ui::BranchEvaluationPage*>(f.window->pageWidget(Page::BranchEvaluation));
    REQUIRE(evaluation);
    WAIT_UNTIL(!evaluation->isLoading());
    save(window, dir, QStringLiteral("07b-branch-evaluation"));

    f.window->showPage(Page::Audit);
    save(window, dir, QStringLiteral("08-audit"));

    // 组织生活: a year of one branch's meetings entered through the form, some
    // months left out so that the grid shows what is missing.
    f.window->showPage(Page::Meetings);
    auto* meetings = qobject_cast<ui::MeetingsPage*>(f.window->pageWidget(Page::Meetings));
    REQUIRE(meetings);
    const QDate today = QDate::currentDate();
    const auto record = [&](const QString& type, QDate date, const QString& topic) {
        ui::MeetingDialog* dialog = meetings->newMeeting();
        REQUIRE(dialog);
        auto* typeCombo = dialog->findChild<QComboBox*>(QStringLiteral("meetingType"));
        typeCombo->setCurrentIndex(typeCombo->findData(type));
        dialog->findChild<QDateEdit*>(QStringLiteral("meetingDate"))->setDate(date);
        dialog->findChild<QLineEdit*>(QStringLiteral("meetingTopic"))->setText(topic);
        dialog->memberTable()->selectRow(1);
        dialog->mark(Meeting::Attendance::Absent);
        dialog->memberTable()->selectRow(3);
        dialog->mark(Meeting::Attendance::Excused);
        return dialog;
    };
    for (int month = 1; month < today.month(); ++month) {
        if (month % 5 != 4)
            REQUIRE(record(QStringLiteral("ZWH"), QDate(today.year(), month, 6), QStringLiteral("支委会"))->save());
        if (month % 3 == 2)
            REQUIRE(record(QStringLiteral("DYDH"), QDate(today.year(), month, 12), QStringLiteral("学习贯彻党的二十大精神"))
                        ->save());
        if (month != 2)
            REQUIRE(record(QStringLiteral("ZTDR"), QDate(today.year(), month, 20), QStringLiteral("主题党日：志愿服务"))
                        ->save());
    }
    meetings->meetingList()->selectRow(0);
    ui::InputDialog::setNextText(QStringLiteral("与上级会议冲突，改期"));
    meetings->cancelMeeting();
    save(window, dir, QStringLiteral("10-meetings"));
    ui::MeetingDialog* dialog = record(QStringLiteral("DK"), today, QStringLiteral("党课：党史学习教育"));
    dialog->show();
    save(dialog, dir, QStringLiteral("10-meeting-dialog"));
    dialog->reject();
    f.window->showPage(Page::Members);
    const QList<Meeting> held = Meetings(f.ledger()).list(today.year(), meetings->branchId());
    REQUIRE(held.size() > 1);
    f.window->membersPage()->selectMember(held[1].attendees[1].memberId);
    WAIT_UNTIL(f.window->membersPage()->details()->memberId() == held[1].attendees[1].memberId);
    auto* memberPages = members->findChild<QTabWidget*>(QStringLiteral("memberPages"));
    REQUIRE(memberPages);
    memberPages->setCurrentWidget(f.window->membersPage()->attendance());
    save(window, dir, QStringLiteral("10-member-attendance"));

    ui::ConnectDialog connect(window);
    connect.show();
    save(&connect, dir, QStringLiteral("09-connect-dialog"));

    // Every page as it opens, the review page and those added later included.
    auto* review = window->findChild<QAction*>(QStringLiteral("actionReviewEnabled"));
    REQUIRE(review);
    review->trigger();
    for (int i = 0; f.window->pageWidget(Page(i)); ++i) {
        f.window->showPage(Page(i));
        save(window, dir, QStringLiteral("10-page-%1").arg(i + 1, 2, 10, QLatin1Char('0')));
    }
}

} // namespace

// Not run by default. With JIFEN_SCREENSHOTS=DIR, every page and dialog of the main window on the demonstration
// organisation, maximised on a 1366×768 screen, is saved as a picture, in Chinese in DIR/zh and in English in DIR/en:
//   JIFEN_SCREENSHOTS=/tmp/shots xvfb-run -a -s "-screen 0 1366x768x24" tests/gui/test_gui "[screenshots]"
TEST_CASE("with JIFEN_SCREENSHOTS, every screen is saved as a picture", "[.][screenshots]")
{
    const QString root = qEnvironmentVariable("JIFEN_SCREENSHOTS");
    if (root.isEmpty())
        return;
    for (const bool chinese : {true, false}) {
        const QString dir = QDir(root).filePath(UiLanguage::name(chinese));
        QDir().mkpath(dir);
        // The translators go in before any screen is built, as in the application.
        const UiLanguage language(chinese);
        saveScreens(dir);
    }
}
