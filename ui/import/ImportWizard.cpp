#include "ImportWizard.h"

#include "CsvTableModel.h"
#include "ImportWizardPage.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/Session.h"
#include "io/RosterTemplate.h"
#include "main/BackgroundTask.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace jifen::ui {

namespace {

constexpr int previewRows = 200;

// Waits with a busy cursor while a big file is read or checked.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

QLabel* wrappedLabel(const QString& text = {})
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

QTableView* tableView(const QString& objectName)
{
    auto* view = new QTableView;
    view->setObjectName(objectName);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

// Columns as wide as their contents in the rows shown, within reason, so no header or value is cut off unseen.
void fitColumns(QTableView* view)
{
    view->resizeColumnsToContents();
    const int widest = view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24;
    const int padding = view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2; // CJK fallback fonts run wider
    for (int column = 0; column < view->model()->columnCount(); ++column)
        view->setColumnWidth(column, qMin(view->columnWidth(column) + padding, widest));
}

QString rowList(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    QStringList numbers;
    for (const int row : std::as_const(rows))
        numbers.append(QString::number(row));
    return numbers.join(QStringLiteral(", "));
}

} // namespace

ImportWizard::ImportWizard(Session& session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a roster"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setPage(FilePage, createFilePage());
    setPage(PreviewPage, createPreviewPage());
    setPage(MappingPage, createMappingPage());
    setPage(CheckPage, createCheckPage());
    setPage(SummaryPage, createSummaryPage());
    setStartId(FilePage);
    resize(980, 680);
}

ImportWizard::~ImportWizard()
{
    delete m_task; // waits for a running import, which the clerk can no longer see
}

QString ImportWizard::fileName() const
{
    return m_fileEdit->text().trimmed();
}

int ImportWizard::invalidRowCount() const
{
    return int(m_roster.refusedCount() + m_check.refused.size());
}

ImportWizardPage* ImportWizard::createFilePage()
{
    auto* page = new ImportWizardPage;
    page->setObjectName(QStringLiteral("filePage"));
    page->setTitle(tr("Choose the roster file"));
    page->setSubTitle(tr("A CSV file saved from Excel (any of its CSV formats) or Excel's \"Unicode text\". Members are "
                         "matched by ID number: new ones are added, changed ones updated, and members missing from the "
                         "file are left as they are."));
    m_fileEdit = new QLineEdit;
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setPlaceholderText(tr("Roster file (.csv or .txt)"));
    auto* browse = new QPushButton(tr("&Choose..."));
    browse->setObjectName(QStringLiteral("chooseFileButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);

    auto* templateButton = new QPushButton(tr("Save an empty &template..."));
    templateButton->setObjectName(QStringLiteral("saveTemplateButton"));
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(templateButton);
    templateRow->addStretch(1);

    auto* layout = new QVBoxLayout(page);
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_fileEdit);
    layout->addWidget(fileLabel);
    layout->addLayout(fileRow);
    layout->addSpacing(16);
    layout->addWidget(wrappedLabel(
        tr("No roster yet? Save the template, fill it in with Excel (format the ID number column as text first) and "
           "save it as CSV. The template has the standard Chinese headers and opens correctly in Excel.")));
    layout->addLayout(templateRow);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    connect(templateButton, &QPushButton::clicked, this, &ImportWizard::saveTemplate);
    connect(m_fileEdit, &QLineEdit::textChanged, page, &ImportWizardPage::updateComplete);
    page->complete = [this] { return QFileInfo(fileName()).isFile(); };
    page->validate = [this] {
        if (fileName() != m_readFileName)
            readFile();
        return true;
    };
    return page;
}

ImportWizardPage* ImportWizard::createPreviewPage()
{
    auto* page = new ImportWizardPage;
    page->setObjectName(QStringLiteral("previewPage"));
    page->setTitle(tr("Check how the file was read"));
    page->setSubTitle(tr("The encoding and the separator were detected. If the names look garbled or everything is "
                         "in one column, choose them yourself."));

    m_encodingCombo = new QComboBox;
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    m_encodingCombo->addItem(tr("Detect"), int(TextDecoding::Request::Auto));
    m_encodingCombo->addItem(QStringLiteral("UTF-8"), int(TextDecoding::Request::Utf8));
    m_encodingCombo->addItem(tr("GB18030 (GBK, Excel on a Chinese PC)"), int(TextDecoding::Request::Gb18030));
    m_encodingCombo->addItem(tr("UTF-16 (Excel's Unicode text)"), int(TextDecoding::Request::Utf16));
    m_delimiterCombo = new QComboBox;
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiterCombo->addItem(tr("Detect"), 0);
    for (const char delimiter : {',', ';', '\t'})
        m_delimiterCombo->addItem(CsvReader::delimiterName(delimiter), int(delimiter));
    m_detectedLabel = wrappedLabel();
    m_detectedLabel->setObjectName(QStringLiteral("detectedLabel"));
    m_fileIssuesLabel = wrappedLabel();
    m_fileIssuesLabel->setObjectName(QStringLiteral("fileIssuesLabel"));
    m_fileIssuesLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_fileIssuesLabel->hide();

    m_previewModel = new CsvTableModel(this);
    m_previewTable = tableView(QStringLiteral("previewTable"));
    m_previewTable->setModel(m_previewModel);

    auto* choices = new QHBoxLayout;
    auto* encodingLabel = new QLabel(tr("&Encoding:"));
    encodingLabel->setBuddy(m_encodingCombo);
    auto* delimiterLabel = new QLabel(tr("&Separator:"));
    delimiterLabel->setBuddy(m_delimiterCombo);
    choices->addWidget(encodingLabel);
    choices->addWidget(m_encodingCombo);
    choices->addSpacing(16);
    choices->addWidget(delimiterLabel);
    choices->addWidget(m_delimiterCombo);
    choices->addStretch(1);

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(choices);
    layout->addWidget(m_detectedLabel);
    layout->addWidget(m_fileIssuesLabel);
    layout->addWidget(m_previewTable, 1);

    const auto reread = [this, page] {
        readFile();
        page->updateComplete();
    };
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, reread);
    connect(m_delimiterCombo, &QComboBox::currentIndexChanged, this, reread);
    // A missing required column is fixed on the next page, so only an unreadable file stops here.
    page->complete = [this] { return m_roster.table.rowCount() > 0; };
    return page;
}

ImportWizardPage* ImportWizard::createMappingPage()
{
    auto* page = new ImportWizardPage;
    page->setObjectName(QStringLiteral("mappingPage"));
    page->setTitle(tr("Match the columns to the roster's fields"));
    page->setSubTitle(tr("Columns were matched by their headers. Change what a column holds, or ignore it; a mapping "
                         "for the files of another system can be saved and loaded again."));
    m_mappingTable = new QTableWidget(0, 4);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("First value"), tr("Imported as"), tr("Note")});
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingNote = wrappedLabel();
    m_mappingNote->setObjectName(QStringLiteral("mappingNote"));

    auto* load = new QPushButton(tr("&Load mapping..."));
    load->setObjectName(QStringLiteral("loadMappingButton"));
    auto* save = new QPushButton(tr("&Save mapping..."));
    save->setObjectName(QStringLiteral("saveMappingButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addWidget(save);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_mappingTable, 1);
    layout->addWidget(m_mappingNote);
    layout->addLayout(buttons);

    connect(load, &QPushButton::clicked, this, &ImportWizard::loadProfile);
    connect(save, &QPushButton::clicked, this, &ImportWizard::saveProfile);
    page->initialize = [this] { fillMappingTable(); };
    page->complete = [this] { return !m_roster.hasFileErrors(); };
    return page;
}

ImportWizardPage* ImportWizard::createCheckPage()
{
    auto* page = new ImportWizardPage;
    m_checkPage = page;
    page->setObjectName(QStringLiteral("checkPage"));
    page->setTitle(tr("Check the result before importing"));
    page->setSubTitle(tr("Every problem is listed with its row as Excel numbers it (the header is row 1); click one "
                         "to see its cell. Nothing is written while any row has an error, unless you skip those rows."));
    page->setCommitPage(true);

    m_countsLabel = wrappedLabel();
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_branchesLabel = wrappedLabel();
    m_branchesLabel->setObjectName(QStringLiteral("newBranchesLabel"));

    m_issueTable = new QTableWidget(0, 4);
    m_issueTable->setObjectName(QStringLiteral("issueTable"));
    m_issueTable->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Severity"), tr("Problem")});
    m_issueTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issueTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issueTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_issueTable->setWordWrap(true);
    m_issueTable->verticalHeader()->hide();
    m_issueTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_issueTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_issueTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_issueTable->horizontalHeader()->setStretchLastSection(true);

    m_checkModel = new CsvTableModel(this);
    m_checkTable = tableView(QStringLiteral("checkTable"));
    m_checkTable->setModel(m_checkModel);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_issueTable);
    splitter->addWidget(m_checkTable);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({200, 200});

    m_skipInvalid = new QCheckBox(tr("Skip the rows with errors and import the others"));
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalidCheck"));

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_countsLabel);
    layout->addWidget(m_branchesLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_skipInvalid);

    connect(m_skipInvalid, &QCheckBox::toggled, page, &ImportWizardPage::updateComplete);
    connect(m_issueTable, &QTableWidget::currentCellChanged, this, [this](int row) { jumpToIssue(row); });
    page->initialize = [this] { checkAgainstLedger(); };
    page->complete = [this] {
        if (m_imported)
            return true;
        if (m_checking || m_roster.hasFileErrors() || !m_checkError.isEmpty() || (m_task && m_task->isRunning()))
            return false;
        return invalidRowCount() == 0 || m_skipInvalid->isChecked();
    };
    page->validate = [this] { return m_imported || startImport(); };
    return page;
}

