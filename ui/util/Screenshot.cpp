#include "util/Screenshot.h"

#include <cstdio>
#include <QApplication>
#include <QCursor>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPixmap>
#include <QRegion>
#include <QScreen>
#include <QTimer>
#include <QWidget>

namespace sd::ui {

namespace {

/// Under xvfb no window manager runs, so a dialog has no frame and melts into the window
/// behind it; draw the outline and shadow a window manager would give it.
void outlineDialog(QPixmap &shot, const QWidget *dialog)
{
    const QRect r = dialog->geometry();
    QPainter painter(&shot);
    painter.setClipRegion(QRegion(shot.rect()).subtracted(QRegion(r)));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 12));
    for (int i = 10; i >= 1; --i)
        painter.drawRect(r.adjusted(-i, -i + 3, i, i + 3));
    painter.setClipping(false);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QColor(0x80, 0x80, 0x80));
    painter.drawRect(r.adjusted(-1, -1, 0, 0));
}

QPixmap grabFront()
{
    if (QScreen *screen = QGuiApplication::primaryScreen()) {
        QPixmap whole = screen->grabWindow(0);
        if (!whole.isNull() && whole.size().width() > 1) {
            if (const QWidget *modal = QApplication::activeModalWidget())
                outlineDialog(whole, modal);
            return whole;
        }
    }
    QWidget *front = QApplication::activeModalWidget();
    if (!front)
        front = QApplication::activeWindow();
    if (!front) {
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget *w : windows)
            if (w->isVisible() && (!front || w->isModal()))
                front = w;
    }
    return front ? front->grab() : QPixmap();
}

} // namespace

void scheduleScreenshot(const QString &path, int delayMs)
{
    // xvfb starts with the pointer in the middle of the screen, hovering over whatever is there.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        QCursor::setPos(screen->geometry().bottomRight());
    QTimer::singleShot(delayMs, qApp, [path] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QPixmap shot = grabFront();
        const bool ok = !shot.isNull() && shot.save(path, "PNG");
        if (!ok)
            std::fprintf(stderr, "societydesk: could not save a screenshot to %s\n", qPrintable(path));
        // exit() leaves every running event loop, a dialog's too.
        QCoreApplication::exit(ok ? 0 : 1);
    });
}

} // namespace sd::ui
