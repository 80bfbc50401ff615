#include "MessageBox.h"

namespace jifen::ui {

namespace {

QList<MessageBox::Button>& answers()
{
    static QList<MessageBox::Button> queue;
    return queue;
}

QStringList& shown()
{
    static QStringList texts;
    return texts;
}

} // namespace

void MessageBox::setNextAnswer(Button answer)
{
    answers().append(answer);
}

void MessageBox::setTestMode(bool on)
{
    s_testMode = on;
}

QStringList MessageBox::takeShown()
{
    return std::exchange(shown(), {});
}

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                                    Buttons buttons, Button defaultButton)
{
    if (!answers().isEmpty() || s_testMode) {
        shown().append(text);
        if (!answers().isEmpty())
            return answers().takeFirst();
        return defaultButton != QMessageBox::NoButton ? defaultButton
            : buttons.testFlag(QMessageBox::Ok)       ? QMessageBox::Ok
                                                      : QMessageBox::NoButton;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                        Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

} // namespace jifen::ui