ImportWizardPage* ImportWizard::createSummaryPage()
{
    auto* page = new ImportWizardPage;
    page->setObjectName(QStringLiteral("summaryPage"));
    page->setTitle(tr("Import finished"));
    m_summaryLabel = wrappedLabel();
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summaryLabel);
    layout->addStretch(1);
    page->initialize = [this] { showSummary(); };
    return page;
}

void ImportWizard::chooseFile()
{
    const QString name = FileDialog::getOpenFileName(
        this, tr("Choose a roster"), tr("Rosters (*.csv *.txt);;All files (*)"));
    if (!name.isEmpty())
        m_fileEdit->setText(QDir::toNativeSeparators(name));
}

void ImportWizard::saveTemplate()
{
    const QString name = FileDialog::getSaveFileName(this, tr("Save an empty roster template"),
                                                     tr("roster-template.csv"), tr("CSV files (*.csv)"));
    if (name.isEmpty())
        return;
    QString error;
    if (RosterTemplate::write(name, &error))
        MessageBox::information(this, tr("Roster template"),
                                tr("The template was saved as %1.").arg(QDir::toNativeSeparators(name)));
    else
        MessageBox::warning(this, tr("Roster template"), error);
}

void ImportWizard::loadProfile()
{
    const QString name
        = FileDialog::getOpenFileName(this, tr("Load a column mapping"), tr("Column mappings (*.json)"));
    if (name.isEmpty())
        return;
    ImportIssues issues;
    const RosterMapping mapping = RosterMapping::load(name, &issues);
    QStringList problems;
    for (const ImportIssue& issue : std::as_const(issues))
        problems.append(issue.toText(QFileInfo(name).fileName()));
    if (hasErrors(issues)) {
        MessageBox::warning(this, tr("Column mapping"),
                            tr("The mapping cannot be used:\n%1").arg(problems.join(u'\n')));
        return;
    }
    if (!problems.isEmpty())
        MessageBox::information(this, tr("Column mapping"), problems.join(u'\n'));
    m_options.mapping = mapping;
    checkRows();
    fillMappingTable();
    if (auto* mappingPage = qobject_cast<ImportWizardPage*>(page(MappingPage)))
        mappingPage->updateComplete();
}

