#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace jifen {

class Database;
class Ledger;

namespace ui {

class AuditPage;
class EntryPage;
class MembersPage;
class RulesPage;
class Session;

// The application window: navigation on the left, one page per screen, the ledger's path and the operator in the
// status bar, the session's undo history in the Edit menu.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Members, Entry, Rules, Awards, Ranking, Charts, Audit };

    // The window keeps the ledger open for its lifetime; every change is stamped with `operatorName`
    // (empty: the ledger's operator_name setting, else the system user).
    explicit MainWindow(std::unique_ptr<Database> database, const QString& operatorName = {},
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    // Puts a screen in place of a page's placeholder (the ranking, charts and commendation screens plug in here).
    void setPageWidget(Page page, QWidget* widget);
    QWidget* pageWidget(Page page) const;

    Ledger& ledger() const { return *m_ledger; }
    Session& session() const { return *m_session; }
    MembersPage* membersPage() const { return m_membersPage; }
    EntryPage* entryPage() const { return m_entryPage; }
    RulesPage* rulesPage() const { return m_rulesPage; }
    AuditPage* auditPage() const { return m_auditPage; }

    // On an empty ledger, offers to load a demonstration organisation (in the background, with progress).
    // Returns true when the load was started.
    bool offerDemonstration(int members = 200);
    bool isBusy() const; // a background load is running

private:
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
    class BackgroundTask* m_task = nullptr;
};

} // namespace ui
} // namespace jifen
