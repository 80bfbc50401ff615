#include "AwardsPage.h"

#include "print/ExportActions.h"
#include "print/ReportPrinter.h"
#include "print/ReportTableModel.h"
#include "report/NearLine.h"
#include "report/ReportBuilder.h"
#include "report/ReportText.h"
#include "storage/Ledger.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace jifen::ui {

namespace {

QTableView* tableView(const ReportTable& table, const QString& name, QWidget* parent)
{
    auto* model = new ReportTableModel(parent);
    model->setTable(table);
    auto* view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(true);
    ReportTableModel::fitColumns(view);
    view->resizeRowsToContents();
    return view;
}

} // namespace

AwardsPage::AwardsPage(Ledger& ledger, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
{
    setObjectName(QStringLiteral("awardsPage"));
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("awardYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_award = new QComboBox;
    m_award->setObjectName(QStringLiteral("award"));
    m_award->setMinimumContentsLength(10);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("awardTabs"));

    auto* previewButton = new QPushButton(tr("Print preview…"));
    previewButton->setObjectName(QStringLiteral("previewButton"));
    auto* pdfButton = new QPushButton(tr("PDF…"));
    auto* excelButton = new QPushButton(tr("Excel…"));
    auto* csvButton = new QPushButton(tr("CSV…"));
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Year:")));
    controls->addWidget(m_year);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Award:")));
    controls->addWidget(m_award);
    controls->addStretch(1);
    for (QPushButton* button : {previewButton, pdfButton, excelButton, csvButton})
        controls->addWidget(button);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_tabs, 1);

    fillAwards();
    const auto changed = [this] {
        if (!m_refreshing)
            refresh();
    };
    connect(m_year, &QSpinBox::valueChanged, this, changed);
    connect(m_award, &QComboBox::currentIndexChanged, this, changed);
    connect(previewButton, &QPushButton::clicked, this, [this] { ReportPrinter(m_report.document()).preview(this); });
    const auto save = [this](const QString& suffix) {
        ExportActions::exportWithDialog(this, m_report.document(), m_report.title(), suffix);
    };
    connect(pdfButton, &QPushButton::clicked, this, [save] { save(QStringLiteral("pdf")); });
    connect(excelButton, &QPushButton::clicked, this, [save] { save(QStringLiteral("xlsx")); });
    connect(csvButton, &QPushButton::clicked, this, [save] { save(QStringLiteral("csv")); });
}

void AwardsPage::fillAwards()
{
    const QString current = m_award->currentData().toString();
    m_award->blockSignals(true);
    m_award->clear();
    m_award->addItem(tr("All awards"), QString());
    for (const Award& award : m_ledger.ruleSet().awards)
        m_award->addItem(award.name, award.code);
    const int found = m_award->findData(current);
    m_award->setCurrentIndex(found < 0 ? 0 : found);
    m_award->blockSignals(false);
}

void AwardsPage::setYear(int year)
{
    m_refreshing = true;
    m_year->setValue(year);
    m_refreshing = false;
    refresh();
}

void AwardsPage::refresh()
{
    const int keep = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    try {
        ReportBuilder builder(m_ledger);
        QList<Award> awards = builder.ruleSet().awards;
        const QString code = m_award->currentData().toString();
        if (!code.isEmpty())
            awards.removeIf([&code](const Award& a) { return a.code != code; });
        m_report = builder.eligibility(m_year->value(), awards);
    } catch (const StorageError& error) {
        m_report = EligibilityReport();
        m_tabs->addTab(new QLabel(error.message()), tr("Error"));
        return;
    }
    const QList<ReportTable> tables = m_report.tables();
    for (qsizetype i = 0; i < m_report.sections.size(); ++i) {
        const EligibilityReport::Section& section = m_report.sections[i];
        auto* page = new QWidget;
        page->setObjectName(QStringLiteral("award_%1").arg(section.award.code));
        auto* layout = new QVBoxLayout(page);
        auto* conditions = new QLabel(tr("Conditions: %1").arg(ReportText::conditions(section.award)));
        conditions->setWordWrap(true);
        layout->addWidget(conditions);
        layout->addWidget(
            new QLabel(tr("Eligible: %1 of %2 members.").arg(section.eligible.size()).arg(section.considered)));
        layout->addWidget(tableView(tables[i * 2], QStringLiteral("eligibleTable"), page), 3);
        layout->addWidget(new QLabel(tr("Near the line (within %1% of a threshold), with the reasons: %2 members.")
                                         .arg(NearLine::marginPercent)
                                         .arg(section.nearLine.size())));
        layout->addWidget(tableView(tables[i * 2 + 1], QStringLiteral("nearTable"), page), 2);
        m_tabs->addTab(page, tr("%1 (%2)").arg(section.award.name).arg(section.eligible.size()));
    }
    if (m_report.sections.isEmpty())
        m_tabs->addTab(new QLabel(tr("The rule set has no awards: add them on the Rules page.")), tr("No awards"));
    m_tabs->setCurrentIndex(std::clamp(keep, 0, m_tabs->count() - 1));
}

QString AwardsPage::exportTo(const QString& fileName) const
{
    return ExportActions::write(m_report.document(), fileName);
}

void AwardsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fillAwards();
    refresh();
}

} // namespace jifen::ui
