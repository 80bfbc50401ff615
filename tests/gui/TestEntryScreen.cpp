#include "GuiFixture.h"
#include "common/Formats.h"
#include "common/InputDialog.h"
#include "common/MessageBox.h"
#include "entry/EntryPage.h"
#include "io/RuleSetFile.h"
#include "members/MemberTableModel.h"
#include "storage/Ledger.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>

using namespace jifen;
using namespace jifen::test;
using Page = ui::MainWindow::Page;

namespace {

// The latest 28 October that is not in the future: the day "these people attended the 主题党日".
QDate meetingDay()
{
    QDate day(QDate::currentDate().year(), 10, 28);
    return day > QDate::currentDate() ? day.addYears(-1) : day;
}

struct EntryFixture : GuiFixture
{
    qint64 committee = addBranch(QStringLiteral("机关党委"));
    qint64 first = addBranch(QStringLiteral("第一党支部"), committee);
    qint64 second = addBranch(QStringLiteral("第二党支部"), committee);
    QList<qint64> members;
    ui::EntryPage* page = window->entryPage();

    EntryFixture()
    {
        ledger().importRuleSet(RuleSetFile::defaultRuleSet(), QDate());
        for (const char16_t* name : {u"张三", u"李四", u"王五", u"赵六", u"陈七", u"孙八"})
            members << addMember(QString::fromUtf16(name), members.size() % 2 ? second : first);
        refreshScreens();
        window->showPage(Page::Entry);
    }

    QTableWidget* recent() const { return page->findChild<QTableWidget*>(QStringLiteral("recentEntries")); }
    QTableWidget* preview() const { return page->findChild<QTableWidget*>(QStringLiteral("entryPreview")); }

    int counted() const
    {
        int n = 0;
        for (const qint64 id : members)
            for (const Entry& e : ledger().entriesOfMember(id))
                n += e.counted() ? 1 : 0;
        return n;
    }
    int total() const
    {
        int n = 0;
        for (const qint64 id : members)
            n += static_cast<int>(ledger().entriesOfMember(id).size());
        return n;
    }
    void undo() const { window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger(); }
    void redo() const { window->findChild<QAction*>(QStringLiteral("actionRedo"))->trigger(); }
};

} // namespace

TEST_CASE("five members pasted by name get one entry each, saved together; a reversal and undo never delete")
{
    EntryFixture f;
    f.page->setRule(QStringLiteral("A05"));
    f.page->setDate(meetingDay());
    typeText(f.page->findChild<QPlainTextEdit*>(QStringLiteral("pasteMembers")),
             QStringLiteral("张三\n李四、王五，赵六 陈七"));
    click(f.page, QStringLiteral("tickPasted"));
    CHECK(f.preview()->rowCount() == 5);
    CHECK(f.page->findChild<QLabel*>(QStringLiteral("pasteResult"))->text() == QStringLiteral("Ticked: 5."));
    click(f.page, QStringLiteral("saveEntries"));

    REQUIRE(f.recent()->rowCount() == 5);
    CHECK(f.counted() == 5);
    CHECK(f.preview()->rowCount() == 0); // the ticks are cleared for the next list
    for (int row = 0; row < 5; ++row) {
        CHECK(f.recent()->item(row, 0)->text() == ui::Formats::date(meetingDay()));
        CHECK(f.recent()->item(row, 3)->text().startsWith(QStringLiteral("A05")));
        CHECK(f.recent()->item(row, 4)->text() == QStringLiteral("3"));
    }
    // One transaction: five entries and their five audit records, nothing else in between.
    CHECK(f.ledger().audit().recent(5).constLast().action == QStringLiteral("entry.add"));

    // Reverse the newest with a reason.
    f.recent()->selectRow(0);
    const QString reversedMember = f.recent()->item(0, 1)->text();
    ui::InputDialog::setNextText(QStringLiteral("误记：当天请假"));
    click(f.page, QStringLiteral("reverseEntry"));
    CHECK(f.counted() == 4);
    CHECK(f.recent()->item(0, 6)->text() == QStringLiteral("Reversed: 误记：当天请假"));

    // Undo the reversal: the same values are entered again, as a new entry.
    f.undo();
    CHECK(f.counted() == 5);
    CHECK(f.total() == 6);
    CHECK(f.recent()->item(0, 1)->text() == reversedMember);
    // Undo the batch: every live entry of it is reversed with the reason "Undo".
    f.undo();
    CHECK(f.counted() == 0);
    CHECK(f.total() == 6);
    CHECK(f.recent()->item(0, 6)->text() == QStringLiteral("Reversed: Undo"));
    // Redo both: five new entries, then the same member's reversed again.
    f.redo();
    CHECK(f.counted() == 5);
    f.redo();
    CHECK(f.counted() == 4);
    CHECK(f.total() == 11);
}

