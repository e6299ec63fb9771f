// Submission package benchmark (not part of ctest; `cmake --build build --target bench_package`).
//   QT_QPA_PLATFORM=offscreen build/tests/bin/bench_package [SOCIETY_FILE [YEAR]]
// Without a file: the demo society (700 members) in a temporary file, year = last year. With a
// file: it is opened as it is (give a copy: an older schema is migrated on open). Exports the
// year's package for the society's rule packs and prints how long each step took, the total,
// the ZIP's size and SHA-256. The targets: 100k members ≤ 5 s, 1M members ≤ 15 s.
#include "demo/DemoMembers.h"
#include "demo/DemoSociety.h"
#include "package/SubmissionPackage.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace sd;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTemporaryDir dir;
    storage::StorageError error;
    std::unique_ptr<storage::Database> db;
    int year = Clock::system().today().year() - 1;
    if (args.isEmpty()) {
        storage::Database::Options options;
        options.mode = storage::OpenMode::CreateNew;
        db = storage::Database::open(dir.filePath(QStringLiteral("demo.societydesk")), options, &error);
        demo::DemoMembersOptions members;
        members.members = 700;
        members.units = 20;
        if (!db || !demo::writeAll(*db, members, &error)) {
            std::fprintf(stderr, "demo: %s\n", qPrintable(error.message));
            return 1;
        }
    } else {
        storage::Database::Options options;
        QElapsedTimer open;
        open.start();
        db = storage::Database::open(args.at(0), options, &error);
        if (!db) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(args.at(0)), qPrintable(error.message));
            return 1;
        }
        std::printf("open (schema %d, migration included): %lld ms\n", db->schemaVersion(), open.elapsed());
        if (args.size() > 1)
            year = args.at(1).toInt();
    }

    package::PackageOptions options;
    options.year = year;
    QElapsedTimer total;
    QElapsedTimer step;
    QString current;
    const auto report = [&]() {
        if (!current.isEmpty())
            std::printf("  %-20s %6lld ms\n", qPrintable(current), step.elapsed());
    };
    total.start();
    package::PackageError problem;
    const std::optional<package::PackageResult> result = package::SubmissionPackage::build(
        *db, options,
        [&](const QString &name, int, int) {
            report();
            current = name;
            step.start();
            return true;
        },
        &problem);
    report();
    if (!result) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(problem.message));
        return 1;
    }
    const qint64 built = total.elapsed();
    step.start();
    QString writeError;
    if (!package::SubmissionPackage::write(*result, dir.filePath(QStringLiteral("package.zip")), &writeError)) {
        std::fprintf(stderr, "write failed: %s\n", qPrintable(writeError));
        return 1;
    }
    std::printf("  %-20s %6lld ms\n", "write + read back", step.elapsed());
    std::printf("year %d: built in %lld ms, total %lld ms; %lld bytes, %lld files, %lld missing; SHA-256 %s\n", year,
        built, total.elapsed(), qint64(result->zip.size()), qint64(result->parts.size()), qint64(result->missing.size()),
        qPrintable(result->sha256));
    return 0;
}
