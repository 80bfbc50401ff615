#include "RulesPage.h"

#include "RuleCommands.h"
#include "BranchEvaluationTab.h"
#include "BranchRulesTab.h"
#include "MeetingTypesTab.h"
#include "PledgeRulesTab.h"
#include "RuleCells.h"
#include "RuleDialog.h"
#include "common/FileDialog.h"
#include "common/Formats.h"
#include "common/MessageBox.h"
#include "common/Session.h"
#include "io/RuleSetFile.h"
#include "storage/Ledger.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace jifen::ui {

namespace {

enum AwardColumn { ACode, AName, AMinPoints, ATopPercent, AScope, AQuota, AFullMember, ANoVeto, AActiveMonths, ACount };
enum GradeColumn { GName, GMinPoints, GCount };

QString capText(const std::optional<Cents>& cap)
{
    return cap ? Formats::points(*cap) : QStringLiteral("—");
}

} // namespace

RulesPage::RulesPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("rulesPage"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("rulesTabs"));
    m_tabs->addTab(createRulesTab(), tr("&Rules"));
    m_tabs->addTab(createAwardsTab(), tr("A&wards"));
    m_tabs->addTab(createGradesTab(), tr("&Grades and base points"));
    // The branch keys (branch-spec.md) and the pledges' linked rules, each a tab of its own.
    m_tabs->addTab(new MeetingTypesTab(session), tr("&Meeting types"));
    m_tabs->addTab(new BranchRulesTab(session), tr("&Branch rules"));
    m_tabs->addTab(new BranchEvaluationTab(session), tr("Branch &evaluation"));
    m_tabs->addTab(new PledgeRulesTab(session), tr("&Pledges"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(&session, &Session::rulesChanged, this, &RulesPage::reload);
    reload();
}

QWidget* RulesPage::createRulesTab()
{
    auto* tab = new QWidget;
    auto* toolbar = new QToolBar;
    toolbar->setObjectName(QStringLiteral("rulesToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [this, toolbar](const QString& text, const char* name, const QKeySequence& shortcut, auto slot) {
        auto* action = toolbar->addAction(text, this, slot);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    add(tr("&New rule..."), "newRule", QKeySequence(tr("Ctrl+N")), &RulesPage::newRule);
    m_edit = add(tr("&Change rule..."), "editRule", QKeySequence(Qt::Key_F2), &RulesPage::editRule);
    toolbar->addSeparator();
    add(tr("&Import rule set..."), "importRules", QKeySequence(tr("Ctrl+I")), &RulesPage::importRules);
    add(tr("E&xport rule set..."), "exportRules", QKeySequence(tr("Ctrl+E")), &RulesPage::exportRules);

    m_asOf = new QDateEdit;
    m_asOf->setObjectName(QStringLiteral("rulesAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(Formats::dateFormat());
    m_asOf->setDate(QDate::currentDate());
    auto* asOfLabel = new QLabel(tr("Values in force &on:"));
    asOfLabel->setBuddy(m_asOf);

    m_rulesTable = new QTableWidget(0, 8);
    m_rulesTable->setObjectName(QStringLiteral("rulesTable"));
    m_rulesTable->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Category"), tr("Points"), tr("Month cap"),
                                             tr("Year cap"), tr("Veto"), tr("Versions")});
    m_rulesTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_rulesTable->verticalHeader()->hide();
    m_rulesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rulesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rulesTable->setAlternatingRowColors(true);

    m_history = new QTableWidget(0, 7);
    m_history->setObjectName(QStringLiteral("ruleHistory"));
    m_history->setHorizontalHeaderLabels(
        {tr("From"), tr("Name"), tr("Category"), tr("Points"), tr("Month cap"), tr("Year cap"), tr("Veto")});
    m_history->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);

    auto* top = new QHBoxLayout;
    top->addWidget(toolbar, 1);
    top->addWidget(asOfLabel);
    top->addWidget(m_asOf);
    auto* historyBox = new QWidget;
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto* historyLabel = new QLabel(tr("&History of the selected rule (each version applies from its date):"));
    historyLabel->setBuddy(m_history);
    historyLayout->addWidget(historyLabel);
    historyLayout->addWidget(m_history);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_rulesTable);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_asOf, &QDateEdit::dateChanged, this, &RulesPage::fillRules);
    connect(m_rulesTable, &QTableWidget::itemSelectionChanged, this, &RulesPage::fillHistory);
    connect(m_rulesTable, &QTableWidget::cellActivated, this, &RulesPage::editRule);
    setTabOrder(m_asOf, m_rulesTable);
    return tab;
}

