#include "MemberDetails.h"

#include "StatementLoader.h"
#include "common/Formats.h"
#include "model/IdNumber.h"
#include "report/ReportText.h"
#include "storage/Database.h"
#include "storage/Ledger.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

namespace jifen::ui {

namespace {

QTableWidgetItem* item(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setTextAlignment(alignment);
    return cell;
}

} // namespace

MemberDetails::MemberDetails(Ledger& ledger, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_statements(new StatementLoader(ledger.database().path(), ledger.actor(), this))
{
    setObjectName(QStringLiteral("memberDetails"));
    connect(m_statements, &StatementLoader::loaded, this, &MemberDetails::showStatement);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("memberTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_info = new QLabel;
    m_info->setObjectName(QStringLiteral("memberInfo"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_yearSpin = new QSpinBox;
    m_yearSpin->setObjectName(QStringLiteral("memberYear"));
    m_yearSpin->setRange(2000, 2100);
    m_yearSpin->setValue(QDate::currentDate().year());
    m_yearSpin->setGroupSeparatorShown(false);
    auto* yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(m_yearSpin);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("yearSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_awards = new QTableWidget(0, 3);
    m_awards->setObjectName(QStringLiteral("memberAwards"));
    m_awards->setHorizontalHeaderLabels({tr("Award"), tr("Eligible"), tr("Why not")});
    m_awards->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_awards->verticalHeader()->hide();
    m_awards->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_awards->setSelectionMode(QAbstractItemView::NoSelection);
    m_awards->setMaximumHeight(140);

    m_entries = new QTableWidget(0, 6);
    m_entries->setObjectName(QStringLiteral("memberEntries"));
    m_entries->setHorizontalHeaderLabels(
        {tr("Date"), tr("Rule"), tr("Qty"), tr("Points"), tr("Counted"), tr("Entered by")});
    m_entries->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_entries->verticalHeader()->hide();
    m_entries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entries->setAlternatingRowColors(true);

    m_reverse = new QPushButton(tr("Re&verse entry..."));
    m_reverse->setObjectName(QStringLiteral("reverseMemberEntry"));
    m_reverse->setEnabled(false);
    connect(m_reverse, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedEntry())
            emit reverseRequested(id);
    });
    connect(m_entries, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_entries->currentRow();
        m_reverse->setEnabled(row >= 0 && m_entries->item(row, 0)
                              && !m_entries->item(row, 0)->data(Qt::UserRole + 1).toBool());
    });
    connect(m_yearSpin, &QSpinBox::valueChanged, this, &MemberDetails::fillYear);

    // A dozen lines of particulars scroll in their own pane where the page is short (a 1366×768 screen).
    auto* info = new QScrollArea;
    info->setObjectName(QStringLiteral("memberInfoArea"));
    info->setWidget(m_info);
    info->setWidgetResizable(true);
    info->setFrameShape(QFrame::NoFrame);
    info->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addWidget(info, 1);
    auto* yearRow = new QHBoxLayout;
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_yearSpin);
    yearRow->addStretch();
    left->addLayout(yearRow);
    left->addWidget(m_summary);
    left->addWidget(m_awards);

    auto* entriesPage = new QWidget;
    auto* right = new QVBoxLayout(entriesPage);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_entries, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reverse);
    right->addLayout(buttons);
    m_pages = new QTabWidget;
    m_pages->setObjectName(QStringLiteral("memberPages"));
    m_pages->addTab(entriesPage, tr("&Entries"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(left, 2);
    layout->addWidget(m_pages, 3);
    setTabOrder(m_yearSpin, m_entries);
    setTabOrder(m_entries, m_reverse);
    showMember(std::nullopt);
}

void MemberDetails::addPage(QWidget* page, const QString& title)
{
    m_pages->addTab(page, title);
}

int MemberDetails::year() const
{
    return m_yearSpin->value();
}

qint64 MemberDetails::selectedEntry() const
{
    const int row = m_entries->currentRow();
    return row >= 0 && m_entries->item(row, 0) ? m_entries->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void MemberDetails::showMember(std::optional<Member> member)
{
    m_member = std::move(member);
    fillInfo();
    fillYear();
}

void MemberDetails::setRevealed(bool revealed)
{
    m_revealed = revealed;
    fillInfo();
}

void MemberDetails::reload()
{
    if (m_member)
        m_member = m_ledger.member(m_member->id);
    fillInfo();
    fillYear();
}

void MemberDetails::fillInfo()
{
    if (!m_member) {
        m_title->setText(tr("No member selected"));
        m_info->setText(tr("Select a member in the list to see the details, the year's points and every entry."));
        return;
    }
    const Member& m = *m_member;
    m_title->setText(
        m.isCurrent() ? m.name : tr("%1 (%2 %3)").arg(m.name, Formats::status(m.status), Formats::date(m.statusDate)));
    QStringList lines;
    auto line = [&lines](const QString& label, const QString& value) {
        if (!value.isEmpty())
            lines << QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("Branch:"), m.branchName);
    line(tr("Category:"), Formats::category(m.category));
    line(tr("Gender:"), Formats::gender(m.gender));
    line(tr("Born:"), Formats::date(m.birthDate));
    line(tr("ID number:"), m_revealed ? m.idNumber : IdNumber::masked(m.idNumber));
    line(tr("Phone:"), m_revealed ? m.phone : maskPhone(m.phone));
    line(tr("Joined:"), Formats::date(m.joinDate));
    line(tr("Full member since:"), Formats::date(m.fullMemberDate));
    line(tr("Position:"), m.position);
    line(tr("Education:"), m.education);
    line(tr("Ethnicity:"), m.ethnicity);
    line(tr("Notes:"), m.notes);
    m_info->setText(lines.join(QStringLiteral("<br>")));
}

void MemberDetails::fillYear()
{
    m_entries->setRowCount(0);
    m_awards->setRowCount(0);
    m_reverse->setEnabled(false);
    emit shown(m_member ? m_member->id : 0, m_yearSpin->value());
    if (!m_member) {
        m_summary->clear();
        m_awards->setVisible(false);
        return;
    }
    const int year = m_yearSpin->value();
    const RuleSet rules = m_ledger.ruleSet();
    QHash<qint64, const Rule*> rulesById;
    for (const Rule& r : rules.rules)
        rulesById.insert(r.id, &r);
    const QList<Entry> entries = m_ledger.entriesOfMember(m_member->id);
    int shown = 0;
    Cents raw = 0;
    // Newest first: the clerk looks for what was entered last.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const Entry& e = *it;
        if (e.date.year() != year)
            continue;
        const Rule* rule = rulesById.value(e.ruleId);
        const RuleVersion* version = rule ? &rule->versionAt(e.date) : nullptr;
        const Cents points = version ? version->points * e.quantity : 0;
        const int row = m_entries->rowCount();
        m_entries->insertRow(row);
        auto* dateItem = item(Formats::date(e.date));
        dateItem->setData(Qt::UserRole, e.id);
        dateItem->setData(Qt::UserRole + 1, e.reversed);
        m_entries->setItem(row, 0, dateItem);
        QString ruleText = version ? QStringLiteral("%1 %2").arg(rule->code, version->name) : QString();
        if (e.meetingId > 0)
            ruleText += tr(" (meeting %1)").arg(e.meetingId); // attendance at a meeting wrote it
        m_entries->setItem(row, 1, item(ruleText));
        m_entries->setItem(row, 2, item(QString::number(e.quantity), Qt::AlignRight | Qt::AlignVCenter));
        m_entries->setItem(row, 3, item(Formats::points(points), Qt::AlignRight | Qt::AlignVCenter));
        QString state = e.counted()              ? tr("Yes")
            : e.reversed                         ? tr("Reversed: %1").arg(e.reversalReason)
            : e.review == Entry::Review::Pending ? tr("Awaiting review")
                                                 : tr("Rejected");
        m_entries->setItem(row, 4, item(state));
        m_entries->setItem(row, 5, item(e.enteredBy));
        if (!e.counted())
            for (int c = 0; c < m_entries->columnCount(); ++c)
                m_entries->item(row, c)->setForeground(Qt::gray);
        else {
            raw += points;
            ++shown;
        }
    }
    m_entries->resizeColumnToContents(0);
    m_entries->resizeColumnToContents(2);
    m_entries->resizeColumnToContents(3);
    m_entries->resizeColumnToContents(4);
    m_entriesSummary
        = tr("Counted entries in %1: %2; points before caps: %3.").arg(year).arg(shown).arg(Formats::points(raw));
    m_summary->setText(m_entriesSummary);
    m_statements->request(m_member->id, year);
}

void MemberDetails::showStatement(qint64 memberId, int year, const std::optional<MemberStatement>& statement)
{
    // The member's verdict on each award of the year, as the awards page and the member statement give it. A member
    // who left the roster is in no ranking, and so has none.
    if (!m_member || m_member->id != memberId || m_yearSpin->value() != year)
        return; // an answer to an earlier question
    m_awards->setRowCount(0);
    if (!statement) {
        m_awards->setVisible(false);
        emit statementShown();
        return;
    }
    m_summary->setText(m_entriesSummary + QLatin1Char(' ')
                       + (statement->member.grade.isEmpty()
                              ? tr("Year total: %1 points.").arg(Formats::points(statement->member.total()))
                              : tr("Year total: %1 points, grade %2.")
                                    .arg(Formats::points(statement->member.total()), statement->member.grade)));
    for (const MemberStatement::AwardLine& line : std::as_const(statement->awards)) {
        QStringList reasons;
        for (const QString& key : line.outcome.failed)
            reasons << ReportText::reason(key, line.award, line.outcome, statement->member.activeMonths());
        const int row = m_awards->rowCount();
        m_awards->insertRow(row);
        m_awards->setItem(row, 0, item(line.award.name));
        m_awards->setItem(row, 1, item(line.outcome.eligible ? tr("Yes") : tr("No")));
        auto* why = item(reasons.join(tr("; ")));
        why->setToolTip(why->text()); // the whole of it where the column cuts it short
        m_awards->setItem(row, 2, why);
    }
    m_awards->resizeColumnToContents(0);
    m_awards->resizeColumnToContents(1);
    m_awards->setVisible(m_awards->rowCount() > 0);
    emit statementShown();
}

} // namespace jifen::ui
