#include "GuiFixture.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "import/ImportWizard.h"
#include "main/BackgroundTask.h"
#include "members/MemberTableModel.h"
#include "members/MembersPage.h"
#include "model/IdNumber.h"
#include "storage/Backup.h"
#include "storage/Ledger.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace jifen;
using namespace jifen::test;
using ui::ImportWizard;

namespace {

struct WizardFixture : GuiFixture
{
    QPointer<ImportWizard> wizard;

    // Opens the wizard the way a clerk does: from the File menu.
    void open()
    {
        auto* action = window->findChild<QAction*>(QStringLiteral("actionImportRoster"));
        REQUIRE(action);
        action->trigger();
        wizard = window->membersPage()->findChild<ImportWizard*>(QStringLiteral("importWizard"));
        REQUIRE(wizard);
        WAIT_UNTIL(wizard->isVisible());
    }

    template<typename T> T* child(const QString& name) const
    {
        T* widget = wizard->findChild<T*>(name);
        REQUIRE(widget);
        return widget;
    }

    // The next page; on the check page, once the check against the ledger (in the background) is done.
    void next()
    {
        QAbstractButton* button = wizard->button(QWizard::NextButton);
        REQUIRE(button->isVisible());
        REQUIRE(button->isEnabled());
        button->click();
        WAIT_UNTIL(!wizard->isChecking());
    }

    // From the file page to the check page, taking a screenshot of each step when asked.
    void openFileAndCheck(const QString& fileName)
    {
        open();
        child<QLineEdit>(QStringLiteral("fileEdit"))->setText(fileName);
        screenshot("1-file");
        next();
        REQUIRE(wizard->currentId() == ImportWizard::PreviewPage);
        screenshot("2-preview");
        next();
        REQUIRE(wizard->currentId() == ImportWizard::MappingPage);
        screenshot("3-mapping");
        next();
        REQUIRE(wizard->currentId() == ImportWizard::CheckPage);
        screenshot("4-check");
    }

    void importNow()
    {
        QAbstractButton* button = wizard->button(QWizard::CommitButton);
        REQUIRE(button->isVisible());
        REQUIRE(button->isEnabled());
        button->click();
    }

