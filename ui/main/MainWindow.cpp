#include "MainWindow.h"

#include "BackgroundTask.h"
#include "ConnectDialog.h"
#include "audit/AuditPage.h"
#include "awards/AwardsPage.h"
#include "backup/RestoreDialog.h"
#include "branches/BranchEvaluationPage.h"
#include "charts/ChartsPage.h"
#include "common/MessageBox.h"
#include "common/Session.h"
#include "entry/EntryPage.h"
#include "integrity/IntegrityBanner.h"
#include "integrity/LedgerCheck.h"
#include "io/DemoData.h"
#include "meetings/MeetingsPage.h"
#include "members/MembersPage.h"
#include "operators/OperatorsDialog.h"
#include "ranking/RankingPage.h"
#include "review/ReviewPage.h"
#include "rules/RulesPage.h"
#include "storage/Database.h"
#include "storage/Ledger.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

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
    setUp();
}

MainWindow::MainWindow(std::unique_ptr<Database> database, const Actor& actor, QWidget* parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_ledger(std::make_unique<Ledger>(*m_database, actor))
{
    setUp();
}

void MainWindow::setUp()
{
    setObjectName(QStringLiteral("mainWindow"));
    // The ledger's file name; the system adds the application's name ("jifen.sqlite — 积分").
    setWindowTitle(QFileInfo(m_database->path()).fileName());
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
    auto* evaluationPage = new BranchEvaluationPage(*m_ledger);
    addPage(Page::Members, tr("Members"), m_membersPage);
    addPage(Page::Meetings, tr("Organisation life"), new MeetingsPage(*m_session));
    addPage(Page::Entry, tr("Points entry"), m_entryPage);
    addPage(Page::Rules, tr("Rules"), m_rulesPage);
    addPage(Page::Awards, tr("Commendation"), awardsPage);
    addPage(Page::Ranking, tr("Ranking"), rankingPage);
    addPage(Page::BranchEvaluation, tr("Branch evaluation"), evaluationPage);
    addPage(Page::Charts, tr("Charts"), chartsPage);
    // The reports and charts follow the ledger: a page on screen reads it again after every change (a hidden one
    // does when it is shown); a publication is a change the audit page should show.
    for (QWidget* page : std::initializer_list<QWidget*>{awardsPage, rankingPage, chartsPage, evaluationPage})
        connect(m_session, &Session::ledgerChanged, page, [page] {
            if (page->isVisible())
                QMetaObject::invokeMethod(page, "refresh");
        });
    connect(rankingPage, &RankingPage::published, m_session, [this] { m_session->notify(0); });
    addPage(Page::Audit, tr("Audit log"), m_auditPage);
    m_reviewPage = new ReviewPage(*m_session);
    addPage(Page::Review, tr("Review"), m_reviewPage);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    // The navigation keeps its width; the page takes the rest (a splitter would leave a blank strip beside a list
    // of fixed width).
    auto* body = new QWidget;
    auto* bodyLayout = new QHBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_navigation);
    bodyLayout->addWidget(m_pages, 1);
    m_banner = new IntegrityBanner;
    connect(m_banner, &IntegrityBanner::restoreRequested, this, &MainWindow::restoreFromBackup);
    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(body, 1);
    setCentralWidget(central);

    createMenus();
    applyRole();
    const Actor& actor = m_ledger->actor();
    auto* who = new QLabel(actor.role == Actor::Role::SingleUser
                               ? tr("Operator: %1").arg(actor.name)
                               : tr("Operator: %1 (%2)").arg(actor.name, Actor::roleLabel(actor.role)));
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
    // Whole on a 1366×768 screen, below its task bar and with the title bar.
    resize(1180, 690);
}

MainWindow::~MainWindow()
{
    delete m_task; // waits for a background load before the ledger closes
    m_task = nullptr;
    delete m_check; // cancels a running verification and waits for it
    m_check = nullptr;
    // The session goes while this window and the ledger are whole: as a child it would go only after them, and its
    // undo stack, cleared as it goes, signals this window's status bar.
    m_session->undoStack()->disconnect(this);
    delete m_session;
    m_session = nullptr;
}

bool MainWindow::isVerifying() const
{
    return m_check && m_check->isRunning();
}