QWidget* RulesPage::createAwardsTab()
{
    auto* tab = new QWidget;
    m_awards = new QTableWidget(0, ACount);
    m_awards->setObjectName(QStringLiteral("awardsTable"));
    m_awards->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Min. points"), tr("Top %"), tr("Scope"),
                                         tr("Quota"), tr("Full members only"), tr("No veto"),
                                         tr("Min. active months")});
    m_awards->horizontalHeader()->setSectionResizeMode(AName, QHeaderView::Stretch);
    m_awards->verticalHeader()->hide();
    m_awards->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* explanation = new QLabel(tr("All conditions of an award must hold; an empty cell is no condition. "
                                      "Top % ranks within the scope (the member's branch or all members); the quota "
                                      "is how many each scope may put forward."));
    explanation->setWordWrap(true);
    auto* addButton = new QPushButton(tr("&Add award"));
    addButton->setObjectName(QStringLiteral("addAward"));
    auto* removeButton = new QPushButton(tr("&Remove award"));
    removeButton->setObjectName(QStringLiteral("removeAward"));
    auto* revertButton = new QPushButton(tr("Re&vert"));
    revertButton->setObjectName(QStringLiteral("revertAwards"));
    auto* saveButton = new QPushButton(tr("&Save awards"));
    saveButton->setObjectName(QStringLiteral("saveAwards"));
    connect(addButton, &QPushButton::clicked, this, [this] {
        Award award;
        award.noVeto = true;
        addAwardRow(award);
        m_awards->setCurrentCell(m_awards->rowCount() - 1, ACode);
        m_awards->editItem(m_awards->item(m_awards->rowCount() - 1, ACode));
    });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        if (m_awards->currentRow() >= 0)
            m_awards->removeRow(m_awards->currentRow());
    });
    connect(revertButton, &QPushButton::clicked, this, &RulesPage::fillAwards);
    connect(saveButton, &QPushButton::clicked, this, &RulesPage::saveAwards);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    buttons->addWidget(revertButton);
    buttons->addWidget(saveButton);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(explanation);
    layout->addWidget(m_awards, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget* RulesPage::createGradesTab()
{
    auto* tab = new QWidget;
    m_basePoints = new QDoubleSpinBox;
    m_basePoints->setObjectName(QStringLiteral("basePoints"));
    m_basePoints->setDecimals(2);
    m_basePoints->setRange(-1000, 1000);
    auto* baseLabel = new QLabel(tr("&Base points (every member's year total starts here):"));
    baseLabel->setBuddy(m_basePoints);
    m_grades = new QTableWidget(0, GCount);
    m_grades->setObjectName(QStringLiteral("gradesTable"));
    m_grades->setHorizontalHeaderLabels({tr("Grade"), tr("Year total at least")});
    m_grades->horizontalHeader()->setSectionResizeMode(GName, QHeaderView::Stretch);
    m_grades->horizontalHeader()->setSectionResizeMode(GMinPoints, QHeaderView::ResizeToContents); // its whole header
    m_grades->verticalHeader()->hide();
    m_grades->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* explanation = new QLabel(tr("From the highest band to the lowest; leave the lowest band's minimum empty. "
                                      "A member vetoed in the year takes the lowest band."));
    explanation->setWordWrap(true);
    auto* addButton = new QPushButton(tr("&Add band"));
    addButton->setObjectName(QStringLiteral("addGrade"));
    auto* removeButton = new QPushButton(tr("&Remove band"));
    removeButton->setObjectName(QStringLiteral("removeGrade"));
    auto* revertButton = new QPushButton(tr("Re&vert"));
    revertButton->setObjectName(QStringLiteral("revertGrades"));
    auto* saveButton = new QPushButton(tr("&Save grades"));
    saveButton->setObjectName(QStringLiteral("saveGrades"));
    connect(addButton, &QPushButton::clicked, this, [this] { addGradeRow({}); });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        if (m_grades->currentRow() >= 0)
            m_grades->removeRow(m_grades->currentRow());
    });
    connect(revertButton, &QPushButton::clicked, this, &RulesPage::fillGrades);
    connect(saveButton, &QPushButton::clicked, this, &RulesPage::saveGrades);
    auto* baseRow = new QHBoxLayout;
    baseRow->addWidget(baseLabel);
    baseRow->addWidget(m_basePoints);
    baseRow->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    buttons->addWidget(revertButton);
    buttons->addWidget(saveButton);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(baseRow);
    layout->addWidget(explanation);
    layout->addWidget(m_grades, 1);
    layout->addLayout(buttons);
    return tab;
}

