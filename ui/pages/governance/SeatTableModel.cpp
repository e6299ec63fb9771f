#include "pages/governance/SeatTableModel.h"

#include "governance/Composition.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace sd::ui {

using governance::GovernanceText;
using governance::Seat;

SeatTableModel::SeatTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void SeatTableModel::setSeats(const QList<Seat> &seats, QDate date)
{
    beginResetModel();
    m_seats = seats;
    m_date = date;
    endResetModel();
}

const Seat *SeatTableModel::seatAt(int row) const
{
    return row >= 0 && row < m_seats.size() ? &m_seats.at(row) : nullptr;
}

int SeatTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_seats.size(); ++row) {
        if (m_seats.at(row).id == id)
            return row;
    }
    return -1;
}

int SeatTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_seats.size());
}

int SeatTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SeatTableModel::yesNoUnknown(const std::optional<bool> &value)
{
    if (!value)
        return tr("Unknown");
    return *value ? tr("Yes") : tr("No");
}

QVariant SeatTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Seat &s = m_seats.at(index.row());
    const auto date = [](QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return s.name;
        case RoleColumn:
            return GovernanceText::label(s.role);
        case MemberNoColumn:
            return s.memberNo;
        case GenderColumn:
            return s.gender == Gender::Unknown ? tr("Unknown") : MemberText::label(s.gender);
        case BirthDateColumn:
            if (!s.birthDate.isValid())
                return tr("Unknown");
            return tr("%1 (%2)").arg(date(s.birthDate)).arg(governance::ageOn(s.birthDate, m_date));
        case FrontLineColumn:
            return yesNoUnknown(s.frontLine);
        case PoliticalStatusColumn:
            return s.politicalStatus.isEmpty() ? tr("Unknown") : s.politicalStatus;
        case AffiliationColumn:
            return s.affiliation;
        case FullTimeColumn:
            return yesNoUnknown(s.fullTime);
        case StartColumn:
            return date(s.startDate);
        case EndColumn:
            return date(s.endDate);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        // Unknowns are greyed, never shown as "no"; an ended seat is greyed as a whole.
        const bool unknown = (index.column() == FrontLineColumn && !s.frontLine)
            || (index.column() == FullTimeColumn && !s.fullTime)
            || (index.column() == GenderColumn && s.gender == Gender::Unknown)
            || (index.column() == BirthDateColumn && !s.birthDate.isValid())
            || (index.column() == PoliticalStatusColumn && s.politicalStatus.isEmpty());
        if (unknown || !s.isHeldOn(m_date))
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn && !s.isHeldOn(m_date))
        return tr("Not seated on %1").arg(date(m_date));
    return {};
}

QVariant SeatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case MemberNoColumn:
        return tr("Member No.");
    case GenderColumn:
        return tr("Gender");
    case BirthDateColumn:
        return tr("Born (Age)");
    case FrontLineColumn:
        return tr("Front-line");
    case PoliticalStatusColumn:
        return tr("Political Status");
    case AffiliationColumn:
        return tr("Affiliation");
    case FullTimeColumn:
        return tr("Full-time");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    default:
        return {};
    }
}

} // namespace sd::ui
