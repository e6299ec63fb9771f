#include "pages/compliance/ComplianceChart.h"

#include "pages/compliance/StatusStyle.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

namespace sd::ui {

using rules::FindingText;
using rules::Status;

namespace {
constexpr int kPadding = 6;
constexpr int kMinSegment = 22; ///< wide enough for a two-digit count
constexpr int kSwatch = 10;
} // namespace

int ComplianceChart::PackCounts::total() const
{
    int n = 0;
    for (int c : counts)
        n += c;
    return n;
}

ComplianceChart::ComplianceChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusPolicy(Qt::NoFocus);
    updateText();
}

void ComplianceChart::setPacks(const QList<PackCounts> &packs)
{
    m_packs = packs;
    updateText();
    updateGeometry();
    update();
}

QString ComplianceChart::describe(const QMap<Status, int> &counts)
{
    QStringList parts;
    for (Status s : StatusStyle::summaryOrder()) {
        if (const int n = counts.value(s); n > 0)
            parts << tr("%1 %2").arg(FindingText::label(s)).arg(n);
    }
    return parts.join(tr(" · "));
}

void ComplianceChart::updateText()
{
    QStringList lines;
    for (const PackCounts &p : std::as_const(m_packs))
        lines << tr("%1: %2").arg(p.title, p.total() > 0 ? describe(p.counts) : tr("no findings"));
    const QString text = lines.isEmpty() ? tr("No rule pack evaluated.") : lines.join(u'\n');
    setToolTip(text);
    setAccessibleName(tr("Findings by status"));
    setAccessibleDescription(text);
}

int ComplianceChart::rowHeight() const
{
    return fontMetrics().height() + 8;
}

int ComplianceChart::labelWidth() const
{
    int widest = 0;
    for (const PackCounts &p : m_packs)
        widest = std::max(widest, fontMetrics().horizontalAdvance(p.title));
    // The titles take at most two fifths of the width; longer ones are elided (the tool tip has them).
    return std::min(widest, width() * 2 / 5) + kPadding;
}

QSize ComplianceChart::sizeHint() const
{
    const int rows = std::max<int>(1, static_cast<int>(m_packs.size()));
    return { 480, kPadding * 2 + rows * rowHeight() + rowHeight() };
}

QSize ComplianceChart::minimumSizeHint() const
{
    return { 260, sizeHint().height() };
}

void ComplianceChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int rh = rowHeight();
    if (m_packs.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No rule pack evaluated."));
        return;
    }

    const int labelW = labelWidth();
    const int barLeft = kPadding + labelW;
    const int barWidth = std::max(40, width() - barLeft - kPadding - fm.horizontalAdvance(QStringLiteral("000")) - kPadding);
    int maxTotal = 1;
    int maxSegments = 0;
    for (const PackCounts &pc : std::as_const(m_packs)) {
        maxTotal = std::max(maxTotal, pc.total());
        maxSegments = std::max<int>(maxSegments, static_cast<int>(std::count_if(
            pc.counts.cbegin(), pc.counts.cend(), [](int n) { return n > 0; })));
    }
    // Every segment at least kMinSegment wide; the rest in proportion, one scale for all packs.
    const double unit = std::max(0.0, double(barWidth - maxSegments * kMinSegment)) / maxTotal;

    int y = kPadding;
    for (const PackCounts &pc : std::as_const(m_packs)) {
        const QRect labelRect(kPadding, y, labelW - kPadding, rh);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(pc.title, Qt::ElideRight, labelRect.width()));
        double x = barLeft;
        const int barTop = y + 3;
        const int barHeight = rh - 6;
        for (Status s : StatusStyle::summaryOrder()) {
            const int n = pc.counts.value(s);
            if (n <= 0)
                continue;
            const double w = kMinSegment + n * unit;
            const QRectF segment(x, barTop, w - 1, barHeight);
            p.setPen(Qt::NoPen);
            p.setBrush(StatusStyle::color(s));
            p.drawRect(segment);
            p.setPen(Qt::white);
            p.drawText(segment, Qt::AlignCenter, QString::number(n));
            x += w;
        }
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(x + kPadding, y, width() - x - kPadding, rh), Qt::AlignVCenter | Qt::AlignLeft,
            QString::number(pc.total()));
        y += rh;
    }

    // The legend: each status with its total over all packs.
    QMap<Status, int> totals;
    for (const PackCounts &pc : std::as_const(m_packs)) {
        for (auto it = pc.counts.cbegin(); it != pc.counts.cend(); ++it)
            totals[it.key()] += it.value();
    }
    int x = barLeft;
    y += 2;
    for (Status s : StatusStyle::summaryOrder()) {
        const QString text = tr("%1 %2").arg(FindingText::label(s)).arg(totals.value(s));
        const int w = kSwatch + 4 + fm.horizontalAdvance(text) + 14;
        if (x + w > width() && x > barLeft)
            break; // too narrow for the whole legend: the tool tip has it
        p.setPen(Qt::NoPen);
        p.setBrush(StatusStyle::color(s));
        p.drawRect(QRectF(x, y + (rh - kSwatch) / 2.0, kSwatch, kSwatch));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(x + kSwatch + 4, y, w, rh), Qt::AlignVCenter | Qt::AlignLeft, text);
        x += w;
    }
}

void ComplianceChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateText();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace sd::ui
