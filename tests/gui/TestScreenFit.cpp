#include "GuiFixture.h"
#include "backup/RestoreDialog.h"
#include "common/Session.h"
#include "import/ImportWizard.h"
#include "io/DemoData.h"
#include "main/ConnectDialog.h"
#include "meetings/MeetingsPage.h"
#include "meetings/MeetingDialog.h"
#include "members/MemberDetails.h"
#include "members/MemberDialog.h"
#include "members/MembersPage.h"
#include "members/MoveDialog.h"
#include "members/OpinionDialog.h"
#include "members/StatusDialog.h"
#include "operators/OperatorsDialog.h"
#include "operators/SignInDialog.h"
#include "rules/RuleDialog.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "model/RuleSet.h"

#include <QAction>
#include <QDialog>
#include <QDirIterator>
#include <QFile>
#include <QLayout>
#include <QPointer>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

#include <functional>
#include <set>

using namespace jifen;
using namespace jifen::test;
using Page = ui::MainWindow::Page;

namespace {

QString describe(const QWidget* widget)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += QLatin1Char(' ') + widget->objectName();
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        name += QStringLiteral(" \"%1\"").arg(button->text());
    else if (const auto* label = qobject_cast<const QLabel*>(widget))
        name += QStringLiteral(" \"%1\"").arg(label->text().left(40));
    return name;
}

QString text(QSize size)
{
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

bool inLayout(const QLayout* layout, const QWidget* widget)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (item->widget() == widget || (item->layout() && inLayout(item->layout(), widget)))
            return true;
    }
    return false;
}

// The smallest size a layout gives the widget without cutting it (what Qt's layouts compute as its minimum).
QSize leastSize(const QWidget* widget)
{
    const QSizePolicy policy = widget->sizePolicy();
    const QSize hint = widget->sizeHint();
    const QSize minimumHint = widget->minimumSizeHint();
    QSize least;
    least.setWidth(policy.horizontalPolicy() == QSizePolicy::Ignored ? 0
                       : policy.horizontalPolicy() & QSizePolicy::ShrinkFlag ? minimumHint.width()
                                                                             : hint.width());
    least.setHeight(policy.verticalPolicy() == QSizePolicy::Ignored ? 0
                        : policy.verticalPolicy() & QSizePolicy::ShrinkFlag ? minimumHint.height()
                                                                            : hint.height());
    if (widget->minimumWidth() > 0)
        least.setWidth(widget->minimumWidth());
    if (widget->minimumHeight() > 0)
        least.setHeight(widget->minimumHeight());
    return least.boundedTo(widget->maximumSize()).expandedTo(QSize(0, 0));
}

// Inside a scroll area's viewport a widget may lie beyond what is shown: the clerk scrolls to it.
bool scrolled(const QWidget* widget)
{
    for (const QWidget* w = widget->parentWidget(); w && !w->isWindow(); w = w->parentWidget())
        if (const auto* area = qobject_cast<const QAbstractScrollArea*>(w->parentWidget()); area && area->viewport() == w)
            return true;
    return false;
}

// What the clerk cannot see or reach in the window as it is laid out now: a widget lying partly outside its parent,
// a control squeezed below the size it needs, a toolbar hiding buttons behind its » menu, a page that scrolls
// sideways.
QStringList problems(const QWidget* window)
{
    QStringList found;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (!widget->isVisible() || widget->isWindow() || scrolled(widget))
            continue;
        const QWidget* parent = widget->parentWidget();
        // (A widget of no size, such as the tab bar of a tab widget still without tabs, shows nothing to cut.)
        if (!widget->size().isEmpty() && !parent->rect().contains(widget->geometry()))
            found << QStringLiteral("%1 at %2,%3 %4 lies outside %5 (%6)")
                         .arg(describe(widget))
                         .arg(widget->x())
                         .arg(widget->y())
                         .arg(text(widget->size()), describe(parent), text(parent->size()));
        const QSize least = leastSize(widget);
        if (parent->layout() && inLayout(parent->layout(), widget)
            && (widget->width() < least.width() || widget->height() < least.height()))
            found << QStringLiteral("%1 is squeezed to %2, needs %3").arg(describe(widget), text(widget->size()), text(least));
        if (const auto* toolbar = qobject_cast<const QToolBar*>(widget)) {
            const auto* more = toolbar->findChild<QWidget*>(QStringLiteral("qt_toolbar_ext_button"));
            if (more && more->isVisible())
                found << QStringLiteral("%1 hides buttons behind its extension menu").arg(describe(widget));
        }
        if (const auto* area = qobject_cast<const QScrollArea*>(widget); area && area->horizontalScrollBar()->isVisible())
            found << QStringLiteral("%1 scrolls sideways").arg(describe(widget));
    }
    return found;
}

