#include "BranchEvaluationPage.h"

#include "BranchEvaluationLoader.h"
#include "charts/ChartFactory.h"
#include "charts/ChartView.h"
#include "print/ExportActions.h"
#include "print/ReportPrinter.h"
#include "print/ReportTableModel.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/StorageError.h"

#include <QChart>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace jifen::ui {

namespace {

QTableView* tableView(const QString& name)
{
    auto* view = new QTableView;
    view->setObjectName(name);
    view->setModel(new ReportTableModel(view));
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    return view;
}

void setTable(QTableView* view, const ReportTable& table)
{
    static_cast<ReportTableModel*>(view->model())->setTable(table);
    ReportTableModel::fitColumns(view);
    view->resizeRowsToContents();
}

// A list beside the chart: every column as wide as its contents but the last (the reasons), which takes the rest and
// wraps, so that nothing hides behind a scroll bar.
QWidget* wrappingTable(const ReportTable& table, const QString& name)
{
    if (table.rows.isEmpty())
        return new QLabel(table.emptyText);
    QTableView* view = tableView(name);
    static_cast<ReportTableModel*>(view->model())->setTable(table);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(static_cast<int>(table.columns.size()) - 1, QHeaderView::Stretch);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QObject::connect(header, &QHeaderView::sectionResized, view, [view] { view->resizeRowsToContents(); });
    return view;
}

} // namespace

BranchEvaluationPage::BranchEvaluationPage(Ledger& ledger, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_loader(new BranchEvaluationLoader(ledger.database().path(), ledger.actor(), this))
{
    setObjectName(QStringLiteral("branchEvaluationPage"));
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("evaluationYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_scope = new QComboBox;
    m_scope->setObjectName(QStringLiteral("evaluationScope"));
    m_scope->setMinimumContentsLength(10);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("evaluationStatus"));
    // The status wraps rather than widen the window (the English sentences are long).
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* previewButton = new QPushButton(tr("Print preview…"));
    previewButton->setObjectName(QStringLiteral("previewButton"));
    auto* pdfButton = new QPushButton(tr("PDF…"));
    pdfButton->setObjectName(QStringLiteral("pdfButton"));
    auto* excelButton = new QPushButton(tr("Excel…"));
    excelButton->setObjectName(QStringLiteral("excelButton"));
    auto* csvButton = new QPushButton(tr("CSV…"));
    csvButton->setObjectName(QStringLiteral("csvButton"));
    m_outputs = {previewButton, pdfButton, excelButton, csvButton};
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Year:")));
    controls->addWidget(m_year);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Scope:")));
    controls->addWidget(m_scope);
    controls->addSpacing(12);
    controls->addWidget(m_status, 1);
    for (QPushButton* button : std::as_const(m_outputs)) {
        button->setEnabled(false);
        controls->addWidget(button);
    }

    m_table = tableView(QStringLiteral("evaluationTable"));
    m_model = static_cast<ReportTableModel*>(m_table->model());
    m_table->horizontalHeader()->setStretchLastSection(false);

    m_chart = new ChartView;
    m_chart->setObjectName(QStringLiteral("tierChart"));
    m_chart->setMinimumSize(360, 240);
    m_chartNote = new QLabel;
    m_chartNote->setObjectName(QStringLiteral("tierChartNote"));
    m_chartNote->setWordWrap(true);
    auto* chartBox = new QWidget;
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_chartNote);
    m_awards = new QTabWidget;
    m_awards->setObjectName(QStringLiteral("awardVerdicts"));
    m_awards->setMinimumWidth(500); // the reasons wrap in a column of readable width
    auto* bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(chartBox);
    bottom->addWidget(m_awards);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);

    const auto changed = [this] {
        if (!m_refreshing)
            refresh();
    };
    connect(m_year, &QSpinBox::valueChanged, this, changed);
    connect(m_scope, &QComboBox::currentIndexChanged, this, changed);
    connect(m_loader, &BranchEvaluationLoader::loaded, this, &BranchEvaluationPage::showReport);
    connect(previewButton, &QPushButton::clicked, this, [this] { ReportPrinter(m_report.document()).preview(this); });
    const auto save = [this](const QString& suffix) {
        ExportActions::exportWithDialog(this, suffix == u"pdf" ? m_report.document() : m_report.exportDocument(),
                                        m_report.title(), suffix);
    };
    connect(pdfButton, &QPushButton::clicked, this, [save] { save(QStringLiteral("pdf")); });
    connect(excelButton, &QPushButton::clicked, this, [save] { save(QStringLiteral("xlsx")); });
    connect(csvButton, &QPushButton::clicked, this, [save] { save(QStringLiteral("csv")); });
}

