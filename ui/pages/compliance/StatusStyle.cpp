#include "pages/compliance/StatusStyle.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace sd::ui {

using rules::Status;

QColor StatusStyle::color(Status status)
{
    switch (status) {
    case Status::Pass:
        return QColor(0x2e, 0x7d, 0x32);
    case Status::Fail:
        return QColor(0xc6, 0x28, 0x28);
    case Status::Warning:
        return QColor(0xe0, 0x86, 0x00);
    case Status::Pending:
        return QColor(0x15, 0x65, 0xc0);
    case Status::NotApplicable:
        return QColor(0x9e, 0x9e, 0x9e);
    case Status::MissingData:
        return QColor(0x7b, 0x1f, 0xa2);
    }
    return Qt::gray;
}

int StatusStyle::severity(Status status)
{
    switch (status) {
    case Status::Fail:
        return 5;
    case Status::MissingData:
        return 4;
    case Status::Warning:
        return 3;
    case Status::Pending:
        return 2;
    case Status::Pass:
        return 1;
    case Status::NotApplicable:
        return 0;
    }
    return 0;
}

QList<Status> StatusStyle::summaryOrder()
{
    return { Status::Fail, Status::Warning, Status::MissingData, Status::Pending, Status::Pass, Status::NotApplicable };
}

namespace {

QPixmap paintIcon(Status status, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF disc(0.5, 0.5, s - 1, s - 1);
    p.setPen(Qt::NoPen);
    p.setBrush(StatusStyle::color(status));
    p.drawEllipse(disc);
    QPen pen(Qt::white, s / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (status) {
    case Status::Pass: {
        QPainterPath tick;
        tick.moveTo(s * 0.27, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.69);
        tick.lineTo(s * 0.74, s * 0.34);
        p.drawPath(tick);
        break;
    }
    case Status::Fail:
        p.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68));
        p.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68));
        break;
    case Status::Warning:
        p.drawLine(QPointF(s * 0.5, s * 0.25), QPointF(s * 0.5, s * 0.56));
        p.drawPoint(QPointF(s * 0.5, s * 0.74));
        break;
    case Status::Pending:
        // A clock face's hands.
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.26));
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.69, s * 0.62));
        break;
    case Status::NotApplicable:
        p.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
        break;
    case Status::MissingData: {
        QPainterPath q;
        q.moveTo(s * 0.36, s * 0.38);
        q.cubicTo(s * 0.36, s * 0.2, s * 0.66, s * 0.2, s * 0.64, s * 0.38);
        q.cubicTo(s * 0.63, s * 0.48, s * 0.5, s * 0.48, s * 0.5, s * 0.58);
        p.drawPath(q);
        p.drawPoint(QPointF(s * 0.5, s * 0.76));
        break;
    }
    }
    return pixmap;
}

} // namespace

QIcon StatusStyle::icon(Status status)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(status);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QIcon icon;
    for (int size : { 16, 24 }) {
        icon.addPixmap(paintIcon(status, size, 1.0));
        icon.addPixmap(paintIcon(status, size, 2.0));
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace sd::ui