void MainWindow::verifyLedger()
{
    if (isVerifying())
        return;
    delete m_check;
    m_check = new LedgerCheck(m_database->path(), this);
    if (!m_checkProgress) {
        m_checkProgress = new QProgressBar;
        m_checkProgress->setObjectName(QStringLiteral("verifyProgress"));
        m_checkProgress->setMaximumWidth(220);
        m_checkProgress->setFormat(tr("Verifying %p%"));
        statusBar()->addWidget(m_checkProgress);
    }
    m_checkProgress->setRange(0, 1000);
    m_checkProgress->setValue(0);
    // Shown only when the check takes long enough to notice (a big ledger).
    QTimer::singleShot(500, m_checkProgress, [this] {
        if (isVerifying())
            m_checkProgress->show();
    });
    m_checkProgress->hide();
    connect(m_check, &LedgerCheck::progress, this, [this](qint64 done, qint64 total) {
        m_checkProgress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    });
    connect(m_check, &LedgerCheck::finished, this, [this] {
        m_checkProgress->hide();
        const auto& result = m_check->result();
        if (!m_check->error().isEmpty()) {
            m_banner->showProblem(m_check->error(), 1);
            emit verificationFinished(false);
            return;
        }
        if (result.cancelled)
            return;
        if (result.ok()) {
            statusBar()->showMessage(tr("Ledger verified: %n audit record(s), chain intact.", nullptr,
                                        static_cast<int>(result.auditRecords)),
                                     8000);
        } else {
            m_banner->showProblem(result.problems.constFirst().message, static_cast<int>(result.problems.size()));
        }
        emit verificationFinished(result.ok());
    });
    m_check->start();
}