void RulesPage::reload()
{
    m_rules = m_session.ledger().ruleSet();
    fillRules();
    fillAwards();
    fillGrades();
}

void RulesPage::fillRules()
{
    const QString selected = selectedRule() ? selectedRule()->code : QString();
    const QDate asOf = m_asOf->date();
    const QSignalBlocker blocker(m_rulesTable);
    m_rulesTable->setRowCount(0);
    m_rulesTable->setRowCount(static_cast<int>(m_rules.rules.size()));
    int selectRow = -1;
    for (int row = 0; row < m_rules.rules.size(); ++row) {
        const Rule& rule = m_rules.rules[row];
        const RuleVersion& v = rule.versionAt(asOf);
        const auto right = Qt::AlignRight | Qt::AlignVCenter;
        auto* code = RuleCells::readOnly(rule.code);
        code->setData(Qt::UserRole, rule.code);
        m_rulesTable->setItem(row, 0, code);
        m_rulesTable->setItem(row, 1, RuleCells::readOnly(v.name));
        m_rulesTable->setItem(row, 2, RuleCells::readOnly(v.category));
        m_rulesTable->setItem(row, 3, RuleCells::readOnly(Formats::points(v.points), right));
        m_rulesTable->setItem(row, 4, RuleCells::readOnly(capText(v.capMonth), right));
        m_rulesTable->setItem(row, 5, RuleCells::readOnly(capText(v.capYear), right));
        m_rulesTable->setItem(row, 6, RuleCells::readOnly(v.veto ? tr("Veto") : QString()));
        m_rulesTable->setItem(row, 7, RuleCells::readOnly(Formats::count(rule.versions.size()), right));
        if (rule.code == selected)
            selectRow = row;
    }
    for (const int column : {0, 2, 3, 4, 5, 6, 7})
        m_rulesTable->resizeColumnToContents(column);
    if (selectRow < 0 && m_rulesTable->rowCount() > 0)
        selectRow = 0;
    if (selectRow >= 0)
        m_rulesTable->selectRow(selectRow);
    fillHistory();
}

const Rule* RulesPage::selectedRule() const
{
    const int row = m_rulesTable ? m_rulesTable->currentRow() : -1;
    if (row < 0 || !m_rulesTable->item(row, 0))
        return nullptr;
    const QString code = m_rulesTable->item(row, 0)->data(Qt::UserRole).toString();
    for (const Rule& rule : m_rules.rules)
        if (rule.code == code)
            return &rule;
    return nullptr;
}

