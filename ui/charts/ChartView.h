#pragma once

#include "ChartFactory.h"

#include <QChartView>

namespace jifen::ui {

// Shows a built chart: hovering a bar or point shows its count or value, clicking a bar segment asks for the members
// behind it.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    // Takes the chart; the previous one is deleted.
    void show(BuiltChart built);
    const QList<qint64>& membersAt(int set, int category) const;
    QString segmentText(int set, int category) const; // "40–50：符合条件 12 人"

signals:
    void segmentClicked(int set, int category);

private:
    BuiltChart m_built; // chart moved into the view; the lookups stay here
};

} // namespace jifen::ui
