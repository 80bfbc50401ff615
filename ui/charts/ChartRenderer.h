#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class QChart;
class QPagedPaintDevice;
class QWidget;

namespace jifen::ui {

// Draws a chart off screen: to an image (PNG), to an A4 landscape page (PDF, printer, preview). The chart is borrowed:
// it must not be shown in a view meanwhile.
class ChartRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ChartRenderer)

public:
    static QImage image(QChart* chart, QSize size = QSize(1400, 900), const QString& note = {});
    static bool writePng(QChart* chart, const QString& fileName, QString* error, QSize size = QSize(1400, 900),
                         const QString& note = {});
    static void setupPage(QPagedPaintDevice* device); // A4 landscape, 12 mm margins
    // Paints the chart to fill the device's page, with the note under it.
    static void paint(QChart* chart, QPagedPaintDevice* device, const QString& note = {});
    static bool writePdf(QChart* chart, const QString& fileName, QString* error, const QString& note = {});
    static void preview(QChart* chart, QWidget* parent, const QString& note = {});
};

} // namespace jifen::ui
