#include "pages/compliance/FindingModel.h"

#include "i18n/Language.h"
#include "pages/compliance/StatusStyle.h"

#include <QFont>

namespace sd::ui {

using rules::Finding;
using rules::FindingText;
using rules::Status;

namespace {
/// internalId of a requirement row; a check row's is its requirement's row + 1.
constexpr quintptr kTopLevel = 0;
} // namespace

FindingModel::FindingModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

QString FindingModel::title(const rules::Requirement &requirement)
{
    const bool chinese = i18n::current() == i18n::Language::Chinese;
    const QString &preferred = chinese ? requirement.titleZh : requirement.titleEn;
    return preferred.isEmpty() ? (chinese ? requirement.titleEn : requirement.titleZh) : preferred;
}

QString FindingModel::title(const rules::RulePack &pack)
{
    const bool chinese = i18n::current() == i18n::Language::Chinese;
    const QString &preferred = chinese ? pack.titleZh : pack.titleEn;
    if (!preferred.isEmpty())
        return preferred;
    return !pack.titleZh.isEmpty() ? pack.titleZh : pack.id;
}

QString FindingModel::shortCheck(const Finding &finding)
{
    const QString prefix = finding.requirement + u'.';
    return finding.check.startsWith(prefix) ? finding.check.mid(prefix.size()) : finding.check;
}

QSet<Status> FindingModel::statuses(Filter filter)
{
    switch (filter) {
    case Filter::All:
        return { Status::Pass, Status::Fail, Status::Warning, Status::Pending, Status::NotApplicable, Status::MissingData };
    case Filter::FailingAndWarnings:
        return { Status::Fail, Status::Warning };
    case Filter::NeedingAttention:
        return { Status::Fail, Status::Warning, Status::MissingData };
    case Filter::FailingOnly:
        return { Status::Fail };
    }
    return {};
}

void FindingModel::setRun(const rules::ComplianceRun &run)
{
    beginResetModel();
    m_run = run;
    rebuild();
    endResetModel();
}

void FindingModel::clear()
{
    setRun({});
}

void FindingModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void FindingModel::rebuild()
{
    m_groups.clear();
    // Where each requirement is: its pack and position (findings name the pack and requirement).
    QHash<QString, std::pair<int, int>> where;
    for (int p = 0; p < m_run.packs.size(); ++p) {
        const rules::RulePack &pack = m_run.packs.at(p);
        for (int r = 0; r < pack.requirements.size(); ++r)
            where.insert(pack.id + u'\n' + pack.requirements.at(r).id, { p, r });
    }
    const QSet<Status> kept = statuses(m_filter);
    // Findings come in pack order, a requirement's checks together: a group per run of them.
    for (int i = 0; i < m_run.findings.size(); ++i) {
        const Finding &f = m_run.findings.at(i);
        if (!kept.contains(f.status))
            continue;
        if (m_groups.isEmpty() || m_groups.constLast().requirementId != f.requirement
            || m_run.packs.value(m_groups.constLast().pack).id != f.pack) {
            Group g;
            g.requirementId = f.requirement;
            const auto found = where.constFind(f.pack + u'\n' + f.requirement);
            if (found != where.constEnd()) {
                g.pack = found->first;
                g.requirement = found->second;
            }
            g.worst = f.status;
            m_groups << g;
        }
        Group &g = m_groups.last();
        g.findings << i;
        if (StatusStyle::severity(f.status) > StatusStyle::severity(g.worst))
            g.worst = f.status;
    }
}

const FindingModel::Group *FindingModel::groupOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const qsizetype row = index.internalId() == kTopLevel ? index.row() : qsizetype(index.internalId() - 1);
    return row >= 0 && row < m_groups.size() ? &m_groups.at(row) : nullptr;
}

const Finding *FindingModel::finding(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kTopLevel)
        return nullptr;
    const Group *g = groupOf(index);
    if (!g || index.row() >= g->findings.size())
        return nullptr;
    return &m_run.findings.at(g->findings.at(index.row()));
}

