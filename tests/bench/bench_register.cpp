// Register benchmark (not part of ctest): the Members page's model at a million members.
//   build/tests/bin/bench_register [file] [members]
// Builds a demo society of `members` (default 1,000,000) at `file` (default: a temporary folder),
// or reuses `file` when it already holds that many, then measures (in a fresh process, so the
// memory of the build does not count) in an offscreen QTableView:
// - first paint: setQuery → first rows delivered → the view painted;
// - search: 1-, 2- and 3-character queries (count + first window), in the worker's SQL and
//   through the model;
// - memory: VmRSS after the ids are loaded and after scrolling from top to bottom.
// Targets: first paint ≤ 100 ms, search ≤ 20 ms, RSS ≤ 80 MB.
#include "demo/DemoMembers.h"
#include "members/MemberStore.h"
#include "pages/members/MemberTableModel.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace sd;
using members::MemberQuery;
using ui::MemberTableModel;

namespace {

double heapInUseMb()
{
#ifdef __GLIBC__
    const struct mallinfo2 info = mallinfo2();
    return static_cast<double>(info.uordblks + info.hblkhd) / 1048576.0;
#else
    return -1;
#endif
}

/// A line of /proc/self/status in MB ("VmRSS", "VmHWM").
double procStatusMb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

/// setQuery → first rows on screen (painted), → count known, → ids loaded; in ms.
struct ModelTiming
{
    double firstPaint = -1;
    double count = -1;
    double ids = -1;
    qint64 rows = 0;
};

ModelTiming timeQuery(MemberTableModel &model, QTableView &view, const MemberQuery &query)
{
    ModelTiming timing;
    QElapsedTimer t;
    bool shown = false;
    bool counted = false;
    auto c1 = QObject::connect(&model, &MemberTableModel::firstRowsShown, &model, [&] {
        view.viewport()->repaint(); // the paint belongs to the first paint
        timing.firstPaint = static_cast<double>(t.nsecsElapsed()) / 1e6;
        shown = true;
    });
    auto c2 = QObject::connect(&model, &MemberTableModel::countChanged, &model, [&](qint64 n) {
        if (n >= 0 && shown && !counted) {
            timing.count = static_cast<double>(t.nsecsElapsed()) / 1e6;
            counted = true;
        }
    });
    t.start();
    model.setQuery(query);
    waitFor([&] { return shown && !model.isLoading(); }, 120000);
    timing.ids = static_cast<double>(t.nsecsElapsed()) / 1e6;
    if (!counted)
        timing.count = timing.ids;
    timing.rows = model.totalCount();
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return timing;
}

template <typename F> double timeMs(F &&work)
{
    QElapsedTimer t;
    t.start();
    work();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTemporaryDir dir;
    const QString path = args.size() > 1 ? QFileInfo(args.at(1)).absoluteFilePath()
                                         : dir.filePath(QStringLiteral("register.societydesk"));
    const qint64 members = args.size() > 2 ? args.at(2).toLongLong() : 1000000;

    storage::StorageError error;
    std::unique_ptr<storage::Database> db;
    if (QFileInfo::exists(path)) {
        db = storage::Database::open(path, {}, &error);
        if (db && members::MemberStore(*db).memberCount() < members) {
            std::fprintf(stderr, "%s holds fewer than %lld members; give another file\n", qPrintable(path), members);
            return 2;
        }
        if (db)
            std::printf("reusing %s\n", qPrintable(path));
    } else {
        storage::Database::Options options;
        options.mode = storage::OpenMode::CreateNew;
        db = storage::Database::open(path, options, &error);
        if (db) {
            QElapsedTimer t;
            t.start();
            demo::DemoMembersOptions demo;
            demo.members = members;
            demo.progress = [&](qint64 done, qint64 total) {
                if (done % 100000 == 0 || done == total) {
                    std::printf("  writing members: %lld / %lld (%.0f s)\n", done, total, t.elapsed() / 1000.0);
                    std::fflush(stdout);
                }
                return true;
            };
            if (!demo::writeMembers(*db, demo, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error.message));
                return 4;
            }
            std::printf("built %lld members in %.1f s; file %.0f MB\n", members, t.elapsed() / 1000.0,
                QFileInfo(path).size() / 1048576.0);
            // Measure in a fresh process: this one's heap still holds what writing left behind.
            db.reset();
            std::fflush(stdout);
            return QProcess::execute(app.applicationFilePath(), { path, QString::number(members) });
        }
    }
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 4;
    }
    std::printf("RSS at start: %.1f MB\n", procStatusMb("VmRSS"));

    // --- The worker's SQL alone (a connection like a lane's) ---------------------------------
    QSqlDatabase connection = storage::Database::openWorkerConnection(path, true, &error);
    {
        members::MemberReader reader(connection);
        const MemberQuery all;
        std::printf("\nSQL on a worker connection (warm: second of two runs)\n");
        for (int run = 0; run < 2; ++run) {
            qint64 n = 0;
            QList<qint64> ids;
            const double count = timeMs([&] { n = reader.count(all); });
            const double first = timeMs([&] { (void)reader.firstRows(all, MemberTableModel::kWindow); });
            const double ordered = timeMs([&] { ids = reader.orderedIds(all); });
            const double window = timeMs([&] { (void)reader.rows(ids.mid(ids.size() / 2, MemberTableModel::kWindow)); });
            if (run == 1)
                std::printf("  all members (%lld): count %.1f ms, firstRows(200) %.1f ms, orderedIds %.0f ms, "
                            "rows(200 ids mid-list) %.1f ms\n",
                    n, count, first, ordered, window);
        }
        std::printf("  %-22s %9s %10s %14s %12s\n", "search", "matches", "count ms", "firstRows ms", "total ms");
        const QList<QString> searches { QStringLiteral("王"), QStringLiteral("鑫"), QStringLiteral("建国"),
            QStringLiteral("王伟"), QStringLiteral("王建国"), QStringLiteral("欧阳晓"), QStringLiteral("华中科技"),
            QStringLiteral("8000"), QStringLiteral("M00012") };
        for (const QString &s : searches) {
            MemberQuery q;
            q.search = s;
            (void)reader.count(q); // warm the pages this query reads
            qint64 n = 0;
            const double count = timeMs([&] { n = reader.count(q); });
            const double first = timeMs([&] { (void)reader.firstRows(q, MemberTableModel::kWindow); });
            std::printf("  %-22s %9lld %10.1f %14.1f %12.1f\n", qPrintable(QStringLiteral("\"%1\" (%2 chars)").arg(s).arg(s.size())),
                n, count, first, count + first);
        }
    }
    storage::Database::closeConnection(connection);

    // --- The model in an offscreen table view --------------------------------------------------
    std::printf("\nRSS before the model: %.1f MB (heap in use %.1f MB; anonymous %.1f MB, file-backed %.1f MB)\n",
        procStatusMb("VmRSS"), heapInUseMb(), procStatusMb("RssAnon"), procStatusMb("RssFile"));
    auto *model = new MemberTableModel;
    QTableView view;
    view.setModel(model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 10);
    view.resize(1180, 640);
    view.show();
    model->setDatabasePath(path);

    std::printf("\nModel + view: setQuery → first rows painted / count shown / all ids loaded (ms)\n");
    const ModelTiming cold = timeQuery(*model, view, {});
    std::printf("  all members, cold lanes: first paint %.1f, count %.1f, ids %.0f (%lld rows)\n", cold.firstPaint,
        cold.count, cold.ids, cold.rows);
    MemberQuery byName;
    byName.descending = true;
    const ModelTiming warm = timeQuery(*model, view, byName);
    std::printf("  all members by name desc: first paint %.1f, count %.1f, ids %.0f\n", warm.firstPaint, warm.count,
        warm.ids);
    MemberQuery byNumber;
    byNumber.sort = MemberQuery::Sort::MemberNo;
    const ModelTiming number = timeQuery(*model, view, byNumber);
    std::printf("  all members by member no.: first paint %.1f, count %.1f, ids %.0f\n", number.firstPaint,
        number.count, number.ids);
    for (const QString &s : { QStringLiteral("王"), QStringLiteral("王伟"), QStringLiteral("王建国") }) {
        MemberQuery q;
        q.search = s;
        const ModelTiming m = timeQuery(*model, view, q);
        std::printf("  search \"%s\" (%lld matches): first paint %.1f, count %.1f, ids %.0f\n", qPrintable(s), m.rows,
            m.firstPaint, m.count, m.ids);
    }

    // --- Memory while scrolling the whole register -------------------------------------------
    model->setDatabasePath(QString());
    model->setDatabasePath(path);
    std::printf("\nRSS with the model emptied: %.1f MB (heap in use %.1f MB)\n", procStatusMb("VmRSS"), heapInUseMb());
    (void)timeQuery(*model, view, {});
    std::printf("RSS with %lld ids loaded: %.1f MB (heap in use %.1f MB)\n", model->totalCount(), procStatusMb("VmRSS"), heapInUseMb());
    QScrollBar *bar = view.verticalScrollBar();
    const int steps = 2000;
    QElapsedTimer scroll;
    scroll.start();
    int waited = 0;
    for (int i = 0; i <= steps; ++i) {
        bar->setValue(static_cast<int>(static_cast<qint64>(bar->maximum()) * i / steps));
        view.viewport()->repaint();
        const int top = view.rowAt(0);
        const int bottom = std::max(top, view.rowAt(view.viewport()->height() - 1));
        const auto loaded = [&] {
            return model->data(model->index(top, 1), MemberTableModel::LoadedRole).toBool()
                && model->data(model->index(bottom, 1), MemberTableModel::LoadedRole).toBool();
        };
        if (!loaded()) {
            ++waited;
            waitFor(loaded, 5000);
        }
    }
    std::printf("scrolled top to bottom in %d steps (%d waited for rows) in %.1f s; cache %d windows, %d rows\n",
        steps, waited, scroll.elapsed() / 1000.0, model->cachedWindowCount(), model->cachedRowCount());
    std::printf("RSS after scrolling: %.1f MB (peak %.1f MB; anonymous %.1f MB, file-backed %.1f MB)\n",
        procStatusMb("VmRSS"), procStatusMb("VmHWM"), procStatusMb("RssAnon"), procStatusMb("RssFile"));
#ifdef __GLIBC__
    malloc_trim(0);
    std::printf("RSS after malloc_trim (what the allocator kept of freed memory): %.1f MB\n", procStatusMb("VmRSS"));
#endif
    const bool lastLoaded
        = model->data(model->index(model->rowCount() - 1, 1), MemberTableModel::LoadedRole).toBool();
    std::printf("last row loaded: %s (%s)\n", lastLoaded ? "yes" : "no",
        qPrintable(model->data(model->index(model->rowCount() - 1, 1)).toString()));

    delete model;
    return 0;
}