void ImportWizard::saveProfile()
{
    const QString name = FileDialog::getSaveFileName(this, tr("Save the column mapping"), tr("roster-mapping.json"),
                                                     tr("Column mappings (*.json)"));
    if (name.isEmpty())
        return;
    QString error;
    if (!m_options.mapping.save(name, &error))
        MessageBox::warning(this, tr("Column mapping"), error);
}

void ImportWizard::readFile()
{
    const BusyCursor busy;
    m_readFileName = fileName();
    m_options.csv.encoding = static_cast<TextDecoding::Request>(m_encodingCombo->currentData().toInt());
    m_options.csv.delimiter = static_cast<char>(m_delimiterCombo->currentData().toInt());
    m_read = CsvReader::read(m_readFileName, m_options.csv);
    checkRows();
    fillMappingTable();
}

void ImportWizard::checkRows()
{
    m_roster = RosterImporter::importTable(m_read, m_options);
    m_imported = false;

    const CsvTable& table = m_roster.table;
    QString detected = tr("Read as %1, separated by %2.")
                           .arg(TextDecoding::displayName(table.encoding()), CsvReader::delimiterName(table.delimiter()));
    if (m_roster.headerRow > 0)
        detected += u' '
            + tr("Header in row %1; %n data row(s).", nullptr, int(m_roster.records.size())).arg(m_roster.headerRow);
    m_detectedLabel->setText(detected);

    QStringList fileProblems;
    for (const ImportIssue& issue : std::as_const(m_roster.issues))
        if (issue.row == 0 || (issue.row == m_roster.headerRow && issue.isError()))
            fileProblems.append(issue.toText());
    m_fileIssuesLabel->setText(fileProblems.join(u'\n'));
    m_fileIssuesLabel->setVisible(!fileProblems.isEmpty());

    m_previewModel->setTable(table, m_roster.headerRow, m_roster.issues, previewRows);
    fitColumns(m_previewTable);
}

