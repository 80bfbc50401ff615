#pragma once

#include "io/CsvReader.h"
#include "io/RosterImporter.h"
#include "storage/MemberImport.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;

namespace jifen::ui {

class BackgroundTask;
class CsvTableModel;
class ImportWizardPage;
class Session;

// The roster import wizard: choose a file, check how it was read (encoding and delimiter can be changed), map its
// columns to fields (profiles can be loaded and saved), see every problem and what the import will change, then
// import off the GUI thread with progress and Cancel, and read the summary. Reading, checking and writing are the
// core's (CsvReader, RosterImporter, MemberImport); the wizard only shows them.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, PreviewPage, MappingPage, CheckPage, SummaryPage };

    explicit ImportWizard(Session& session, QWidget* parent = nullptr);
    ~ImportWizard() override;

    QString fileName() const;
    const RosterImporter::Result& roster() const { return m_roster; }
    // What the import would do (CheckPage), then what it did (SummaryPage).
    const MemberImport::Result& check() const { return m_check; }
    const MemberImport::Result& outcome() const { return m_outcome; }
    // The issues the check page lists: the file's, then the ledger's refusals, by row.
    const ImportIssues& checkIssues() const { return m_checkIssues; }
    int invalidRowCount() const;
    bool imported() const { return m_imported; }

signals:
    // The import's background task, before it starts (tests cancel it here).
    void importStarted(jifen::ui::BackgroundTask* task);
    // The import was written to the ledger.
    void importFinished();

private:
    ImportWizardPage* createFilePage();
    ImportWizardPage* createPreviewPage();
    ImportWizardPage* createMappingPage();
    ImportWizardPage* createCheckPage();
    ImportWizardPage* createSummaryPage();

    void chooseFile();
    void saveTemplate();
    void loadProfile();
    void saveProfile();
    // Reads the file again with the chosen encoding and delimiter, then checks it.
    void readFile();
    // Checks the read file again with the current mapping.
    void checkRows();
    void fillMappingTable();
    void mappingChosen(int column, int comboIndex);
    // Works out against the ledger what the import would change (a dry run) and fills the check page.
    void checkAgainstLedger();
    void jumpToIssue(int issueRow);
    bool startImport();
    void showSummary();

    Session& m_session;
    QString m_readFileName; // the file m_read holds
    CsvReader::Result m_read;
    RosterImporter::Options m_options;
    RosterImporter::Result m_roster;
    MemberImport::Result m_check;
    MemberImport::Result m_outcome;
    ImportIssues m_checkIssues;
    QString m_checkError; // the ledger refused the dry run as a whole
    bool m_imported = false;
    BackgroundTask* m_task = nullptr;

    QLineEdit* m_fileEdit = nullptr;
    QComboBox* m_encodingCombo = nullptr;
    QComboBox* m_delimiterCombo = nullptr;
    QLabel* m_detectedLabel = nullptr;
    QLabel* m_fileIssuesLabel = nullptr;
    CsvTableModel* m_previewModel = nullptr;
    QTableView* m_previewTable = nullptr;
    QTableWidget* m_mappingTable = nullptr;
    QLabel* m_mappingNote = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_branchesLabel = nullptr;
    QTableWidget* m_issueTable = nullptr;
    CsvTableModel* m_checkModel = nullptr;
    QTableView* m_checkTable = nullptr;
    QCheckBox* m_skipInvalid = nullptr;
    QLabel* m_summaryLabel = nullptr;
    ImportWizardPage* m_checkPage = nullptr;
};

} // namespace jifen::ui
