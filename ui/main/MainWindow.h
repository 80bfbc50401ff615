#pragma once

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace jifen {

class Database;
class Ledger;

namespace ui {

// The application window: navigation on the left, one page per screen, the ledger's path in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Members, Entry, Rules, Awards, Ranking, Charts, Audit };

    // The window keeps the ledger open for its lifetime.
    MainWindow(std::unique_ptr<Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Ledger& ledger() const { return *m_ledger; }

private:
    void createMenus();
    void addPage(Page page, const QString& title, QWidget* widget);
    void showAbout();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Ledger> m_ledger;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
};

} // namespace ui
} // namespace jifen