void ImportWizard::fillMappingTable()
{
    const QList<RosterImporter::Column>& columns = m_roster.columns;
    const QSignalBlocker blocker(m_mappingTable);
    if (m_mappingTable->rowCount() != columns.size()) {
        m_mappingTable->setRowCount(int(columns.size()));
        for (int i = 0; i < columns.size(); ++i) {
            auto* combo = new QComboBox;
            combo->setObjectName(QStringLiteral("fieldCombo%1").arg(i));
            combo->addItem(tr("(ignored)"), RosterMapping::key(RosterMapping::Field::Ignore));
            for (const RosterMapping::Field field : RosterMapping::dataFields())
                combo->addItem(RosterMapping::label(field), RosterMapping::key(field));
            connect(combo, &QComboBox::currentIndexChanged, this, [this, i](int index) { mappingChosen(i, index); });
            m_mappingTable->setCellWidget(i, 2, combo);
        }
    }
    // The first value of each column, from the first data row.
    qsizetype firstData = -1;
    for (qsizetype row = 0; row < m_roster.table.rowCount(); ++row) {
        if (m_roster.table.rowNumber(row) > m_roster.headerRow) {
            firstData = row;
            break;
        }
    }
    int ignored = 0;
    for (int i = 0; i < columns.size(); ++i) {
        const RosterImporter::Column& column = columns[i];
        m_mappingTable->setItem(i, 0, new QTableWidgetItem(column.header.isEmpty() ? tr("(no header)") : column.header));
        m_mappingTable->setItem(
            i, 1, new QTableWidgetItem(firstData >= 0 ? m_roster.table.cell(firstData, i).toString() : QString()));
        auto* combo = static_cast<QComboBox*>(m_mappingTable->cellWidget(i, 2));
        const QSignalBlocker comboBlocker(combo);
        const RosterMapping::Field field = column.field.value_or(RosterMapping::Field::Ignore);
        combo->setCurrentIndex(qMax(0, combo->findData(RosterMapping::key(field))));
        QString note;
        if (!column.field)
            note = tr("Not a known header: ignored");
        else if (field == RosterMapping::Field::Ignore)
            note = tr("Ignored");
        else if (!column.used)
            note = tr("Another column holds this field: ignored");
        if (!column.used)
            ++ignored;
        m_mappingTable->setItem(i, 3, new QTableWidgetItem(note));
    }
    m_mappingNote->setText(m_options.mapping.hasOverrides()
                               ? tr("%n column(s) ignored. Your choices differ from the built-in headers; save them "
                                    "as a mapping to use them again.",
                                    nullptr, ignored)
                               : tr("%n column(s) ignored.", nullptr, ignored));
}

void ImportWizard::mappingChosen(int column, int comboIndex)
{
    if (column >= m_roster.columns.size())
        return;
    auto* combo = static_cast<QComboBox*>(m_mappingTable->cellWidget(column, 2));
    const auto chosen = RosterMapping::fieldFromKey(combo->itemData(comboIndex).toString());
    if (!chosen)
        return;
    const QString header = m_roster.columns[column].header;
    const auto builtIn = RosterMapping::builtInField(header);
    if (builtIn == chosen || (!builtIn && *chosen == RosterMapping::Field::Ignore))
        m_options.mapping.clearOverride(header);
    else
        m_options.mapping.setOverride(header, *chosen);
    checkRows();
    fillMappingTable();
    if (auto* page = qobject_cast<ImportWizardPage*>(this->page(MappingPage)))
        page->updateComplete();
}

