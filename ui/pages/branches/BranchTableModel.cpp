#include "pages/branches/BranchTableModel.h"

#include <QBrush>
#include <QColor>

namespace sd::ui {

using branches::BranchStatus;
using branches::BranchText;

namespace {

const QColor kProblem(0xb3, 0x26, 0x1e);
const QColor kMuted(0x75, 0x75, 0x75);

QString isoDate(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

BranchTableModel::BranchTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void BranchTableModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const BranchTableModel::Row *BranchTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int BranchTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).branch.id == id)
            return i;
    }
    return -1;
}

QString BranchTableModel::attention(const Row &row)
{
    QStringList parts;
    if (row.inactive)
        parts << tr("No activity for over 12 months");
    if (row.withoutFiling)
        parts << tr("No establishment filing");
    return parts.join(tr("; "));
}

int BranchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BranchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BranchTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const branches::Branch &b = row.branch;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return b.name;
        case KindColumn:
            return b.kind;
        case StatusColumn:
            return BranchText::label(b.status);
        case EstablishedColumn:
            return isoDate(b.establishedOn);
        case LeaderColumn:
            return b.leader;
        case SecretaryColumn:
            return b.secretary;
        case LastActivityColumn:
            return row.lastActivity.isValid() ? isoDate(row.lastActivity) : tr("None");
        case AttentionColumn:
            return attention(row);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == AttentionColumn || (index.column() == LastActivityColumn && row.inactive))
            return QBrush(kProblem);
        if (b.status == BranchStatus::Dissolved)
            return QBrush(kMuted);
        break;
    case Qt::ToolTipRole:
        if (index.column() == AttentionColumn || index.column() == LastActivityColumn) {
            const QString text = attention(row);
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        break;
    case Qt::UserRole:
        return b.id;
    default:
        break;
    }
    return {};
}

QVariant BranchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case EstablishedColumn:
        return tr("Established");
    case LeaderColumn:
        return tr("Leader");
    case SecretaryColumn:
        return tr("Secretary");
    case LastActivityColumn:
        return tr("Last Activity");
    case AttentionColumn:
        return tr("Attention");
    }
    return {};
}

} // namespace sd::ui
