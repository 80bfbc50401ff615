#include "ChartRenderer.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>

namespace jifen::ui {

namespace {

constexpr qreal noteHeight = 28;

// Lays the chart out at `size` in a scene of its own and paints it at `target`.
void render(QChart* chart, QPainter& painter, const QRectF& target, const QString& note)
{
    const QRectF chartArea(target.topLeft(),
                           QSizeF(target.width(), target.height() - (note.isEmpty() ? 0 : noteHeight)));
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), chartArea.size()));
    if (chart->layout())
        chart->layout()->activate();
    QCoreApplication::sendPostedEvents(); // the chart places its series and axes on posted layout events
    scene.setSceneRect(QRectF(QPointF(0, 0), chartArea.size()));
    scene.render(&painter, chartArea, scene.sceneRect());
    scene.removeItem(chart); // the scene would delete it otherwise
    if (!note.isEmpty()) {
        QFont font = painter.font();
        font.setPointSizeF(9);
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(target.left(), chartArea.bottom(), target.width(), noteHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, note);
    }
}

} // namespace

QImage ChartRenderer::image(QChart* chart, QSize size, const QString& note)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(chart, painter, QRectF(QPointF(0, 0), size), note);
    painter.end();
    return image;
}

bool ChartRenderer::writePng(QChart* chart, const QString& fileName, QString* error, QSize size, const QString& note)
{
    const QImage picture = image(chart, size, note);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || !picture.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

void ChartRenderer::setupPage(QPagedPaintDevice* device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                      QPageLayout::Millimeter));
}

void ChartRenderer::paint(QChart* chart, QPagedPaintDevice* device, const QString& note)
{
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    // Charts are laid out in screen pixels (about 96 per inch) and scaled to the device, so that fonts, pens and
    // patterns keep the proportions they have on screen.
    const qreal scale = device->logicalDpiX() / 96.0;
    painter.scale(scale, scale);
    render(chart, painter, QRectF(0, 0, device->width() / scale, device->height() / scale), note);
}

bool ChartRenderer::writePdf(QChart* chart, const QString& fileName, QString* error, const QString& note)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(96);
        writer.setTitle(chart->title());
        writer.setCreator(QStringLiteral("Jifen"));
        setupPage(&writer);
        paint(chart, &writer, note);
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

void ChartRenderer::preview(QChart* chart, QWidget* parent, const QString& note)
{
    QPrinter printer(QPrinter::HighResolution);
    setupPage(&printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("chartPrintPreview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [chart, note](QPrinter* target) { paint(chart, target, note); });
    dialog.resize(1000, 760);
    dialog.exec();
}

} // namespace jifen::ui
