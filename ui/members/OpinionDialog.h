#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace jifen {

class BranchOpinion;

namespace ui {

class Session;

// 打印党支部意见表: the Party branch's opinion on candidates (pasted names or ID numbers, or the member the page
// shows), for a span of years, with the opinion typed in or left to write by hand; previewed and printed, or saved
// as PDF or as .odt to finish in a word processor. Every document produced is recorded as issued.
class OpinionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpinionDialog(Session& session, QWidget* parent = nullptr);

    void setCandidates(const QString& text);
    // Resolves the candidates and builds the opinion; nullopt (with the reason shown in the dialog) when a name is
    // unknown or ambiguous.
    std::optional<BranchOpinion> opinion();
    // Saves as PDF or .odt (by the suffix of `fileName`, asked for when empty) and records the issue.
    bool save(const QString& suffix, QString fileName = {});

private:
    void preview();
    bool record(const BranchOpinion& opinion);

    Session& m_session;
    QPlainTextEdit* m_candidates = nullptr;
    QSpinBox* m_from = nullptr;
    QSpinBox* m_to = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace ui
} // namespace jifen
