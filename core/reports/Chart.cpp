#include "reports/Chart.h"

#include "reports/RichText.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <QBuffer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTextLayout>

namespace sd::reports {

namespace {

const QColor kText(0x22, 0x22, 0x22);
const QColor kMuted(0x6a, 0x6a, 0x6a);
const QColor kGrid(0xd4, 0xd4, 0xd4);
const QColor kAxis(0x55, 0x55, 0x55);

bool known(double value)
{
    return std::isfinite(value);
}

double valueAt(const ChartSeries &series, qsizetype index)
{
    return index < series.values.size() ? series.values.at(index) : qQNaN();
}

/// Thousands grouped with ",", the C locale's separators whatever the system's.
QString grouped(double value, int decimals)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    if (decimals <= 0) {
        const qint64 whole = std::llround(value);
        return c.toString(whole);
    }
    const QString text = c.toString(value, 'f', decimals);
    // -0.00 is 0.00
    return text.startsWith(QLatin1Char('-')) && std::llround(std::abs(value) * std::pow(10.0, decimals)) == 0
        ? text.mid(1)
        : text;
}

/// The value axis: from `low` to `high` in `count` steps of `step`, zero included.
struct Scale
{
    double low = 0;
    double high = 1;
    double step = 1;
    int count = 1;
    int decimals = 0; ///< of the tick labels

    [[nodiscard]] double tick(int i) const { return low + i * step; }
    [[nodiscard]] double fraction(double value) const { return (value - low) / (high - low); }
};

/// A "nice" scale (steps of 1, 2, 2.5 or 5 × a power of ten) over `low`..`high` with about
/// `ticks` steps; whole steps for counts.
Scale makeScale(double low, double high, int ticks, bool integral)
{
    low = std::min(low, 0.0);
    high = std::max(high, 0.0);
    if (!(high > low))
        high = low + 1;
    const double raw = (high - low) / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double r = raw / magnitude;
    const bool quarter = !(integral && magnitude < 10); // 2.5 steps are whole from 25 up
    double nice = r <= 1 ? 1 : r <= 2 ? 2 : (quarter && r <= 2.5) ? 2.5 : r <= 5 ? 5 : 10;
    Scale s;
    s.step = nice * magnitude;
    if (integral)
        s.step = std::max(1.0, std::round(s.step));
    s.low = std::floor(low / s.step + 1e-9) * s.step;
    s.high = std::ceil(high / s.step - 1e-9) * s.step;
    if (!(s.high > s.low))
        s.high = s.low + s.step;
    s.count = int(std::llround((s.high - s.low) / s.step));
    if (s.step < 1)
        s.decimals = std::clamp(int(std::ceil(-std::log10(s.step) - 1e-9)) + (nice == 2.5 ? 1 : 0), 0, 2);
    return s;
}

/// The painter, its device and the chart's fonts; lengths in points via `pt`.
struct Canvas
{
    QPainter &painter;
    QPaintDevice *device;
    qreal pt; ///< device units per point
    QFont title;
    QFont label;
    QFont value;
    QFont smallValue;

