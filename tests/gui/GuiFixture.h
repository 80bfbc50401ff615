#pragma once

#include "TestSupport.h"
#include "main/MainWindow.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QTest>
#include <QWidget>

#include <memory>

// Waits (processing events) until the condition holds, and fails the test when it never does. QTRY_VERIFY cannot be
// used: it reports to QTest's logger, which Catch does not read.
#define WAIT_UNTIL(condition) REQUIRE(QTest::qWaitFor([&] { return bool(condition); }, 10000))

namespace jifen::test {

// A maximised window on the office PC's 1366×768 screen: a task bar takes about 40 pixels and the window's title bar
// about 30 of the rest.
inline constexpr QSize maximisedWindow(1366, 728 - 30);

// A main window on a fresh ledger in a temporary folder, shown (offscreen), with one operator.
struct GuiFixture
{
    TempDir dir;
    std::unique_ptr<ui::MainWindow> window;

    explicit GuiFixture(const QString& operatorName = QStringLiteral("测试员"));
    Ledger& ledger() const;

    // A branch tree (机关党委 > 第一党支部, 第二党支部) and members by name, each with a generated valid ID number.
    qint64 addBranch(const QString& name, qint64 parent = 0);
    qint64 addMember(const QString& name, qint64 branch, QDate joined = QDate(2000, 7, 1));
    // Reloads every screen after the fixture wrote to the ledger behind their back.
    void refreshScreens();

    template<typename T> T* find(const QString& objectName) const { return window->findChild<T*>(objectName); }

private:
    int m_serial = 0;
};

// The user interface in Chinese (Jifen's and Qt's translators, Chinese locale) or in English for the scope; screens
// built meanwhile are in that language.
class UiLanguage
{
public:
    explicit UiLanguage(bool chinese);
    ~UiLanguage();
    UiLanguage(const UiLanguage&) = delete;
    UiLanguage& operator=(const UiLanguage&) = delete;

    static QString name(bool chinese) { return chinese ? QStringLiteral("zh") : QStringLiteral("en"); }

private:
    QLocale m_previous;
};

// Chinese text arrives the way an input method delivers it (QTest::keyClicks cannot type it).
void typeText(QWidget* widget, const QString& text);
// Clicks the button (or other widget) with this object name inside `parent`; fails the test when missing.
void click(QWidget* parent, const QString& objectName);
// Saves widget->grab() as `name`.png in JIFEN_SCREENSHOT_DIR (default: the test's working directory), for a person to
// look at; returns the file's path.
QString saveScreenshot(QWidget* widget, const QString& name);
// Every row of a model's column as text.
QStringList columnTexts(const QAbstractItemModel* model, int column);

} // namespace jifen::test