    // Under JIFEN_SCREENSHOTS=DIR, the wizard as it looks, saved as DIR/import-NAME.png.
    void screenshot(const char* name) const
    {
        const QString folder = qEnvironmentVariable("JIFEN_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        QCoreApplication::processEvents();
        wizard->grab().save(QDir(folder).filePath(QStringLiteral("import-%1.png").arg(QLatin1String(name))));
    }

    QStringList issueCells(int column) const
    {
        QStringList texts;
        auto* table = child<QTableWidget>(QStringLiteral("issueTable"));
        for (int row = 0; row < table->rowCount(); ++row)
            texts.append(table->item(row, column)->text());
        return texts;
    }
};

int membersIn(const Ledger& ledger)
{
    return int(ledger.members().size());
}

// A valid roster of `rows` members (UTF-8, three columns), big enough for the check to take a while.
void writeRoster(const QString& path, int rows)
{
    QByteArray text = "姓名,身份证号,所在支部\n";
    for (int i = 0; i < rows; ++i) {
        const QString first17 = QStringLiteral("110105%1%2")
                                    .arg(QDate(1960, 1, 1).addDays(i / 500).toString(QStringLiteral("yyyyMMdd")))
                                    .arg(i % 500, 3, 10, QLatin1Char('0'));
        text += QStringLiteral("成员%1,%2%3,第一党支部\n")
                    .arg(i)
                    .arg(first17)
                    .arg(IdNumber::checkDigit(first17))
                    .toUtf8();
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

TEST_CASE("the wizard reads a GB18030 roster and lists a bad ID number with its spreadsheet row and column")
{
    WizardFixture f;
    f.openFileAndCheck(fixturePath(QStringLiteral("io/roster-problems-gb18030.csv")));
    CHECK(f.child<QLabel>(QStringLiteral("detectedLabel"))->text().contains(QStringLiteral("GB18030")));

    // Row 2 holds 4.10402E+17: Excel turned the ID column into numbers.
    const QStringList rows = f.issueCells(0);
    const QStringList columns = f.issueCells(1);
    const QStringList messages = f.issueCells(3);
    bool found = false;
    for (int i = 0; i < rows.size(); ++i)
        if (rows[i] == QStringLiteral("2") && columns[i] == QStringLiteral("身份证号") && messages[i].contains(u"Excel"))
            found = true;
    CHECK(found);
    // The list starts at the first error, and its cell is shown in the table below.
    auto* table = f.child<QTableView>(QStringLiteral("checkTable"));
    CHECK(table->currentIndex().row() == 0);
    CHECK(table->model()->headerData(0, Qt::Vertical, Qt::DisplayRole).toInt() == 2);
    CHECK(table->model()->headerData(table->currentIndex().column(), Qt::Horizontal, Qt::DisplayRole).toString()
          == QStringLiteral("身份证号"));

    CHECK(f.wizard->invalidRowCount() > 0);
    CHECK(f.child<QLabel>(QStringLiteral("countsLabel"))->text().contains(QStringLiteral("Rows with errors: %1").arg(f.wizard->invalidRowCount())));
    // Only the accepted rows create branches: 丑's 第三党支部.
    CHECK(f.child<QLabel>(QStringLiteral("newBranchesLabel"))->text().contains(QStringLiteral("第三党支部")));
    // With errors and no skipping, the import cannot start.
    CHECK_FALSE(f.wizard->button(QWizard::CommitButton)->isEnabled());
    CHECK(membersIn(f.ledger()) == 0);
}

TEST_CASE("skipping the invalid rows imports the others after a backup of the ledger")
{
    WizardFixture f;
    f.openFileAndCheck(fixturePath(QStringLiteral("io/roster-problems-gb18030.csv")));
    const int expected = int(f.wizard->check().added.size());
    REQUIRE(expected > 0);
    f.child<QCheckBox>(QStringLiteral("skipInvalidCheck"))->setChecked(true);
    f.importNow();
    WAIT_UNTIL(f.wizard->currentId() == ImportWizard::SummaryPage);
    f.screenshot("5-summary");
    CHECK(f.wizard->imported());
    CHECK(membersIn(f.ledger()) == expected);
    for (const Member& m : f.ledger().members())
        CHECK(m.name != QStringLiteral("甲")); // the row with the bad ID number stayed out
    const QString summary = f.child<QLabel>(QStringLiteral("summaryLabel"))->text();
    CHECK(summary.contains(QStringLiteral("Added: %1").arg(expected)));
    CHECK(summary.contains(QStringLiteral("Skipped: %1").arg(f.wizard->invalidRowCount())));
    const QList<Backup::Info> backups = Backup::list(f.dir.dbPath());
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].members == 0);
    // The members page shows the new roster.
    WAIT_UNTIL(f.window->membersPage()->model()->rowCount() == expected);
}

TEST_CASE("cancelling the import writes nothing")
{
    WizardFixture f;
    f.openFileAndCheck(fixturePath(QStringLiteral("io/roster-good-gb18030.csv")));
    REQUIRE(f.wizard->invalidRowCount() == 0);
    QPointer<ui::BackgroundTask> task;
    const auto cancelAtOnce = QObject::connect(f.wizard, &ImportWizard::importStarted, [&task](ui::BackgroundTask* started) {
        task = started;
        // The clerk presses Cancel at once.
        auto* cancel = started->dialog()->findChild<QPushButton*>();
        REQUIRE(cancel);
        cancel->click();
    });
    f.importNow();
    REQUIRE(task);
    QStringList shown;
    WAIT_UNTIL((shown += ui::MessageBox::takeShown()).join(u'\n').contains(QStringLiteral("cancelled")));
    CHECK(task->wasCancelled());
    CHECK(f.wizard->currentId() == ImportWizard::CheckPage);
    CHECK_FALSE(f.wizard->imported());
    CHECK(membersIn(f.ledger()) == 0);
    CHECK(f.ledger().branches().isEmpty());
    CHECK(Backup::list(f.dir.dbPath()).isEmpty());
    // It can be started again.
    QObject::disconnect(cancelAtOnce);
    f.importNow();
    WAIT_UNTIL(f.wizard->currentId() == ImportWizard::SummaryPage);
    CHECK(membersIn(f.ledger()) == 6);
}

TEST_CASE("a column mapping chosen in the wizard is applied and can be saved and loaded as a profile")
{
    WizardFixture f;
    f.open();
    f.child<QLineEdit>(QStringLiteral("fileEdit"))->setText(fixturePath(QStringLiteral("io/roster-custom-headers.csv")));
    f.next();
    f.next();
    REQUIRE(f.wizard->currentId() == ImportWizard::MappingPage);
    auto* mapping = f.child<QTableWidget>(QStringLiteral("mappingTable"));
    REQUIRE(mapping->rowCount() == 4);
    CHECK(mapping->item(1, 0)->text() == QStringLiteral("证件号码"));
    CHECK(mapping->item(1, 3)->text().contains(QStringLiteral("ignored")));
    // Nothing to import until the name and ID number columns are named.
    CHECK_FALSE(f.wizard->button(QWizard::NextButton)->isEnabled());

    const QStringList keys {QStringLiteral("name"), QStringLiteral("id_number"), QStringLiteral("branch"),
                            QStringLiteral("join_date")};
    for (int column = 0; column < 4; ++column) {
        auto* combo = qobject_cast<QComboBox*>(mapping->cellWidget(column, 2));
        REQUIRE(combo);
        combo->setCurrentIndex(combo->findData(keys[column]));
    }
    CHECK(mapping->item(1, 3)->text().isEmpty());
    const QString profile = f.dir.filePath(QStringLiteral("mapping.json"));
    ui::FileDialog::setNextFileName(profile);
    click(f.wizard, QStringLiteral("saveMappingButton"));
    QFile saved(profile);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QJsonObject columns = QJsonDocument::fromJson(saved.readAll()).object().value(QStringLiteral("columns")).toObject();
    CHECK(columns.value(QStringLiteral("证件号码")).toString() == QStringLiteral("id_number"));

    f.next();
    REQUIRE(f.wizard->currentId() == ImportWizard::CheckPage);
    CHECK(f.wizard->check().added.size() == 1);
    f.importNow();
    WAIT_UNTIL(f.wizard->currentId() == ImportWizard::SummaryPage);
    const QList<Member> members = f.ledger().members();
    REQUIRE(members.size() == 1);
    CHECK(members[0].idNumber == QStringLiteral("110105198001010016"));
    CHECK(members[0].branchName == QStringLiteral("第一党支部"));
    CHECK(members[0].joinDate == QDate(2005, 7, 1));
    f.wizard->button(QWizard::FinishButton)->click();
    WAIT_UNTIL(f.wizard.isNull());

    // A new wizard loads the saved profile and reads the same file at once.
    f.open();
    f.child<QLineEdit>(QStringLiteral("fileEdit"))->setText(fixturePath(QStringLiteral("io/roster-custom-headers.csv")));
    f.next();
    f.next();
    CHECK_FALSE(f.wizard->button(QWizard::NextButton)->isEnabled());
    ui::FileDialog::setNextFileName(profile);
    click(f.wizard, QStringLiteral("loadMappingButton"));
    CHECK(f.wizard->button(QWizard::NextButton)->isEnabled());
    mapping = f.child<QTableWidget>(QStringLiteral("mappingTable"));
    CHECK(qobject_cast<QComboBox*>(mapping->cellWidget(1, 2))->currentData().toString() == QStringLiteral("id_number"));
    f.next();
    CHECK(f.wizard->check().unchanged.size() == 1); // imported already
}

TEST_CASE("changing the encoding reads the file again")
{
    WizardFixture f;
    f.open();
    f.child<QLineEdit>(QStringLiteral("fileEdit"))->setText(fixturePath(QStringLiteral("io/roster-good-gb18030.csv")));
    f.next();
    auto* encoding = f.child<QComboBox>(QStringLiteral("encodingCombo"));
    auto* detected = f.child<QLabel>(QStringLiteral("detectedLabel"));
    CHECK(detected->text().contains(QStringLiteral("GB18030")));
    encoding->setCurrentIndex(encoding->findText(QStringLiteral("UTF-8")));
    CHECK(detected->text().contains(QStringLiteral("UTF-8")));
    auto* preview = f.child<QTableView>(QStringLiteral("previewTable"));
    CHECK(preview->model()->rowCount() >= 0);
    encoding->setCurrentIndex(0);
    CHECK(detected->text().contains(QStringLiteral("GB18030")));
    CHECK(preview->model()->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString() == QStringLiteral("姓名"));
    auto* delimiter = f.child<QComboBox>(QStringLiteral("delimiterCombo"));
    delimiter->setCurrentIndex(delimiter->findData(int(';')));
    CHECK(preview->model()->columnCount() == 1); // everything in one column: the clerk sees the wrong choice
}

TEST_CASE("the template saved from the wizard has the Chinese headers and a BOM")
{
    WizardFixture f;
    f.open();
    const QString path = f.dir.filePath(QStringLiteral("template.csv"));
    ui::FileDialog::setNextFileName(path);
    click(f.wizard, QStringLiteral("saveTemplateButton"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString header = QString::fromUtf8(bytes.mid(3)).trimmed();
    CHECK(header.startsWith(QStringLiteral("姓名,")));
    for (const char* name : {"身份证号", "所在支部", "入党时间", "转正时间"})
        CHECK(header.split(u',').contains(QString::fromUtf8(name)));
}

TEST_CASE("the members page opens the import wizard too")
{
    WizardFixture f;
    auto* action = f.window->membersPage()->findChild<QAction*>(QStringLiteral("importRoster"));
    REQUIRE(action);
    action->trigger();
    auto* wizard = f.window->membersPage()->findChild<ImportWizard*>(QStringLiteral("importWizard"));
    REQUIRE(wizard);
    WAIT_UNTIL(wizard->isVisible());
    CHECK(wizard->currentId() == ImportWizard::FilePage);
}

TEST_CASE("the check against the ledger runs in the background with progress, and Cancel returns to the mapping")
{
    WizardFixture f;
    const QString path = f.dir.filePath(QStringLiteral("big-roster.csv"));
    writeRoster(path, 20000);
    f.open();
    f.child<QLineEdit>(QStringLiteral("fileEdit"))->setText(path);
    f.next();
    f.next();
    REQUIRE(f.wizard->currentId() == ImportWizard::MappingPage);

    // The window's event loop keeps turning while the rows are checked.
    int turnsWhileChecking = 0;
    QTimer turns;
    QObject::connect(&turns, &QTimer::timeout, [&] { turnsWhileChecking += f.wizard->isChecking() ? 1 : 0; });
    turns.start(0);
    QPointer<ui::BackgroundTask> task;
    auto started
        = QObject::connect(f.wizard, &ImportWizard::checkStarted, [&task](ui::BackgroundTask* t) { task = t; });
    f.next();
    turns.stop();
    REQUIRE(task);
    REQUIRE(f.wizard->currentId() == ImportWizard::CheckPage);
    CHECK(turnsWhileChecking > 0);
    CHECK(task->dialog()->value() == task->dialog()->maximum()); // progress was reported to the end
    CHECK(f.wizard->check().added.size() == 20000);
    CHECK(f.child<QLabel>(QStringLiteral("countsLabel"))->text().contains(QStringLiteral("New members: 20000")));
    CHECK(f.wizard->button(QWizard::CommitButton)->isEnabled());
    QObject::disconnect(started);

    // Cancelled, the check leaves nothing behind and the clerk is back at the mapping.
    f.wizard->back();
    REQUIRE(f.wizard->currentId() == ImportWizard::MappingPage);
    started = QObject::connect(f.wizard, &ImportWizard::checkStarted, [](ui::BackgroundTask* t) {
        auto* cancel = t->dialog()->findChild<QPushButton*>();
        REQUIRE(cancel);
        cancel->click();
    });
    f.next();
    CHECK(f.wizard->currentId() == ImportWizard::MappingPage);
    CHECK(f.wizard->check().added.isEmpty());
    CHECK(membersIn(f.ledger()) == 0);
    QObject::disconnect(started);

    // Checked again, it can be imported.
    f.next();
    REQUIRE(f.wizard->currentId() == ImportWizard::CheckPage);
    CHECK(f.wizard->check().added.size() == 20000);
}
