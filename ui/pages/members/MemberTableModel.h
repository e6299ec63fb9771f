#pragma once

#include "members/MemberStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <atomic>
#include <memory>
#include <optional>

namespace sd::ui {

class RegisterLane;

/// The member register as a table, fluid at a million members. `data()` never touches the
/// database and never blocks:
///
/// - `setQuery()` bumps a generation and asks worker lane "rows" (a thread with its own
///   read-only connection) for `firstRows(query, kWindow)`; the old generation's work is
///   cancelled. Until the first rows arrive, the previous result stays on screen.
/// - Results come back over queued calls tagged with their generation; a result of an older
///   generation is dropped (and counted, see `staleResultsDropped()`). The first rows reset the
///   model to them and only then lane "ids" runs `count(query)` and `orderedIds(query, &cancel)`:
///   the count grows the model to the full row count (placeholders until the ids are known); the
///   ids make every row reachable.
/// - Rows are cached in windows of kWindow rows keyed by window number, at most kMaxWindows
///   (20,000 rows) in least-recently-used order. `data()` for a row whose window is missing
///   returns a placeholder, notes the window (and its neighbour near an edge) as wanted and
///   schedules a pump; the pump sends the most recently wanted windows, at most two in flight,
///   so fast scrolling does not queue work for rows already scrolled past. A window's rows are
///   fetched by id (`rows(ids)` — a keyset read, as fast at the bottom as at the top).
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        MemberNoColumn,
        NameColumn,
        GenderColumn,
        BirthDateColumn,
        IdNumberColumn,
        MobileColumn,
        AffiliationColumn,
        GradeColumn,
        StatusColumn,
        FrontLineColumn,
        JoinDateColumn,
        ColumnCount
    };
    enum Role {
        MemberIdRole = Qt::UserRole + 1, ///< qint64; 0 while the ids are loading beyond the first rows
        LoadedRole,                      ///< bool: the row's data is here
        StatusRole,                      ///< int (MemberStatus), invalid while not loaded
    };
    static constexpr int kWindow = 200;
    static constexpr int kMaxWindows = 100;

    explicit MemberTableModel(QObject *parent = nullptr);
    ~MemberTableModel() override;

    /// The society file the lanes read (empty: none; the model empties).
    void setDatabasePath(const QString &path);
    [[nodiscard]] QString databasePath() const { return m_path; }

    void setQuery(const members::MemberQuery &query);
    [[nodiscard]] const members::MemberQuery &query() const { return m_query; }
    /// Reloads the same query after a change (count and ids; the cache is dropped). The rows
    /// on screen stay until the new ids arrive; then the model resets and emits `refreshed`.
    void refresh();

    /// Matching members: -1 until counted.
    [[nodiscard]] qint64 totalCount() const { return m_count; }
    /// The current query's first rows or its count are still coming.
    [[nodiscard]] bool isCounting() const { return m_awaitingFirstRows || m_count < 0; }
    /// The current query's ids are not all known yet (or its first rows are still coming).
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool idsLoaded() const { return m_idsLoaded; }
    /// The member id of a row, or 0 while it is unknown.
    [[nodiscard]] qint64 memberId(int row) const;
    /// The row of a member id among the loaded ids, or -1.
    [[nodiscard]] int rowOf(qint64 memberId) const;
    /// The cached row, if its window is here.
    [[nodiscard]] std::optional<members::MemberRow> cachedRow(int row) const;
    [[nodiscard]] int cachedRowCount() const;
    [[nodiscard]] int cachedWindowCount() const { return static_cast<int>(m_windows.size()); }
    /// Results of an older generation dropped on arrival, plus jobs a lane skipped because they
    /// were cancelled before they started (a newer query, or a first window that held it all).
    [[nodiscard]] int staleResultsDropped() const { return m_staleDropped + m_skipped->load(); }

    /// The column's sort, if it has one (member no., name, affiliation, grade, status, join date).
    [[nodiscard]] static std::optional<members::MemberQuery::Sort> sortFor(int column);
    [[nodiscard]] static int columnFor(members::MemberQuery::Sort sort);

    /// Header labels and enum labels follow the language (the page calls it on LanguageChange).
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// A query (or a refresh) was asked for; its results follow.
    void queryStarted();
    /// The first rows of a new query are on screen.
    void firstRowsShown();
    /// `count` is -1 while counting.
    void countChanged(qint64 count);
    void loadingChanged(bool loading);
    /// Every row of the current query is reachable.
    void idsArrived();
    /// A refresh replaced the rows (the page restores its selection).
    void refreshed();

private:
    struct Window
    {
        QList<members::MemberRow> rows;
        quint64 used = 0;
    };

    void start(bool withFirstRows);
    void startIdLoad(int generation);
    void cancelIdLoad();
    void onFirstRows(int generation, const QList<members::MemberRow> &rows);
    void onCount(int generation, qint64 count);
    void onIds(int generation, const QList<qint64> &ids);
    void onWindow(int generation, int window, const QList<qint64> &ids, const QList<members::MemberRow> &rows);
    void applyCount(qint64 count);
    void applyIds(const QList<qint64> &ids);
    void resizeTo(int rows);
    void setLoading(bool loading);
    void want(int window) const;
    void schedulePump() const;
    void pump();
    void insertWindow(int window, QList<members::MemberRow> rows);
    [[nodiscard]] const members::MemberRow *rowPtr(int row) const;
    [[nodiscard]] QVariant display(const members::MemberRow &row, int column) const;

    std::unique_ptr<RegisterLane> m_rowsLane;
    std::unique_ptr<RegisterLane> m_idsLane;
    QString m_path;
    members::MemberQuery m_query;
    int m_generation = 0;      ///< of the newest request
    int m_shownGeneration = 0; ///< of the rows on screen
    bool m_awaitingFirstRows = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;

    int m_rowCount = 0;
    qint64 m_count = -1;
    bool m_loading = false;
    bool m_idsLoaded = false;
    QList<qint64> m_ids;

    mutable QHash<int, Window> m_windows;
    mutable quint64 m_tick = 0;
    mutable QList<int> m_wanted; ///< most recent first
    mutable bool m_pumpScheduled = false;
    QList<int> m_inFlight;
    int m_staleDropped = 0;
    std::shared_ptr<std::atomic<int>> m_skipped = std::make_shared<std::atomic<int>>(0);

    QStringList m_headers;
    QString m_yes, m_no, m_unknown, m_loadingText;
};

} // namespace sd::ui