const rules::RulePack *FindingModel::pack(const QModelIndex &index) const
{
    const Group *g = groupOf(index);
    return g && g->pack >= 0 ? &m_run.packs.at(g->pack) : nullptr;
}

const rules::Requirement *FindingModel::requirement(const QModelIndex &index) const
{
    const Group *g = groupOf(index);
    const rules::RulePack *p = pack(index);
    return p && g->requirement >= 0 ? &p->requirements.at(g->requirement) : nullptr;
}

QModelIndex FindingModel::indexOfCheck(const QString &check) const
{
    for (int r = 0; r < m_groups.size(); ++r) {
        const Group &g = m_groups.at(r);
        for (int c = 0; c < g.findings.size(); ++c) {
            if (m_run.findings.at(g.findings.at(c)).check == check)
                return createIndex(c, 0, quintptr(r + 1));
        }
    }
    return {};
}

int FindingModel::checkCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += static_cast<int>(g.findings.size());
    return n;
}

void FindingModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int r = 0; r < m_groups.size(); ++r) {
        const QModelIndex top = index(r, 0);
        emit dataChanged(top, index(r, ColumnCount - 1));
        if (const int n = rowCount(top); n > 0)
            emit dataChanged(index(0, 0, top), index(n - 1, ColumnCount - 1, top));
    }
}

QModelIndex FindingModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).findings.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FindingModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kTopLevel);
}

int FindingModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0 || parent.row() >= m_groups.size())
        return 0;
    return static_cast<int>(m_groups.at(parent.row()).findings.size());
}

int FindingModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags FindingModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant FindingModel::data(const QModelIndex &index, int role) const
{
    const Group *g = groupOf(index);
    if (!g)
        return {};
    if (index.internalId() == kTopLevel)
        return groupData(*g, index.column(), role);
    const Finding *f = finding(index);
    return f ? findingData(*f, index.column(), role) : QVariant();
}

QVariant FindingModel::groupData(const Group &g, int column, int role) const
{
    const rules::RulePack *p = g.pack >= 0 ? &m_run.packs.at(g.pack) : nullptr;
    const rules::Requirement *r = p && g.requirement >= 0 ? &p->requirements.at(g.requirement) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (column != StatusColumn)
            return {};
        return r ? tr("%1  %2").arg(g.requirementId, title(*r)) : g.requirementId;
    case Qt::DecorationRole:
        return column == StatusColumn ? QVariant(StatusStyle::icon(g.worst)) : QVariant();
    case Qt::ToolTipRole:
        if (!p)
            return {};
        return tr("%1 — %2").arg(title(*p), FindingText::label(g.worst));
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case StatusRole:
        return static_cast<int>(g.worst);
    case CheckRole:
        return QString();
    case RequirementRole:
        return g.requirementId;
    default:
        return {};
    }
}

QVariant FindingModel::findingData(const Finding &f, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StatusColumn:
            return FindingText::label(f.status);
        case CheckColumn:
            return shortCheck(f);
        case MeasuredColumn:
            return f.measured;
        case ThresholdColumn:
            return f.threshold;
        case HintColumn:
            return f.hint;
        default:
            return {};
        }
    case Qt::DecorationRole:
        return column == StatusColumn ? QVariant(StatusStyle::icon(f.status)) : QVariant();
    case Qt::ToolTipRole:
        // The whole text of a cell that may be cut short.
        switch (column) {
        case CheckColumn:
            return f.check;
        case MeasuredColumn:
            return f.measured;
        case ThresholdColumn:
            return f.threshold;
        case HintColumn:
            return f.hint;
        default:
            return {};
        }
    case StatusRole:
        return static_cast<int>(f.status);
    case CheckRole:
        return f.check;
    case RequirementRole:
        return f.requirement;
    default:
        return {};
    }
}

QVariant FindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case CheckColumn:
        return tr("Check");
    case MeasuredColumn:
        return tr("Measured");
    case ThresholdColumn:
        return tr("Threshold");
    case HintColumn:
        return tr("What to do");
    default:
        return {};
    }
}

} // namespace sd::ui
