// The 组织生活 page, its meeting form and the member page's attendance tab, driven through their widgets.
#include "GuiFixture.h"
#include "common/InputDialog.h"
#include "io/RuleSetFile.h"
#include "meetings/MeetingDialog.h"
#include "meetings/MeetingsPage.h"
#include "members/BranchTree.h"
#include "members/MemberAttendance.h"
#include "members/MemberDetails.h"
#include "members/MemberTableModel.h"
#include "members/MembersPage.h"
#include "storage/Ledger.h"
#include "storage/Meetings.h"
#include "storage/RosterHistory.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace jifen;
using namespace jifen::test;
using Page = ui::MainWindow::Page;
using A = Meeting::Attendance;

namespace {

struct MeetingsFixture : GuiFixture
{
    qint64 committee = addBranch(QStringLiteral("机关党委"));
    qint64 branch = addBranch(QStringLiteral("第一党支部"), committee);
    qint64 zhang = addMember(QStringLiteral("张三"), branch);
    qint64 li = addMember(QStringLiteral("李四"), branch);
    qint64 wang = addMember(QStringLiteral("王五"), branch);
    ui::MeetingsPage* page = nullptr;

    MeetingsFixture()
    {
        ledger().importRuleSet(RuleSetFile::defaultRuleSet(), QDate());
        refreshScreens();
        window->resize(1366, 768);
        window->showPage(Page::Meetings);
        page = qobject_cast<ui::MeetingsPage*>(window->pageWidget(Page::Meetings));
        REQUIRE(page);
        page->branchTree()->selectBranch(branch);
        REQUIRE(page->branchId() == branch);
    }

    qint64 ruleId(const char* code) const { return ledger().ruleByCode(QLatin1String(code))->id; }

    int gridRow(const QString& typeCode) const
    {
        for (int r = 0; r < page->calendar().rows.size(); ++r)
            if (page->calendar().rows[r].type.code == typeCode)
                return r;
        FAIL("no such meeting type in the grid");
        return -1;
    }
};

const Meeting::Attendee& attendee(const Meeting& m, qint64 memberId)
{
    for (const Meeting::Attendee& a : m.attendees)
        if (a.memberId == memberId)
            return a;
    FAIL("member not listed");
    return m.attendees.constFirst();
}

} // namespace

TEST_CASE("gui: the meeting form lists the branch's members all present, and with one marked absent Enter saves the entries")
{
    MeetingsFixture f;
    QPointer<ui::MeetingDialog> dialog = f.page->newMeeting();
    REQUIRE(dialog);
    WAIT_UNTIL(dialog->isVisible());
    QTableWidget* members = dialog->memberTable();
    REQUIRE(members->rowCount() == 3);
    for (int r = 0; r < 3; ++r)
        CHECK(dialog->attendance(r) == A::Present);

    auto* type = dialog->findChild<QComboBox*>(QStringLiteral("meetingType"));
    REQUIRE(type);
    type->setCurrentIndex(type->findData(QStringLiteral("DYDH")));
    typeText(dialog->findChild<QLineEdit*>(QStringLiteral("meetingTopic")), QStringLiteral("学习党章"));
    // Type-to-find by pinyin initials, then 3 in the list marks the member found absent.
    auto* find = dialog->findChild<QLineEdit*>(QStringLiteral("memberFind"));
    REQUIRE(find);
    find->setFocus();
    QTest::keyClicks(find, QStringLiteral("ls"));
    REQUIRE(members->currentRow() >= 0);
    CHECK(members->item(members->currentRow(), 0)->text() == u"李四");
    const int liRow = members->currentRow();
    members->setFocus();
    QTest::keyClick(members, Qt::Key_3);
    CHECK(dialog->attendance(liRow) == A::Absent);
    CHECK(dialog->attendance((liRow + 1) % 3) == A::Present);
    auto* counts = dialog->findChild<QLabel*>(QStringLiteral("attendanceCounts"));
    REQUIRE(counts);
    CHECK(counts->text().contains(QStringLiteral("absent 1")));
    saveScreenshot(dialog, QStringLiteral("meeting-dialog"));

    find->setFocus();
    QTest::keyClick(find, Qt::Key_Return); // Enter saves
    WAIT_UNTIL(!dialog || !dialog->isVisible());

    const QList<Meeting> meetings = Meetings(f.ledger()).list(std::nullopt, f.branch);
    REQUIRE(meetings.size() == 1);
    const Meeting& m = meetings.constFirst();
    CHECK(m.typeCode == u"DYDH");
    CHECK(m.topic == u"学习党章");
    CHECK(m.date == QDate::currentDate());
    CHECK(attendee(m, f.zhang).attendance == A::Present);
    CHECK(attendee(m, f.wang).attendance == A::Present);
    CHECK(attendee(m, f.li).attendance == A::Absent);
    CHECK(f.ledger().entry(attendee(m, f.zhang).entryId)->ruleId == f.ruleId("A01"));
    CHECK(f.ledger().entry(attendee(m, f.li).entryId)->ruleId == f.ruleId("C01"));
    // The page lists it with its counts.
    QTableWidget* list = f.page->meetingList();
    WAIT_UNTIL(list->rowCount() == 1);
    CHECK(list->item(0, 3)->text() == u"2");
    CHECK(list->item(0, 4)->text() == u"0");
    CHECK(list->item(0, 5)->text() == u"1");
}

