#pragma once

#include "branches/BranchStore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace sd::ui {

/// The society's branches as the Branches page lists them, with what the page learnt about
/// each from BranchStore on the reference date: the last activity, whether the branch has
/// been inactive for over twelve months and whether its establishment filing (设立备案) is
/// missing. It holds a copy of the rows; the page re-reads them after every change.
class BranchTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        StatusColumn,
        EstablishedColumn,
        LeaderColumn,
        SecretaryColumn,
        LastActivityColumn,
        AttentionColumn,
        ColumnCount
    };

    struct Row
    {
        branches::Branch branch;
        QDate lastActivity;
        bool inactive = false;
        bool withoutFiling = false;
    };

    explicit BranchTableModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    /// The row's branch, or null.
    [[nodiscard]] const Row *rowAt(int row) const;
    /// The row of the branch `id`, or -1.
    [[nodiscard]] int rowOf(qint64 id) const;
    /// What the attention column says of a row (translated; empty when nothing).
    [[nodiscard]] static QString attention(const Row &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace sd::ui
