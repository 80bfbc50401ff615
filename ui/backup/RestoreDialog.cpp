#include "RestoreDialog.h"

#include "common/Formats.h"
#include "common/MessageBox.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Ledger.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace jifen::ui {

namespace {

QString reasonLabel(const QString& reason)
{
    if (reason == u"startup")
        return RestoreDialog::tr("At start-up");
    if (reason == u"import")
        return RestoreDialog::tr("Before an import");
    if (reason == u"manual")
        return RestoreDialog::tr("By hand");
    return reason;
}

QString countText(qint64 n)
{
    return n < 0 ? RestoreDialog::tr("unreadable") : Formats::count(n);
}

} // namespace

RestoreDialog::RestoreDialog(Ledger& ledger, QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from backup"));
    auto* intro = new QLabel(
        tr("Backups of this ledger, newest first. Restoring checks the backup's audit chain first, and keeps the "
           "ledger it replaces beside it, so nothing is lost.\nFolder: %1")
            .arg(QDir::toNativeSeparators(Backup::directory(ledger.database().path()))));
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Taken"), tr("Members"), tr("Entries"), tr("Size")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(m_table->currentRow() >= 0); });
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &RestoreDialog::restoreSelected);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 420);
    reload();
}

void RestoreDialog::reload()
{
    const QList<Backup::Info> backups = Backup::list(m_ledger.database().path());
    m_table->setRowCount(static_cast<int>(backups.size()));
    const QLocale locale;
    for (int row = 0; row < backups.size(); ++row) {
        const Backup::Info& info = backups[row];
        auto* date = new QTableWidgetItem(Formats::dateTime(info.created.toUTC()));
        date->setData(Qt::UserRole, info.path);
        date->setToolTip(QDir::toNativeSeparators(info.path));
        m_table->setItem(row, 0, date);
        m_table->setItem(row, 1, new QTableWidgetItem(reasonLabel(info.reason)));
        for (const auto& [column, text] :
             {std::pair {2, countText(info.members)}, std::pair {3, countText(info.entries)},
              std::pair {4, locale.formattedDataSize(info.bytes)}}) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (backups.isEmpty())
        m_table->setToolTip(tr("No automatic backups yet: one is taken every time Jifen starts."));
}

void RestoreDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString source = m_table->item(row, 0)->data(Qt::UserRole).toString();
    const auto answer = MessageBox::question(
        this, tr("Restore from backup"),
        tr("Replace the ledger with the backup of %1 (%2 members, %3 entries)?\n\nEverything recorded since then "
           "leaves the ledger; the current ledger is kept beside it as a file of its own.")
            .arg(m_table->item(row, 0)->text(), m_table->item(row, 2)->text(), m_table->item(row, 3)->text()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    QString kept;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        kept = Backup::restore(m_ledger, source);
        QApplication::restoreOverrideCursor();
    } catch (const StorageError& error) {
        QApplication::restoreOverrideCursor();
        MessageBox::warning(this, tr("Restore from backup"), error.message());
        return;
    }
    MessageBox::information(
        this, tr("Restore from backup"),
        tr("The ledger is restored. The ledger it replaced is kept as %1.").arg(QDir::toNativeSeparators(kept)));
    emit restored(kept);
    accept();
}

} // namespace jifen::ui
