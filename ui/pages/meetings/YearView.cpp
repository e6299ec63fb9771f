#include "pages/meetings/YearView.h"

#include "pages/meetings/MeetingSupport.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace sd::ui {

using meetings::MeetingBody;
using meetings::MeetingText;

namespace {

constexpr int kGap = 10;   // between months
constexpr int kChip = 10;  // legend chip

/// Column (0 = Monday) of the first day of a month.
int firstColumn(QDate first)
{
    return first.dayOfWeek() - 1;
}

} // namespace

YearView::YearView(QWidget *parent)
    : QWidget(parent)
    , m_year(QDate::currentDate().year())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void YearView::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    update();
}

void YearView::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    std::stable_sort(m_marks.begin(), m_marks.end(), [](const Mark &a, const Mark &b) { return a.date < b.date; });
    update();
}

void YearView::setCurrentMeeting(qint64 id)
{
    m_current = id;
    update();
}

QSize YearView::sizeHint() const
{
    return QSize(560, 520);
}

QSize YearView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(3 * 7 * (line + 2) + 2 * kGap, 4 * (8 * (line + 1)) + 3 * kGap + 3 * line + 16);
}

YearView::Geometry YearView::geometry() const
{
    Geometry g;
    const QFontMetrics fm = fontMetrics();
    const QRect area = rect().adjusted(4, 4, -4, -4);
    // The legend flows over as many lines as it needs.
    int lines = 1;
    int x = 0;
    for (MeetingBody body : MeetingText::allBodies()) {
        const int w = kChip + 6 + fm.horizontalAdvance(MeetingText::label(body)) + 16;
        if (x > 0 && x + w > area.width()) {
            ++lines;
            x = 0;
        }
        x += w;
    }
    const int legendHeight = lines * (fm.height() + 4);
    g.legend = QRect(area.left(), area.bottom() - legendHeight + 1, area.width(), legendHeight);
    const int headingHeight = fm.height() + 10;
    const int arrow = headingHeight + 8;
    g.previous = QRect(area.left(), area.top(), arrow, headingHeight);
    g.heading = QRect(g.previous.right() + 1, area.top(), fm.horizontalAdvance(QStringLiteral("0000")) * 2 + 16, headingHeight);
    g.next = QRect(g.heading.right() + 1, area.top(), arrow, headingHeight);
    const QRect months(area.left(), area.top() + headingHeight + 6, area.width(),
        area.height() - legendHeight - kGap - headingHeight - 6);
    // Four columns when the area is wide, else three.
    const int columns = months.width() > months.height() * 1.4 ? 4 : 3;
    const int rows = 12 / columns;
    const int mw = (months.width() - (columns - 1) * kGap) / columns;
    const int mh = (months.height() - (rows - 1) * kGap) / rows;
    g.titleHeight = fm.height() + 4;
    g.cell = std::max(8, mw / 7);
    g.rowHeight = std::max(8, (mh - 2 * g.titleHeight) / 6);
    for (int i = 0; i < 12; ++i) {
        const int c = i % columns;
        const int r = i / columns;
        g.month[i] = QRect(months.left() + c * (mw + kGap), months.top() + r * (mh + kGap), mw, mh);
    }
    return g;
}

QRect YearView::dayRect(QDate date) const
{
    return dayRect(geometry(), date);
}

QRect YearView::dayRect(const Geometry &g, QDate date) const
{
    if (!date.isValid() || date.year() != m_year)
        return {};
    const QRect &month = g.month[date.month() - 1];
    const int index = firstColumn(QDate(m_year, date.month(), 1)) + date.day() - 1;
    const int x = month.left() + (month.width() - 7 * g.cell) / 2 + (index % 7) * g.cell;
    const int y = month.top() + 2 * g.titleHeight + (index / 7) * g.rowHeight;
    return QRect(x, y, g.cell, g.rowHeight);
}

QDate YearView::dateAt(const QPoint &pos) const
{
    const Geometry g = geometry();
    for (int m = 1; m <= 12; ++m) {
        const QDate first(m_year, m, 1);
        for (int d = 1; d <= first.daysInMonth(); ++d) {
            const QDate day(m_year, m, d);
            if (dayRect(g, day).contains(pos))
                return day;
        }
    }
    return {};
}

QList<const YearView::Mark *> YearView::marksOn(QDate date) const
{
    QList<const Mark *> on;
    for (const Mark &mark : m_marks) {
        if (mark.date == date)
            on << &mark;
    }
    return on;
}

