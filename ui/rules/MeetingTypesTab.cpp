#include "MeetingTypesTab.h"

#include "RuleCells.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jifen::ui {

MeetingTypesTab::MeetingTypesTab(Session& session, QWidget* parent)
    : BranchKeysTab(session, parent)
{
    setObjectName(QStringLiteral("meetingTypesTab"));
    m_table = new QTableWidget(0, Columns);
    m_table->setObjectName(QStringLiteral("meetingTypesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("Required a year"), tr("Rule when present"), tr("Rule when absent")});
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* explanation = new QLabel(
        tr("A meeting recorded for a branch writes, for each member present, an entry of the rule when present, and "
           "for each member absent without leave, one of the rule when absent. The required number counts towards the "
           "branch evaluation's meeting rate (0: none required). A change applies to every date; a type that "
           "meetings use is kept."));
    explanation->setWordWrap(true);
    const auto buttons = RuleCells::buttons(
        m_table, tr("&Add meeting type"), tr("&Remove meeting type"), tr("&Save meeting types"),
        {QStringLiteral("addMeetingType"), QStringLiteral("removeMeetingType"), QStringLiteral("revertMeetingTypes"),
         QStringLiteral("saveMeetingTypes")});
    connect(buttons.add, &QPushButton::clicked, this, [this] {
        addRow({});
        m_table->setCurrentCell(m_table->rowCount() - 1, Code);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Code));
    });
    connect(buttons.revert, &QPushButton::clicked, this, &MeetingTypesTab::reload);
    connect(buttons.save, &QPushButton::clicked, this, &MeetingTypesTab::save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons.layout);
    reload();
}

QString MeetingTypesTab::title() const
{
    return tr("Meeting types");
}

void MeetingTypesTab::fill()
{
    m_table->setRowCount(0);
    for (const MeetingType& type : rules().meetingTypes)
        addRow(type);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
}

void MeetingTypesTab::addRow(const MeetingType& type)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Code, new QTableWidgetItem(type.code));
    m_table->setItem(row, Name, new QTableWidgetItem(type.name));
    m_table->setItem(row, Required, RuleCells::number(QString::number(type.requiredPerYear)));
    m_table->setCellWidget(row, PresentRule, RuleCells::ruleChooser(memberRules(), type.presentRule));
    m_table->setCellWidget(row, AbsentRule, RuleCells::ruleChooser(memberRules(), type.absentRule));
}

bool MeetingTypesTab::read(RuleSet& set, QString& error) const
{
    set.meetingTypes.clear();
    QStringList codes;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        RuleCells cells(m_table, row, error);
        MeetingType type;
        type.code = cells.text(Code, true);
        type.name = cells.text(Name, true);
        std::optional<int> required;
        cells.count(Required, required, 0, 366);
        type.requiredPerYear = required.value_or(0);
        type.presentRule = cells.comboCode(PresentRule);
        type.absentRule = cells.comboCode(AbsentRule);
        if (codes.contains(type.code))
            cells.fail(Code, tr("the code %1 appears twice.").arg(type.code));
        if (!cells.ok())
            return false;
        codes << type.code;
        set.meetingTypes << type;
    }
    return true;
}

} // namespace jifen::ui
