#include "pages/members/MemberTableModel.h"

#include "pages/members/RegisterLane.h"

#include <QColor>

#include <algorithm>
#include <limits>

namespace sd::ui {

using members::MemberQuery;
using members::MemberReader;
using members::MemberRow;

namespace {

/// Rows this close to a window's edge also want the neighbouring window (the margin around
/// the visible range).
constexpr int kMargin = 50;
/// Wanted windows remembered; older wishes (rows scrolled past) are forgotten.
constexpr int kMaxWanted = 8;
constexpr int kMaxInFlight = 2;

int clampRows(qint64 n)
{
    return static_cast<int>(std::min<qint64>(n, std::numeric_limits<int>::max() - 1));
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

MemberTableModel::MemberTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_rowsLane(std::make_unique<RegisterLane>(QStringLiteral("register-rows")))
    , m_idsLane(std::make_unique<RegisterLane>(QStringLiteral("register-ids")))
{
    retranslate();
}

MemberTableModel::~MemberTableModel()
{
    cancelIdLoad();
    // Join the lanes before QObject's destructor discards what they posted to this model.
    m_idsLane.reset();
    m_rowsLane.reset();
}

void MemberTableModel::setDatabasePath(const QString &path)
{
    if (path == m_path)
        return;
    cancelIdLoad();
    if (!m_path.isEmpty()) {
        // No connection stays open on a file that was closed.
        m_rowsLane->release();
        m_idsLane->release();
    }
    m_path = path;
    const int generation = ++m_generation;
    beginResetModel();
    m_shownGeneration = generation;
    m_awaitingFirstRows = false;
    m_windows.clear();
    m_wanted.clear();
    m_inFlight.clear();
    m_ids.clear();
    m_idsLoaded = false;
    m_rowCount = 0;
    m_count = path.isEmpty() ? 0 : -1;
    endResetModel();
    setLoading(false);
    emit countChanged(m_count);
}

void MemberTableModel::setQuery(const MemberQuery &query)
{
    m_query = query;
    start(true);
}

void MemberTableModel::refresh()
{
    start(false);
}

void MemberTableModel::cancelIdLoad()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
}

void MemberTableModel::start(bool withFirstRows)
{
    cancelIdLoad();
    const int generation = ++m_generation;
    m_awaitingFirstRows = withFirstRows;
    if (m_path.isEmpty())
        return;
    setLoading(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    emit queryStarted();
    if (!withFirstRows) {
        startIdLoad(generation);
        return;
    }
    MemberTableModel *self = this; // the lanes are joined before this model goes away
    m_rowsLane->post(m_path,
        [self, generation, query = m_query, cancel = m_cancel, skipped = m_skipped](const MemberReader *reader) {
            if (cancel->load()) {
                ++*skipped; // superseded while queued (typing): never computed
                return;
            }
            QList<MemberRow> rows = reader ? reader->firstRows(query, kWindow) : QList<MemberRow>();
            QMetaObject::invokeMethod(
                self, [self, generation, rows = std::move(rows)] { self->onFirstRows(generation, rows); },
                Qt::QueuedConnection);
        });
}

void MemberTableModel::startIdLoad(int generation)
{
    MemberTableModel *self = this;
    m_idsLane->post(m_path,
        [self, generation, query = m_query, cancel = m_cancel, skipped = m_skipped](const MemberReader *reader) {
            if (cancel->load()) {
                ++*skipped; // superseded before it started
                return;
            }
            const qint64 count = reader ? reader->count(query) : 0;
            QMetaObject::invokeMethod(
                self, [self, generation, count] { self->onCount(generation, count); }, Qt::QueuedConnection);
            if (cancel->load())
                return;
            QList<qint64> ids = reader ? reader->orderedIds(query, cancel.get(), count) : QList<qint64>();
            if (cancel->load())
                return; // a partial list: never shown
            QMetaObject::invokeMethod(
                self, [self, generation, ids = std::move(ids)] { self->onIds(generation, ids); },
                Qt::QueuedConnection);
        });
}

void MemberTableModel::onFirstRows(int generation, const QList<MemberRow> &rows)
{
    if (generation != m_generation || !m_awaitingFirstRows) {
        ++m_staleDropped;
        return;
    }
    m_awaitingFirstRows = false;
    beginResetModel();
    m_shownGeneration = generation;
    m_windows.clear();
    m_wanted.clear();
    m_inFlight.clear();
    m_ids.clear();
    m_idsLoaded = false;
    m_count = -1;
    m_rowCount = static_cast<int>(rows.size());
    if (!rows.isEmpty())
        m_windows.insert(0, { rows, ++m_tick });
    endResetModel();
    emit firstRowsShown();

    if (rows.size() < kWindow) {
        // The whole result is here: no count or id list to wait for.
        QList<qint64> ids;
        ids.reserve(rows.size());
        for (const MemberRow &row : rows)
            ids.append(row.id);
        applyIds(ids);
        return;
    }
    // Only now the count and the ids: the first paint does not share the CPU with them.
    emit countChanged(-1);
    startIdLoad(generation);
}

void MemberTableModel::onCount(int generation, qint64 count)
{
    if (generation != m_generation) {
        ++m_staleDropped;
        return;
    }
    if (m_shownGeneration == generation && !m_idsLoaded)
        applyCount(count);
    // else a refresh: its ids replace everything at once
}

void MemberTableModel::onIds(int generation, const QList<qint64> &ids)
{
    if (generation != m_generation) {
        ++m_staleDropped;
        return;
    }
    if (m_shownGeneration == generation) {
        applyIds(ids);
        return;
    }
    // A refresh of the same query: the new ids replace the rows on screen.
    beginResetModel();
    m_shownGeneration = generation;
    m_windows.clear();
    m_wanted.clear();
    m_inFlight.clear();
    m_ids = ids;
    m_idsLoaded = true;
    m_rowCount = clampRows(ids.size());
    m_count = ids.size();
    endResetModel();
    setLoading(false);
    emit countChanged(m_count);
    emit idsArrived();
    emit refreshed();
}

void MemberTableModel::applyCount(qint64 count)
{
    m_count = count;
    if (count > m_rowCount)
        resizeTo(clampRows(count));
    emit countChanged(count);
}

void MemberTableModel::applyIds(const QList<qint64> &ids)
{
    // The first rows came from their own query: keep them only when they are the ids' first rows
    // (a change committed in between could have moved them).
    bool firstWindowDropped = false;
    if (auto it = m_windows.find(0); it != m_windows.end()) {
        const QList<MemberRow> &rows = it->rows;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (i >= ids.size() || rows.at(i).id != ids.at(i)) {
                m_windows.erase(it);
                firstWindowDropped = true;
                break;
            }
        }
    }
    m_ids = ids;
    m_idsLoaded = true;
    resizeTo(clampRows(ids.size()));
    m_count = ids.size();
    if (firstWindowDropped && m_rowCount > 0)
        emit dataChanged(index(0, 0), index(std::min(m_rowCount, kWindow) - 1, ColumnCount - 1));
    setLoading(false);
    emit countChanged(m_count);
    emit idsArrived();
    if (!m_wanted.isEmpty())
        schedulePump();
}

void MemberTableModel::resizeTo(int rows)
{
    if (rows > m_rowCount) {
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows({}, rows, m_rowCount - 1);
        m_rowCount = rows;
        const int lastWindow = rows > 0 ? (rows - 1) / kWindow : -1;
        for (auto it = m_windows.begin(); it != m_windows.end();) {
            if (it.key() > lastWindow) {
                it = m_windows.erase(it);
            } else {
                if (it.key() == lastWindow)
                    it->rows.resize(std::min<qsizetype>(it->rows.size(), rows - lastWindow * kWindow));
                ++it;
            }
        }
        endRemoveRows();
    }
}

void MemberTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void MemberTableModel::want(int window) const
{
    if (window < 0 || window * kWindow >= m_rowCount || m_windows.contains(window))
        return;
    m_wanted.removeOne(window);
    m_wanted.prepend(window);
    if (m_wanted.size() > kMaxWanted)
        m_wanted.removeLast();
    schedulePump();
}

void MemberTableModel::schedulePump() const
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    // data() is const and may run inside a paint: the requests go out from the event loop.
    auto *self = const_cast<MemberTableModel *>(this);
    QMetaObject::invokeMethod(self, [self] { self->pump(); }, Qt::QueuedConnection);
}

void MemberTableModel::pump()
{
    m_pumpScheduled = false;
    if (!m_idsLoaded || m_path.isEmpty())
        return; // the ids bring the rest; wishes stay until then
    while (m_inFlight.size() < kMaxInFlight && !m_wanted.isEmpty()) {
        const int window = m_wanted.takeFirst();
        const qsizetype first = static_cast<qsizetype>(window) * kWindow;
        if (m_windows.contains(window) || m_inFlight.contains(window) || first >= m_ids.size())
            continue;
        QList<qint64> ids = m_ids.mid(first, kWindow);
        m_inFlight.append(window);
        MemberTableModel *self = this;
        const int generation = m_shownGeneration;
        m_rowsLane->post(m_path, [self, generation, window, ids = std::move(ids)](const MemberReader *reader) {
            QList<MemberRow> rows = reader ? reader->rows(ids) : QList<MemberRow>();
            QMetaObject::invokeMethod(
                self,
                [self, generation, window, ids, rows = std::move(rows)] {
                    self->onWindow(generation, window, ids, rows);
                },
                Qt::QueuedConnection);
        });
    }
}

void MemberTableModel::onWindow(int generation, int window, const QList<qint64> &ids, const QList<MemberRow> &rows)
{
    if (generation != m_shownGeneration) {
        ++m_staleDropped; // its in-flight slot went with the reset
        return;
    }
    m_inFlight.removeOne(window);
    const int first = window * kWindow;
    if (first < m_rowCount) {
        // rows(ids) leaves out members deleted meanwhile: keep the window aligned with the ids.
        QList<MemberRow> aligned;
        aligned.reserve(ids.size());
        qsizetype next = 0;
        for (qint64 id : ids) {
            if (next < rows.size() && rows.at(next).id == id) {
                aligned.append(rows.at(next++));
            } else {
                MemberRow gone;
                gone.id = id;
                aligned.append(gone);
            }
        }
        const int last = std::min(m_rowCount, first + static_cast<int>(aligned.size())) - 1;
        insertWindow(window, std::move(aligned));
        if (last >= first)
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
    if (!m_wanted.isEmpty())
        schedulePump();
}

void MemberTableModel::insertWindow(int window, QList<MemberRow> rows)
{
    m_windows.insert(window, { std::move(rows), ++m_tick });
    while (m_windows.size() > kMaxWindows) {
        auto oldest = m_windows.end();
        for (auto it = m_windows.begin(); it != m_windows.end(); ++it) {
            if (it.key() != window && (oldest == m_windows.end() || it->used < oldest->used))
                oldest = it;
        }
        if (oldest == m_windows.end())
            break;
        m_windows.erase(oldest);
    }
}

const MemberRow *MemberTableModel::rowPtr(int row) const
{
    const int window = row / kWindow;
    const int offset = row - window * kWindow;
    if (offset < kMargin)
        want(window - 1);
    else if (offset >= kWindow - kMargin)
        want(window + 1);
    auto it = m_windows.find(window);
    if (it == m_windows.end() || offset >= it->rows.size()) {
        want(window);
        return nullptr;
    }
    it->used = ++m_tick;
    return &it->rows.at(offset);
}

qint64 MemberTableModel::memberId(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return 0;
    if (m_idsLoaded)
        return row < m_ids.size() ? m_ids.at(row) : 0;
    auto it = m_windows.constFind(row / kWindow);
    const int offset = row % kWindow;
    return it != m_windows.constEnd() && offset < it->rows.size() ? it->rows.at(offset).id : 0;
}

int MemberTableModel::rowOf(qint64 memberId) const
{
    if (m_idsLoaded)
        return static_cast<int>(m_ids.indexOf(memberId));
    auto it = m_windows.constFind(0);
    if (it == m_windows.constEnd())
        return -1;
    for (qsizetype i = 0; i < it->rows.size(); ++i) {
        if (it->rows.at(i).id == memberId)
            return static_cast<int>(i);
    }
    return -1;
}

std::optional<MemberRow> MemberTableModel::cachedRow(int row) const
{
    auto it = m_windows.constFind(row / kWindow);
    const int offset = row % kWindow;
    if (row < 0 || row >= m_rowCount || it == m_windows.constEnd() || offset >= it->rows.size())
        return std::nullopt;
    return it->rows.at(offset);
}

int MemberTableModel::cachedRowCount() const
{
    qsizetype n = 0;
    for (const Window &w : std::as_const(m_windows))
        n += w.rows.size();
    return static_cast<int>(n);
}

std::optional<MemberQuery::Sort> MemberTableModel::sortFor(int column)
{
    switch (column) {
    case MemberNoColumn:
        return MemberQuery::Sort::MemberNo;
    case NameColumn:
        return MemberQuery::Sort::Name;
    case AffiliationColumn:
        return MemberQuery::Sort::Affiliation;
    case GradeColumn:
        return MemberQuery::Sort::Grade;
    case StatusColumn:
        return MemberQuery::Sort::Status;
    case JoinDateColumn:
        return MemberQuery::Sort::JoinDate;
    default:
        return std::nullopt;
    }
}

int MemberTableModel::columnFor(MemberQuery::Sort sort)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (sortFor(c) == sort)
            return c;
    }
    return NameColumn;
}