// Checks the window as laid out now, and again with each tab of every tab widget in `within` shown.
void checkLaidOut(QWidget* window, QWidget* within, const QString& what)
{
    QApplication::processEvents();
    {
        INFO(what.toStdString() << " at " << text(window->size()).toStdString());
        CHECK(problems(window).join(QLatin1Char('\n')).toStdString() == "");
    }
    const QList<QTabWidget*> tabWidgets = within->findChildren<QTabWidget*>();
    for (QTabWidget* tabs : tabWidgets) {
        if (!tabs->isVisible())
            continue;
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            INFO(what.toStdString() << ", tab " << tabs->tabText(i).toStdString() << " at "
                                    << text(window->size()).toStdString());
            CHECK(problems(window).join(QLatin1Char('\n')).toStdString() == "");
        }
        tabs->setCurrentIndex(current);
    }
}

// A main window on the demonstration organisation, review on (so that its page is shown), a member selected with
// their verdicts loaded: the screens as full as a clerk sees them.
struct FullFixture : GuiFixture
{
    FullFixture()
    {
        DemoData::Options options;
        options.members = 60;
        DemoData::load(ledger(), options);
        auto* review = window->findChild<QAction*>(QStringLiteral("actionReviewEnabled"));
        REQUIRE(review);
        review->trigger();
        refreshScreens();
        window->showPage(Page::Members);
        QSignalSpy verdicts(window->membersPage()->details(), &ui::MemberDetails::statementShown);
        window->membersPage()->table()->selectRow(0);
        WAIT_UNTIL(!verdicts.isEmpty());
    }
};

// Every page of the window, as MainWindow numbers them: a page added later is walked too.
QList<Page> pages(const ui::MainWindow& window)
{
    QList<Page> all;
    for (int i = 0; window.pageWidget(Page(i)); ++i)
        all << Page(i);
    return all;
}

void checkPages(ui::MainWindow& window, QSize size, const QString& language)
{
    window.resize(size);
    QApplication::processEvents();
    const QList<Page> all = pages(window);
    REQUIRE(all.size() >= 8);
    for (const Page page : all) {
        window.showPage(page);
        QWidget* widget = window.pageWidget(page);
        REQUIRE(widget->isVisible());
        const QString what = QStringLiteral("%1 page %2 (%3)").arg(language).arg(int(page)).arg(describe(widget));
        INFO(what.toStdString() << ": needs " << text(widget->minimumSizeHint()).toStdString() << ", has "
                                << text(widget->size()).toStdString());
        CHECK(window.size() == size); // a page needing more than the window has would make the window grow
        CHECK(widget->size().expandedTo(leastSize(widget)) == widget->size());
        checkLaidOut(&window, widget, what);
    }
}

// Every dialog class of ui/ with a way to open it on the fixture's ledger.
struct DialogCase
{
    const char* className;
    std::function<QDialog*(FullFixture&)> open;
};

