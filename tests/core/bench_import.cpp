// Import/export benchmark (not part of ctest; `cmake --build build --target bench_import`).
//   build/tests/bin/bench_import [members] [folder]   (a folder that has the files: imports only)
// Makes a register of realistic members (MemberGenerator), exports it unmasked as CSV in GB18030
// and as XLSX, then imports each file into an empty society file, validated and indexed, and
// compares with the sqlite3 command-line tool's `.import` of the same CSV (the anchor: the
// import may take at most twice as long) and the XLSX with LibreOffice's headless conversion to
// CSV when `soffice` is installed (at most half as long).
#include "demo/DemoMembers.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "members/MemberLayouts.h"
#include "members/MemberStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace sd;

namespace {

/// CPU seconds (user + system) of this process, or of its finished children: steadier than the
/// wall clock on a machine others use too.
double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage u {};
    getrusage(who, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

std::unique_ptr<storage::Database> create(const QString &path)
{
    QFile::remove(path);
    storage::Database::Options options;
    options.mode = storage::OpenMode::CreateNew;
    storage::StorageError error;
    auto db = storage::Database::open(path, options, &error);
    if (!db)
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
    return db;
}

double importFile(const QString &dbPath, const QString &file, qint64 *written, double *cpu)
{
    auto db = create(dbPath);
    if (!db)
        return -1;
    QElapsedTimer t;
    t.start();
    const double cpuStart = cpuSeconds();
    exchange::Importer importer(members::importLayout(u"members"), file, {});
    if (qEnvironmentVariableIsSet("CACHE"))
        QSqlQuery(db->connection())
            .exec(QStringLiteral("PRAGMA cache_size=") + qEnvironmentVariable("CACHE"));
    importer.prepare(*db);
    importer.validate();
    const double validated = t.nsecsElapsed() / 1e9;
    if (qEnvironmentVariableIsSet("VALIDATE_ONLY")) {
        std::printf("  validated in %.3f s\n", validated);
        return validated;
    }
    importer.commit(*db);
    const exchange::ImportReport &r = importer.report();
    const double s = t.nsecsElapsed() / 1e9;
    *cpu = cpuSeconds() - cpuStart;
    std::printf("  (read and checked in %.3f s, written in %.3f s)\n", validated, s - validated);
    *written = r.rowsWritten;
    if (r.outcome != exchange::ImportOutcome::Written)
        std::fprintf(stderr, "import failed: %s (%lld errors)\n", qPrintable(r.failure),
            static_cast<long long>(r.errors.size()));
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 n = args.size() > 1 ? args.at(1).toLongLong() : 100000;
    QTemporaryDir tmp;
    const QString dir = args.size() > 2 ? args.at(2) : tmp.path();
    const QString csv = dir + QStringLiteral("/members-gb18030.csv");
    const QString xlsx = dir + QStringLiteral("/members.xlsx");

    // With the files already there (a second run on the same folder), only the imports are timed.
    if (!QFileInfo::exists(csv) || !QFileInfo::exists(xlsx)) {
        auto source = create(dir + QStringLiteral("/source.societydesk"));
        if (!source)
            return 4;
        demo::DemoMembersOptions options;
        options.members = n;
        options.units = 0;
        options.today = QDate(2026, 6, 30);
        storage::StorageError error;
        if (!demo::writeMembers(*source, options, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 4;
        }
        const auto members = members::exportSource(u"members");
        exchange::ExportOptions csvOptions;
        csvOptions.unmasked = true;
        csvOptions.encoding = exchange::WriteOptions::Encoding::Gb18030;
        QElapsedTimer t;
        t.start();
        exchange::ExportResult r = exchange::Exporter::run(*source, *members, csv, csvOptions);
        std::printf("export %lld members to CSV (GB18030): %.3f s, %lld bytes\n",
            static_cast<long long>(r.rows), t.nsecsElapsed() / 1e9,
            static_cast<long long>(QFileInfo(csv).size()));
        exchange::ExportOptions xlsxOptions;
        xlsxOptions.unmasked = true;
        t.restart();
        r = exchange::Exporter::run(*source, *members, xlsx, xlsxOptions);
        std::printf("export %lld members to XLSX: %.3f s, %lld bytes\n", static_cast<long long>(r.rows),
            t.nsecsElapsed() / 1e9, static_cast<long long>(QFileInfo(xlsx).size()));
    }

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    double anchor = -1;
    double anchorCpu = -1;
    if (!sqlite3.isEmpty()) {
        const QString target = dir + QStringLiteral("/anchor.db");
        QFile::remove(target);
        QProcess p;
        QElapsedTimer t;
        t.start();
        const double cpuStart = cpuSeconds(RUSAGE_CHILDREN);
        p.start(sqlite3,
            { target, QStringLiteral(".mode csv"), QStringLiteral(".import ") + csv + QStringLiteral(" m") });
        p.waitForFinished(-1);
        anchor = t.nsecsElapsed() / 1e9;
        anchorCpu = cpuSeconds(RUSAGE_CHILDREN) - cpuStart;
        std::printf("sqlite3 .import of the CSV (anchor): %.3f s (%.3f s CPU)\n", anchor, anchorCpu);
    }
    // The XLSX anchor: LibreOffice converting the same workbook to CSV, headless (the median of
    // three runs after one that creates its profile). The import may take at most half as long.
    double office = -1;
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (!soffice.isEmpty() && !qEnvironmentVariableIsSet("NO_OFFICE")) {
        const QString profile = QStringLiteral("-env:UserInstallation=file://") + dir + QStringLiteral("/office-profile");
        QList<double> runs;
        for (int run = 0; run < 4; ++run) {
            QProcess p;
            QElapsedTimer t;
            t.start();
            p.start(soffice, { profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("csv"),
                                 QStringLiteral("--outdir"), dir + QStringLiteral("/office"), xlsx });
            p.waitForFinished(-1);
            if (run > 0)
                runs.append(t.nsecsElapsed() / 1e9);
        }
        std::sort(runs.begin(), runs.end());
        office = runs.at(1);
        std::printf("LibreOffice converting the XLSX to CSV (anchor): %.3f s (median of 3)\n", office);
    }
    for (const QString &file : { csv, xlsx }) {
        if (qEnvironmentVariableIsSet("ONLY") && !file.endsWith(qEnvironmentVariable("ONLY")))
            continue;
        // The median of three runs, each into an empty society file.
        qint64 written = 0;
        QList<std::pair<double, double>> runs;
        for (int run = 0; run < 3; ++run) {
            double runCpu = 0;
            runs.append({ importFile(dir + QStringLiteral("/target.societydesk"), file, &written, &runCpu), runCpu });
        }
        std::sort(runs.begin(), runs.end());
        const double s = runs.at(1).first;
        const double cpu = runs.at(1).second;
        std::printf("import %s: %lld rows in %.3f s (median of 3), %.3f s CPU", qPrintable(QFileInfo(file).fileName()),
            static_cast<long long>(written), s, cpu);
        if (anchor > 0)
            std::printf(" (%.2f x the sqlite3 anchor; CPU %.2f x)", s / anchor, cpu / anchorCpu);
        if (office > 0 && file == xlsx)
            std::printf(" (%.2f x LibreOffice)", s / office);
        std::printf("\n");
    }
    return 0;
}
