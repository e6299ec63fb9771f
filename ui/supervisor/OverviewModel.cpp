#include "supervisor/OverviewModel.h"

#include "package/PackageLayout.h"
#include "pages/compliance/StatusStyle.h"

#include <QLocale>

namespace sd::ui {

using rules::Status;
namespace layout = package::layout;

OverviewModel::OverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OverviewModel::setOverview(const supervisor::Overview &overview)
{
    beginResetModel();
    m_overview = overview;
    m_failing.clear();
    for (const supervisor::OverviewRow &row : std::as_const(m_overview.rows)) {
        int failing = 0;
        for (const Status s : row.statuses)
            failing += s == Status::Fail ? 1 : 0;
        m_failing << failing;
    }
    endResetModel();
}

QString OverviewModel::checkOf(int column) const
{
    const int i = column - kFixedColumns - int(m_overview.figures.size());
    return i >= 0 && i < m_overview.checks.size() ? m_overview.checks.at(i) : QString();
}

int OverviewModel::columnOf(const QString &check) const
{
    const qsizetype i = m_overview.checks.indexOf(check);
    return i < 0 ? -1 : kFixedColumns + int(m_overview.figures.size()) + int(i);
}

int OverviewModel::figureColumn(const QString &label) const
{
    const qsizetype i = m_overview.figures.indexOf(label);
    return i < 0 ? -1 : kFixedColumns + int(i);
}

int OverviewModel::failingCount(int row) const
{
    return m_failing.value(row);
}

bool OverviewModel::fails(int row, const QString &check) const
{
    if (row < 0 || row >= m_overview.rows.size())
        return false;
    const auto &statuses = m_overview.rows.at(row).statuses;
    const auto it = statuses.constFind(check);
    return it != statuses.cend() && *it == Status::Fail;
}

QString OverviewModel::figureName(const QString &label)
{
    if (label == layout::kIndividualMembers)
        return tr("Individual members");
    if (label == layout::kUnitMembers)
        return tr("Unit members");
    if (label == layout::kCouncilSeats)
        return tr("Council seats");
    if (label == layout::kStandingCouncilSeats)
        return tr("Standing council seats");
    if (label == layout::kBranches)
        return tr("Branches");
    if (label == layout::kMeetings)
        return tr("Meetings");
    if (label == layout::kActivities)
        return tr("Activities");
    return label;
}

QColor OverviewModel::statusBackground(Status status)
{
    switch (status) {
    case Status::Pass:
        return QColor(0xc6, 0xef, 0xce);
    case Status::Fail:
        return QColor(0xff, 0xc7, 0xce);
    case Status::Warning:
        return QColor(0xff, 0xeb, 0x9c);
    case Status::Pending:
    case Status::MissingData:
        return QColor(0xd9, 0xd9, 0xd9);
    case Status::NotApplicable:
        return QColor(0xf2, 0xf2, 0xf2);
    }
    return {};
}

void OverviewModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_overview.rows.size());
}

int OverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kFixedColumns + int(m_overview.figures.size() + m_overview.checks.size());
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_overview.rows.size())
        return {};
    const supervisor::OverviewRow &row = m_overview.rows.at(index.row());
    const supervisor::Submission &s = row.submission;
    const int column = index.column();
    if (role == SubmissionIdRole)
        return s.id;

    if (column < kFixedColumns) {
        switch (role) {
        case Qt::DisplayRole:
            switch (column) {
            case Society:
                return s.society;
            case CreditCode:
                return s.creditCode;
            case Year:
                return s.year;
            case BaggingDate:
                return QLocale().toString(s.baggingDate, QLocale::ShortFormat);
            case Failing:
                return m_failing.value(index.row());
            }
            break;
        case SortRole:
            switch (column) {
            case Society:
                return s.society;
            case CreditCode:
                return s.creditCode;
            case Year:
                return s.year;
            case BaggingDate:
                return s.baggingDate;
            case Failing:
                return m_failing.value(index.row());
            }
            break;
        case Qt::TextAlignmentRole:
            if (column == Year || column == Failing)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            break;
        case Qt::ForegroundRole:
            if (column == Failing && m_failing.value(index.row()) > 0)
                return StatusStyle::color(Status::Fail);
            break;
        case Qt::ToolTipRole:
            if (column == Society && !s.missingParts.isEmpty())
                return tr("Missing parts:\n%1").arg(s.missingParts.join(u'\n'));
            if (column == Failing)
                return tr("%n failing check(s)", nullptr, m_failing.value(index.row()));
            break;
        }
        return {};
    }

    const int figure = column - kFixedColumns;
    if (figure < m_overview.figures.size()) {
        const auto it = row.figures.constFind(m_overview.figures.at(figure));
        const bool known = it != row.figures.cend();
        switch (role) {
        case Qt::DisplayRole:
            return known ? QLocale().toString(*it) : QString();
        case SortRole:
            return known ? QVariant(*it) : QVariant(qint64(-1)); // unknown sorts below every count
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return known ? QVariant() : QVariant(tr("Not in the package"));
        }
        return {};
    }

    const QString check = checkOf(column);
    if (check.isEmpty())
        return {};
    const auto it = row.statuses.constFind(check);
    const bool known = it != row.statuses.cend();
    switch (role) {
    case Qt::DisplayRole:
        return known ? rules::FindingText::label(*it) : QString();
    case StatusRole:
        return known ? QVariant(int(*it)) : QVariant();
    case SortRole:
        return known ? StatusStyle::severity(*it) : -1;
    case Qt::BackgroundRole:
        return known ? QVariant(statusBackground(*it)) : QVariant();
    case Qt::ForegroundRole:
        return known ? QVariant(QColor(0x20, 0x20, 0x20)) : QVariant();
    case Qt::DecorationRole:
        return known ? QVariant(StatusStyle::icon(*it)) : QVariant();
    case Qt::ToolTipRole:
        return known ? QString(check + QStringLiteral(": ") + rules::FindingText::label(*it))
                     : tr("%1: not checked in this package").arg(check);
    }
    return {};
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Society:
            return tr("Society");
        case CreditCode:
            return tr("Credit code");
        case Year:
            return tr("Year");
        case BaggingDate:
            return tr("Bagging date");
        case Failing:
            return tr("Failing");
        default:
            break;
        }
        const int figure = section - kFixedColumns;
        if (figure >= 0 && figure < m_overview.figures.size())
            return figureName(m_overview.figures.at(figure));
        // Two lines, the requirement above the check, so that the many check columns stay narrow.
        QString check = checkOf(section);
        const qsizetype dot = check.indexOf(u'.');
        if (dot > 0)
            check[dot] = u'\n';
        return check;
    }
    if (role == Qt::ToolTipRole) {
        if (section == Failing)
            return tr("How many checks the society fails");
        if (section == BaggingDate)
            return tr("The date the package was made (Bagging-Date)");
        const int figure = section - kFixedColumns;
        if (figure >= 0 && figure < m_overview.figures.size())
            return m_overview.figures.at(figure);
        const QString check = checkOf(section);
        if (!check.isEmpty())
            return tr("Status of check %1").arg(check);
    }
    return {};
}

OverviewFilter::OverviewFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OverviewModel::SortRole);
    setSortLocaleAware(true);
}

void OverviewFilter::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void OverviewFilter::setCheckFilter(const QString &check)
{
    if (check == m_check)
        return;
    m_check = check;
    invalidateFilter();
}

bool OverviewFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const OverviewModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    if (!m_check.isEmpty()) {
        const bool keep = m_check == anyFailing() ? model->failingCount(sourceRow) > 0 : model->fails(sourceRow, m_check);
        if (!keep)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    const supervisor::Submission &s = model->overview().rows.at(sourceRow).submission;
    return s.society.contains(m_text, Qt::CaseInsensitive) || s.creditCode.contains(m_text, Qt::CaseInsensitive);
}

} // namespace sd::ui