void MemberTableModel::retranslate()
{
    m_headers = { tr("Member No."), tr("Name"), tr("Gender"), tr("Date of Birth"), tr("ID Number"), tr("Mobile"),
        tr("Affiliation"), tr("Grade"), tr("Status"), tr("Front Line"), tr("Join Date") };
    m_yes = tr("Yes");
    m_no = tr("No");
    m_unknown = tr("Unknown");
    m_loadingText = tr("Loading…");
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1), { Qt::DisplayRole });
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::display(const MemberRow &row, int column) const
{
    switch (column) {
    case MemberNoColumn:
        return row.memberNo;
    case NameColumn:
        return row.name;
    case GenderColumn:
        return row.gender == Gender::Unknown ? QString() : MemberText::label(row.gender);
    case BirthDateColumn:
        return isoDate(row.birthDate);
    case IdNumberColumn:
        return row.idNumberMasked;
    case MobileColumn:
        return row.mobileMasked;
    case AffiliationColumn:
        return row.affiliation;
    case GradeColumn:
        return row.grade;
    case StatusColumn:
        return row.memberNo.isEmpty() ? QString() : MemberText::label(row.status);
    case FrontLineColumn:
        if (row.memberNo.isEmpty())
            return QString();
        return row.frontLine ? (*row.frontLine ? m_yes : m_no) : m_unknown;
    case JoinDateColumn:
        return isoDate(row.joinDate);
    default:
        return {};
    }
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const MemberRow *row = rowPtr(index.row());
        if (row)
            return display(*row, index.column());
        return index.column() == NameColumn ? QVariant(m_loadingText) : QVariant();
    }
    case Qt::ForegroundRole: {
        auto it = m_windows.constFind(index.row() / kWindow);
        const bool loaded = it != m_windows.constEnd() && index.row() % kWindow < it->rows.size();
        return loaded ? QVariant() : QVariant(QColor(Qt::gray));
    }
    case MemberIdRole: {
        const qint64 id = memberId(index.row());
        return id;
    }
    case LoadedRole:
        return rowPtr(index.row()) != nullptr;
    case StatusRole: {
        const MemberRow *row = rowPtr(index.row());
        return row ? QVariant(static_cast<int>(row->status)) : QVariant();
    }
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_headers.size() ? QVariant(m_headers.at(section)) : QVariant();
    return section + 1;
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<MemberQuery::Sort> sort = sortFor(column);
    if (!sort)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (*sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = *sort;
    m_query.descending = descending;
    start(true);
}

} // namespace sd::ui
