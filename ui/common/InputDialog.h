#pragma once

#include <QString>

class QWidget;

namespace jifen::ui {

// Thin wrapper over QInputDialog::getText, so tests type the answer instead of a real modal loop.
class InputDialog
{
public:
    // Returns false when cancelled.
    static bool getText(QWidget* parent, const QString& title, const QString& label, QString& text);

    // Tests: the next dialog returns `text` at once; a null QString means Cancel.
    static void setNextText(const QString& text);
    // Tests: with nothing queued, the dialog answers Cancel instead of showing itself.
    static void setTestMode(bool on);

private:
    static inline bool s_testMode = false;
};

} // namespace jifen::ui
