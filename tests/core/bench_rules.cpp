// Rules benchmark (not part of ctest; `cmake --build build --target bench_rules`).
//   build/tests/bin/bench_rules FILE [YEAR] [ROUNDS]
// Evaluates all the shipped rule packs over a society file — the target is the
// 1M-member demo society in at most 300 ms — and prints each pack's and each check's time (the
// best of ROUNDS, wall clock and CPU), slowest checks first. The whole evaluation's first round
// is shown too: later rounds find the member counts of the unchanged file remembered
// (members::membersOn). Make the file once with
//   societydesk-cli --db /tmp/big.societydesk init --demo
//   societydesk-cli --db /tmp/big.societydesk demo --members 1000000
#include "rules/Engine.h"
#include "rules/RulePack.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <limits>

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

struct Timing
{
    double wall = std::numeric_limits<double>::max();
    double cpu = std::numeric_limits<double>::max();
    double firstWall = 0; ///< the first round: nothing remembered yet (members::membersOn keeps counts per file version)
    double firstCpu = 0;
};

template<typename F>
Timing best(int rounds, F &&f)
{
    Timing t;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer clock;
        clock.start();
        const double cpu = cpuSeconds();
        f();
        const double wall = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        const double used = (cpuSeconds() - cpu) * 1e3;
        if (i == 0) {
            t.firstWall = wall;
            t.firstCpu = used;
        }
        t.wall = std::min(t.wall, wall);
        t.cpu = std::min(t.cpu, used);
    }
    return t;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_rules FILE [YEAR] [ROUNDS]\n");
        return 2;
    }
    storage::StorageError error;
    auto db = storage::Database::open(args.at(1), {}, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    const int year = args.size() > 2 ? args.at(2).toInt() : db->clock().today().year();
    const int rounds = args.size() > 3 ? args.at(3).toInt() : 5;
    QList<rules::RulePack> packs;
    for (const QString &id : rules::PackLoader::builtinIds()) {
        rules::PackError packError;
        if (const std::optional<rules::RulePack> pack = rules::PackLoader::builtin(id, &packError))
            packs << *pack;
        else
            std::fprintf(stderr, "%s\n", qPrintable(packError.text()));
    }
    const QDate on = rules::Engine::referenceDate(year, {}, db->clock().today());
    std::printf("%s, report year %d, reference date %s, best of %d\n", qPrintable(args.at(1)), year,
        qPrintable(on.toString(Qt::ISODate)), rounds);
    const Timing all = best(rounds, [&] { (void)rules::Engine::evaluate(*db, packs, year, on); });
    std::printf("all %lld packs: first %.1f ms (CPU %.1f ms), best %.1f ms (CPU %.1f ms)\n", static_cast<long long>(packs.size()),
        all.firstWall, all.firstCpu, all.wall, all.cpu);
    struct Row
    {
        QString id;
        QString status;
        Timing t;
    };
    QList<Row> rows;
    for (const rules::RulePack &pack : std::as_const(packs)) {
        const Timing t = best(rounds, [&] { (void)rules::Engine::evaluate(*db, { pack }, year, on); });
        std::printf("  %-16s %8.1f ms (CPU %.1f ms)\n", qPrintable(pack.id), t.wall, t.cpu);
        for (const rules::Requirement &r : pack.requirements) {
            for (const rules::CheckSpec &c : r.checks) {
                rules::RulePack one = pack;
                one.requirements = { r };
                one.requirements.first().checks = { c };
                QList<rules::Finding> findings;
                const Timing ct = best(rounds, [&] { findings = rules::Engine::evaluate(*db, { one }, year, on); });
                rows.append({ r.id + u'.' + c.id, rules::FindingText::code(findings.value(0).status), ct });
            }
        }
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.t.wall > b.t.wall; });
    std::printf("checks, slowest first:\n");
    for (const Row &r : std::as_const(rows))
        std::printf("  %-42s %-14s %8.2f ms (CPU %.2f ms)\n", qPrintable(r.id), qPrintable(r.status), r.t.wall, r.t.cpu);
    return 0;
}
