// Document rendering benchmark (not part of ctest; `cmake --build build --target bench_document`).
//   QT_QPA_PLATFORM=offscreen build/tests/bin/bench_document [ROUNDS] [SECTIONS]
// Builds an annual-report-like document — a cover, the table of contents, SECTIONS (16) sections
// of paragraphs, a subheading and a table each, four charts: about 20 A4 pages — and prints how
// long the PDF, the ODT and the HTML take (the best of ROUNDS (5), wall clock and CPU). The
// issue's target: a 20-page report with charts renders in at most 2 s.
#include "reports/Chart.h"
#include "reports/Document.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <sys/resource.h>

using namespace sd::reports;

namespace {

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

Chart chart(int which)
{
    Chart c;
    switch (which) {
    case 0:
        c.kind = Chart::Kind::Line;
        c.title = QStringLiteral("近五年会员发展");
        c.categories = { QStringLiteral("2021年"), QStringLiteral("2022年"), QStringLiteral("2023年"),
            QStringLiteral("2024年"), QStringLiteral("2025年") };
        c.series = { { QStringLiteral("个人会员"), { 1180, 1264, 1391, 1452, 1537 }, {} },
            { QStringLiteral("单位会员"), { 42, 45, 51, 50, 58 }, {} } };
        break;
    case 1:
        c.kind = Chart::Kind::HorizontalBar;
        c.title = QStringLiteral("会员等级分布");
        c.categories = { QStringLiteral("会士"), QStringLiteral("高级会员"), QStringLiteral("普通会员"),
            QStringLiteral("学生会员（含在读研究生）"), QStringLiteral("外籍会员") };
        c.series = { { QStringLiteral("人数"), { 35, 212, 1104, 176, 10 }, {} } };
        break;
    case 2:
        c.title = QStringLiteral("各类活动场次");
        c.categories = { QStringLiteral("学术会议"), QStringLiteral("科普活动"), QStringLiteral("培训"),
            QStringLiteral("国际交流"), QStringLiteral("决策咨询") };
        c.series = { { QStringLiteral("场次"), { 12, 31, 8, 3, 5 }, {} } };
        break;
    default:
        c.title = QStringLiteral("收入与支出");
        c.format = Chart::Format::Yuan;
        c.categories = { QStringLiteral("2024年"), QStringLiteral("2025年") };
        c.series = { { QStringLiteral("收入"), { 1286400.5, 1391250 }, {} },
            { QStringLiteral("支出"), { 1102300.25, 1250800.75 }, {} } };
    }
    return c;
}

Document report(int sections)
{
    Document d(QStringLiteral("2025年度工作报告"));
    d.setRunningHeader(QStringLiteral("中国测试学会"));
    d.setMark(QStringLiteral("草稿"));
    d.setPageNumberFormat(QStringLiteral("第 %1 页 / 共 %2 页"));
    d.spacing(120)
        .titleLine(QStringLiteral("中国测试学会"))
        .titleLine(QStringLiteral("2025年度工作报告"))
        .pageBreak();
    d.tableOfContents(QStringLiteral("目录")).pageBreak();
    for (int s = 1; s <= sections; ++s) {
        d.heading(QStringLiteral("第%1部分 工作概况").arg(s));
        for (int p = 0; p < 4 + s % 3; ++p)
            d.paragraph(QStringLiteral(
                "学会坚持以服务会员为中心，围绕学术交流、科学普及、人才举荐和决策咨询等主要业务开展工作，"
                "全年组织各类活动，会员人数稳步增长，治理结构进一步完善。")
                            .repeated(2));
        d.subheading(QStringLiteral("%1.1 主要数据").arg(s));
        if (s % 4 == 1)
            d.chart(chart(s / 4), 220);
        Document::Table t;
        t.columns = { { QStringLiteral("项目"), 40, Document::Align::Left },
            { QStringLiteral("本年"), 0, Document::Align::Right },
            { QStringLiteral("上年"), 0, Document::Align::Right } };
        for (int r = 0; r < 6; ++r)
            t.rows << QStringList { QStringLiteral("指标%1").arg(r + 1), QString::number(100 + s * r),
                QString::number(90 + s * r) };
        d.table(t);
    }
    return d;
}

void time(const char *what, int rounds, const std::function<qint64()> &run)
{
    double wall = std::numeric_limits<double>::max();
    double cpu = std::numeric_limits<double>::max();
    qint64 bytes = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer clock;
        clock.start();
        const double before = cpuSeconds();
        bytes = run();
        wall = std::min(wall, double(clock.nsecsElapsed()) / 1e6);
        cpu = std::min(cpu, (cpuSeconds() - before) * 1e3);
    }
    std::printf(
        "%-6s %8.1f ms wall %8.1f ms cpu  %8lld bytes\n", what, wall, cpu, static_cast<long long>(bytes));
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;
    const int sections = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 16;
    const Document d = report(sections);
    int pages = 0;
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        d.writePdf(&buffer, nullptr, &pages);
    }
    std::printf("%d sections, %d pages, 4 charts, best of %d\n", sections, pages, rounds);
    time("pdf", rounds, [&] { return qint64(d.pdf().size()); });
    time("odt", rounds, [&] { return qint64(d.odt().size()); });
    time("html", rounds, [&] { return qint64(d.html().toUtf8().size()); });
    return pages > 0 ? 0 : 1;
}
