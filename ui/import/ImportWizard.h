#pragma once

#include "io/CsvReader.h"
#include "io/RosterImporter.h"
#include "main/BackgroundTask.h"
#include "storage/MemberImport.h"

#include <QWizard>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;

namespace jifen::ui {

class CsvTableModel;
class ImportWizardPage;
class Session;

// The roster import wizard: choose a file, check how it was read (encoding and delimiter can be changed), map its
// columns to fields (profiles can be loaded and saved), see every problem and what the import will change, then
// import, and read the summary. Checking against the ledger and importing run off the GUI thread with progress and
// Cancel. Reading, checking and writing are the
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
    // The check against the ledger is running.
    bool isChecking() const { return m_checking; }

signals:
    // The check's background task, before it starts (tests cancel it here).
    void checkStarted(jifen::ui::BackgroundTask* task);
    // The check page shows the result of the check (or why there is none).
    void checkFinished();
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
    // Works out against the ledger what the import would change (a dry run, in the background); showCheck() then
    // fills the check page. A cancelled check returns to the mapping page.
    void checkAgainstLedger();
    void showCheck();
    // Applies `rows` in the background on a connection of its own, into *result; `done` gets the error message
    // (empty on success). Replaces m_task; the caller starts it.
    BackgroundTask* applyInBackground(const QString& label, const QList<MemberImport::Row>& rows,
                                      const MemberImport::Options& options,
                                      const std::shared_ptr<MemberImport::Result>& result,
                                      std::function<void(const QString& error)> done);
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
    bool m_checking = false;
    BackgroundTask* m_task = nullptr; // the check or the import

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
