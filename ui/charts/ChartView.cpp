#include "ChartView.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QToolTip>
#include <QXYSeries>

namespace jifen::ui {

ChartView::ChartView(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("chartView"));
    setRenderHint(QPainter::Antialiasing);
}

ChartView::~ChartView()
{
    delete chart(); // the view releases, not deletes, a chart it was given
}

void ChartView::show(BuiltChart built)
{
    QChart* old = chart();
    m_built = std::move(built);
    QChart* shown = m_built.chart.release();
    setChart(shown);
    delete old;
    const QList<QAbstractSeries*> all = shown->series();
    for (QAbstractSeries* series : all) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            const QList<QBarSet*> sets = bars->barSets();
            for (int s = 0; s < sets.size(); ++s) {
                connect(sets[s], &QBarSet::hovered, this, [this, s](bool on, int index) {
                    if (on)
                        QToolTip::showText(QCursor::pos(), segmentText(s, index), this);
                    else
                        QToolTip::hideText();
                });
                connect(sets[s], &QBarSet::clicked, this, [this, s](int index) { emit segmentClicked(s, index); });
            }
        } else if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            if (xy->name().isEmpty())
                continue; // labels and markers, not data
            connect(xy, &QXYSeries::hovered, this, [this, xy](const QPointF& point, bool on) {
                if (!on) {
                    QToolTip::hideText();
                    return;
                }
                QToolTip::showText(QCursor::pos(),
                                   tr("%1\n%2: %3")
                                       .arg(xy->name())
                                       .arg(ChartFactory::monthLabel(qBound(1, qRound(point.x()), 12)))
                                       .arg(point.y(), 0, 'g', 4),
                                   this);
            });
        }
    }
}

const QList<qint64>& ChartView::membersAt(int set, int category) const
{
    static const QList<qint64> none;
    const auto it = m_built.members.constFind({set, category});
    return it == m_built.members.cend() ? none : *it;
}

QString ChartView::segmentText(int set, int category) const
{
    if (m_built.countsBranches)
        return ChartFactory::tr("%1: %2, %n branch(es)", nullptr, static_cast<int>(membersAt(set, category).size()))
            .arg(m_built.categories.value(category), m_built.sets.value(set));
    return ChartFactory::tr("%1: %2, %n member(s)", nullptr, static_cast<int>(membersAt(set, category).size()))
        .arg(m_built.categories.value(category), m_built.sets.value(set));
}

} // namespace jifen::ui