void MainWindow::addPage(Page page, const QString& title, QWidget* widget)
{
    Q_ASSERT(static_cast<int>(page) == m_pages->count());
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setSizeHint(QSize(0, 36));
    m_pages->addWidget(widget);
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

void MainWindow::connectToServer()
{
    ConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The server's ledger opens in a window (and process) of its own; this one stays on its ledger. The password
    // goes to the new process the way libpq reads it.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!dialog.password().isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), dialog.password());
    process.setProcessEnvironment(environment);
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments({QStringLiteral("--db"), dialog.url()});
    if (!process.startDetached())
        MessageBox::warning(this, tr("Connect to a ledger server"),
                            tr("The new window could not be started: %1").arg(process.errorString()));
    else
        statusBar()->showMessage(tr("The ledger %1 opens in a new window.").arg(dialog.url()), 10000);
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
    // The demonstration writes members, rules and entries at once: a single-user ledger's business only.
    demo->setVisible(m_ledger->actor().role == Actor::Role::SingleUser);
    QAction* importRoster = file->addAction(tr("&Import roster..."), this, [this] {
        showPage(Page::Members);
        m_membersPage->importRoster();
    });
    importRoster->setObjectName(QStringLiteral("actionImportRoster"));
    importRoster->setVisible(m_ledger->actor().can(Actor::Permission::ManageMembers));
    file->addSeparator();
    QAction* server = file->addAction(tr("Connect to a ledger &server..."), this, &MainWindow::connectToServer);
    server->setObjectName(QStringLiteral("actionConnectServer"));
    QAction* restore = file->addAction(tr("&Restore from backup..."), this, &MainWindow::restoreFromBackup);
    restore->setObjectName(QStringLiteral("actionRestore"));
    // A server ledger's backups are the server administrator's.
    restore->setVisible(m_ledger->actor().can(Actor::Permission::ManageSettings) && m_database->isFile());
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
        action->setObjectName(QStringLiteral("actionGo%1").arg(i));
    }

    // The administrator's settings: who may sign in, and whether entries need review.
    const Actor& actor = m_ledger->actor();
    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->menuAction()->setObjectName(QStringLiteral("menuSettings"));
    QAction* operators = settings->addAction(tr("&Operators..."), this, &MainWindow::showOperators);
    operators->setObjectName(QStringLiteral("actionOperators"));
    operators->setVisible(actor.can(Actor::Permission::ManageOperators));
    m_reviewToggle = settings->addAction(tr("Entries need &review (审核)"));
    m_reviewToggle->setObjectName(QStringLiteral("actionReviewEnabled"));
    m_reviewToggle->setCheckable(true);
    m_reviewToggle->setVisible(actor.can(Actor::Permission::ManageSettings));
    connect(m_reviewToggle, &QAction::triggered, this, &MainWindow::setReviewEnabled);
    settings->menuAction()->setVisible(operators->isVisible() || m_reviewToggle->isVisible());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Jifen"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::applyRole()
{
    const Actor& actor = m_ledger->actor();
    // Pages a role has no use for leave the navigation (and the Go menu); read-only pages stay, their editing
    // controls disabled.
    const bool enters = actor.can(Actor::Permission::EnterPoints);
    m_navigation->item(static_cast<int>(Page::Entry))->setHidden(!enters);
    if (auto* go = findChild<QAction*>(QStringLiteral("actionGo%1").arg(static_cast<int>(Page::Entry))))
        go->setVisible(enters);
    updateReviewPage();
    if (auto* toolbar = m_membersPage->findChild<QWidget*>(QStringLiteral("membersToolbar")))
        toolbar->setEnabled(actor.can(Actor::Permission::ManageMembers));
    if (auto* toolbar = m_membersPage->findChild<QWidget*>(QStringLiteral("membersViewToolbar")))
        toolbar->setEnabled(actor.can(Actor::Permission::RevealIds));
    const bool rules = actor.can(Actor::Permission::ManageRules);
    for (const char* name : {"rulesToolbar", "addAward", "removeAward", "revertAwards", "saveAwards", "basePoints",
                             "addGrade", "removeGrade", "revertGrades", "saveGrades"})
        if (auto* widget = m_rulesPage->findChild<QWidget*>(QLatin1String(name)))
            widget->setEnabled(rules);
    if (!rules)
        for (const char* name : {"awardsTable", "gradesTable"})
            if (auto* view = m_rulesPage->findChild<QAbstractItemView*>(QLatin1String(name)))
                view->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

bool MainWindow::isPageShown(Page page) const
{
    return !m_navigation->item(static_cast<int>(page))->isHidden();
}

void MainWindow::updateReviewPage()
{
    const bool on = m_ledger->setting(QStringLiteral("review_enabled")) == u"1";
    m_reviewToggle->setChecked(on);
    const bool shown = on && m_ledger->actor().can(Actor::Permission::Review);
    m_navigation->item(static_cast<int>(Page::Review))->setHidden(!shown);
    if (auto* go = findChild<QAction*>(QStringLiteral("actionGo%1").arg(static_cast<int>(Page::Review))))
        go->setVisible(shown);
    if (!shown && currentPage() == Page::Review)
        showPage(Page::Members);
    if (shown)
        m_reviewPage->refresh();
}

void MainWindow::setReviewEnabled(bool on)
{
    m_session->attempt(this, tr("Review"), [this, on] {
        m_ledger->setSetting(QStringLiteral("review_enabled"), on ? QStringLiteral("1") : QStringLiteral("0"));
    });
    m_session->notify(0);
    updateReviewPage();
    statusBar()->showMessage(m_reviewToggle->isChecked() ? tr("Review is on: new entries wait for approval.")
                                                         : tr("Review is off: new entries count at once."),
                             8000);
}

QDialog* MainWindow::restoreFromBackup()
{
    if (!m_ledger->actor().can(Actor::Permission::ManageSettings)) {
        MessageBox::information(this, tr("Restore from backup"),
                                tr("Only an administrator may restore a backup. Ask them, and show them this banner."));
        return nullptr;
    }
    if (isBusy()) {
        MessageBox::information(this, tr("Restore from backup"), tr("Wait until the background work has finished."));
        return nullptr;
    }
    auto* dialog = new RestoreDialog(*m_ledger, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDialog::restored, this, &MainWindow::reloadAfterRestore);
    dialog->open();
    return dialog;
}

void MainWindow::reloadAfterRestore(const QString& keptPath)
{
    // The ledger's content was replaced under the same connection: commands in the undo history name rows that may
    // no longer exist, and every screen shows the old content until it reads again.
    m_session->undoStack()->clear();
    m_session->notify(Session::Members | Session::Entries | Session::Rules | Session::Branches);
    updateReviewPage();
    m_banner->hide();
    statusBar()->showMessage(
        tr("Restored; the replaced ledger is kept as %1.").arg(QDir::toNativeSeparators(keptPath)));
    verifyLedger();
}

void MainWindow::showOperators()
{
    OperatorsDialog dialog(*m_ledger, this);
    dialog.exec();
    m_session->notify(0);
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
    if (isBusy() || m_ledger->actor().role != Actor::Role::SingleUser || !m_ledger->members().isEmpty()
        || !m_ledger->branches().isEmpty())
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
    const Actor actor = m_ledger->actor();
    delete m_task;
    m_task = new BackgroundTask(this, tr("Loading the demonstration organisation..."),
                                [path, actor, members](const BackgroundTask::Progress& progress) {
                                    // Its own connection: a QSqlDatabase belongs to the thread that opened it.
                                    Database db(path);
                                    Ledger ledger(db, actor);
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