TEST_CASE("gui: the meeting form for a past day lists who was in the branch that day, as the dated roster has it")
{
    MeetingsFixture f;
    const qint64 other = f.addBranch(QStringLiteral("第二党支部"), f.committee);
    RosterHistory history(f.ledger());
    history.setStatus(f.zhang, QStringLiteral("转出"), QDate(2026, 6, 10));
    history.move(f.wang, other, QDate(2026, 9, 1));
    QPointer<ui::MeetingDialog> dialog = f.page->newMeeting();
    REQUIRE(dialog);
    WAIT_UNTIL(dialog->isVisible());
    auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("meetingDate"));
    REQUIRE(date);
    const auto listed = [&] {
        QStringList names;
        for (int r = 0; r < dialog->memberTable()->rowCount(); ++r)
            names << dialog->memberTable()->item(r, 0)->text();
        return names;
    };
    date->setDate(QDate(2026, 6, 10)); // 张三 leaves that day, 王五 moves later
    CHECK(listed() == QStringList {QStringLiteral("李四"), QStringLiteral("王五"), QStringLiteral("张三")});
    date->setDate(QDate(2026, 9, 1));
    CHECK(listed() == QStringList {QStringLiteral("李四")});
    dialog->reject();
}

TEST_CASE("gui: a meeting saved from the form is undone by cancelling it, its entries reversed, and redone as a new "
          "meeting; a change of attendance is undone by marking back")
{
    MeetingsFixture f;
    const auto trigger = [&f](const char* name) { f.window->findChild<QAction*>(QLatin1String(name))->trigger(); };
    QPointer<ui::MeetingDialog> dialog = f.page->newMeeting();
    REQUIRE(dialog);
    WAIT_UNTIL(dialog->isVisible());
    auto* type = dialog->findChild<QComboBox*>(QStringLiteral("meetingType"));
    type->setCurrentIndex(type->findData(QStringLiteral("DYDH")));
    REQUIRE(dialog->save());
    const auto meetings = [&f] { return Meetings(f.ledger()).list(std::nullopt, f.branch); };
    REQUIRE(meetings().size() == 1);
    const qint64 first = meetings().constFirst().id;

    trigger("actionUndo");
    REQUIRE(meetings().size() == 1);
    CHECK(meetings().constFirst().cancelled);
    CHECK(meetings().constFirst().cancelReason == u"Undo");
    for (const Meeting::Attendee& a : meetings().constFirst().attendees)
        CHECK(f.ledger().entry(a.entryId)->reversed);

    trigger("actionRedo");
    REQUIRE(meetings().size() == 2);
    const Meeting again = meetings().constLast();
    CHECK(again.id != first);
    CHECK_FALSE(again.cancelled);
    CHECK(again.attendees.size() == 3);

    ui::MeetingDialog change(f.window->session(), again);
    change.memberTable()->setCurrentCell(0, 0);
    change.memberTable()->setFocus();
    QTest::keyClick(change.memberTable(), Qt::Key_3);
    REQUIRE(change.save());
    const qint64 marked = change.memberTable()->item(0, 0)->data(Qt::UserRole).toLongLong();
    CHECK(attendee(meetings().constLast(), marked).attendance == A::Absent);
    trigger("actionUndo");
    CHECK(attendee(meetings().constLast(), marked).attendance == A::Present);
}