QList<DialogCase> dialogs()
{
    const auto members = [](FullFixture& f) { return f.window->membersPage()->selectedMembers(); };
    return {
        {"MemberDialog", [](FullFixture& f) { return new ui::MemberDialog(f.ledger().branches(), f.window.get()); }},
        {"MoveDialog",
         [members](FullFixture& f) { return new ui::MoveDialog(members(f), f.ledger().branches(), f.window.get()); }},
        {"StatusDialog", [members](FullFixture& f) { return new ui::StatusDialog(members(f).constFirst(), f.window.get()); }},
        {"OpinionDialog", [](FullFixture& f) { return f.window->membersPage()->printOpinion(); }},
        {"RuleDialog",
         [](FullFixture& f) {
             QStringList categories;
             for (const Rule& rule : f.ledger().ruleSet().rules)
                 if (!categories.contains(rule.current().category))
                     categories << rule.current().category;
             return new ui::RuleDialog(categories, f.window.get());
         }},
        {"OperatorsDialog", [](FullFixture& f) { return new ui::OperatorsDialog(f.ledger(), f.window.get()); }},
        {"SignInDialog", [](FullFixture& f) { return new ui::SignInDialog(f.ledger().database().path(), f.window.get()); }},
        {"ConnectDialog", [](FullFixture& f) { return new ui::ConnectDialog(f.window.get()); }},
        {"RestoreDialog", [](FullFixture& f) { return new ui::RestoreDialog(f.ledger(), f.window.get()); }},
        {"ImportWizard", [](FullFixture& f) { return f.window->membersPage()->importRoster(); }},
        {"MeetingDialog",
         [](FullFixture& f) {
             f.window->showPage(Page::Meetings);
             return qobject_cast<ui::MeetingsPage*>(f.window->pageWidget(Page::Meetings))->newMeeting();
         }},
    };
}

// The dialog classes declared in ui/'s headers.
std::set<std::string> dialogClassesInSources()
{
    static const QRegularExpression declaration(
        QStringLiteral(R"(class\s+(\w+)(?:\s+final)?\s*:\s*public\s+\w*(?:Dialog|Wizard|MessageBox)\b)"));
    std::set<std::string> found;
    QDirIterator it(QStringLiteral(JIFEN_UI_SOURCE_DIR), {QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(file.readAll());
        for (auto match = declaration.globalMatch(source); match.hasNext();)
            found.insert(match.next().captured(1).toStdString());
    }
    return found;
}

} // namespace

TEST_CASE("every dialog class in ui/ is among those checked for fitting the screen")
{
    std::set<std::string> listed;
    for (const DialogCase& dialog : dialogs())
        listed.insert(dialog.className);
    const std::set<std::string> declared = dialogClassesInSources();
    CHECK(declared.size() >= 10);
    CHECK(declared == listed);
}

TEST_CASE("every page fits a 1366×768 screen and the window's default size, in Chinese and in English", "[fit]")
{
    for (const bool chinese : {true, false}) {
        const UiLanguage language(chinese);
        FullFixture f;
        const QSize defaultSize = f.window->size();
        INFO(UiLanguage::name(chinese).toStdString() << ": default size " << text(defaultSize).toStdString()
                                                     << ", least " << text(f.window->minimumSizeHint()).toStdString());
        CHECK(defaultSize.boundedTo(maximisedWindow) == defaultSize);
        CHECK(f.window->minimumSizeHint().boundedTo(maximisedWindow) == f.window->minimumSizeHint());
        checkPages(*f.window, maximisedWindow, UiLanguage::name(chinese));
        checkPages(*f.window, defaultSize, UiLanguage::name(chinese));
    }
}

TEST_CASE("every dialog fits a 1366×768 screen and shows every control whole, in Chinese and in English", "[fit]")
{
    for (const bool chinese : {true, false}) {
        const UiLanguage language(chinese);
        FullFixture f;
        for (const DialogCase& dialogCase : dialogs()) {
            const QString what = UiLanguage::name(chinese) + QLatin1Char(' ') + QLatin1String(dialogCase.className);
            QDialog* dialog = dialogCase.open(f);
            REQUIRE(dialog);
            dialog->show();
            REQUIRE(QTest::qWaitForWindowExposed(dialog));
            QApplication::processEvents();
            INFO(what.toStdString() << ": needs " << text(dialog->minimumSizeHint()).toStdString() << ", opens at "
                                    << text(dialog->size()).toStdString());
            CHECK(dialog->minimumSizeHint().boundedTo(maximisedWindow) == dialog->minimumSizeHint());
            CHECK(dialog->size().boundedTo(maximisedWindow) == dialog->size());
            checkLaidOut(dialog, dialog, what);
            if (!qEnvironmentVariableIsEmpty("JIFEN_SCREENSHOTS")) // to look at
                dialog->grab().save(QStringLiteral("%1/%2.png").arg(qEnvironmentVariable("JIFEN_SCREENSHOTS"), what));
            const QPointer<QDialog> open(dialog);
            dialog->reject();
            delete open; // those the pages open delete themselves on closing, later

        }
    }
}
