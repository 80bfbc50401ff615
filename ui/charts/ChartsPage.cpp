#include "ChartsPage.h"

#include "ChartFactory.h"
#include "ChartRenderer.h"
#include "ChartView.h"
#include "report/ReportBuilder.h"
#include "report/ReportText.h"
#include "storage/Ledger.h"
#include "storage/StorageError.h"

#include <QChart>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace jifen::ui {

ChartsPage::ChartsPage(Ledger& ledger, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
{
    setObjectName(QStringLiteral("chartsPage"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_kind->addItem(tr("Eligibility map"), int(Kind::Eligibility));
    m_kind->addItem(tr("Branches side by side"), int(Kind::Branches));
    m_kind->addItem(tr("A member's path"), int(Kind::Member));
    m_kind->addItem(tr("Participation by month"), int(Kind::Participation));
    m_kind->addItem(tr("Points by category"), int(Kind::Categories));
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("chartYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_award = new QComboBox;
    m_award->setObjectName(QStringLiteral("chartAward"));
    m_branch = new QComboBox;
    m_branch->setObjectName(QStringLiteral("chartBranch"));
    m_member = new QComboBox;
    m_member->setObjectName(QStringLiteral("chartMember"));
    m_member->setEditable(true);
    m_member->setInsertPolicy(QComboBox::NoInsert);
    m_member->completer()->setFilterMode(Qt::MatchContains);
    m_member->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_member->setMinimumContentsLength(14);
    m_previous = new QPushButton(tr("◀ Previous branches"));
    m_next = new QPushButton(tr("Next branches ▶"));
    auto* pngButton = new QPushButton(tr("PNG…"));
    pngButton->setObjectName(QStringLiteral("exportPngButton"));
    auto* pdfButton = new QPushButton(tr("PDF…"));
    pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    auto* printButton = new QPushButton(tr("Print…"));
    printButton->setObjectName(QStringLiteral("printButton"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_kind);
    controls->addWidget(new QLabel(tr("Year:")));
    controls->addWidget(m_year);
    controls->addWidget(new QLabel(tr("Award:")));
    controls->addWidget(m_award);
    controls->addWidget(new QLabel(tr("Branch:")));
    controls->addWidget(m_branch);
    controls->addWidget(new QLabel(tr("Member:")));
    controls->addWidget(m_member);
    controls->addStretch(1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_previous);
    actions->addWidget(m_next);
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("chartNote"));
    actions->addWidget(m_note, 1);
    for (QPushButton* button : {pngButton, pdfButton, printButton})
        actions->addWidget(button);

    m_view = new ChartView;
    // Twelve months and a legend of five branches whole (tests/report/TestChartRendering.cpp draws the charts at it).
    m_view->setMinimumSize(760, 420);
    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_listTitle = new QLabel(tr("Click a bar to list its members."));
    m_listTitle->setObjectName(QStringLiteral("memberListTitle"));
    m_listTitle->setWordWrap(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("memberList"));
    m_list->setWordWrap(true);
    sideLayout->addWidget(m_listTitle);
    sideLayout->addWidget(m_list, 1);
    auto* splitter = new QSplitter;
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({800, 200}); // the chart four fifths from the start, not only of later growth

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    fillChoices();
    const auto changed = [this] {
        if (m_refreshing)
            return;
        m_first = 0;
        refresh();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, changed);
    connect(m_year, &QSpinBox::valueChanged, this, changed);
    connect(m_award, &QComboBox::currentIndexChanged, this, changed);
    connect(m_branch, &QComboBox::currentIndexChanged, this, changed);
    connect(m_member, &QComboBox::currentIndexChanged, this, changed);
    connect(m_previous, &QPushButton::clicked, this, [this] {
        m_first = std::max(0, m_first - ChartFactory::maxBranches);
        refresh();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        m_first += ChartFactory::maxBranches;
        refresh();
    });
    connect(m_view, &ChartView::segmentClicked, this, &ChartsPage::showMembers);
    connect(pngButton, &QPushButton::clicked, this, [this] { exportWithDialog(QStringLiteral("png")); });
    connect(pdfButton, &QPushButton::clicked, this, [this] { exportWithDialog(QStringLiteral("pdf")); });
    connect(printButton, &QPushButton::clicked, this, &ChartsPage::print);
}

ChartsPage::Kind ChartsPage::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void ChartsPage::fillChoices()
{
    m_refreshing = true;
    const QString award = m_award->currentData().toString();
    m_award->clear();
    for (const Award& a : m_ledger.ruleSet().awards)
        m_award->addItem(a.name, a.code);
    m_award->setCurrentIndex(std::max(0, m_award->findData(award)));

    const qint64 branch = m_branch->currentData().toLongLong();
    m_branch->clear();
    m_branch->addItem(tr("All branches"), qint64(0));
    for (const Branch& b : m_ledger.branches())
        m_branch->addItem(b.name, b.id);
    m_branch->setCurrentIndex(std::max(0, m_branch->findData(branch)));

    const qint64 member = m_member->currentData().toLongLong();
    m_member->clear();
    for (const Member& m : m_ledger.members())
        if (m.isCurrent())
            m_member->addItem(tr("%1 (%2)").arg(m.name, m.branchName), m.id);
    m_member->setCurrentIndex(std::max(0, m_member->findData(member)));
    m_refreshing = false;
}

std::optional<Award> ChartsPage::chosenAward() const
{
    const QString code = m_award->currentData().toString();
    for (const Award& award : m_ledger.ruleSet().awards)
        if (award.code == code)
            return award;
    return std::nullopt;
}

void ChartsPage::setChart(Kind kind, int year)
{
    m_refreshing = true;
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_year->setValue(year);
    m_refreshing = false;
    m_first = 0;
    refresh();
}

void ChartsPage::refresh()
{
    const Kind chosen = kind();
    const int year = m_year->value();
    const bool needsAward = chosen == Kind::Eligibility || chosen == Kind::Branches || chosen == Kind::Member;
    m_award->setEnabled(needsAward);
    m_branch->setEnabled(chosen == Kind::Participation);
    m_member->setEnabled(chosen == Kind::Member);
    m_list->clear();
    m_listTitle->setText(tr("Click a bar to list its members."));
    m_members.clear();
    m_outcomes.clear();
    try {
        ReportBuilder builder(m_ledger);
        const QList<MemberYear> members = builder.memberYears(year, chosen == Kind::Categories);
        for (const MemberYear& m : members)
            m_members.insert(m.memberId, m);
        const std::optional<Award> award = chosenAward();
        if (needsAward && !award) {
            m_build = {};
            m_view->show(BuiltChart());
            m_note->setText(tr("The rule set has no awards: add them on the Rules page."));
            return;
        }
        QList<AwardOutcome> outcomes;
        if (award) {
            m_shownAward = *award;
            outcomes = builder.outcomes(*award, members);
            for (const AwardOutcome& o : outcomes)
                m_outcomes.insert(o.memberId, o);
        }
        const int through = builder.throughMonth(year);
        m_previous->setVisible(false);
        m_next->setVisible(false);
        switch (chosen) {
        case Kind::Eligibility: {
            const EligibilityMap map = EligibilityMap::build(year, *award, members, outcomes);
            m_build = [map] { return ChartFactory::eligibility(map); };
            break;
        }
        case Kind::Branches: {
            const BranchComparison comparison = BranchComparison::build(year, *award, members, outcomes, through);
            const int first = m_first;
            m_build = [comparison, first] { return ChartFactory::branches(comparison, first); };
            m_previous->setVisible(comparison.branches.size() > ChartFactory::maxBranches);
            m_next->setVisible(m_previous->isVisible());
            m_previous->setEnabled(m_first > 0);
            m_next->setEnabled(m_first + ChartFactory::maxBranches < comparison.branches.size());
            break;
        }
        case Kind::Member: {
            const qint64 id = m_member->currentData().toLongLong();
            if (!m_members.contains(id)) {
                m_build = {};
                m_view->show(BuiltChart());
                m_note->setText(tr("Choose a member."));
                return;
            }
            const MemberPath path = MemberPath::build(m_members.value(id), *award, through);
            m_build = [path] { return ChartFactory::memberPath(path); };
            break;
        }
        case Kind::Participation: {
            const ParticipationSeries series = ParticipationSeries::build(year, members, through);
            const qint64 branch = m_branch->currentData().toLongLong();
            m_build = [series, branch] { return ChartFactory::participation(series, branch); };
            break;
        }
        case Kind::Categories: {
            const CategoryPoints points = CategoryPoints::build(year, members);
            const int first = m_first;
            m_build = [points, first] { return ChartFactory::categories(points, first); };
            m_previous->setVisible(points.branches.size() > ChartFactory::maxBranches);
            m_next->setVisible(m_previous->isVisible());
            m_previous->setEnabled(m_first > 0);
            m_next->setEnabled(m_first + ChartFactory::maxBranches < points.branches.size());
            break;
        }
        }
    } catch (const StorageError& error) {
        m_build = {};
        m_view->show(BuiltChart());
        m_note->setText(error.message());
        return;
    }
    BuiltChart built = m_build();
    m_note->setText(built.note);
    m_view->show(std::move(built));
}

void ChartsPage::showMembers(int set, int category)
{
    m_list->clear();
    const QList<qint64>& ids = m_view->membersAt(set, category);
    m_listTitle->setText(m_view->segmentText(set, category));
    QList<const MemberYear*> shown;
    for (const qint64 id : ids)
        if (const auto it = m_members.constFind(id); it != m_members.cend())
            shown << &*it;
    std::sort(shown.begin(), shown.end(),
              [](const MemberYear* a, const MemberYear* b) { return a->total() > b->total(); });
    for (const MemberYear* m : shown) {
        QString line = tr("%1 (%2), %3 points").arg(m->name, m->branchName, ReportText::points(m->total()));
        const auto verdict = m_outcomes.constFind(m->memberId);
        if (verdict != m_outcomes.cend()) {
            QStringList reasons;
            for (const QString& key : verdict->failed)
                reasons << ReportText::reason(key, m_shownAward, *verdict, m->activeMonths());
            if (verdict->tieAtQuota)
                reasons << ReportText::tieAtQuota();
            if (!reasons.isEmpty())
                line += QStringLiteral("\n    ") + reasons.join(tr("; ", "separator between reasons"));
        }
        m_list->addItem(line);
    }
}

QString ChartsPage::exportTo(const QString& fileName) const
{
    if (!m_build)
        return tr("There is no chart to export.");
    BuiltChart built = m_build();
    QString error;
    const bool pdf = QFileInfo(fileName).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0;
    const bool written = pdf
        ? ChartRenderer::writePdf(built.chart.get(), fileName, &error, built.note)
        : ChartRenderer::writePng(built.chart.get(), fileName, &error, QSize(1400, 900), built.note);
    return written ? QString() : error;
}

void ChartsPage::exportWithDialog(const QString& suffix)
{
    if (!m_build)
        return;
    const QString filter = suffix == u"pdf" ? tr("PDF (*.pdf)") : tr("PNG image (*.png)");
    const BuiltChart built = m_build();
    QString name = built.chart->title().section(QStringLiteral("<br>"), 0, 0);
    name.replace(u'/', u'-');
    QString fileName = QFileDialog::getSaveFileName(this, tr("Export chart"),
                                                    QDir(QDir::homePath()).filePath(name + u'.' + suffix), filter);
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += u'.' + suffix;
    const QString error = exportTo(fileName);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export chart"), error);
}

void ChartsPage::print()
{
    if (!m_build)
        return;
    QPrinter printer(QPrinter::HighResolution);
    ChartRenderer::setupPage(&printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    BuiltChart built = m_build();
    ChartRenderer::paint(built.chart.get(), &printer, built.note);
}

void ChartsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fillChoices();
    refresh();
}

} // namespace jifen::ui
