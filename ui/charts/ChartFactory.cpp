#include "ChartFactory.h"

#include "report/ReportText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace jifen::ui {

BuiltChart::BuiltChart() = default;
BuiltChart::~BuiltChart() = default;
BuiltChart::BuiltChart(BuiltChart&&) noexcept = default;
BuiltChart& BuiltChart::operator=(BuiltChart&&) noexcept = default;

namespace {

// Colour for the screen, pattern for black-and-white print: each look is told apart without colour.
struct Look
{
    QColor color;
    Qt::BrushStyle pattern;
};

const Look looks[] = {
    {QColor(0x2E, 0x7D, 0x32), Qt::SolidPattern}, // solid dark
    {QColor(0x75, 0x75, 0x75), Qt::Dense6Pattern}, // sparse dots
    {QColor(0xE6, 0x51, 0x00), Qt::BDiagPattern}, // diagonal lines
    {QColor(0x15, 0x65, 0xC0), Qt::CrossPattern},  {QColor(0x6A, 0x1B, 0x9A), Qt::FDiagPattern},
    {QColor(0x79, 0x55, 0x48), Qt::HorPattern},
};
const Qt::PenStyle dashes[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
const QScatterSeries::MarkerShape shapes[]
    = {QScatterSeries::MarkerShapeCircle, QScatterSeries::MarkerShapeRectangle, QScatterSeries::MarkerShapeTriangle,
       QScatterSeries::MarkerShapeStar, QScatterSeries::MarkerShapePentagon};

QFont chartFont(qreal pointSize, bool bold = false)
{
    QFont font;
    font.setFamilies({QStringLiteral("Microsoft YaHei"), QStringLiteral("WenQuanYi Micro Hei"),
                      QStringLiteral("Noto Sans CJK SC"), QStringLiteral("SimHei")});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QBarSet* barSet(const QString& name, int look)
{
    auto* set = new QBarSet(name);
    const Look& l = looks[look % std::size(looks)];
    set->setBrush(QBrush(l.color, l.pattern));
    set->setPen(QPen(Qt::black, 1));
    set->setLabelColor(Qt::black);
    return set;
}

std::unique_ptr<QChart> newChart(const QString& title)
{
    auto chart = std::make_unique<QChart>();
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setTitle(title);
    chart->setTitleFont(chartFont(14, true));
    chart->setTitleBrush(Qt::black);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(chartFont(10));
    chart->legend()->setLabelColor(Qt::black);
    chart->setMargins(QMargins(8, 8, 8, 8));
    return chart;
}

void styleAxis(QAbstractAxis* axis, const QString& title)
{
    axis->setTitleText(title);
    axis->setTitleFont(chartFont(10, true));
    axis->setTitleBrush(Qt::black);
    axis->setLabelsFont(chartFont(9));
    axis->setLabelsColor(Qt::black);
}

// A rounded-up axis maximum with about five whole-number ticks.
qreal niceMax(qreal value)
{
    if (value <= 5)
        return 5;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const qreal step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (step * magnitude >= value)
            return step * magnitude;
    return 10 * magnitude;
}

// A round step (1, 2 or 5 times a power of ten) that cuts `span` into about `parts` pieces.
qreal niceStep(qreal span, int parts)
{
    const qreal raw = std::max(span / parts, 1e-9);
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const qreal step : {1.0, 2.0, 5.0})
        if (step * magnitude >= raw)
            return step * magnitude;
    return 10 * magnitude;
}

QValueAxis* countAxis(qreal maximum, const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max<qreal>(maximum, 5));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axis, title);
    return axis;
}

void hideFromLegend(QChart* chart, QAbstractSeries* series)
{
    const QList<QLegendMarker*> markers = chart->legend()->markers(series);
    for (QLegendMarker* marker : markers)
        marker->setVisible(false);
}