void BranchEvaluationPage::fillScopes()
{
    const QVariant current = m_scope->currentData();
    m_refreshing = true;
    m_scope->clear();
    m_scope->addItem(tr("All Party branches"), QVariant());
    try {
        for (const Branch& branch : m_ledger.branches())
            if (branch.kind != Branch::Kind::Branch)
                m_scope->addItem(branch.name, branch.id);
    } catch (const StorageError&) {
        // The evaluation reports the ledger's trouble.
    }
    const int found = current.isValid() ? m_scope->findData(current) : 0;
    m_scope->setCurrentIndex(found < 0 ? 0 : found);
    m_refreshing = false;
}

void BranchEvaluationPage::setYear(int year)
{
    m_refreshing = true;
    m_year->setValue(year);
    m_refreshing = false;
    refresh();
}

bool BranchEvaluationPage::isLoading() const
{
    return m_loader->isBusy();
}

void BranchEvaluationPage::refresh()
{
    const QVariant scope = m_scope->currentData();
    m_status->setText(tr("Working out the evaluation of %1…").arg(m_year->value()));
    for (QPushButton* button : std::as_const(m_outputs))
        button->setEnabled(false);
    m_loader->request(m_year->value(), scope.isValid() ? scope.toLongLong() : 0);
}

void BranchEvaluationPage::showReport(const std::optional<BranchEvaluationReport>& report, const QString& error)
{
    if (!report) {
        m_report = BranchEvaluationReport();
        m_model->setTable({});
        m_chart->show(BuiltChart());
        m_chartNote->clear();
        m_status->setText(error);
        emit loaded();
        return;
    }
    m_report = *report;
    QList<BranchEvaluationReport::Column> columns = BranchEvaluationReport::allColumns();
    columns.removeAll(BranchEvaluationReport::Column::Awards); // beside, with the reasons
    setTable(m_table, m_report.table(columns));
    m_status->setText(m_report.branches.isEmpty()
                          ? m_report.table(columns).emptyText
                          : tr("%n Party branch(es) evaluated. Hover over a figure to see how it is worked out.",
                               nullptr, static_cast<int>(m_report.branches.size())));
    BuiltChart built = ChartFactory::tiers(m_report);
    m_chartNote->setText(built.note);
    m_chartNote->setVisible(!built.note.isEmpty());
    m_chart->show(std::move(built));

    const int keep = m_awards->currentIndex();
    while (m_awards->count() > 0) {
        QWidget* page = m_awards->widget(0);
        m_awards->removeTab(0);
        page->deleteLater();
    }
    for (qsizetype a = 0; a < m_report.awards.size(); ++a) {
        const BranchAward& award = m_report.awards[a];
        auto* page = new QWidget;
        page->setObjectName(QStringLiteral("award_%1").arg(award.code));
        auto* layout = new QVBoxLayout(page);
        auto* conditions = new QLabel(tr("Conditions: %1").arg(BranchEvaluationReport::conditions(award)));
        conditions->setWordWrap(true);
        layout->addWidget(conditions);
        const ReportTable eligible = m_report.eligibleTable(a);
        layout->addWidget(
            new QLabel(tr("Eligible: %1 of %2 branches.").arg(eligible.rows.size()).arg(m_report.branches.size())));
        layout->addWidget(wrappingTable(eligible, QStringLiteral("eligibleBranches")), 1);
        const ReportTable failed = m_report.failedTable(a);
        if (!failed.rows.isEmpty()) {
            layout->addWidget(new QLabel(tr("Not eligible, with the conditions failed:")));
            layout->addWidget(wrappingTable(failed, QStringLiteral("failedBranches")), 3);
        }
        m_awards->addTab(page, tr("%1 (%2)").arg(award.name).arg(eligible.rows.size()));
    }
    if (m_report.awards.isEmpty())
        m_awards->addTab(new QLabel(tr("The rule set has no branch awards.")), tr("No awards"));
    m_awards->setCurrentIndex(std::clamp(keep, 0, m_awards->count() - 1));
    for (QPushButton* button : std::as_const(m_outputs))
        button->setEnabled(true);
    emit loaded();
}

QString BranchEvaluationPage::exportTo(const QString& fileName) const
{
    const bool printed = QFileInfo(fileName).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0;
    return ExportActions::write(printed ? m_report.document() : m_report.exportDocument(), fileName);
}

void BranchEvaluationPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fillScopes();
    refresh();
}

} // namespace jifen::ui
