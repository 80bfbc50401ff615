#pragma once

#include <QList>
#include <QMessageBox>
#include <QStringList>

namespace jifen::ui {

// Thin wrapper over QMessageBox's static functions, so tests answer instead of a real modal loop.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget* parent, const QString& title, const QString& text);
    static Button warning(QWidget* parent, const QString& title, const QString& text);
    static Button critical(QWidget* parent, const QString& title, const QString& text);

    // Tests: the next box returns `answer` at once instead of showing itself. Answers queue up in order.
    static void setNextAnswer(Button answer);
    // Tests: boxes with no queued answer return their default button (Ok, or the question's default) unseen.
    static void setTestMode(bool on);
    // Tests: the texts of the boxes answered without being shown, oldest first; cleared by takeShown().
    static QStringList takeShown();

private:
    static inline bool s_testMode = false;
    static Button show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                       Buttons buttons, Button defaultButton);
};

} // namespace jifen::ui
