#pragma once

#include "meetings/Meeting.h"

#include <QAbstractTableModel>
#include <QList>

namespace sd::ui {

/// The meetings as the Meetings page lists them, each with what the page learnt from
/// MeetingStore: its quorum from the roll, how many resolutions it took and where its minutes
/// stand. It holds a copy of the rows; the page re-reads them after every change.
class MeetingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        DateColumn,
        BodyColumn,
        ModeColumn,
        AttendanceColumn, ///< 实到/应到
        QuorumColumn,     ///< ✓ / ✗
        ResolutionsColumn,
        MinutesColumn,
        ColumnCount
    };

    /// Where the minutes stand: none yet, a draft, signed off, or a correction not yet signed.
    enum class MinutesState { None, Draft, Signed, Correction };

    struct Row
    {
        meetings::Meeting meeting;
        meetings::Quorum quorum;
        int resolutions = 0;
        MinutesState minutes = MinutesState::None;
        int minutesVersion = 0;
    };

    explicit MeetingListModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    /// Replaces one row in place (no reset: safe while the view's selection is changing).
    void setRow(int row, const Row &value);
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    [[nodiscard]] const Row *rowAt(int row) const;
    /// The row of the meeting `id`, or -1.
    [[nodiscard]] int rowOf(qint64 id) const;
    [[nodiscard]] static QString minutesLabel(MinutesState state, int version);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace sd::ui