void ImportWizard::checkAgainstLedger()
{
    m_check = {};
    m_checkError.clear();
    m_imported = false;
    if (m_roster.hasFileErrors()) {
        showCheck();
        emit checkFinished();
        return;
    }
    MemberImport::Options options = MemberImport::optionsFrom(m_roster);
    options.dryRun = true;
    auto result = std::make_shared<MemberImport::Result>();
    m_checking = true;
    m_countsLabel->setText(tr("Checking the roster against the ledger..."));
    m_branchesLabel->clear();
    BackgroundTask* task
        = applyInBackground(tr("Checking the roster..."), MemberImport::rowsFrom(m_roster), options, result,
                            [this, result](const QString& error) {
                                m_checking = false;
                                if (m_task->wasCancelled()) {
                                    emit checkFinished();
                                    back(); // the clerk may change the mapping, or come back to check again
                                    return;
                                }
                                if (error.isEmpty())
                                    m_check = *result;
                                else
                                    m_checkError = error;
                                showCheck();
                                emit checkFinished();
                            });
    emit checkStarted(task);
    task->start();
    m_checkPage->updateComplete();
}

void ImportWizard::showCheck()
{
    m_checkIssues = m_roster.issues;
    for (const MemberImport::Refusal& refusal : std::as_const(m_check.refused))
        m_checkIssues.append(ImportIssue::error(refusal.row, -1, {}, refusal.message));
    std::stable_sort(m_checkIssues.begin(), m_checkIssues.end(),
                     [](const ImportIssue& a, const ImportIssue& b) { return a.row < b.row; });

    if (!m_checkError.isEmpty()) {
        m_countsLabel->setText(tr("The roster cannot be imported: %1").arg(m_checkError));
    } else if (m_roster.hasFileErrors()) {
        m_countsLabel->setText(tr("The file cannot be imported as it is; see the problems below."));
    } else {
        const int invalid = invalidRowCount();
        QString counts = tr("New members: %1 · Updated: %2 · Unchanged: %3 · Rows with errors: %4")
                             .arg(m_check.added.size())
                             .arg(m_check.updated.size())
                             .arg(m_check.unchanged.size())
                             .arg(invalid);
        if (invalid > 0)
            counts += u'\n' + tr("Nothing will be written unless you skip the rows with errors.");
        m_countsLabel->setText(counts);
    }
    m_branchesLabel->setText(m_check.newBranches.isEmpty()
                                 ? tr("No new branches.")
                                 : tr("New branches to be created: %1").arg(m_check.newBranches.join(QStringLiteral("、"))));

    m_issueTable->setRowCount(int(m_checkIssues.size()));
    for (int i = 0; i < m_checkIssues.size(); ++i) {
        const ImportIssue& issue = m_checkIssues[i];
        auto* row = new QTableWidgetItem(issue.row > 0 ? QString::number(issue.row) : tr("file"));
        row->setData(Qt::UserRole, i);
        row->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QString column = issue.columnName;
        if (column.isEmpty() && issue.column >= 0)
            column = tr("Column %1").arg(issue.column + 1);
        m_issueTable->setItem(i, 0, row);
        m_issueTable->setItem(i, 1, new QTableWidgetItem(column));
        auto* severity = new QTableWidgetItem(issue.isError() ? tr("Error") : tr("Warning"));
        severity->setForeground(issue.isError() ? QColor(0xa4, 0, 0) : QColor(0x8a, 0x5a, 0));
        m_issueTable->setItem(i, 2, severity);
        auto* message = new QTableWidgetItem(issue.message);
        message->setToolTip(issue.message);
        m_issueTable->setItem(i, 3, message);
    }
    // Whole messages, wrapped; a file with thousands of problems keeps one line each (measuring them all is slow).
    if (m_checkIssues.size() <= 500)
        m_issueTable->resizeRowsToContents();
    m_checkModel->setTable(m_roster.table, m_roster.headerRow, m_checkIssues);
    fitColumns(m_checkTable);
    // The first error is where the clerk starts.
    for (int i = 0; i < m_checkIssues.size(); ++i) {
        if (m_checkIssues[i].isError()) {
            m_issueTable->setCurrentCell(i, 0);
            break;
        }
    }
    m_checkPage->updateComplete();
}

