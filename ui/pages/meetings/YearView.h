#pragma once

#include "meetings/Meeting.h"

#include <QList>
#include <QRect>
#include <QWidget>

namespace sd::ui {

/// A year at a glance: twelve small months, each meeting a mark on its day in its body's
/// colour (several on one day share the cell), a legend of the bodies underneath. A click on a
/// marked day selects its meeting (the next one on each further click); the arrow keys step to
/// the previous or next meeting, Home and End to the first and last. The year's heading has
/// arrows to the years before and after (Page Up and Page Down too).
class YearView : public QWidget
{
    Q_OBJECT
public:
    struct Mark
    {
        qint64 id = 0;
        QDate date;
        meetings::MeetingBody body = meetings::MeetingBody::Council;
        QString number;
        QString title;
    };

    explicit YearView(QWidget *parent = nullptr);

    void setYear(int year);
    [[nodiscard]] int year() const { return m_year; }
    /// The meetings to mark (those outside the year are ignored).
    void setMarks(const QList<Mark> &marks);
    [[nodiscard]] const QList<Mark> &marks() const { return m_marks; }
    void setCurrentMeeting(qint64 id);
    [[nodiscard]] qint64 currentMeeting() const { return m_current; }
    /// Where the day `date` is drawn (empty outside the year); for tests.
    [[nodiscard]] QRect dayRect(QDate date) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The user chose the meeting `id` (click or keys).
    void meetingActivated(qint64 id);
    /// The user asked for another year (the heading's arrows, Page Up/Down); the owner decides
    /// whether to show it (setYear).
    void yearRequested(int year);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Geometry
    {
        QRect month[12];
        int cell = 0;
        int rowHeight = 0;
        int titleHeight = 0;
        QRect legend;
        QRect heading;
        QRect previous; ///< the heading's arrows
        QRect next;
    };
    [[nodiscard]] Geometry geometry() const;
    [[nodiscard]] QRect dayRect(const Geometry &g, QDate date) const;
    [[nodiscard]] QDate dateAt(const QPoint &pos) const;
    [[nodiscard]] QList<const Mark *> marksOn(QDate date) const;
    void activate(qint64 id);
    [[nodiscard]] static bool isWeekend(QDate day);
    [[nodiscard]] static QColor bodyColourOf(const Mark *mark);

    int m_year;
    QList<Mark> m_marks; ///< by date
    qint64 m_current = 0;
};

} // namespace sd::ui
