#include "AuditPage.h"

#include "AuditTableModel.h"
#include "common/FormHelpers.h"
#include "common/Formats.h"
#include "common/Session.h"
#include "storage/AuditDetail.h"
#include "storage/AuditLog.h"
#include "storage/AuditQuery.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace jifen::ui {

AuditPage::AuditPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("auditPage"));
    m_operator = new QComboBox;
    m_operator->setObjectName(QStringLiteral("auditOperator"));
    m_operator->setMinimumContentsLength(8);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("auditKind"));
    for (const auto& [label, prefixes] : AuditTableModel::kinds())
        m_kind->addItem(label, prefixes);
    m_from = new QDateEdit;
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to = new QDateEdit;
    m_to->setObjectName(QStringLiteral("auditTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        setupOptionalDate(edit);
        edit->setCalendarPopup(true);
        edit->setSpecialValueText(tr("any"));
    }
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setPlaceholderText(tr("Words of the description, e.g. a name"));
    m_text->setClearButtonEnabled(true);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("auditCount"));

    m_model = new AuditTableModel(session.database(), this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Wide enough for the longest time and action in the UI language ("2026-11-27 00:26:34", "撤回积分规则修改").
    const QFontMetrics metrics(m_table->font());
    const int em = metrics.horizontalAdvance(QStringLiteral("中"));
    const QDateTime longTime(QDate(2026, 12, 28), QTime(23, 59, 59), Qt::UTC);
    m_table->setColumnWidth(AuditTableModel::Time,
                            qMax(11 * em, metrics.horizontalAdvance(Formats::dateTime(longTime)) + em));
    m_table->setColumnWidth(AuditTableModel::Operator, 6 * em);
    int action = 7 * em;
    for (const char* key : {"member.update", "member.remove", "rule.version.remove", "grades.replace",
                            "operator.disable", "operator.login_failed", "ranking.publish", "ledger.restore"})
        action = qMax(action, metrics.horizontalAdvance(AuditTableModel::actionLabel(QLatin1String(key))) + em);
    m_table->setColumnWidth(AuditTableModel::Action, action);

    m_details = new QPlainTextEdit;
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);

    auto* filters = new QGridLayout;
    auto label = [](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(label(tr("&Operator:"), m_operator), 0, 0);
    filters->addWidget(m_operator, 0, 1);
    filters->addWidget(label(tr("&Kind:"), m_kind), 0, 2);
    filters->addWidget(m_kind, 0, 3);
    filters->addWidget(label(tr("&From:"), m_from), 0, 4);
    filters->addWidget(m_from, 0, 5);
    filters->addWidget(label(tr("&To:"), m_to), 0, 6);
    filters->addWidget(m_to, 0, 7);
    filters->addWidget(label(tr("&Search:"), m_text), 1, 0);
    filters->addWidget(m_text, 1, 1, 1, 5);
    filters->addWidget(m_count, 1, 6, 1, 2);
    filters->setColumnStretch(3, 1);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    setTabOrder(m_operator, m_kind);
    setTabOrder(m_kind, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_text);
    setTabOrder(m_text, m_table);
    setTabOrder(m_table, m_details);

    connect(m_operator, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &AuditPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::showCurrent);
    connect(&session, &Session::ledgerChanged, this, [this] {
        reloadChoices();
        applyFilter();
    });
    reloadChoices();
    applyFilter();
}

void AuditPage::reloadChoices()
{
    const QString current = m_operator->currentData().toString();
    const QSignalBlocker blocker(m_operator);
    m_operator->clear();
    m_operator->addItem(tr("Everyone"), QString());
    for (const QString& name : AuditQuery::operators(m_session.database()))
        m_operator->addItem(name, name);
    const int index = m_operator->findData(current);
    m_operator->setCurrentIndex(index >= 0 ? index : 0);
}

void AuditPage::setOperator(const QString& name)
{
    const int index = m_operator->findData(name);
    m_operator->setCurrentIndex(index >= 0 ? index : 0);
}

void AuditPage::setKind(int index)
{
    m_kind->setCurrentIndex(index);
}

void AuditPage::setDates(QDate from, QDate to)
{
    setOptionalDate(m_from, from);
    setOptionalDate(m_to, to);
}

void AuditPage::applyFilter()
{
    AuditFilter filter;
    filter.operatorName = m_operator->currentData().toString();
    filter.actionPrefixes = m_kind->currentData().toStringList();
    filter.from = optionalDate(m_from);
    filter.to = optionalDate(m_to);
    filter.text = m_text->text();
    m_model->setFilter(filter);
    const qint64 n = AuditQuery(m_session.database(), filter).count();
    m_count->setText(tr("Records: %1").arg(Formats::count(n)));
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void AuditPage::showCurrent()
{
    const AuditRecord* r = m_model->recordAt(m_table->currentIndex().row());
    if (!r) {
        m_details->clear();
        return;
    }
    m_details->setPlainText(tr("%1 — %2 — %3\n%4\n\n%5")
                                .arg(Formats::dateTime(r->at), r->operatorName, AuditTableModel::actionLabel(r->action),
                                     r->summary, AuditDetail(m_session.database()).text(*r)));
}

} // namespace jifen::ui
