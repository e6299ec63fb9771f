#include "pages/meetings/MeetingListModel.h"

#include "meetings/MeetingStore.h"
#include "pages/meetings/MeetingSupport.h"

#include <QBrush>
#include <QPixmap>

namespace sd::ui {

using meetings::MeetingText;

MeetingListModel::MeetingListModel(QObject *parent) : QAbstractTableModel(parent) { }

void MeetingListModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void MeetingListModel::setRow(int row, const Row &value)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row] = value;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const MeetingListModel::Row *MeetingListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MeetingListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).meeting.id == id)
            return i;
    }
    return -1;
}

QString MeetingListModel::minutesLabel(MinutesState state, int version)
{
    switch (state) {
    case MinutesState::None:
        return tr("None");
    case MinutesState::Draft:
        return tr("Draft");
    case MinutesState::Signed:
        return version > 1 ? tr("Signed (v%1)").arg(version) : tr("Signed");
    case MinutesState::Correction:
        return tr("Correction (v%1)").arg(version);
    }
    return {};
}

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MeetingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const meetings::Meeting &m = row.meeting;
    const meetings::Quorum &q = row.quorum;
    const bool recorded = q.seats > 0 && q.unrecorded < q.seats;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return m.number;
        case DateColumn:
            return mtg::isoDate(m.date);
        case BodyColumn:
            return MeetingText::label(m.body);
        case ModeColumn:
            return MeetingText::label(m.mode);
        case AttendanceColumn:
            return recorded ? QStringLiteral("%1/%2").arg(q.present).arg(q.seats) : QStringLiteral("—/%1").arg(q.seats);
        case QuorumColumn:
            return mtg::MeetingLabels::quorumMark(q);
        case ResolutionsColumn:
            return row.resolutions;
        case MinutesColumn:
            return minutesLabel(row.minutes, row.minutesVersion);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == BodyColumn) {
            QPixmap chip(10, 10);
            chip.fill(mtg::bodyColour(m.body));
            return chip;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == QuorumColumn && q.applicable && recorded)
            return QBrush(q.isQuorate() ? mtg::goodColour() : mtg::badColour());
        if (index.column() == MinutesColumn && row.minutes != MinutesState::Signed)
            return QBrush(mtg::warnColour());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AttendanceColumn || index.column() == ResolutionsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == NumberColumn)
            return meetings::MeetingStore::displayTitle(m);
        if (index.column() == AttendanceColumn || index.column() == QuorumColumn)
            return mtg::MeetingLabels::quorum(q);
        break;
    case Qt::UserRole:
        return m.id;
    default:
        break;
    }
    return {};
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case DateColumn:
        return tr("Date");
    case BodyColumn:
        return tr("Body");
    case ModeColumn:
        return tr("Mode");
    case AttendanceColumn:
        return tr("Present/Seats");
    case QuorumColumn:
        return tr("Quorum");
    case ResolutionsColumn:
        return tr("Resolutions");
    case MinutesColumn:
        return tr("Minutes");
    }
    return {};
}

} // namespace sd::ui