TEST_CASE("a reversal without a reason is refused")
{
    EntryFixture f;
    f.page->setRule(QStringLiteral("A01"));
    f.page->tickPasted(QStringLiteral("张三"));
    REQUIRE(f.page->save());
    f.recent()->selectRow(0);
    ui::InputDialog::setNextText(QStringLiteral("   "));
    ui::MessageBox::takeShown();
    click(f.page, QStringLiteral("reverseEntry"));
    CHECK(f.counted() == 1);
    CHECK(ui::MessageBox::takeShown() == QStringList {QStringLiteral("A reversal needs a reason.")});
}

TEST_CASE("a pasted list names who was not found and who shares a name")
{
    EntryFixture f;
    f.addMember(QStringLiteral("张三"), f.second); // a namesake in another branch
    f.refreshScreens();
    f.page->tickPasted(QStringLiteral("张三\n王某某\n李四\n李四"));
    CHECK(f.preview()->rowCount() == 1);
    CHECK(f.page->findChild<QLabel*>(QStringLiteral("pasteResult"))->text()
          == QStringLiteral(
              "Ticked: 1. Not found: 王某某. Same name, tick by hand: 张三 (2 members). Listed twice: 李四."));
    // The namesakes are listed to be ticked by hand.
    CHECK(columnTexts(f.page->memberModel(), ui::MemberTableModel::Name)
          == QStringList {QStringLiteral("张三"), QStringLiteral("张三")});
}

TEST_CASE("members ticked from a branch list are all entered, with the quantity and note")
{
    EntryFixture f;
    auto* branch = f.page->findChild<QComboBox*>(QStringLiteral("entryBranch"));
    branch->setCurrentIndex(branch->findData(f.second));
    CHECK(f.page->memberModel()->rowCount() == 3);
    click(f.page, QStringLiteral("tickAll"));
    CHECK(f.preview()->rowCount() == 3);
    f.page->setRule(QStringLiteral("B01"));
    f.page->findChild<QSpinBox*>(QStringLiteral("entryQuantity"))->setValue(2);
    typeText(f.page->findChild<QLineEdit*>(QStringLiteral("entryNote")), QStringLiteral("社区志愿服务"));
    REQUIRE(f.page->save());
    for (const qint64 id : {f.members[1], f.members[3], f.members[5]}) {
        const auto entries = f.ledger().entriesOfMember(id);
        REQUIRE(entries.size() == 1);
        CHECK(entries[0].quantity == 2);
        CHECK(entries[0].note == QStringLiteral("社区志愿服务"));
    }
}

TEST_CASE("the last rule and date are remembered for the next session")
{
    {
        EntryFixture f;
        f.page->setRule(QStringLiteral("B04"));
        f.page->setDate(meetingDay());
    }
    EntryFixture again;
    CHECK(again.page->findChild<QComboBox*>(QStringLiteral("entryRule"))->currentData().toString()
          == QStringLiteral("B04"));
    CHECK(again.page->findChild<QDateEdit*>(QStringLiteral("entryDate"))->date() == meetingDay());
}

TEST_CASE("an entry dated before the member joined is refused and nothing of the batch is saved")
{
    EntryFixture f;
    f.addMember(QStringLiteral("新党员"), f.first, QDate::currentDate().addDays(-10));
    f.refreshScreens();
    f.page->setRule(QStringLiteral("A05"));
    f.page->setDate(QDate::currentDate().addDays(-20));
    f.page->tickPasted(QStringLiteral("张三、新党员"));
    ui::MessageBox::takeShown();
    CHECK_FALSE(f.page->save());
    CHECK(f.counted() == 0);
    const QStringList shown = ui::MessageBox::takeShown();
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].contains(QStringLiteral("新党员")));
    CHECK(f.preview()->rowCount() == 2); // the ticks stay for the clerk to fix
}

TEST_CASE("before saving, each ticked member's room under the caps is shown and an entry beyond it is flagged")
{
    EntryFixture f;
    // A05 gives 3 points a time, at most 3 a month: 张三 has used this month's room already.
    f.ledger().addEntry(f.members[0], f.ledger().ruleByCode(QStringLiteral("A05"))->id, meetingDay(), 1, {});
    f.refreshScreens();
    f.page->setRule(QStringLiteral("A05"));
    f.page->setDate(meetingDay());
    typeText(f.page->findChild<QPlainTextEdit*>(QStringLiteral("pasteMembers")), QStringLiteral("张三\n李四"));
    click(f.page, QStringLiteral("tickPasted"));
    REQUIRE(f.preview()->rowCount() == 2);
    const int zhang = f.preview()->item(0, 0)->text() == QStringLiteral("张三") ? 0 : 1;
    const int li = 1 - zhang;
    CHECK(f.preview()->item(zhang, 2)->text() == ui::Formats::points(0));
    CHECK(f.preview()->item(zhang, 3)->text() == ui::Formats::points(0));
    CHECK_FALSE(f.preview()->item(zhang, 0)->toolTip().isEmpty()); // flagged over the cap, and why
    CHECK(f.preview()->item(li, 2)->text() == ui::Formats::points(300));
    CHECK(f.preview()->item(li, 3)->text() == ui::Formats::points(300));
    CHECK(f.preview()->item(li, 0)->toolTip().isEmpty());
}
