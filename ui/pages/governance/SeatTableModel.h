#pragma once

#include "governance/Governance.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace sd::ui {

/// The seats of one body in one term, as the governance page lists them. It holds a copy of
/// the rows it was given (a body has at most a few hundred seats); the page re-reads them from
/// GovernanceStore after every change and hands them over with setSeats().
class SeatTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        RoleColumn,
        MemberNoColumn,
        GenderColumn,
        BirthDateColumn,
        FrontLineColumn,
        PoliticalStatusColumn,
        AffiliationColumn,
        FullTimeColumn,
        StartColumn,
        EndColumn,
        ColumnCount
    };

    explicit SeatTableModel(QObject *parent = nullptr);

    /// Replaces the rows; ages are counted on `date`.
    void setSeats(const QList<governance::Seat> &seats, QDate date);
    [[nodiscard]] const QList<governance::Seat> &seats() const { return m_seats; }
    /// The seat of `row`, or null.
    [[nodiscard]] const governance::Seat *seatAt(int row) const;
    /// The row of the seat `id`, or -1.
    [[nodiscard]] int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// 是 / 否 / 未知 (translated).
    static QString yesNoUnknown(const std::optional<bool> &value);

private:
    QList<governance::Seat> m_seats;
    QDate m_date;
};

} // namespace sd::ui
