// Annual figures benchmark (not part of ctest; `cmake --build build --target bench_annualfigures`).
//   build/tests/bin/bench_annualfigures FILE [YEAR] [--json]
// Opens a society file read-only (a million-member register made by the demo generator, say) and
// times computeAnnualFigures for YEAR (default: last year), and each of its costly parts alone,
// warm (the second of two runs), in wall and CPU seconds; with --json, prints the snapshot too.
#include "annual/AnnualFigures.h"
#include "annual/Finance.h"
#include "members/MemberStatistics.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <cstdio>
#include <functional>

#include <sys/resource.h>

using namespace sd;

namespace {

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void timed(const char *what, const std::function<void()> &f)
{
    f(); // warm the page cache
    QElapsedTimer wall;
    wall.start();
    const double cpu = cpuSeconds();
    f();
    std::printf("%-34s %7.3f s wall %7.3f s cpu\n", what, static_cast<double>(wall.nsecsElapsed()) / 1e9, cpuSeconds() - cpu);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_annualfigures FILE [YEAR]\n");
        return 2;
    }
    const int year = args.size() > 2 && args.at(2).toInt() > 0 ? args.at(2).toInt() : QDate::currentDate().year() - 1;
    storage::StorageError error;
    const std::unique_ptr<storage::Database> db = storage::Database::openReader(args.at(1), nullptr, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    const QDate end(year, 12, 31);
    std::printf("%s, %d: %lld members at the year's end\n", qPrintable(args.at(1)), year,
        static_cast<long long>(members::membersOn(*db, end)));
    timed("statisticsOn (year end)", [&] { members::statisticsOn(*db, end); });
    timed("duesOn (year, year before)", [&] {
        members::duesOn(*db, year, end);
        members::duesOn(*db, year - 1, end.addYears(-1));
    });
    timed("membersOn ×5, unitMembersOn ×5", [&] {
        for (int y = year - 4; y <= year; ++y) {
            members::membersOn(*db, QDate(y, 12, 31));
            members::unitMembersOn(*db, QDate(y, 12, 31));
        }
    });
    timed("joinedIn, exitedIn", [&] {
        members::joinedIn(*db, year);
        members::exitedIn(*db, year);
    });
    timed("Finance::duesCrossCheck", [&] { static_cast<void>(annual::Finance(*db).duesCrossCheck(year)); });
    timed("computeAnnualFigures", [&] { static_cast<void>(annual::computeAnnualFigures(*db, year)); });
    if (args.contains(QStringLiteral("--json")))
        std::printf("%s", QJsonDocument(annual::computeAnnualFigures(*db, year).toJson()).toJson().constData());
    return 0;
}
