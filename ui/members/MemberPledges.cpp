#include "MemberPledges.h"

#include "common/Formats.h"
#include "common/InputDialog.h"
#include "common/Session.h"
#include "model/DateText.h"
#include "storage/Ledger.h"
#include "storage/Pledges.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jifen::ui {

namespace {

const QList<PledgeResult> results {PledgeResult::Fulfilled, PledgeResult::Partly, PledgeResult::Unfulfilled};

} // namespace

MemberPledges::MemberPledges(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("memberPledges"));
    m_table = new QTableWidget(0, Columns);
    m_table->setObjectName(QStringLiteral("pledgesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Member"), tr("Pledge"), tr("Due"), tr("Result"), tr("Review note"), tr("Reviewed")});
    m_table->setColumnHidden(MemberName, true);
    m_table->horizontalHeader()->setSectionResizeMode(Text, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QTableWidget::itemChanged, this, &MemberPledges::itemChanged);

    m_add = new QPushButton(tr("&Add pledge..."));
    m_add->setObjectName(QStringLiteral("addPledge"));
    connect(m_add, &QPushButton::clicked, this, &MemberPledges::addPledge);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    m_add->setEnabled(false);
}

void MemberPledges::showMember(qint64 memberId, int year)
{
    m_memberId = memberId;
    m_branchIds.clear();
    m_year = year;
    reload();
}

void MemberPledges::showBranches(const QList<qint64>& branchIds, int year)
{
    m_memberId = 0;
    m_branchIds = branchIds;
    m_year = year;
    m_table->setColumnHidden(MemberName, false);
    m_add->hide(); // a pledge is added on its member's page
    reload();
}

void MemberPledges::reload()
{
    m_filling = true;
    m_table->setRowCount(0);
    m_add->setEnabled(m_memberId > 0);
    const Pledges store(m_session.ledger());
    QList<Pledge> pledges;
    if (m_memberId > 0)
        pledges = store.list({m_year, m_memberId, 0});
    for (const qint64 branchId : std::as_const(m_branchIds))
        pledges << store.list({m_year, 0, branchId});
    for (const Pledge& p : std::as_const(pledges)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* member = new QTableWidgetItem(p.memberName);
        member->setFlags(member->flags() & ~Qt::ItemIsEditable);
        member->setToolTip(p.branchName);
        m_table->setItem(row, MemberName, member);
        auto* text = new QTableWidgetItem(p.text);
        text->setData(Qt::UserRole, p.id);
        text->setFlags(text->flags() & ~Qt::ItemIsEditable);
        text->setToolTip(p.text);
        m_table->setItem(row, Text, text);
        auto* due = new QTableWidgetItem(Formats::date(p.due));
        due->setFlags(due->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, Due, due);
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("pledgeResult%1").arg(row));
        combo->addItem(tr("not reviewed"));
        for (const PledgeResult r : results)
            combo->addItem(pledgeResultWord(r));
        combo->setCurrentIndex(p.review ? static_cast<int>(results.indexOf(p.review->result)) + 1 : 0);
        connect(combo, &QComboBox::activated, this, [this, combo](int index) {
            const int at = m_table->indexAt(combo->pos()).row();
            if (index > 0 && at >= 0)
                review(at, index - 1);
            else
                reload(); // a review is corrected, never taken back
        });
        m_table->setCellWidget(row, Result, combo);
        auto* note = new QTableWidgetItem(p.review ? p.review->note : QString());
        note->setToolTip(tr("Type the review's note; once reviewed, a changed note records a correcting review."));
        m_table->setItem(row, Note, note);
        auto* reviewed = new QTableWidgetItem(
            p.review ? tr("%1, %2").arg(p.review->reviewedBy,
                                        DateText::minute(p.review->reviewedAt))
                     : QString());
        reviewed->setFlags(reviewed->flags() & ~Qt::ItemIsEditable);
        if (p.review && p.review->supersedesId > 0) {
            // A correction: the list says so, and the reviews it superseded are a hover away.
            reviewed->setText(tr("%1 (corrected)").arg(reviewed->text()));
            QStringList earlier;
            for (const PledgeReview& r : store.reviews(p.id))
                if (r.id != p.review->id)
                    earlier << tr("%1 by %2, %3: %4")
                                   .arg(pledgeResultWord(r.result), r.reviewedBy,
                                        Formats::dateTime(r.reviewedAt), r.note);
            reviewed->setToolTip(tr("Superseded reviews:\n%1").arg(earlier.join(u'\n')));
        }
        m_table->setItem(row, Reviewed, reviewed);
    }
    m_table->resizeColumnToContents(MemberName);
    m_table->resizeColumnToContents(Due);
    m_table->resizeColumnToContents(Result);
    m_table->resizeColumnToContents(Reviewed);
    m_filling = false;
}

bool MemberPledges::addPledge()
{
    if (m_memberId <= 0)
        return false;
    QString text;
    if (!InputDialog::getText(this, tr("Add pledge"), tr("Pledge of %1:").arg(m_year), text) || text.trimmed().isEmpty())
        return false;
    const bool ok = m_session.attempt(this, tr("Add pledge"), [&] {
        Pledges(m_session.ledger()).add(m_memberId, m_year, text);
        m_session.notify(0);
    });
    reload();
    return ok;
}

bool MemberPledges::review(int row, int result)
{
    const QTableWidgetItem* text = m_table->item(row, Text);
    if (!text || result < 0 || result >= results.size())
        return false;
    const qint64 id = text->data(Qt::UserRole).toLongLong();
    const QString note = m_table->item(row, Note) ? m_table->item(row, Note)->text() : QString();
    const bool ok = m_session.attempt(this, tr("Review pledge"), [&] {
        Pledges(m_session.ledger()).review(id, results[result], note);
        m_session.notify(Session::Entries); // the review writes or reverses the linked rule's entry
    });
    // Later: the review may come from the row's own combo box or note cell, which reloading deletes.
    QMetaObject::invokeMethod(this, &MemberPledges::reload, Qt::QueuedConnection);
    return ok;
}

void MemberPledges::itemChanged(QTableWidgetItem* item)
{
    if (m_filling || item->column() != Note)
        return;
    // A note typed before the result waits for it; a note changed after the review corrects the review.
    const auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(item->row(), Result));
    if (combo && combo->currentIndex() > 0)
        review(item->row(), combo->currentIndex() - 1);
}

} // namespace jifen::ui
