#pragma once

#include "storage/Actor.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDialog;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;

namespace jifen {

class Database;
class Ledger;

namespace ui {

class AuditPage;
class EntryPage;
class IntegrityBanner;
class LedgerCheck;
class MembersPage;
class ReviewPage;
class RulesPage;
class Session;

// The application window: navigation on the left, one page per screen, the ledger's path and the operator in the
// status bar, the session's undo history in the Edit menu.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Members, Meetings, Entry, Rules, Awards, Ranking, BranchEvaluation, Charts, Audit, Review };

    // The window keeps the ledger open for its lifetime; every change is stamped with `operatorName`
    // (empty: the ledger's operator_name setting, else the system user).
    explicit MainWindow(std::unique_ptr<Database> database, const QString& operatorName = {},
                        QWidget* parent = nullptr);
    // The window of a signed-in operator: actions their role cannot use are hidden or disabled (core enforces the
    // roles whatever the window shows).
    MainWindow(std::unique_ptr<Database> database, const Actor& actor, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    QWidget* pageWidget(Page page) const;

    Ledger& ledger() const { return *m_ledger; }
    Session& session() const { return *m_session; }
    MembersPage* membersPage() const { return m_membersPage; }
    EntryPage* entryPage() const { return m_entryPage; }
    RulesPage* rulesPage() const { return m_rulesPage; }
    AuditPage* auditPage() const { return m_auditPage; }
    ReviewPage* reviewPage() const { return m_reviewPage; }
    // The review page is in the navigation while review is on and the operator may review.
    bool isPageShown(Page page) const;

    // On an empty ledger, offers to load a demonstration organisation (in the background, with progress).
    // Returns true when the load was started.
    bool offerDemonstration(int members = 200);
    bool isBusy() const; // a background load is running

    // Verifies the ledger in the background (its own connection), with progress in the status bar; a failure shows
    // the integrity banner at the top of the window until it is dismissed. verificationFinished() follows.
    void verifyLedger();
    bool isVerifying() const;
    IntegrityBanner* integrityBanner() const { return m_banner; }

    // File → Connect to a ledger server: asks for a server and opens its ledger in a new window.
    void connectToServer();
    // File → Restore from backup: opens the restore dialog (window-modal, returned at once). After a restore every
    // screen reads the ledger again, the undo history is cleared and the ledger is verified again.
    QDialog* restoreFromBackup();

signals:
    void verificationFinished(bool ok);

private:
    void setUp();
    void applyRole();
    void showOperators();
    void updateReviewPage();
    void reloadAfterRestore(const QString& keptPath);
    void setReviewEnabled(bool on);
    void createMenus();
    void addPage(Page page, const QString& title, QWidget* widget);
    void showAbout();
    void loadDemonstration(int members);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Ledger> m_ledger;
    Session* m_session = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    MembersPage* m_membersPage = nullptr;
    EntryPage* m_entryPage = nullptr;
    RulesPage* m_rulesPage = nullptr;
    AuditPage* m_auditPage = nullptr;
    ReviewPage* m_reviewPage = nullptr;
    QAction* m_reviewToggle = nullptr;
    class BackgroundTask* m_task = nullptr;
    IntegrityBanner* m_banner = nullptr;
    LedgerCheck* m_check = nullptr;
    QProgressBar* m_checkProgress = nullptr;
};

} // namespace ui
} // namespace jifen
