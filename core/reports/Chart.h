#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QPainter;
class QRectF;
class QSizeF;

namespace sd::reports {

/// One series of a chart: a value per category, in the categories' order.
struct ChartSeries
{
    QString name; ///< in the legend (drawn when there are two series or more)
    QList<double> values; ///< one per category; NaN or a missing value is unknown and not drawn
    QColor colour; ///< invalid: the palette's colour for the series' position
};

/// A chart as data — what the annual report shows (members over five years, grades, activities
/// by kind, income and expenses) — drawn by paintChart() on any painter: a widget, a PDF page
/// (as vectors, its text as text), an image for the ODT, an SVG for the HTML. So the screen and
/// the printed report look alike. Strings come translated, except the "no data" default.
struct Chart
{
    Q_DECLARE_TR_FUNCTIONS(sd::reports::Chart)

public:
    enum class Kind {
        Bar, ///< grouped vertical bars, one group per category
        HorizontalBar, ///< horizontal bars: for long category names (grades, kinds of activity)
        Line, ///< a line per series over the categories (members at five year ends)
    };
    /// How values are written on the bars and the axis.
    enum class Format {
        Integer, ///< counts: "1,234"
        Yuan, ///< amounts: "1,234.50" on the bars (the axis shows whole yuan when its steps are)
    };

    Kind kind = Kind::Bar;
    QString title; ///< above the chart; empty: none
    QStringList categories; ///< Chinese names are wrapped (two lines at most) and elided
    QList<ChartSeries> series;
    Format format = Format::Integer;
    QString unit; ///< caption of the value axis ("人", "元"); empty: none
    QString emptyText; ///< shown when there is nothing to draw; empty: "No data"

    /// Whether there is nothing to draw: no category, or no known value in any series. Zeros
    /// are data (a year without activities is drawn as such).
    [[nodiscard]] bool isEmpty() const;
    /// `value` as the chart writes it: grouped thousands, two decimals for yuan ("12,345.60").
    [[nodiscard]] QString formatValue(double value) const;
    /// The colour of the series at `index`: a fixed palette that reads in grey print too.
    [[nodiscard]] static QColor paletteColour(int index);
    /// The text drawn for an empty chart.
    [[nodiscard]] QString emptyMessage() const;
};

/// Draws `chart` into `rect` of the painter's coordinates: title, legend, value axis with
/// gridlines, bars or lines with their values, category labels — or the empty message. Lengths
/// and font sizes are in points of the painter's device (its logical DPI), so a chart of a given
/// size in points looks the same on a widget, a PDF page, an image and an SVG. Deterministic:
/// the same chart, rectangle and device give the same drawing. Nothing is filled behind the
/// chart; the painter's state is restored.
void paintChart(QPainter &painter, const QRectF &rect, const Chart &chart, const QStringList &fontFamilies);

/// The chart as an <svg> element for an HTML page, drawn by paintChart() at `sizePoints` (its
/// viewBox, in points) with its text as <text>: no XML prolog or namespace, `role="img"` and the
/// title as its accessible name; the page's style sheet sizes it.
[[nodiscard]] QString chartSvg(const Chart &chart, const QSizeF &sizePoints, const QStringList &fontFamilies);

} // namespace sd::reports
