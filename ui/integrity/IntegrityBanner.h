#pragma once

#include <QFrame>

class QLabel;

namespace jifen::ui {

// The red banner across the top of the window when the ledger fails verification: the first broken link (which
// record, what differs) and what to do about it. It stays until the clerk dismisses it.
class IntegrityBanner : public QFrame
{
    Q_OBJECT

public:
    explicit IntegrityBanner(QWidget* parent = nullptr);

    // Shows the banner with the first problem found and how many there are in all.
    void showProblem(const QString& firstProblem, int problemCount);
    QString text() const;

signals:
    void restoreRequested();

private:
    QLabel* m_text = nullptr;
};

} // namespace jifen::ui
