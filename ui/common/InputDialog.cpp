#include "InputDialog.h"

#include <QInputDialog>
#include <QList>

namespace jifen::ui {

namespace {

QList<QString>& nextTexts()
{
    static QList<QString> texts;
    return texts;
}

} // namespace

void InputDialog::setTestMode(bool on)
{
    s_testMode = on;
}

void InputDialog::setNextText(const QString& text)
{
    nextTexts().append(text);
}

bool InputDialog::getText(QWidget* parent, const QString& title, const QString& label, QString& text)
{
    if (!nextTexts().isEmpty()) {
        const QString next = nextTexts().takeFirst();
        if (next.isNull())
            return false;
        text = next;
        return true;
    }
    if (s_testMode)
        return false;
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    if (ok)
        text = answer;
    return ok;
}

} // namespace jifen::ui
