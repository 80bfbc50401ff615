#include "MainWindow.h"

#include "BackgroundTask.h"
#include "audit/AuditPage.h"
#include "awards/AwardsPage.h"
#include "charts/ChartsPage.h"
#include "common/MessageBox.h"
#include "common/Session.h"
#include "entry/EntryPage.h"
#include "io/DemoData.h"
#include "members/MembersPage.h"
#include "ranking/RankingPage.h"
#include "rules/RulesPage.h"
#include "storage/Database.h"
#include "storage/Ledger.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace jifen::ui {

namespace {

QString resolveOperator(Database& db, const QString& given)
{
    if (!given.trimmed().isEmpty())
        return given.trimmed();
    const QString stored = Ledger(db, Actor::singleUser({})).setting(QStringLiteral("operator_name")).trimmed();
    return Actor::singleUser(stored).name;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, const QString& operatorName, QWidget* parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_ledger(std::make_unique<Ledger>(*m_database, Actor::singleUser(resolveOperator(*m_database, operatorName))))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Jifen — Party member points"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/jifen.svg")));
    m_session = new Session(*m_ledger, this);

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setFixedWidth(130);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));

    m_membersPage = new MembersPage(*m_session);
    m_entryPage = new EntryPage(*m_session);
    m_rulesPage = new RulesPage(*m_session);
    m_auditPage = new AuditPage(*m_session);
    auto* awardsPage = new AwardsPage(*m_ledger);
    auto* rankingPage = new RankingPage(*m_ledger);
    auto* chartsPage = new ChartsPage(*m_ledger);
    addPage(Page::Members, tr("Members"), m_membersPage);
    addPage(Page::Entry, tr("Points entry"), m_entryPage);
    addPage(Page::Rules, tr("Rules"), m_rulesPage);
    addPage(Page::Awards, tr("Commendation"), awardsPage);
    addPage(Page::Ranking, tr("Ranking"), rankingPage);
    addPage(Page::Charts, tr("Charts"), chartsPage);
    // The reports and charts follow the ledger: a page on screen reads it again after every change (a hidden one
    // does when it is shown); a publication is a change the audit page should show.
    for (QWidget* page : std::initializer_list<QWidget*>{awardsPage, rankingPage, chartsPage})
        connect(m_session, &Session::ledgerChanged, page, [page] {
            if (page->isVisible())
                QMetaObject::invokeMethod(page, "refresh");
        });
    connect(rankingPage, &RankingPage::published, m_session, [this] { m_session->notify(0); });
    addPage(Page::Audit, tr("Audit log"), m_auditPage);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // The navigation has a fixed width: its slot must not be wider, or a blank band opens beside it.
    splitter->setSizes({m_navigation->width(), 1050});
    setCentralWidget(splitter);

    createMenus();
    auto* who = new QLabel(tr("Operator: %1").arg(m_ledger->actor().name));
    who->setObjectName(QStringLiteral("operatorName"));
    statusBar()->addPermanentWidget(who);
    auto* path = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(m_database->path())));
    path->setObjectName(QStringLiteral("databasePath"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(path);
    connect(m_session, &Session::commandFailed, this,
            [this](const QString& message) { MessageBox::warning(this, tr("Undo"), message); });
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, [this] {
        const QUndoStack* stack = m_session->undoStack();
        if (stack->index() > 0)
            statusBar()->showMessage(tr("Done: %1").arg(stack->command(stack->index() - 1)->text()), 5000);
    });
    resize(1180, 760);
}

MainWindow::~MainWindow()
{
    delete m_task; // waits for a background load before the ledger closes
    m_task = nullptr;
}

void MainWindow::addPage(Page page, const QString& title, QWidget* widget)
{
    Q_ASSERT(static_cast<int>(page) == m_pages->count());
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setSizeHint(QSize(0, 36));
    m_pages->addWidget(widget);
}

void MainWindow::setPageWidget(Page page, QWidget* widget)
{
    const int index = static_cast<int>(page);
    QWidget* old = m_pages->widget(index);
    m_pages->insertWidget(index, widget);
    m_pages->removeWidget(old);
    old->deleteLater();
}

QWidget* MainWindow::pageWidget(Page page) const
{
    return m_pages->widget(static_cast<int>(page));
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_navigation->currentRow());
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* demo = file->addAction(tr("Load &demonstration organisation..."), this, [this] {
        if (!offerDemonstration())
            MessageBox::information(this, tr("Demonstration organisation"),
                                    tr("The demonstration is offered only for an empty ledger."));
    });
    demo->setObjectName(QStringLiteral("actionDemo"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction* action
            = go->addAction(m_navigation->item(i)->text(), this, [this, i] { m_navigation->setCurrentRow(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Jifen"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Jifen"),
        tr("<h3>Jifen %1</h3><p>Party member points: roster, points by the published rule set, "
           "monthly rankings for public notice, and commendation eligibility with its reasons.</p>"
           "<p>Database: %2</p>")
            .arg(QCoreApplication::applicationVersion(), QDir::toNativeSeparators(m_database->path()).toHtmlEscaped()));
}

bool MainWindow::isBusy() const
{
    return m_task && m_task->isRunning();
}

bool MainWindow::offerDemonstration(int members)
{
    if (isBusy() || !m_ledger->members().isEmpty() || !m_ledger->branches().isEmpty())
        return false;
    const auto answer = MessageBox::question(
        this, tr("An empty ledger"),
        tr("This ledger has no members yet.\n\nLoad a demonstration organisation to try Jifen out? It has a few "
           "branches, about %1 members with generated names and ID numbers, and a year of points entries. Everything "
           "is recorded in the audit log under your name.\n\nChoose No to start with your own roster.")
            .arg(members),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    loadDemonstration(members);
    return true;
}

void MainWindow::loadDemonstration(int members)
{
    const QString path = m_database->path();
    const QString operatorName = m_ledger->actor().name;
    delete m_task;
    m_task = new BackgroundTask(this, tr("Loading the demonstration organisation..."),
                                [path, operatorName, members](const BackgroundTask::Progress& progress) {
                                    // Its own connection: a QSqlDatabase belongs to the thread that opened it.
                                    Database db(path);
                                    Ledger ledger(db, Actor::singleUser(operatorName));
                                    DemoData::Options options;
                                    options.members = members;
                                    DemoData::load(ledger, options, progress);
                                });
    connect(m_task, &BackgroundTask::finished, this, [this](const QString& error) {
        if (!error.isEmpty())
            MessageBox::warning(this, tr("Demonstration organisation"), error);
        else if (!m_task->wasCancelled())
            statusBar()->showMessage(tr("The demonstration organisation is loaded."), 8000);
        m_session->notify(Session::Members | Session::Entries | Session::Rules | Session::Branches);
    });
    m_task->start();
}

} // namespace jifen::ui
