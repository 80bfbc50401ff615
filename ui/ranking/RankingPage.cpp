#include "RankingPage.h"

#include "model/DateText.h"
#include "print/ExportActions.h"
#include "print/ReportPrinter.h"
#include "print/ReportTableModel.h"
#include "report/ReportBuilder.h"
#include "report/ReportText.h"
#include "storage/Ledger.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace jifen::ui {

RankingPage::RankingPage(Ledger& ledger, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
{
    setObjectName(QStringLiteral("rankingPage"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->addItem(tr("Month"), int(Period::Kind::Month));
    m_kind->addItem(tr("Quarter"), int(Period::Kind::Quarter));
    m_kind->addItem(tr("Year"), int(Period::Kind::Year));
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("periodYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_index = new QSpinBox;
    m_index->setObjectName(QStringLiteral("periodIndex"));
    m_index->setRange(1, 12);
    m_index->setValue(QDate::currentDate().month());
    m_scope = new QComboBox;
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->setMinimumContentsLength(12);
    m_noticeDays = new QSpinBox;
    m_noticeDays->setObjectName(QStringLiteral("noticeDays"));
    m_noticeDays->setRange(1, 60);
    m_noticeDays->setValue(7);
    m_noticeDays->setSuffix(tr(" days"));

    auto* previewButton = new QPushButton(tr("Print preview…"));
    previewButton->setObjectName(QStringLiteral("previewButton"));
    auto* noticeButton = new QPushButton(tr("Print for notice…"));
    noticeButton->setObjectName(QStringLiteral("printForNoticeButton"));
    noticeButton->setToolTip(tr("Print the ranking and record it as published for public notice (公示)."));
    auto* pdfButton = new QPushButton(tr("PDF…"));
    pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    auto* excelButton = new QPushButton(tr("Excel…"));
    excelButton->setObjectName(QStringLiteral("exportXlsxButton"));
    auto* csvButton = new QPushButton(tr("CSV…"));
    csvButton->setObjectName(QStringLiteral("exportCsvButton"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Period:")));
    controls->addWidget(m_kind);
    controls->addWidget(m_year);
    controls->addWidget(m_index);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Scope:")));
    controls->addWidget(m_scope);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Notice:")));
    controls->addWidget(m_noticeDays);
    controls->addStretch(1);
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    for (QPushButton* button : {previewButton, noticeButton, pdfButton, excelButton, csvButton})
        actions->addWidget(button);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("publicationStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_model = new ReportTableModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("rankingTable"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    fillBranches();
    updateIndexRange();
    const auto changed = [this] {
        if (!m_refreshing)
            refresh();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, changed] {
        updateIndexRange();
        changed();
    });
    connect(m_year, &QSpinBox::valueChanged, this, changed);
    connect(m_index, &QSpinBox::valueChanged, this, changed);
    connect(m_scope, &QComboBox::currentIndexChanged, this, changed);
    connect(m_noticeDays, &QSpinBox::valueChanged, this, changed);
    connect(previewButton, &QPushButton::clicked, this, &RankingPage::preview);
    connect(noticeButton, &QPushButton::clicked, this, &RankingPage::printWithDialog);
    connect(pdfButton, &QPushButton::clicked, this, [this] { exportWithDialog(QStringLiteral("pdf")); });
    connect(excelButton, &QPushButton::clicked, this, [this] { exportWithDialog(QStringLiteral("xlsx")); });
    connect(csvButton, &QPushButton::clicked, this, [this] { exportWithDialog(QStringLiteral("csv")); });
}

void RankingPage::fillBranches()
{
    const QVariant current = m_scope->currentData();
    m_scope->blockSignals(true);
    m_scope->clear();
    m_scope->addItem(tr("All members"), qint64(0));
    for (const Branch& branch : m_ledger.branches())
        m_scope->addItem(branch.name, branch.id);
    const int found = m_scope->findData(current);
    m_scope->setCurrentIndex(found < 0 ? 0 : found);
    m_scope->blockSignals(false);
}

void RankingPage::updateIndexRange()
{
    const auto kind = Period::Kind(m_kind->currentData().toInt());
    m_index->setVisible(kind != Period::Kind::Year);
    m_index->setMaximum(kind == Period::Kind::Quarter ? 4 : 12);
    m_index->setPrefix(kind == Period::Kind::Quarter ? QStringLiteral("Q") : QString());
}

Period RankingPage::period() const
{
    switch (Period::Kind(m_kind->currentData().toInt())) {
    case Period::Kind::Month:
        return Period::month(m_year->value(), m_index->value());
    case Period::Kind::Quarter:
        return Period::quarter(m_year->value(), m_index->value());
    case Period::Kind::Year:
        break;
    }
    return Period::year(m_year->value());
}

std::optional<qint64> RankingPage::branchId() const
{
    const qint64 id = m_scope->currentData().toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void RankingPage::setPeriod(const Period& period, qint64 branchId)
{
    m_refreshing = true;
    fillBranches();
    m_kind->setCurrentIndex(m_kind->findData(int(period.kind())));
    updateIndexRange();
    m_year->setValue(period.yearNumber());
    if (period.kind() != Period::Kind::Year)
        m_index->setValue(period.index());
    const int scope = m_scope->findData(branchId);
    m_scope->setCurrentIndex(scope < 0 ? 0 : scope);
    m_refreshing = false;
    refresh();
}

void RankingPage::refresh()
{
    try {
        ReportBuilder builder(m_ledger);
        m_report = builder.ranking(period(), branchId(), m_noticeDays->value());
    } catch (const StorageError& error) {
        m_report = RankingReport();
        m_status->setText(error.message());
        m_model->setTable({});
        return;
    }
    QList<RankingReport::Column> columns = RankingReport::printColumns();
    columns.insert(2, RankingReport::Column::MaskedId);
    m_model->setTable(m_report.table(columns));
    ReportTableModel::fitColumns(m_view);
    m_status->setText(statusText());
    // A change after publication must catch the eye, in colour and in words (※ marks the rows).
    m_status->setStyleSheet(m_report.status == RankingReport::Status::ChangedAfterPublication
                                ? QStringLiteral("QLabel { background: #fff3cd; color: #7a4f00; padding: 6px; }")
                                : QStringLiteral("QLabel { padding: 6px; }"));
}

QString RankingPage::statusText() const
{
    const QString head = tr("%1 — %2: %n member(s).", nullptr, static_cast<int>(m_report.rows.size()))
                             .arg(ReportText::period(m_report.period), m_report.scopeText());
    switch (m_report.status) {
    case RankingReport::Status::Draft:
        return head + u' ' + tr("Not yet published for notice.");
    case RankingReport::Status::Published:
        return head + u' '
            + tr("Published for notice on %1 by %2; nothing has changed since.")
                  .arg(DateText::minute(m_report.publishedAt), m_report.publishedBy);
    case RankingReport::Status::ChangedAfterPublication:
        break;
    }
    return head + u' '
        + tr("Published for notice on %1 by %2; since then the points of %n member(s) changed (marked ※). Print "
             "it again for notice.",
             nullptr, m_report.changedCount())
              .arg(DateText::minute(m_report.publishedAt), m_report.publishedBy);
}

QString RankingPage::exportTo(const QString& fileName) const
{
    const bool table = !fileName.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    ReportDocument document = m_report.document();
    if (table) // spreadsheets get the ranking alone, with the tie and masked ID columns
        document.blocks = {{ReportDocument::Block::Kind::Table, {}, m_report.table(RankingReport::exportColumns())}};
    return ExportActions::write(document, fileName);
}

qint64 RankingPage::printForNotice(QPrinter* printer)
{
    // The page was set up before the print dialog (printWithDialog), where the clerk may have changed it.
    if (ReportPrinter(m_report.document()).paint(printer) == 0)
        return 0;
    qint64 id = 0;
    try {
        id = ReportBuilder(m_ledger).publish(m_report, branchId());
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("Print for notice"), error.message());
        return 0;
    }
    refresh();
    emit published(id);
    return id;
}

void RankingPage::preview()
{
    ReportPrinter(m_report.document()).preview(this);
}

void RankingPage::printWithDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    ReportPrinter(m_report.document()).setupPage(&printer);
    printer.setDocName(m_report.title());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print for notice"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (printForNotice(&printer) > 0)
        QMessageBox::information(this, tr("Print for notice"),
                                 tr("Printed and recorded as published for notice, %1 to %2.")
                                     .arg(DateText::date(m_report.noticeFrom), DateText::date(m_report.noticeTo)));
}

void RankingPage::exportWithDialog(const QString& suffix)
{
    ReportDocument document = m_report.document();
    if (suffix != u"pdf")
        document.blocks = {{ReportDocument::Block::Kind::Table, {}, m_report.table(RankingReport::exportColumns())}};
    ExportActions::exportWithDialog(this, document, m_report.title(), suffix);
}

void RankingPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fillBranches();
    refresh();
}

} // namespace jifen::ui