    [[nodiscard]] QFontMetricsF metrics(const QFont &font) const { return QFontMetricsF(font, device); }
    void text(
        const QRectF &rect, int flags, const QString &text, const QFont &font, const QColor &colour) const
    {
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(rect, flags, text);
    }
    void line(const QPointF &from, const QPointF &to, const QColor &colour, qreal widthPoints) const
    {
        painter.setPen(QPen(colour, widthPoints * pt, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(from, to);
    }
};

QFont fontOf(const QStringList &families, qreal points, bool bold = false)
{
    QFont f;
    f.setFamilies(families);
    f.setPointSizeF(points);
    f.setWeight(bold ? QFont::Bold : QFont::Normal);
    return f;
}

/// `text` broken into at most `maxLines` lines of `width`, the last one elided when it does not
/// all fit; Chinese breaks between any two characters.
QStringList wrapped(const Canvas &c, const QString &text, const QFont &font, qreal width, int maxLines)
{
    QStringList lines;
    if (text.isEmpty() || width <= 0 || maxLines < 1)
        return lines;
    QTextLayout layout(text, font, c.device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
        line.setLineWidth(width);
    layout.endLayout();
    const QFontMetricsF metrics = c.metrics(font);
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (i == maxLines - 1 && i < layout.lineCount() - 1) {
            lines << metrics.elidedText(text.mid(line.textStart()).trimmed(), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    return lines;
}

/// The font a value label is drawn in to fit `room` (device units) across, or none.
const QFont *fitting(const Canvas &c, const QString &text, qreal room)
{
    if (c.metrics(c.value).horizontalAdvance(text) <= room)
        return &c.value;
    if (c.metrics(c.smallValue).horizontalAdvance(text) <= room)
        return &c.smallValue;
    return nullptr;
}

void knownRange(const Chart &chart, double *low, double *high)
{
    *low = 0;
    *high = 0;
    for (const ChartSeries &s : chart.series) {
        for (qsizetype i = 0; i < chart.categories.size(); ++i) {
            const double v = valueAt(s, i);
            if (known(v)) {
                *low = std::min(*low, v);
                *high = std::max(*high, v);
            }
        }
    }
}

QColor colourOf(const Chart &chart, int index)
{
    const QColor given = chart.series.at(index).colour;
    return given.isValid() ? given : Chart::paletteColour(index);
}

/// The legend (a swatch and the name of each series) in centred rows from the top of `area`;
/// returns where it ends.
qreal paintLegend(const Canvas &c, const QRectF &area, const Chart &chart)
{
    const QFontMetricsF fm = c.metrics(c.label);
    const qreal swatch = fm.ascent() * 0.8;
    const qreal gap = 3 * c.pt;
    const qreal spacing = 10 * c.pt;
    struct Item
    {
        int series;
        QString name;
        qreal width;
    };
    QList<QList<Item>> rows(1);
    QList<qreal> widths(1, 0);
    for (int i = 0; i < chart.series.size(); ++i) {
        const QString name = fm.elidedText(
            chart.series.at(i).name, Qt::ElideRight, std::max<qreal>(0, area.width() - swatch - gap));
        const qreal w = swatch + gap + fm.horizontalAdvance(name);
        if (!rows.last().isEmpty() && widths.last() + spacing + w > area.width()) {
            rows.append(QList<Item>());
            widths.append(0);
        }
        widths.last() += (rows.last().isEmpty() ? 0 : spacing) + w;
        rows.last().append({ i, name, w });
    }
    qreal y = area.top();
    for (int r = 0; r < rows.size(); ++r) {
        qreal x = area.center().x() - widths.at(r) / 2;
        for (const Item &item : rows.at(r)) {
            const QRectF box(x, y + (fm.height() - swatch) / 2, swatch, swatch);
            c.painter.fillRect(box, colourOf(chart, item.series));
            c.text(QRectF(x + swatch + gap, y, item.width - swatch - gap + c.pt, fm.height()),
                Qt::AlignLeft | Qt::AlignVCenter, item.name, c.label, kText);
            x += item.width + spacing;
        }
        y += fm.height() + 2 * c.pt;
    }
    return y;
}

/// Value labels' widths, the widest.
qreal widestValue(const Canvas &c, const Chart &chart)
{
    const QFontMetricsF fm = c.metrics(c.value);
    qreal widest = 0;
    for (const ChartSeries &s : chart.series) {
        for (qsizetype i = 0; i < chart.categories.size(); ++i) {
            const double v = valueAt(s, i);
            if (known(v))
                widest = std::max(widest, fm.horizontalAdvance(chart.formatValue(v)));
        }
    }
    return widest;
}

qreal widestTick(const Canvas &c, const Scale &s)
{
    const QFontMetricsF fm = c.metrics(c.label);
    qreal widest = 0;
    for (int i = 0; i <= s.count; ++i)
        widest = std::max(widest, fm.horizontalAdvance(grouped(s.tick(i), s.decimals)));
    return widest;
}

/// Bar and line charts: categories along the bottom, values up the left.
void paintVertical(const Canvas &c, QRectF area, const Chart &chart)
{
    const QFontMetricsF lm = c.metrics(c.label);
    const QFontMetricsF vm = c.metrics(c.value);
    const bool integral = chart.format == Chart::Format::Integer;
    const qsizetype n = chart.categories.size();
    const int m = int(chart.series.size());

    if (!chart.unit.isEmpty()) {
        c.text(QRectF(area.left(), area.top(), area.width(), vm.height()), Qt::AlignLeft | Qt::AlignTop,
            chart.unit, c.value, kMuted);
        area.setTop(area.top() + vm.height() + 2 * c.pt);
    }
    double low = 0;
    double high = 0;
    knownRange(chart, &low, &high);

    // The scale's tick count follows the plot's height, the plot's left edge the ticks' labels.
    Scale scale = makeScale(low, high, 5, integral);
    qreal axisWidth = widestTick(c, scale) + 4 * c.pt;
    const qreal band = (area.width() - axisWidth) / qreal(n);
    QList<QStringList> labels;
    int labelLines = 1;
    for (const QString &category : chart.categories) {
        labels << wrapped(c, category, c.label, band - 2 * c.pt, 2);
        labelLines = std::max(labelLines, int(labels.last().size()));
    }
    QRectF plot(area.left() + axisWidth, area.top() + vm.height() + 2 * c.pt, area.width() - axisWidth, 0);
    plot.setBottom(area.bottom() - labelLines * lm.lineSpacing() - 3 * c.pt - (low < 0 ? vm.height() : 0));
    if (plot.height() <= 0 || band <= 0)
        return;
    scale = makeScale(low, high, std::clamp(int(plot.height() / (lm.height() * 2.2)), 2, 6), integral);
    const auto yOf = [&](double v) { return plot.bottom() - scale.fraction(v) * plot.height(); };

    // Gridlines and their values.
    for (int i = 0; i <= scale.count; ++i) {
        const qreal y = yOf(scale.tick(i));
        c.line(QPointF(plot.left(), y), QPointF(plot.right(), y), kGrid, 0.5);
        c.text(QRectF(area.left(), y - lm.height() / 2, axisWidth - 4 * c.pt, lm.height()),
            Qt::AlignRight | Qt::AlignVCenter, grouped(scale.tick(i), scale.decimals), c.label, kMuted);
    }

    struct Label
    {
        QRectF rect;
        int flags;
        QString text;
        const QFont *font;
    };
    QList<Label> values; // drawn last, over the bars and lines
    if (chart.kind == Chart::Kind::Bar) {
        const qreal group = band * (m == 1 ? 0.6 : 0.8);
        const qreal width = group / m;
        const qreal room = m == 1 ? band * 0.96 : width + (band - group) / m;
        for (qsizetype i = 0; i < n; ++i) {
            for (int s = 0; s < m; ++s) {
                const double v = valueAt(chart.series.at(s), i);
                if (!known(v))
                    continue;
                const qreal x = plot.left() + qreal(i) * band + (band - group) / 2 + s * width;
                const QRectF bar(
                    QPointF(x, yOf(std::max(v, 0.0))), QPointF(x + width, yOf(std::min(v, 0.0))));
                c.painter.fillRect(
                    bar.adjusted(m > 1 ? 0.4 * c.pt : 0, 0, m > 1 ? -0.4 * c.pt : 0, 0), colourOf(chart, s));
                const QString text = chart.formatValue(v);
                if (const QFont *font = fitting(c, text, room)) {
                    const qreal cx = x + width / 2;
                    values << Label { v >= 0
                            ? QRectF(cx - room / 2, bar.top() - vm.height() - c.pt, room, vm.height())
                            : QRectF(cx - room / 2, bar.bottom() + c.pt, room, vm.height()),
                        int(Qt::AlignHCenter | (v >= 0 ? Qt::AlignBottom : Qt::AlignTop)), text, font };
                }
            }
        }
    } else {
        for (int s = 0; s < m; ++s) {
            const QColor colour = colourOf(chart, s);
            QPainterPath path;
            QList<QPointF> points;
            bool drawing = false;
            for (qsizetype i = 0; i < n; ++i) {
                const double v = valueAt(chart.series.at(s), i);
                if (!known(v)) { // an unknown value breaks the line
                    drawing = false;
                    continue;
                }
                const QPointF p(plot.left() + (qreal(i) + 0.5) * band, yOf(v));
                if (drawing)
                    path.lineTo(p);
                else
                    path.moveTo(p);
                drawing = true;
                points << p;
                const QString text = chart.formatValue(v);
                if (const QFont *font = fitting(c, text, band * 0.96))
                    values << Label { QRectF(p.x() - band * 0.48, p.y() - vm.height() - 3 * c.pt, band * 0.96,
                                          vm.height()),
                        int(Qt::AlignHCenter | Qt::AlignBottom), text, font };
            }
            c.painter.setBrush(Qt::NoBrush);
            c.painter.setPen(QPen(colour, 1.6 * c.pt, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            c.painter.drawPath(path);
            c.painter.setBrush(colour);
            c.painter.setPen(QPen(Qt::white, 0.8 * c.pt));
            for (const QPointF &p : std::as_const(points))
                c.painter.drawEllipse(p, 2.8 * c.pt, 2.8 * c.pt);
        }
    }
    c.line(QPointF(plot.left(), yOf(0)), QPointF(plot.right(), yOf(0)), kAxis, 0.8);
    for (const Label &l : std::as_const(values))
        c.text(l.rect, l.flags, l.text, *l.font, kText);

    const qreal labelTop = plot.bottom() + 3 * c.pt + (low < 0 ? vm.height() : 0);
    for (qsizetype i = 0; i < n; ++i) {
        const QStringList &lines = labels.at(i);
        for (int j = 0; j < lines.size(); ++j)
            c.text(QRectF(plot.left() + qreal(i) * band, labelTop + j * lm.lineSpacing(), band, lm.height()),
                Qt::AlignHCenter | Qt::AlignTop, lines.at(j), c.label, kText);
    }
}

/// Horizontal bars: categories down the left, values along the bottom.
void paintHorizontal(const Canvas &c, QRectF area, const Chart &chart)
{
    const QFontMetricsF lm = c.metrics(c.label);
    const QFontMetricsF vm = c.metrics(c.value);
    const bool integral = chart.format == Chart::Format::Integer;
    const qsizetype n = chart.categories.size();
    const int m = int(chart.series.size());

    if (!chart.unit.isEmpty()) {
        c.text(QRectF(area.left(), area.top(), area.width(), vm.height()), Qt::AlignRight | Qt::AlignTop,
            chart.unit, c.value, kMuted);
        area.setTop(area.top() + vm.height() + 2 * c.pt);
    }
    double low = 0;
    double high = 0;
    knownRange(chart, &low, &high);

    qreal natural = 0;
    for (const QString &category : chart.categories)
        natural = std::max(natural, lm.horizontalAdvance(category));
    const qreal labelWidth = std::min(natural, area.width() * 0.35);
    const qreal room = std::min(widestValue(c, chart) + 3 * c.pt, area.width() * 0.25);
    QRectF plot(area.left() + labelWidth + 6 * c.pt + (low < 0 ? room : 0), area.top(), 0, 0);
    plot.setRight(area.right() - room);
    plot.setBottom(area.bottom() - lm.height() - 3 * c.pt);
    if (plot.width() <= 0 || plot.height() <= 0)
        return;

    Scale scale = makeScale(low, high, 5, integral);
    for (int pass = 0; pass < 2; ++pass) { // the tick count follows the labels' width
        const int fit = int(plot.width() / (widestTick(c, scale) + 10 * c.pt));
        scale = makeScale(low, high, std::clamp(fit, 1, 6), integral);
    }
    const auto xOf = [&](double v) { return plot.left() + scale.fraction(v) * plot.width(); };

    for (int i = 0; i <= scale.count; ++i) {
        const qreal x = xOf(scale.tick(i));
        c.line(QPointF(x, plot.top()), QPointF(x, plot.bottom()), kGrid, 0.5);
        const QString text = grouped(scale.tick(i), scale.decimals);
        const qreal w = lm.horizontalAdvance(text) + 2 * c.pt;
        const qreal left = std::clamp(x - w / 2, area.left(), area.right() - w);
        c.text(QRectF(left, plot.bottom() + 3 * c.pt, w, lm.height()), Qt::AlignHCenter | Qt::AlignTop, text,
            c.label, kMuted);
    }

    const qreal band = plot.height() / qreal(n);
    const qreal group = band * (m == 1 ? 0.62 : 0.8);
    const qreal thickness = group / m;
    const int maxLines = band >= 2 * lm.lineSpacing() ? 2 : 1;
    for (qsizetype i = 0; i < n; ++i) {
        const qreal top = plot.top() + qreal(i) * band;
        const QStringList lines = wrapped(c, chart.categories.at(i), c.label, labelWidth, maxLines);
        const qreal height = qreal(lines.size() - 1) * lm.lineSpacing() + lm.height();
        for (int j = 0; j < lines.size(); ++j)
            c.text(QRectF(area.left(), top + (band - height) / 2 + j * lm.lineSpacing(), labelWidth,
                       lm.height()),
                Qt::AlignRight | Qt::AlignTop, lines.at(j), c.label, kText);
        for (int s = 0; s < m; ++s) {
            const double v = valueAt(chart.series.at(s), i);
            if (!known(v))
                continue;
            const qreal y = top + (band - group) / 2 + s * thickness;
            const QRectF bar(
                QPointF(xOf(std::min(v, 0.0)), y), QPointF(xOf(std::max(v, 0.0)), y + thickness));
            c.painter.fillRect(
                bar.adjusted(0, m > 1 ? 0.4 * c.pt : 0, 0, m > 1 ? -0.4 * c.pt : 0), colourOf(chart, s));
            const QString text = chart.formatValue(v);
            const QFont *font = m == 1 || vm.height() <= thickness * 1.3 ? &c.value
                : c.metrics(c.smallValue).height() <= thickness * 1.3    ? &c.smallValue
                                                                         : nullptr;
            if (font) {
                const qreal w = c.metrics(*font).horizontalAdvance(text) + c.pt;
                const QRectF rect = v >= 0
                    ? QRectF(bar.right() + 2 * c.pt, bar.center().y() - vm.height() / 2, w, vm.height())
                    : QRectF(bar.left() - 2 * c.pt - w, bar.center().y() - vm.height() / 2, w, vm.height());
                if (rect.left() >= area.left() - c.pt && rect.right() <= area.right() + c.pt)
                    c.text(rect, int(Qt::AlignVCenter | (v >= 0 ? Qt::AlignLeft : Qt::AlignRight)), text,
                        *font, kText);
            }
        }
    }
    c.line(QPointF(xOf(0), plot.top()), QPointF(xOf(0), plot.bottom()), kAxis, 0.8);
}

} // namespace

bool Chart::isEmpty() const
{
    for (const ChartSeries &s : series) {
        for (qsizetype i = 0; i < categories.size(); ++i) {
            if (known(valueAt(s, i)))
                return false;
        }
    }
    return true;
}

QString Chart::formatValue(double value) const
{
    return grouped(value, format == Format::Yuan ? 2 : 0);
}

QColor Chart::paletteColour(int index)
{
    static const std::array<QColor, 8> palette = { QColor(0x3b, 0x6e, 0xa8), QColor(0xe0, 0x8a, 0x2e),
        QColor(0x4e, 0x9a, 0x5b), QColor(0xc4, 0x47, 0x3d), QColor(0x7e, 0x5a, 0xa6),
        QColor(0x3a, 0x9a, 0x9a), QColor(0x8c, 0x6a, 0x4a), QColor(0x7a, 0x7a, 0x7a) };
    return palette.at(std::size_t(std::max(0, index)) % palette.size());
}

QString Chart::emptyMessage() const
{
    return emptyText.isEmpty() ? tr("No data") : emptyText;
}

void paintChart(QPainter &painter, const QRectF &rect, const Chart &chart, const QStringList &fontFamilies)
{
    if (!painter.isActive() || !painter.device() || rect.width() <= 0 || rect.height() <= 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal pt = painter.device()->logicalDpiY() / 72.0;
    // Narrow charts (a phone-sized preview) get somewhat smaller text.
    const qreal scale = std::clamp(rect.width() / pt / 360.0, 0.8, 1.0);
    const Canvas c { painter, painter.device(), pt, fontOf(fontFamilies, 11 * scale),
        fontOf(fontFamilies, 8.5 * scale), fontOf(fontFamilies, 7.5 * scale),
        fontOf(fontFamilies, 6.5 * scale) };

    QRectF area = rect.adjusted(4 * pt, 4 * pt, -4 * pt, -4 * pt);
    if (!chart.title.isEmpty()) {
        const QFontMetricsF fm = c.metrics(c.title);
        c.text(QRectF(area.left(), area.top(), area.width(), fm.height()),
            Qt::AlignHCenter | Qt::AlignVCenter, fm.elidedText(chart.title, Qt::ElideRight, area.width()),
            c.title, kText);
        area.setTop(area.top() + fm.height() + 4 * pt);
    }
    if (chart.isEmpty()) {
        c.text(area, Qt::AlignCenter | Qt::TextWordWrap, chart.emptyMessage(), c.label, kMuted);
    } else {
        if (chart.series.size() > 1)
            area.setTop(paintLegend(c, area, chart) + 4 * pt);
        if (chart.kind == Chart::Kind::HorizontalBar)
            paintHorizontal(c, area, chart);
        else
            paintVertical(c, area, chart);
    }
    painter.restore();
}

QString chartSvg(const Chart &chart, const QSizeF &sizePoints, const QStringList &fontFamilies)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(72); // a unit is a point
    generator.setSize(QSize(int(std::ceil(sizePoints.width())), int(std::ceil(sizePoints.height()))));
    generator.setViewBox(QRectF(QPointF(0, 0), sizePoints));
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    paintChart(painter, QRectF(QPointF(0, 0), sizePoints), chart, fontFamilies);
    painter.end();

    // The generator's own <svg> element (its size in mm, its namespaces, SVG Tiny) is replaced,
    // and its empty <defs> dropped: inline in HTML an <svg> needs neither.
    const QString svg = QString::fromUtf8(bytes);
    const qsizetype open = svg.indexOf(QLatin1StringView("<svg"));
    const qsizetype openEnd = open < 0 ? -1 : svg.indexOf(QLatin1Char('>'), open);
    if (openEnd < 0)
        return {};
    QString body = svg.mid(openEnd + 1).trimmed();
    // The generator's default <title> and <desc> ("Qt SVG Document"; a title it would not
    // escape) go too: the chart's title is the element's aria-label.
    static const QRegularExpression boilerplate(
        QStringLiteral("<title>[^<]*</title>\\s*|<desc>[^<]*</desc>\\s*|<defs>\\s*</defs>\\s*"));
    body.remove(boilerplate);
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
    body.replace(blankLines, QStringLiteral("\n"));
    const QString label = chart.title.isEmpty() ? Chart::tr("Chart") : chart.title;
    return QStringLiteral("<svg viewBox=\"0 0 %1 %2\" role=\"img\" aria-label=\"%3\">\n%4")
        .arg(QString::number(sizePoints.width(), 'f', 2), QString::number(sizePoints.height(), 'f', 2),
            htmlEscaped(label, false), body);
}

} // namespace sd::reports
