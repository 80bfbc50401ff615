#include "MainWindow.h"

#include "storage/Database.h"
#include "storage/Ledger.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace jifen::ui {

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_ledger(std::make_unique<Ledger>(*m_database, Actor::singleUser({})))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Jifen — Party member points"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/jifen.svg")));

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setFixedWidth(150);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));

    const QList<std::pair<Page, QString>> pages{
        {Page::Members, tr("Members")}, {Page::Entry, tr("Points entry")}, {Page::Rules, tr("Rules")},
        {Page::Awards, tr("Commendation")}, {Page::Ranking, tr("Ranking")}, {Page::Charts, tr("Charts")},
        {Page::Audit, tr("Audit log")},
    };
    for (const auto& [page, title] : pages) {
        auto* placeholder = new QLabel(tr("%1: this screen is being built.").arg(title));
        placeholder->setAlignment(Qt::AlignCenter);
        addPage(page, title, placeholder);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    createMenus();
    auto* path = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(m_database->path())));
    path->setObjectName(QStringLiteral("databasePath"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(path);
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page page, const QString& title, QWidget* widget)
{
    Q_ASSERT(static_cast<int>(page) == m_pages->count());
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setSizeHint(QSize(0, 36));
    m_pages->addWidget(widget);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Jifen"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Jifen"),
                       tr("<h3>Jifen %1</h3><p>Party member points: roster, points by the published rule set, "
                          "monthly rankings for public notice, and commendation eligibility with its reasons.</p>"
                          "<p>Database: %2</p>")
                           .arg(QCoreApplication::applicationVersion(),
                                QDir::toNativeSeparators(m_database->path()).toHtmlEscaped()));
}

} // namespace jifen::ui