// A label written next to a point, for lines told apart by their label rather than their colour.
QScatterSeries* pointLabel(QChart* chart, const QPointF& at, const QString& text, int shape, QList<QAbstractAxis*> axes)
{
    auto* label = new QScatterSeries;
    label->append(at);
    label->setMarkerShape(shapes[shape % std::size(shapes)]);
    label->setMarkerSize(9);
    label->setColor(Qt::black);
    label->setBorderColor(Qt::black);
    label->setPointLabelsVisible(true);
    label->setPointLabelsClipping(false); // labels at the plot's edge (a rate of 100%, the tallest bar) stay whole
    label->setPointLabelsFormat(text); // no @ placeholder: the text itself
    label->setPointLabelsFont(chartFont(9));
    label->setPointLabelsColor(Qt::black);
    label->setPointLabelsClipping(false);
    chart->addSeries(label);
    for (QAbstractAxis* axis : axes)
        label->attachAxis(axis);
    hideFromLegend(chart, label);
    return label;
}

// A small black point shape for lines: circle, square, triangle, diamond, cross, star.
QImage markerImage(int shape, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::black, 1));
    p.setBrush(Qt::black);
    const qreal s = size - 1;
    switch (shape % 6) {
    case 0:
        p.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
        break;
    case 1:
        p.drawRect(QRectF(1, 1, s - 2, s - 2));
        break;
    case 2:
        p.drawPolygon(QPolygonF {QPointF(s / 2, 0.5), QPointF(s - 0.5, s - 0.5), QPointF(0.5, s - 0.5)});
        break;
    case 3:
        p.drawPolygon(QPolygonF {QPointF(s / 2, 0), QPointF(s, s / 2), QPointF(s / 2, s), QPointF(0, s / 2)});
        break;
    case 4:
        p.setPen(QPen(Qt::black, 2));
        p.drawLine(QPointF(1, 1), QPointF(s - 1, s - 1));
        p.drawLine(QPointF(1, s - 1), QPointF(s - 1, 1));
        break;
    default:
        p.setBrush(Qt::white);
        p.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
        break;
    }
    return image;
}

QCategoryAxis* monthAxis(int last)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int m = 1; m <= last; ++m)
        axis->append(ChartFactory::monthLabel(m), m);
    // A little room either side, so that the first and last points and their labels are not cut by the plot's edge.
    axis->setStartValue(0.6);
    axis->setRange(0.6, last + 0.4);
    styleAxis(axis, ChartFactory::tr("Month"));
    return axis;
}

} // namespace

QString ChartFactory::monthLabel(int month)
{
    return QLocale().monthName(month, QLocale::ShortFormat);
}