void ImportWizard::jumpToIssue(int issueRow)
{
    if (issueRow < 0 || issueRow >= m_checkIssues.size())
        return;
    const ImportIssue& issue = m_checkIssues[issueRow];
    const QModelIndex cell = m_checkModel->indexOf(issue.row, issue.column);
    if (!cell.isValid())
        return;
    m_checkTable->setCurrentIndex(cell);
    m_checkTable->scrollTo(cell, QAbstractItemView::PositionAtCenter);
}

bool ImportWizard::startImport()
{
    if (m_task && m_task->isRunning())
        return false;
    const QList<MemberImport::Row> rows = MemberImport::rowsFrom(m_roster);
    MemberImport::Options options = MemberImport::optionsFrom(m_roster);
    options.skipInvalid = m_skipInvalid->isChecked();
    options.source = QFileInfo(m_readFileName).fileName();
    auto result = std::make_shared<MemberImport::Result>();
    BackgroundTask* task
        = applyInBackground(tr("Importing the roster..."), rows, options, result, [this, result](const QString& error) {
              if (!error.isEmpty()) {
                  if (m_task->wasCancelled())
                      MessageBox::information(this, tr("Import a roster"),
                                              tr("The import was cancelled; nothing was written."));
                  else
                      MessageBox::warning(this, tr("Import a roster"), error);
                  return;
              }
              m_outcome = *result;
              m_imported = true;
              m_session.notify(Session::Members | Session::Branches);
              emit importFinished();
              next();
          });
    emit importStarted(task);
    task->start();
    m_checkPage->updateComplete();
    return false;
}

BackgroundTask* ImportWizard::applyInBackground(const QString& label, const QList<MemberImport::Row>& rows,
                                                const MemberImport::Options& options,
                                                const std::shared_ptr<MemberImport::Result>& result,
                                                std::function<void(const QString& error)> done)
{
    const QString path = m_session.database().path();
    const Actor actor = m_session.ledger().actor();
    delete m_task;
    m_task = new BackgroundTask(this, label,
                                [path, actor, rows, options, result](const BackgroundTask::Progress& progress) {
                                    // Its own connection: a QSqlDatabase belongs to the thread that opened it.
                                    Database db(path);
                                    Ledger ledger(db, actor);
                                    MemberImport::Options run = options;
                                    run.progress = progress;
                                    *result = MemberImport(ledger).apply(rows, run);
                                });
    connect(m_task, &BackgroundTask::finished, this, [this, done = std::move(done)](const QString& error) {
        done(error);
        m_checkPage->updateComplete();
    });
    return m_task;
}

void ImportWizard::showSummary()
{
    QStringList lines;
    if (!m_outcome.written) {
        lines.append(tr("Nothing was written."));
    } else if (m_outcome.added.isEmpty() && m_outcome.updated.isEmpty()) {
        lines.append(tr("Nothing to write: the roster already matches the file."));
    } else {
        lines.append(tr("The roster was imported from %1.").arg(QFileInfo(m_readFileName).fileName()));
    }
    lines.append(tr("Added: %1").arg(m_outcome.added.size()));
    lines.append(tr("Updated: %1").arg(m_outcome.updated.size()));
    lines.append(tr("Unchanged: %1").arg(m_outcome.unchanged.size()));
    QList<int> refused;
    for (const RosterImporter::Record& record : std::as_const(m_roster.records))
        if (record.refused)
            refused.append(record.row);
    for (const MemberImport::Refusal& refusal : std::as_const(m_outcome.refused))
        refused.append(refusal.row);
    lines.append(refused.isEmpty() ? tr("Skipped: 0")
                                   : tr("Skipped: %1 (rows %2)").arg(refused.size()).arg(rowList(refused)));
    if (!m_outcome.newBranches.isEmpty())
        lines.append(tr("New branches: %1").arg(m_outcome.newBranches.join(QStringLiteral("、"))));
    const QList<Backup::Info> backups = Backup::list(m_session.database().path());
    if (m_outcome.written && !backups.isEmpty())
        lines.append(tr("The ledger as it was before the import is kept in %1.")
                         .arg(QDir::toNativeSeparators(backups.constFirst().path)));
    m_summaryLabel->setText(lines.join(u'\n'));
}

} // namespace jifen::ui
