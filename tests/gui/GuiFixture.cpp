#include "GuiFixture.h"

#include "common/Session.h"
#include "io/DemoData.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "support/Translations.h"

#include <QAbstractButton>
#include <QDir>
#include <QInputMethodEvent>
#include <QTest>
#include <QTranslator>

namespace jifen::test {

GuiFixture::GuiFixture(const QString& operatorName)
{
    window = std::make_unique<ui::MainWindow>(std::make_unique<Database>(dir.dbPath()), operatorName);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
}

Ledger& GuiFixture::ledger() const
{
    return window->ledger();
}

qint64 GuiFixture::addBranch(const QString& name, qint64 parent)
{
    Branch branch;
    branch.name = name;
    branch.parentId = parent;
    branch.kind = parent == 0 ? Branch::Kind::Committee : Branch::Kind::Branch;
    return ledger().addBranch(branch);
}

qint64 GuiFixture::addMember(const QString& name, qint64 branch, QDate joined)
{
    Member m;
    m.name = name;
    m.idNumber = DemoData::makeIdNumber(QStringLiteral("410402"), QDate(1980, 3, 1).addDays(m_serial * 41),
                                        m_serial % 2 == 0, m_serial);
    ++m_serial;
    m.branchId = branch;
    m.joinDate = joined;
    if (joined.addYears(1) <= QDate::currentDate())
        m.fullMemberDate = joined.addYears(1);
    return ledger().addMember(m);
}

void GuiFixture::refreshScreens()
{
    window->session().notify(ui::Session::Members | ui::Session::Entries | ui::Session::Rules | ui::Session::Branches);
}

UiLanguage::UiLanguage(bool chinese)
{
    const QLocale locale = chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (chinese)
        REQUIRE(installTranslations(*QCoreApplication::instance(), locale));
}

UiLanguage::~UiLanguage()
{
    // installTranslations() parents its translators to the application.
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(m_previous);
}

void typeText(QWidget* widget, const QString& text)
{
    REQUIRE(widget);
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

void click(QWidget* parent, const QString& objectName)
{
    auto* button = parent->findChild<QAbstractButton*>(objectName);
    INFO("button " << objectName.toStdString());
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

QString saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariableIsEmpty("JIFEN_SCREENSHOT_DIR")
        ? QDir::currentPath()
        : qEnvironmentVariable("JIFEN_SCREENSHOT_DIR");
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    CHECK(widget->grab().save(path));
    return path;
}

QStringList columnTexts(const QAbstractItemModel* model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

} // namespace jifen::test
