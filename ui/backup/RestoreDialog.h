#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace jifen {

class Ledger;

namespace ui {

// File → Restore from backup: the automatic backups of the ledger, newest first, with their date, reason and how many
// members and entries each holds (read from each file, read-only). Restoring goes through Backup::restore, which
// verifies the backup first and keeps the ledger it replaces; restored() then carries that kept file's path.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(Ledger& ledger, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

signals:
    void restored(const QString& keptPath);

private:
    void reload();
    void restoreSelected();

    Ledger& m_ledger;
    QTableWidget* m_table = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace ui
} // namespace jifen