void YearView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    const QLocale locale;
    const QColor text = palette().color(QPalette::Text);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);

    // The year with its arrows.
    QFont large = bold;
    large.setPointSizeF(bold.pointSizeF() * 1.2);
    p.setFont(large);
    p.setPen(text);
    p.drawText(g.heading, Qt::AlignCenter, tr("%1", "year").arg(m_year));
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Link));
    p.drawText(g.previous, Qt::AlignCenter, QStringLiteral("‹"));
    p.drawText(g.next, Qt::AlignCenter, QStringLiteral("›"));

    for (int m = 1; m <= 12; ++m) {
        const QRect &month = g.month[m - 1];
        const QDate first(m_year, m, 1);
        const int left = month.left() + (month.width() - 7 * g.cell) / 2;
        p.setFont(bold);
        p.setPen(text);
        p.drawText(QRect(left, month.top(), 7 * g.cell, g.titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
            locale.standaloneMonthName(m, QLocale::LongFormat));
        p.setFont(small);
        p.setPen(muted);
        for (int c = 0; c < 7; ++c)
            p.drawText(QRect(left + c * g.cell, month.top() + g.titleHeight, g.cell, g.titleHeight), Qt::AlignCenter,
                locale.standaloneDayName(c + 1, QLocale::NarrowFormat));
        for (int d = 1; d <= first.daysInMonth(); ++d) {
            const QDate day(m_year, m, d);
            const QRect cell = dayRect(g, day);
            const QList<const Mark *> on = marksOn(day);
            if (on.isEmpty()) {
                p.setPen(isWeekend(day) ? muted : text);
                p.drawText(cell, Qt::AlignCenter, QString::number(d));
                continue;
            }
            // The day filled in its meetings' colours, side by side.
            const QRectF inner = QRectF(cell).adjusted(1.5, 1.5, -1.5, -1.5);
            QPainterPath clip;
            clip.addRoundedRect(inner, 3, 3);
            p.save();
            p.setClipPath(clip);
            const qreal w = inner.width() / qreal(on.size());
            bool current = false;
            for (qsizetype i = 0; i < on.size(); ++i) {
                p.fillRect(QRectF(inner.left() + qreal(i) * w, inner.top(), w, inner.height()), bodyColourOf(on.at(i)));
                current = current || on.at(i)->id == m_current;
            }
            p.restore();
            if (current) {
                p.setPen(QPen(text, 2));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(QRectF(cell).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            }
            p.setFont(bold);
            p.setPen(Qt::white);
            p.drawText(cell, Qt::AlignCenter, QString::number(d));
            p.setFont(small);
        }
    }

    // The legend.
    p.setFont(font());
    const QFontMetrics fm = fontMetrics();
    int x = g.legend.left();
    int y = g.legend.top();
    for (MeetingBody body : MeetingText::allBodies()) {
        const QString label = MeetingText::label(body);
        const int w = kChip + 6 + fm.horizontalAdvance(label) + 16;
        if (x > g.legend.left() && x + w > g.legend.right()) {
            x = g.legend.left();
            y += fm.height() + 4;
        }
        const QRect chip(x, y + (fm.height() - kChip) / 2, kChip, kChip);
        p.setPen(Qt::NoPen);
        p.setBrush(mtg::bodyColour(body));
        p.drawRoundedRect(chip, 2, 2);
        p.setPen(text);
        p.drawText(QRect(x + kChip + 6, y, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += w;
    }
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

bool YearView::isWeekend(QDate day)
{
    return day.dayOfWeek() >= 6;
}

QColor YearView::bodyColourOf(const Mark *mark)
{
    return mtg::bodyColour(mark->body);
}

void YearView::activate(qint64 id)
{
    m_current = id;
    update();
    emit meetingActivated(id);
}

void YearView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const Geometry g = geometry();
    if (g.previous.contains(event->position().toPoint()))
        return emit yearRequested(m_year - 1);
    if (g.next.contains(event->position().toPoint()))
        return emit yearRequested(m_year + 1);
    const QList<const Mark *> on = marksOn(dateAt(event->position().toPoint()));
    if (on.isEmpty())
        return;
    // A further click on a day of several meetings goes to the next of them.
    qsizetype next = 0;
    for (qsizetype i = 0; i < on.size(); ++i) {
        if (on.at(i)->id == m_current)
            next = (i + 1) % on.size();
    }
    activate(on.at(next)->id);
}

void YearView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown) {
        event->accept();
        return emit yearRequested(m_year + (event->key() == Qt::Key_PageUp ? -1 : 1));
    }
    QList<const Mark *> inYear;
    qsizetype at = -1;
    for (const Mark &mark : m_marks) {
        if (mark.date.year() != m_year)
            continue;
        if (mark.id == m_current)
            at = inYear.size();
        inYear << &mark;
    }
    if (inYear.isEmpty())
        return QWidget::keyPressEvent(event);
    qsizetype to = -1;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        to = at < 0 ? inYear.size() - 1 : std::max<qsizetype>(0, at - 1);
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        to = at < 0 ? 0 : std::min<qsizetype>(inYear.size() - 1, at + 1);
        break;
    case Qt::Key_Home:
        to = 0;
        break;
    case Qt::Key_End:
        to = inYear.size() - 1;
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
    if (to >= 0 && to != at)
        activate(inYear.at(to)->id);
}

bool YearView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Geometry g = geometry();
        if (g.previous.contains(help->pos()) || g.next.contains(help->pos())) {
            QToolTip::showText(help->globalPos(),
                g.previous.contains(help->pos()) ? tr("The year before (Page Up)") : tr("The year after (Page Down)"), this);
            return true;
        }
        const QDate day = dateAt(help->pos());
        const QList<const Mark *> on = marksOn(day);
        if (on.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QStringList lines;
        for (const Mark *mark : on)
            lines << tr("%1 · %2 · %3").arg(mark->number, MeetingText::label(mark->body), mark->title);
        QToolTip::showText(help->globalPos(), lines.join(u'\n'), this);
        return true;
    }
    return QWidget::event(event);
}

void YearView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace sd::ui
