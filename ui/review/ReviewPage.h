#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace jifen::ui {

class Session;

// The review queue (审核): entries waiting for a second person, oldest first, with Approve and Reject (a rejection
// asks for its reason). Only shown while review is switched on, to reviewers and administrators; core refuses a
// reviewer's own entries and anyone without the Review permission.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(Session& session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

public slots:
    void refresh();

private:
    QList<qint64> selectedEntries() const;
    void review(bool approve);

    Session& m_session;
    QTableWidget* m_table = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
};

} // namespace jifen::ui