TEST_CASE("gui: changing one member's attendance rewrites their entry, and cancelling a meeting reverses its entries")
{
    MeetingsFixture f;
    const QDate date = QDate::currentDate();
    const qint64 id = Meetings(f.ledger()).record(f.branch, QStringLiteral("ZTDR"), date, QStringLiteral("志愿服务"),
                                                  {{f.zhang, A::Present}, {f.li, A::Present}, {f.wang, A::Present}});
    f.refreshScreens();
    QTableWidget* list = f.page->meetingList();
    WAIT_UNTIL(list->rowCount() == 1);
    list->selectRow(0);
    const qint64 wangEntry = attendee(*Meetings(f.ledger()).meeting(id), f.wang).entryId;

    QPointer<ui::MeetingDialog> dialog = f.page->changeAttendance();
    REQUIRE(dialog);
    WAIT_UNTIL(dialog->isVisible());
    QTableWidget* members = dialog->memberTable();
    for (int r = 0; r < members->rowCount(); ++r)
        if (members->item(r, 0)->text() == u"王五")
            members->selectRow(r);
    click(dialog, QStringLiteral("markExcused"));
    REQUIRE(dialog->save());
    const Meeting changed = *Meetings(f.ledger()).meeting(id);
    CHECK(attendee(changed, f.wang).attendance == A::Excused);
    CHECK(attendee(changed, f.wang).entryId == 0);
    CHECK(f.ledger().entry(wangEntry)->reversed);
    CHECK_FALSE(f.ledger().entry(attendee(changed, f.zhang).entryId)->reversed);

    WAIT_UNTIL(list->rowCount() == 1 && list->item(0, 4)->text() == u"1");
    list->selectRow(0);
    ui::InputDialog::setNextText(QStringLiteral("暴雨改期"));
    REQUIRE(f.page->cancelMeeting());
    const Meeting cancelled = *Meetings(f.ledger()).meeting(id);
    CHECK(cancelled.cancelled);
    CHECK(cancelled.cancelReason == u"暴雨改期");
    for (const Meeting::Attendee& a : cancelled.attendees)
        if (a.entryId > 0)
            CHECK(f.ledger().entry(a.entryId)->reversed);
    WAIT_UNTIL(list->item(0, 6)->text().contains(QStringLiteral("暴雨改期")));
    // A cancelled meeting no longer counts: its month shows it cancelled, not held.
    const MeetingCalendar::Month& month
        = f.page->calendar().rows[f.gridRow(QStringLiteral("ZTDR"))].months[static_cast<size_t>(date.month() - 1)];
    CHECK(month.held == 0);
    CHECK(month.cancelled == 1);
    list->selectRow(0);
    CHECK(f.page->changeAttendance() == nullptr);
}