BuiltChart ChartFactory::eligibility(const EligibilityMap& map)
{
    BuiltChart built;
    built.chart = newChart(tr("%1 %2: year totals and eligibility").arg(map.year).arg(map.awardName));
    QChart* chart = built.chart.get();
    built.sets = {tr("Eligible"), tr("Below the points line"), tr("Over the line, failing another condition")};
    const EligibilityMap::Group groups[]
        = {EligibilityMap::Group::Eligible, EligibilityMap::Group::Below, EligibilityMap::Group::FailingOther};
    auto* series = new QStackedBarSeries;
    series->setBarWidth(0.9);
    QList<QBarSet*> sets;
    for (int s = 0; s < 3; ++s) {
        sets << barSet(built.sets[s], s);
        series->append(sets.constLast());
    }
    int highest = 0;
    auto* totals = new QScatterSeries; // the count on top of each bar
    for (qsizetype b = 0; b < map.bins.size(); ++b) {
        const EligibilityMap::Bin& bin = map.bins[b];
        built.categories << QStringLiteral("%1–%2").arg(ReportText::points(bin.from), ReportText::points(bin.to));
        int sum = 0;
        for (int s = 0; s < 3; ++s) {
            sets[s]->append(bin.count(groups[s]));
            sum += bin.count(groups[s]);
            built.members.insert({s, static_cast<int>(b)}, bin.members(groups[s]));
        }
        highest = std::max(highest, sum);
        if (sum > 0)
            totals->append(qreal(b), sum);
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(built.categories);
    styleAxis(x, tr("Year total (points)"));
    if (built.categories.size() > 10) {
        x->setLabelsAngle(-45);
        x->setTruncateLabels(false); // a slanted "100–110" has the room; cut, it reads "100–…"
    }
    QValueAxis* y = countAxis(highest * 1.12, tr("Members"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    totals->setMarkerSize(0.1);
    totals->setColor(Qt::transparent);
    totals->setBorderColor(Qt::transparent);
    totals->setPointLabelsVisible(true);
    totals->setPointLabelsClipping(false);
    totals->setPointLabelsFormat(QStringLiteral("@yPoint"));
    totals->setPointLabelsFont(chartFont(9));
    totals->setPointLabelsColor(Qt::black);
    chart->addSeries(totals);
    totals->attachAxis(x);
    totals->attachAxis(y);
    hideFromLegend(chart, totals);

    if (map.threshold && map.binWidth > 0 && !map.bins.isEmpty()) {
        // The threshold is a bin edge: the line runs between the bars below and above it.
        const qreal at = qreal(*map.threshold - map.bins.constFirst().from) / qreal(map.binWidth) - 0.5;
        auto* line = new QLineSeries;
        line->setName(tr("Points line: %1").arg(ReportText::points(*map.threshold)));
        line->setPen(QPen(Qt::black, 2.5, Qt::DashLine));
        line->append(at, 0);
        line->append(at, y->max());
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        // Named a little below the plot's top: a label above the top would run into the title.
        pointLabel(chart, QPointF(at, y->max() * 0.94), tr(" line %1").arg(ReportText::points(*map.threshold)), 1,
                   {x, y});
    }
    return built;
}

BuiltChart ChartFactory::branches(const BranchComparison& comparison, int first)
{
    BuiltChart built;
    built.chart = newChart(tr("%1 %2 by branch").arg(comparison.year).arg(comparison.awardName));
    QChart* chart = built.chart.get();
    built.sets = {tr("Eligible"), tr("Near the line"), tr("Not eligible")};
    // Horizontal bars: branch names are long (机关第一党总支第三党支部) and stay whole on the left axis.
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    QList<QBarSet*> sets;
    for (int s = 0; s < 3; ++s) {
        sets << barSet(built.sets[s], s);
        series->append(sets.constLast());
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    const int total = static_cast<int>(comparison.branches.size());
    const int from = std::clamp(first, 0, std::max(0, total - 1));
    const int to = std::min(total, from + maxBranches);
    if (to - from < total)
        built.note = tr("Branches %1–%2 of %3.").arg(from + 1).arg(to).arg(total);
    // Points, not a line: branches are not in any order a line between them would mean.
    auto* participation = new QScatterSeries;
    participation->setName(tr("Participation (top axis)"));
    participation->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    participation->setMarkerSize(11);
    participation->setColor(Qt::black);
    participation->setBorderColor(Qt::white);
    participation->setPointLabelsVisible(true);
    participation->setPointLabelsClipping(false);
    participation->setPointLabelsFormat(QStringLiteral("@xPoint%"));
    participation->setPointLabelsFont(chartFont(8));
    participation->setPointLabelsColor(Qt::black);
    int highest = 0;
    // The first branch at the top: category axes run upwards, so the bars are added in reverse.
    for (int i = to - 1; i >= from; --i) {
        const BranchComparison::Branch& branch = comparison.branches[i];
        const int c = to - 1 - i;
        built.categories << branch.name;
        const QList<qint64>* groups[] = {&branch.eligible, &branch.nearLine, &branch.notEligible};
        for (int s = 0; s < 3; ++s) {
            sets[s]->append(groups[s]->size());
            built.members.insert({s, c}, *groups[s]);
        }
        highest = std::max(highest, branch.members());
        participation->append(std::round(branch.participation() * 1000) / 10, c);
    }
    chart->addSeries(series);
    chart->addSeries(participation);
    auto* y = new QBarCategoryAxis;
    y->append(built.categories);
    styleAxis(y, tr("Branch"));
    QValueAxis* x = countAxis(highest * 1.05, tr("Members"));
    auto* rate = new QValueAxis;
    rate->setRange(0, 100);
    rate->setTickCount(6);
    rate->setLabelFormat(QStringLiteral("%d%"));
    styleAxis(rate, tr("Participation (share of member-months active)"));
    rate->setGridLineVisible(false);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(rate, Qt::AlignTop);
    series->attachAxis(y);
    series->attachAxis(x);
    participation->attachAxis(y);
    participation->attachAxis(rate);
    for (QLegendMarker* marker : chart->legend()->markers(participation))
        marker->setShape(QLegend::MarkerShapeFromSeries);
    return built;
}

BuiltChart ChartFactory::memberPath(const MemberPath& path)
{
    BuiltChart built;
    built.chart = newChart(tr("%1: points in %2").arg(path.name).arg(path.year) + QStringLiteral("<br><small>")
                           + path.verdict().toHtmlEscaped() + QStringLiteral("</small>"));
    QChart* chart = built.chart.get();
    auto* actual = new QLineSeries;
    actual->setName(tr("Cumulative points"));
    actual->setPen(QPen(QColor(0x15, 0x65, 0xC0), 3, Qt::SolidLine));
    actual->setPointsVisible(true);
    actual->setMarkerSize(8);
    actual->setPointLabelsVisible(true);
    actual->setPointLabelsClipping(false);
    actual->setPointLabelsFormat(QStringLiteral("@yPoint"));
    actual->setPointLabelsFont(chartFont(8));
    actual->setPointLabelsColor(Qt::black);
    qreal highest = 0, lowest = 0;
    for (int m = 1; m <= path.throughMonth; ++m) {
        const qreal value = points::toDouble(path.actualAt(m));
        actual->append(m, value);
        highest = std::max(highest, value);
        lowest = std::min(lowest, value);
    }
    auto* projection = new QLineSeries;
    projection->setName(tr("Projection at the pace so far"));
    projection->setPen(QPen(QColor(0x42, 0x42, 0x42), 2, Qt::DashLine));
    for (int m = path.throughMonth; m <= 12; ++m) {
        const qreal value = points::toDouble(path.projectedAt(m));
        projection->append(m, value);
        highest = std::max(highest, value);
        lowest = std::min(lowest, value);
    }
    chart->addSeries(actual);
    if (path.throughMonth < 12)
        chart->addSeries(projection);
    else
        delete projection;
    QLineSeries* threshold = nullptr;
    if (path.threshold) {
        const qreal line = points::toDouble(*path.threshold);
        highest = std::max(highest, line);
        threshold = new QLineSeries;
        threshold->setName(tr("%1 line: %2 points").arg(path.awardName, ReportText::points(*path.threshold)));
        threshold->setPen(QPen(QColor(0xC6, 0x28, 0x28), 2, Qt::DashDotLine));
        threshold->append(1, line);
        threshold->append(12, line);
        chart->addSeries(threshold);
    }
    QCategoryAxis* x = monthAxis(12);
    auto* y = new QValueAxis;
    y->setRange(lowest < 0 ? -niceMax(-lowest) : 0, niceMax(highest * 1.1));
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%g"));
    styleAxis(y, tr("Points"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (threshold)
        pointLabel(chart, QPointF(1, points::toDouble(*path.threshold)), path.awardName, 2, {x, y});
    if (path.throughMonth < 12)
        pointLabel(chart, QPointF(12, points::toDouble(path.projectedYearEnd())),
                   tr("projected %1").arg(ReportText::points(path.projectedYearEnd())), 1, {x, y});
    actual->setLightMarker(markerImage(0, 11));
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    return built;
}

BuiltChart ChartFactory::participation(const ParticipationSeries& series, qint64 branchId)
{
    BuiltChart built;
    built.chart = newChart(tr("Participation by month, %1").arg(series.year));
    QChart* chart = built.chart.get();
    QCategoryAxis* x = monthAxis(std::max(series.throughMonth, 2));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d%"));
    styleAxis(y, tr("Members active (%)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    QList<const ParticipationSeries::Line*> lines {&series.overall};
    for (const ParticipationSeries::Line& line : series.branches) {
        if (branchId != 0 ? line.branchId == branchId : lines.size() <= maxBranchLines)
            lines << &line;
    }
    if (branchId == 0 && series.branches.size() > maxBranchLines)
        built.note
            = tr("%1 of %2 branches shown; choose a branch to see it.").arg(maxBranchLines).arg(series.branches.size());
    const int last = series.throughMonth;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ParticipationSeries::Line& line = *lines[i];
        auto* s = new QLineSeries;
        s->setName(i == 0 ? tr("All members (%1)").arg(line.members) : tr("%1 (%2)").arg(line.name).arg(line.members));
        const Look& look = looks[(i + 3) % std::size(looks)];
        s->setPen(QPen(i == 0 ? QColor(Qt::black) : look.color, i == 0 ? 3.5 : 2, dashes[i % std::size(dashes)]));
        for (int m = 1; m <= last; ++m)
            s->append(m, std::round(line.rate(m) * 1000) / 10);
        if (i == 0) {
            s->setPointLabelsVisible(true);
            s->setPointLabelsClipping(false);
            s->setPointLabelsFormat(QStringLiteral("@yPoint%"));
            s->setPointLabelsFont(chartFont(8));
            s->setPointLabelsColor(Qt::black);
        }
        s->setLightMarker(markerImage(static_cast<int>(i), i == 0 ? 11 : 9));
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    // Lines are told apart by dash and point shape: the legend beside the plot, one line each, keeps every branch's
    // name whole (below it, five long names are cut to fit one row; named at their ends, lines that end close together
    // have their names on top of each other).
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    return built;
}

BuiltChart ChartFactory::categories(const CategoryPoints& points, int first)
{
    BuiltChart built;
    built.chart = newChart(tr("Points by category per branch, %1 (per member)").arg(points.year));
    QChart* chart = built.chart.get();
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    QList<QBarSet*> sets;
    for (qsizetype c = 0; c < points.categories.size(); ++c) {
        built.sets << points.categories[c];
        sets << barSet(points.categories[c], static_cast<int>(c + 1));
        series->append(sets.constLast());
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(4);
    const int total = static_cast<int>(points.branches.size());
    const int from = std::clamp(first, 0, std::max(0, total - 1));
    const int to = std::min(total, from + maxBranches);
    if (to - from < total)
        built.note = tr("Branches %1–%2 of %3.").arg(from + 1).arg(to).arg(total);
    qreal high = 0, low = 0;
    QList<qreal> largest(points.categories.size(), 0);
    for (int i = to - 1; i >= from; --i) { // the first branch at the top
        const CategoryPoints::Branch& branch = points.branches[i];
        built.categories << tr("%1 (%2)").arg(branch.name).arg(branch.members);
        qreal up = 0, down = 0;
        for (qsizetype c = 0; c < points.categories.size(); ++c) {
            const qreal value = points::toDouble(branch.average(c));
            sets[c]->append(value);
            (value >= 0 ? up : down) += value;
            largest[c] = std::max(largest[c], std::abs(value));
        }
        high = std::max(high, up);
        low = std::min(low, down);
    }
    // Ticks at round values from zero (0, 20, 40, ...), the range ending on ticks, whatever the negative side holds.
    const qreal step = niceStep(high * 1.05 - std::min<qreal>(low * 1.2, 0), 6);
    const qreal top = std::ceil(high * 1.05 / step) * step;
    const qreal bottom = low < 0 ? std::floor(low * 1.2 / step) * step : 0;
    // A label wider than its segment would spill over its neighbours: such sets are read from the tooltip instead.
    for (qsizetype c = 0; c < sets.size(); ++c)
        if (largest[c] < (top - bottom) * 0.08)
            sets[c]->setLabelColor(Qt::transparent);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(built.categories);
    styleAxis(y, tr("Branch (members)"));
    auto* x = new QValueAxis;
    x->setRange(bottom, top);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(step);
    x->setLabelFormat(QStringLiteral("%g"));
    styleAxis(x, tr("Points per member"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    return built;
}

BuiltChart ChartFactory::tiers(const BranchEvaluationReport& report)
{
    using Movement = BranchEvaluationReport::Movement;
    BuiltChart built;
    built.countsBranches = true;
    const int up = report.count(Movement::Up);
    const int down = report.count(Movement::Down);
    QString title = tr("Party branches per tier, %1 against %2").arg(report.year).arg(report.year - 1);
    if (!report.scope.isEmpty())
        title = tr("%1: %2", "the branches evaluated, chart title").arg(report.scope, title);
    built.chart = newChart(title.toHtmlEscaped() + QStringLiteral("<br><small>")
                           + tr("%1 up, %2 down, %3 the same, %4 new")
                                 .arg(up)
                                 .arg(down)
                                 .arg(report.count(Movement::Same))
                                 .arg(report.count(Movement::New))
                                 .toHtmlEscaped()
                           + QStringLiteral("</small>"));
    QChart* chart = built.chart.get();
    built.sets = {tr("%1 (last year)").arg(report.year - 1), tr("%1 (this year)").arg(report.year)};
    auto* series = new QBarSeries;
    series->setBarWidth(0.75);
    QBarSet* before = barSet(built.sets[0], 1);
    QBarSet* now = barSet(built.sets[1], 0);
    series->append(before);
    series->append(now);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    const QList<BranchEvaluationReport::TierCount> counts = report.tierCounts();
    int highest = 0;
    for (qsizetype c = 0; c < counts.size(); ++c) {
        const QString tier = counts[c].tier;
        built.categories << (tier.isEmpty() ? BranchEvaluationReport::tr("no tier") : tier);
        before->append(counts[c].lastYear);
        now->append(counts[c].thisYear);
        highest = std::max({highest, counts[c].lastYear, counts[c].thisYear});
        QList<qint64> then, current;
        for (const BranchResult& r : report.previousYear)
            if (r.tier.value_or(QString()) == tier)
                then << r.facts.branchId;
        for (const BranchResult& r : report.branches)
            if (r.tier.value_or(QString()) == tier)
                current << r.facts.branchId;
        built.members.insert({0, static_cast<int>(c)}, then);
        built.members.insert({1, static_cast<int>(c)}, current);
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(built.categories);
    styleAxis(x, tr("Tier"));
    QValueAxis* y = countAxis(highest * 1.15 + 1, tr("Party branches"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    // Which moved, by name, as far as one line under the chart holds them.
    QStringList ups, downs;
    for (const BranchResult& r : report.branches) {
        const Movement m = report.movement(r);
        if (m == Movement::Up || m == Movement::Down)
            (m == Movement::Up ? ups : downs)
                << tr("%1 (%2→%3)")
                       .arg(r.facts.name, r.previousTier.value_or(BranchEvaluationReport::tr("no tier")),
                            r.tier.value_or(BranchEvaluationReport::tr("no tier")));
    }
    const auto named = [](const QStringList& names, int shown) {
        QString text = names.mid(0, shown).join(tr(", ", "separator between branches"));
        if (names.size() > shown)
            text += tr(" and %n more", nullptr, static_cast<int>(names.size() - shown));
        return text;
    };
    const auto note = [&](int shown) {
        QStringList parts;
        if (!ups.isEmpty())
            parts << tr("Up: %1").arg(named(ups, shown));
        if (!downs.isEmpty())
            parts << tr("Down: %1").arg(named(downs, shown));
        return parts.join(tr("; ", "separator between up and down"));
    };
    int shown = static_cast<int>(std::max(ups.size(), downs.size()));
    while (shown > 0 && note(shown).size() > 90)
        --shown;
    built.note = note(shown);
    return built;
}

} // namespace jifen::ui
