// Annual report benchmark (not part of ctest; `cmake --build build --target bench_annualreport`).
//   QT_QPA_PLATFORM=offscreen build/tests/bin/bench_annualreport [ROUNDS] [--db FILE --year Y]
// Without --db: the demo society (700 members) in a temporary file, its published report on the
// previous year with each narrative lengthened to about two pages, so the report runs past 20 A4
// pages with its four charts. Prints the pages and how long the computed figures, the PDF, the
// HTML and the ODT take (first and best of ROUNDS (5), wall clock). The target: a 20-page
// report with charts renders in at most 2 s.
#include "annual/AnnualFigures.h"
#include "annual/AnnualReportStore.h"
#include "demo/DemoMembers.h"
#include "demo/DemoSociety.h"
#include "reports/AnnualReportDocument.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace sd;

namespace {

struct Timing
{
    qint64 first = -1;
    qint64 best = std::numeric_limits<qint64>::max();
};

Timing time(int rounds, const std::function<void()> &work)
{
    Timing t;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        const qint64 ms = timer.elapsed();
        if (t.first < 0)
            t.first = ms;
        t.best = std::min(t.best, ms);
    }
    return t;
}

QString longNarrative(const QString &title)
{
    QString text;
    for (int i = 1; i <= 20; ++i) {
        text += QStringLiteral("<p>（%1）%2：学会围绕年度工作要点，组织开展学术交流、科学普及、人才举荐和决策咨询等工作，"
                               "各分支机构按照计划举办专题活动，秘书处加强制度建设和会员服务，各项工作取得新的进展。"
                               "本年度还进一步完善了内部治理结构，按照章程召开各类会议，重大事项集体决策。</p>")
                    .arg(i)
                    .arg(title);
    }
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rounds = args.size() > 1 && !args.at(1).startsWith(u'-') ? std::max(1, args.at(1).toInt()) : 5;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bench.societydesk"));
    int year = 0;
    const qsizetype db = args.indexOf(QStringLiteral("--db"));
    const qsizetype y = args.indexOf(QStringLiteral("--year"));
    if (db > 0 && db + 1 < args.size())
        path = args.at(db + 1);
    if (y > 0 && y + 1 < args.size())
        year = args.at(y + 1).toInt();

    storage::StorageError error;
    storage::Database::Options options;
    options.mode = db > 0 ? storage::OpenMode::OpenExisting : storage::OpenMode::CreateNew;
    auto database = storage::Database::open(path, options, &error);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 4;
    }
    if (db < 0) {
        demo::DemoMembersOptions members;
        members.members = 700;
        if (!demo::writeAll(*database, members, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 4;
        }
    }
    if (year == 0)
        year = database->clock().today().year() - 1;

    annual::AnnualFigures figures;
    const Timing compute = time(1, [&] { figures = annual::computeAnnualFigures(*database, year); });
    QString message;
    std::optional<reports::AnnualReportSource> source = reports::annualReportSource(*database, year, 0, &message);
    if (!source) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 3;
    }
    for (const QString &code : annual::AnnualReportStore::sectionCodes())
        source->content.narratives.insert(code, longNarrative(annual::AnnualReportStore::sectionTitle(code)));
    const reports::AnnualReportOptions reportOptions = reports::annualReportOptions(*database);

    int pages = 0;
    qint64 pdfBytes = 0;
    const Timing pdf = time(rounds, [&] {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        reports::annualReport(*source, reportOptions).writePdf(&buffer, nullptr, &pages);
        pdfBytes = bytes.size();
    });
    qint64 htmlBytes = 0;
    const Timing html = time(rounds, [&] { htmlBytes = reports::annualReport(*source, reportOptions).html().toUtf8().size(); });
    qint64 odtBytes = 0;
    const Timing odt = time(rounds, [&] { odtBytes = reports::annualReport(*source, reportOptions).odt().size(); });

    std::printf("annual report %d of %s: %d pages with 4 charts\n", year, qPrintable(reportOptions.society), pages);
    std::printf("  figures computed from the records: %lld ms\n", compute.first);
    std::printf("  PDF  %7lld bytes: first %lld ms, best %lld ms\n", pdfBytes, pdf.first, pdf.best);
    std::printf("  HTML %7lld bytes: first %lld ms, best %lld ms\n", htmlBytes, html.first, html.best);
    std::printf("  ODT  %7lld bytes: first %lld ms, best %lld ms\n", odtBytes, odt.first, odt.best);
    std::printf("  target: at most 2000 ms for a 20-page report with charts: %s\n",
        pages >= 20 && pdf.first <= 2000 ? "met" : (pages < 20 ? "fewer than 20 pages" : "NOT met"));
    return 0;
}