TEST_CASE("gui: the month grid shows what was held, what is missing and what was cancelled against the rule set")
{
    MeetingsFixture f;
    const int year = QDate::currentDate().year() - 1; // a whole year that is over
    Meetings meetings(f.ledger());
    const QList<Meetings::Listed> all {{f.zhang, A::Present}, {f.li, A::Present}, {f.wang, A::Absent}};
    meetings.record(f.branch, QStringLiteral("ZWH"), QDate(year, 1, 9), QStringLiteral("一月支委会"), all);
    meetings.record(f.branch, QStringLiteral("ZWH"), QDate(year, 2, 9), QStringLiteral("二月支委会"), all);
    meetings.record(f.branch, QStringLiteral("DYDH"), QDate(year, 2, 20), QStringLiteral("一季度党员大会"), all);
    const qint64 cancelled
        = meetings.record(f.branch, QStringLiteral("ZTDR"), QDate(year, 3, 1), QStringLiteral("主题党日"), all);
    meetings.cancel(cancelled, QStringLiteral("改期"));
    f.refreshScreens();
    f.page->setYear(year);
    QTableWidget* grid = f.page->grid();
    WAIT_UNTIL(grid->rowCount() == f.page->calendar().rows.size() && grid->rowCount() == 6);

    using State = MeetingCalendar::State;
    const auto month = [&](const char* code, int m) {
        return f.page->calendar().rows[f.gridRow(QLatin1String(code))].months[static_cast<size_t>(m - 1)];
    };
    const auto text = [&](const char* code, int m) { return grid->item(f.gridRow(QLatin1String(code)), 1 + m)->text(); };
    // 支委会, monthly: January and February held, March on missing.
    CHECK(month("ZWH", 1).state == State::Held);
    CHECK(text("ZWH", 1) == u"✓");
    CHECK(month("ZWH", 3).state == State::Missing);
    CHECK(text("ZWH", 3) == u"missing");
    // 支部党员大会, quarterly: the first quarter is kept by February's meeting; the second is missing in June.
    CHECK(month("DYDH", 2).state == State::Held);
    CHECK(month("DYDH", 3).state == State::None);
    CHECK(month("DYDH", 6).state == State::Missing);
    CHECK(month("DYDH", 5).state == State::None);
    // 主题党日: March's meeting was cancelled, so March is missing.
    CHECK(text("ZTDR", 3) == u"cancelled missing");
    // 组织生活会, yearly: due in December only. 党小组会 requires none: never missing.
    CHECK(month("ZZSHH", 11).state == State::None);
    CHECK(month("ZZSHH", 12).state == State::Missing);
    for (int m = 1; m <= 12; ++m)
        CHECK(month("DXZH", m).state == State::None);
    CHECK(grid->item(f.gridRow(QStringLiteral("ZWH")), 14)->text() == u"2 / 12");
    auto* summary = f.page->findChild<QLabel*>(QStringLiteral("meetingSummary"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("3 meeting(s) held, 1 cancelled")));

    // A month's cell leads to its meeting in the list.
    grid->setCurrentCell(f.gridRow(QStringLiteral("DYDH")), 3);
    CHECK(f.page->meetingList()->currentRow() == 2);
    saveScreenshot(f.window.get(), QStringLiteral("meetings-page"));
}

TEST_CASE("gui: the member page lists the member's meetings of the year with present / listed")
{
    MeetingsFixture f;
    const int year = QDate::currentDate().year() - 1;
    Meetings meetings(f.ledger());
    meetings.record(f.branch, QStringLiteral("ZWH"), QDate(year, 1, 9), QStringLiteral("一月支委会"),
                    {{f.zhang, A::Present}, {f.li, A::Absent}});
    meetings.record(f.branch, QStringLiteral("DYDH"), QDate(year, 2, 9), QStringLiteral("党员大会"),
                    {{f.li, A::Excused}});
    const qint64 cancelled = meetings.record(f.branch, QStringLiteral("ZTDR"), QDate(year, 3, 9), {},
                                             {{f.li, A::Present}});
    meetings.cancel(cancelled, QStringLiteral("改期"));
    f.refreshScreens();
    f.window->showPage(Page::Members);
    ui::MembersPage* page = f.window->membersPage();
    page->selectMember(f.li);
    WAIT_UNTIL(page->details()->memberId() == f.li);
    auto* yearSpin = page->details()->findChild<QSpinBox*>(QStringLiteral("memberYear"));
    REQUIRE(yearSpin);
    yearSpin->setValue(year);
    auto* pages = f.find<QTabWidget>(QStringLiteral("memberPages"));
    REQUIRE(pages);
    pages->setCurrentWidget(page->attendance());
    QTableWidget* table = page->attendance()->table();
    WAIT_UNTIL(table->rowCount() == 3);
    CHECK(table->item(0, 1)->text() == u"支委会");
    CHECK(table->item(0, 4)->text() == u"Absent");
    CHECK(table->item(1, 4)->text() == u"Excused");
    CHECK(table->item(2, 4)->text().contains(QStringLiteral("cancelled")));
    CHECK(page->attendance()->summary()->text().contains(QStringLiteral("present 0 / listed 2")));
    saveScreenshot(f.window.get(), QStringLiteral("member-attendance"));
}
