#pragma once

#include <QString>

class QWidget;

namespace jifen::ui {

// Thin wrapper over QFileDialog's static functions, so tests name the file instead of a real modal loop.
// Remembers the last folder used.
class FileDialog
{
public:
    // Empty when cancelled.
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                   const QString& filter);

    // Tests: the next dialog returns `fileName` at once (an empty name means Cancel).
    static void setNextFileName(const QString& fileName);
    // Tests: with nothing queued, the dialog answers Cancel instead of showing itself.
    static void setTestMode(bool on);

private:
    static inline bool s_testMode = false;
    static bool takeNext(QString& fileName);
};

} // namespace jifen::ui
