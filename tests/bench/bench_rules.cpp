// Rules engine benchmark (not part of ctest; `cmake --build build --target bench_rules`).
//   build/tests/bin/bench_rules FILE [YEAR] [REPEATS]
// Evaluates every shipped rule pack over FILE (the anchor, issue 7: all six packs over the
// 1M-member demo society — `societydesk-cli --db F init --demo` then `demo --members 1000000` —
// in at most 300 ms) and prints the first (cold) and the median of REPEATS warm evaluations,
// then each requirement's share, slowest first, so a slow check is found without a profiler.
#include "rules/Engine.h"
#include "rules/RulePack.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace sd;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_rules FILE [YEAR] [REPEATS]\n");
        return 2;
    }
    storage::Database::Options options;
    options.mode = storage::OpenMode::OpenExisting;
    storage::StorageError error;
    auto db = storage::Database::open(args.at(1), options, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 4;
    }
    const int year = args.size() > 2 ? args.at(2).toInt() : db->clock().today().year();
    const int repeats = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 5;

    QList<rules::RulePack> packs;
    for (const QString &id : rules::PackLoader::builtinIds()) {
        rules::PackError packError;
        const std::optional<rules::RulePack> pack = rules::PackLoader::builtin(id, &packError);
        if (!pack) {
            std::fprintf(stderr, "%s\n", qPrintable(packError.text()));
            return 3;
        }
        packs << *pack;
    }
    int checks = 0;
    for (const rules::RulePack &p : std::as_const(packs))
        for (const rules::Requirement &r : p.requirements)
            checks += int(r.checks.size());

    QElapsedTimer t;
    QList<double> times;
    qsizetype findings = 0;
    for (int i = 0; i <= repeats; ++i) {
        t.start();
        findings = rules::Engine::evaluate(*db, packs, year).size();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    const double cold = times.takeFirst();
    std::sort(times.begin(), times.end());
    const double median = times.at(times.size() / 2);
    std::printf("packs %lld, requirements' checks %d, findings %lld, year %d\n", static_cast<long long>(packs.size()), checks,
        static_cast<long long>(findings), year);
    std::printf("all packs: first %.1f ms, median of %d %.1f ms (anchor: at most 300 ms) — %s\n", cold, repeats, median,
        median <= 300.0 ? "met" : "NOT met");

    // Each requirement alone (warm), slowest first.
    struct Part
    {
        QString id;
        double ms;
    };
    QList<Part> parts;
    for (const rules::RulePack &p : std::as_const(packs)) {
        for (const rules::Requirement &r : p.requirements) {
            rules::RulePack one = p;
            one.requirements = { r };
            t.start();
            (void)rules::Engine::evaluate(*db, { one }, year);
            parts << Part { p.id + u'/' + r.id, double(t.nsecsElapsed()) / 1e6 };
        }
    }
    std::sort(parts.begin(), parts.end(), [](const Part &a, const Part &b) { return a.ms > b.ms; });
    for (qsizetype i = 0; i < std::min<qsizetype>(parts.size(), 15); ++i)
        std::printf("  %-32s %8.2f ms\n", qPrintable(parts.at(i).id), parts.at(i).ms);
    return 0;
}