void RulesPage::fillHistory()
{
    m_history->setRowCount(0);
    const Rule* rule = selectedRule();
    m_edit->setEnabled(rule != nullptr);
    if (!rule)
        return;
    m_history->setRowCount(static_cast<int>(rule->versions.size()));
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    for (int row = 0; row < rule->versions.size(); ++row) {
        const RuleVersion& v = rule->versions[row];
        const QString from = v.effectiveFrom.isValid() ? Formats::date(v.effectiveFrom) : tr("always");
        m_history->setItem(row, 0, RuleCells::readOnly(from));
        m_history->setItem(row, 1, RuleCells::readOnly(v.name));
        m_history->setItem(row, 2, RuleCells::readOnly(v.category));
        m_history->setItem(row, 3, RuleCells::readOnly(Formats::points(v.points), right));
        m_history->setItem(row, 4, RuleCells::readOnly(capText(v.capMonth), right));
        m_history->setItem(row, 5, RuleCells::readOnly(capText(v.capYear), right));
        m_history->setItem(row, 6, RuleCells::readOnly(v.veto ? tr("Veto") : QString()));
    }
    for (const int column : {0, 2, 3, 4, 5, 6})
        m_history->resizeColumnToContents(column);
}

void RulesPage::newRule()
{
    QStringList categories;
    for (const Rule& rule : std::as_const(m_rules.rules))
        if (!categories.contains(rule.current().category))
            categories << rule.current().category;
    auto* dialog = new RuleDialog(categories, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RuleDialog::submitted, this, [this, dialog] {
        if (dialog->code().isEmpty()) {
            dialog->showError(tr("A rule needs a code."));
            return;
        }
        if (m_session.ledger().ruleByCode(dialog->code())) {
            dialog->showError(tr("A rule with code %1 already exists.").arg(dialog->code()));
            return;
        }
        QString error;
        if (!m_session.push(new SaveRuleCommand(m_session, dialog->code(), dialog->version(), QDate(), true), &error)) {
            dialog->showError(error);
            return;
        }
        dialog->accept();
    });
    dialog->open();
}

