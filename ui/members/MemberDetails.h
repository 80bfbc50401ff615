#pragma once

#include "model/Entry.h"
#include "model/Member.h"
#include "model/RuleSet.h"
#include "report/MemberStatement.h"

#include <QWidget>

#include <optional>

class QLabel;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QPushButton;

namespace jifen {

class Ledger;

namespace ui {

class StatementLoader;

// The member page: who the member is, the year's total, rank, grade and eligibility for each award with the reasons,
// and every entry with what it contributed. Reads through the ledger; writes nothing itself. The year total and the
// verdicts come a moment after the rest, from a worker thread (StatementLoader).
class MemberDetails : public QWidget
{
    Q_OBJECT

public:
    explicit MemberDetails(Ledger& ledger, QWidget* parent = nullptr);

    void showMember(std::optional<Member> member);
    void setRevealed(bool revealed);
    void reload(); // after a change of the ledger
    qint64 memberId() const { return m_member ? m_member->id : 0; }
    int year() const;
    qint64 selectedEntry() const; // 0 when none
    // Another page beside the entries (the pledges), following the shown member and year through shown().
    void addPage(QWidget* page, const QString& title);

signals:
    void reverseRequested(qint64 entryId);
    void statementShown(); // the year total and the award verdicts of the shown member arrived from the worker
    void shown(qint64 memberId, int year); // 0: no member

private:
    void fillInfo();
    void fillYear();
    // The award verdicts of the shown member in the shown year, and the year total (and grade) after the summary.
    void showStatement(qint64 memberId, int year, const std::optional<MemberStatement>& statement);

    Ledger& m_ledger;
    std::optional<Member> m_member;
    bool m_revealed = false;
    QLabel* m_title = nullptr;
    QLabel* m_info = nullptr;
    QSpinBox* m_yearSpin = nullptr;
    QLabel* m_summary = nullptr;
    QString m_entriesSummary; // the summary's first sentence, on the entries shown
    StatementLoader* m_statements = nullptr;
    QTableWidget* m_awards = nullptr;
    QTableWidget* m_entries = nullptr;
    QPushButton* m_reverse = nullptr;
    QTabWidget* m_pages = nullptr;
};

} // namespace ui
} // namespace jifen