void RulesPage::editRule()
{
    const Rule* rule = selectedRule();
    if (!rule)
        return;
    QStringList categories;
    for (const Rule& r : std::as_const(m_rules.rules))
        if (!categories.contains(r.current().category))
            categories << r.current().category;
    auto* dialog = new RuleDialog(categories, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRule(*rule, m_asOf->date());
    const Rule original = *rule;
    connect(dialog, &RuleDialog::submitted, this, [this, dialog, original] {
        const RuleVersion version = dialog->version();
        if (original.versionAt(dialog->effective()).sameValues(version)) {
            dialog->showError(tr("Nothing was changed."));
            return;
        }
        QString error;
        if (!m_session.push(new SaveRuleCommand(m_session, original.code, version, dialog->effective(), false),
                            &error)) {
            dialog->showError(error);
            return;
        }
        dialog->accept();
    });
    dialog->open();
}

void RulesPage::importRules()
{
    const QString fileName
        = FileDialog::getOpenFileName(this, tr("Import rule set"), tr("Jifen rule sets (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    const RuleSetFile::Result read = RuleSetFile::read(fileName);
    if (!read.ok()) {
        MessageBox::warning(this, tr("Import rule set"),
                            tr("%1 cannot be imported:\n%2")
                                .arg(QDir::toNativeSeparators(fileName), read.errors.join(QLatin1Char('\n'))));
        return;
    }
    const QString question
        = tr("Import the rule set in %4?\nRules: %1, awards: %2, grade bands: %3.\n\nRules are updated by code (a "
             "change takes "
             "effect today; earlier entries keep their values), new rules are added, and rules no entry uses are "
             "removed "
             "when the file does not list them. Awards and grade bands are replaced. The import is recorded in the "
             "audit log and cannot be undone with Undo.")
              .arg(read.ruleSet.rules.size())
              .arg(read.ruleSet.awards.size())
              .arg(read.ruleSet.grades.size())
              .arg(QDir::toNativeSeparators(fileName));
    if (MessageBox::question(this, tr("Import rule set"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    Ledger::RuleSetChanges changes;
    if (!m_session.attempt(this, tr("Import rule set"),
                           [&] { changes = m_session.ledger().importRuleSet(read.ruleSet, QDate::currentDate()); }))
        return;
    m_session.notify(Session::Rules);
    QStringList report;
    if (changes.isEmpty())
        report << tr("The rule set was already the same; nothing changed.");
    if (!changes.added.isEmpty())
        report << tr("Added: %1").arg(changes.added.join(QStringLiteral(" ")));
    if (!changes.changed.isEmpty())
        report << tr("Changed from today: %1").arg(changes.changed.join(QStringLiteral(" ")));
    if (!changes.replaced.isEmpty())
        report << tr("Replaced for every date (no entry used them): %1").arg(changes.replaced.join(QStringLiteral(" ")));
    if (!changes.removed.isEmpty())
        report << tr("Removed: %1").arg(changes.removed.join(QStringLiteral(" ")));
    if (!changes.kept.isEmpty())
        report << tr("Kept because entries use them: %1").arg(changes.kept.join(QStringLiteral(" ")));
    if (changes.awardsChanged)
        report << tr("Awards replaced.");
    if (changes.gradesChanged)
        report << tr("Grade bands replaced.");
    if (changes.basePointsChanged)
        report << tr("Base points changed.");
    if (changes.pledgeRulesChanged)
        report << tr("Pledge rules changed.");
    if (changes.branchKeysChanged)
        report << tr("Meeting types, branch rules and the branch evaluation replaced.");
    if (!changes.branchKept.isEmpty())
        report << tr("Kept because meetings or branch entries use them: %1")
                      .arg(changes.branchKept.join(QStringLiteral(" ")));
    MessageBox::information(this, tr("Import rule set"), report.join(QLatin1Char('\n')));
}

void RulesPage::exportRules()
{
    const QString fileName = FileDialog::getSaveFileName(
        this, tr("Export rule set"),
        QStringLiteral("jifen-rules-%1.json").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("Jifen rule sets (*.json)"));
    if (fileName.isEmpty())
        return;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(RuleSetFile::write(m_session.ledger().ruleSet())) < 0
        || !file.commit()) {
        MessageBox::warning(this, tr("Export rule set"),
                            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
        return;
    }
    MessageBox::information(this, tr("Export rule set"),
                            tr("The rule set was written to %1.").arg(QDir::toNativeSeparators(fileName)));
}

void RulesPage::fillAwards()
{
    m_awards->setRowCount(0);
    for (const Award& award : std::as_const(m_rules.awards))
        addAwardRow(award);
    m_awards->resizeColumnsToContents();
    m_awards->horizontalHeader()->setSectionResizeMode(AName, QHeaderView::Stretch);
}

void RulesPage::addAwardRow(const Award& a)
{
    const int row = m_awards->rowCount();
    m_awards->insertRow(row);
    m_awards->setItem(row, ACode, new QTableWidgetItem(a.code));
    m_awards->setItem(row, AName, new QTableWidgetItem(a.name));
    m_awards->setItem(row, AMinPoints, RuleCells::number(RuleCells::points(a.minPoints)));
    m_awards->setItem(row, ATopPercent,
                      RuleCells::number(a.topPercent ? QLocale().toString(*a.topPercent, 'g', 6) : QString()));
    auto* scope = new QComboBox;
    scope->addItem(tr("Branch"), QStringLiteral("branch"));
    scope->addItem(tr("All members"), QStringLiteral("all"));
    scope->setCurrentIndex(a.scope == Award::Scope::All ? 1 : 0);
    m_awards->setCellWidget(row, AScope, scope);
    m_awards->setItem(row, AQuota, RuleCells::number(a.quota ? QString::number(*a.quota) : QString()));
    m_awards->setItem(row, AFullMember, RuleCells::check(a.fullMemberOnly));
    m_awards->setItem(row, ANoVeto, RuleCells::check(a.noVeto));
    m_awards->setItem(row, AActiveMonths,
                      RuleCells::number(a.minActiveMonths ? QString::number(*a.minActiveMonths) : QString()));
}

std::optional<QList<Award>> RulesPage::readAwards(QString& error) const
{
    QList<Award> awards;
    for (int row = 0; row < m_awards->rowCount(); ++row) {
        auto text = [&](int column) {
            return m_awards->item(row, column) ? m_awards->item(row, column)->text().trimmed() : QString();
        };
        auto bad = [&](int column) {
            error = tr("Row %1, column %2: %3 is not a valid value.")
                        .arg(row + 1)
                        .arg(m_awards->horizontalHeaderItem(column)->text(), text(column));
            return std::nullopt;
        };
        Award a;
        a.code = text(ACode);
        a.name = text(AName);
        if (!RuleCells::parsePoints(text(AMinPoints), a.minPoints))
            return bad(AMinPoints);
        if (!text(ATopPercent).isEmpty()) {
            bool ok = false;
            const double percent = QLocale().toDouble(text(ATopPercent), &ok);
            if (!ok)
                return bad(ATopPercent);
            a.topPercent = percent;
        }
        a.scope = qobject_cast<QComboBox*>(m_awards->cellWidget(row, AScope))->currentData().toString() == u"all"
            ? Award::Scope::All
            : Award::Scope::Branch;
        if (!text(AQuota).isEmpty()) {
            bool ok = false;
            a.quota = text(AQuota).toInt(&ok);
            if (!ok)
                return bad(AQuota);
        }
        a.fullMemberOnly = m_awards->item(row, AFullMember)->checkState() == Qt::Checked;
        a.noVeto = m_awards->item(row, ANoVeto)->checkState() == Qt::Checked;
        if (!text(AActiveMonths).isEmpty()) {
            bool ok = false;
            a.minActiveMonths = text(AActiveMonths).toInt(&ok);
            if (!ok)
                return bad(AActiveMonths);
        }
        awards << a;
    }
    return awards;
}

bool RulesPage::saveAwards()
{
    QString error;
    const auto awards = readAwards(error);
    if (!awards) {
        MessageBox::warning(this, tr("Save awards"), error);
        return false;
    }
    if (Ledger::awardsJson(*awards) == Ledger::awardsJson(m_rules.awards))
        return true;
    return m_session.push(this, new SaveAwardsCommand(m_session, m_rules.awards, *awards));
}

void RulesPage::fillGrades()
{
    m_basePoints->setValue(points::toDouble(m_rules.basePoints));
    m_grades->setRowCount(0);
    for (const GradeBand& grade : std::as_const(m_rules.grades))
        addGradeRow(grade);
}

void RulesPage::addGradeRow(const GradeBand& grade)
{
    const int row = m_grades->rowCount();
    m_grades->insertRow(row);
    m_grades->setItem(row, GName, new QTableWidgetItem(grade.name));
    m_grades->setItem(row, GMinPoints, RuleCells::number(RuleCells::points(grade.minPoints)));
}

std::optional<QList<GradeBand>> RulesPage::readGrades(QString& error) const
{
    QList<GradeBand> grades;
    for (int row = 0; row < m_grades->rowCount(); ++row) {
        GradeBand grade;
        grade.name = m_grades->item(row, GName) ? m_grades->item(row, GName)->text().trimmed() : QString();
        const QString minimum = m_grades->item(row, GMinPoints) ? m_grades->item(row, GMinPoints)->text() : QString();
        if (!RuleCells::parsePoints(minimum, grade.minPoints)) {
            error = tr("Row %1, column %2: %3 is not a valid value.")
                        .arg(row + 1)
                        .arg(m_grades->horizontalHeaderItem(GMinPoints)->text(), minimum);
            return std::nullopt;
        }
        grades << grade;
    }
    return grades;
}

bool RulesPage::saveGrades()
{
    QString error;
    const auto grades = readGrades(error);
    if (!grades) {
        MessageBox::warning(this, tr("Save grades"), error);
        return false;
    }
    const Cents base = points::fromDouble(m_basePoints->value()).value_or(0);
    if (Ledger::gradesJson(*grades) == Ledger::gradesJson(m_rules.grades) && base == m_rules.basePoints)
        return true;
    return m_session.push(this, new SaveGradesCommand(m_session, m_rules.grades, m_rules.basePoints, *grades, base));
}

} // namespace jifen::ui
