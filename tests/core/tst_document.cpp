// The document model's charts, table of contents and HTML (core/reports/Document, Chart): a
// chart painted the same twice and never blank; in the PDF as vectors with its text as text
// (read back with pdftotext), in the ODT as a picture, in the HTML as inline SVG; the contents'
// page numbers checked against the page pdftotext finds each heading on; the HTML page checked
// by Debian's `tidy` and for escaping and external resources.
//
// Set SOCIETYDESK_REPORT_SAMPLES=<dir> to keep the rendered samples there.

#include "exchange/ZipArchive.h"
#include "reports/Chart.h"
#include "reports/Document.h"
#include "reports/RichText.h"
#include "TestSupport.h"

#include <cmath>
#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

using namespace sd;
using test::keepSample;
using test::tidyReport;
using test::zipEntry;
using test::zipNames;
using namespace sd::reports;

namespace {

using test::pdfText;
using test::squeezed;

const QStringList &fonts()
{
    static const QStringList families { QStringLiteral("WenQuanYi Micro Hei"),
        QStringLiteral("AR PL UMing CN") };
    return families;
}

/// The text of page `page` (1-based) alone: pdftotext -f N -l N.
QString pageText(const QString &pdfPath, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
            QString::number(page), QStringLiteral("-l"), QString::number(page), pdfPath,
            QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Members at five year ends, two series.
Chart membersChart()
{
    Chart c;
    c.kind = Chart::Kind::Line;
    c.title = QStringLiteral("近五年会员发展");
    c.categories = { QStringLiteral("2021年"), QStringLiteral("2022年"), QStringLiteral("2023年"),
        QStringLiteral("2024年"), QStringLiteral("2025年") };
    c.series = { { QStringLiteral("个人会员"), { 1180, 1264, 1391, 1452, 1537 }, {} },
        { QStringLiteral("单位会员"), { 42, 45, 51, 50, 58 }, {} } };
    c.unit = QStringLiteral("人");
    return c;
}

/// Grades with long names: horizontal bars.
Chart gradesChart()
{
    Chart c;
    c.kind = Chart::Kind::HorizontalBar;
    c.title = QStringLiteral("会员等级分布");
    c.categories = { QStringLiteral("会士"), QStringLiteral("高级会员"), QStringLiteral("普通会员"),
        QStringLiteral("学生会员（含在读研究生及本科生）"), QStringLiteral("外籍会员") };
    c.series = { { QStringLiteral("人数"), { 35, 212, 1104, 176, 10 }, {} } };
    return c;
}

/// Income and expenses in yuan, grouped bars.
Chart financeChart()
{
    Chart c;
    c.kind = Chart::Kind::Bar;
    c.title = QStringLiteral("收入与支出");
    c.format = Chart::Format::Yuan;
    c.unit = QStringLiteral("元");
    c.categories = { QStringLiteral("2024年"), QStringLiteral("2025年") };
    c.series = { { QStringLiteral("收入"), { 1286400.5, 1391250 }, {} },
        { QStringLiteral("支出"), { 1102300.25, 1250800.75 }, {} } };
    return c;
}

Chart activitiesChart()
{
    Chart c;
    c.title = QStringLiteral("各类活动场次");
    c.categories = { QStringLiteral("学术会议"), QStringLiteral("科普活动"), QStringLiteral("培训"),
        QStringLiteral("国际交流"), QStringLiteral("决策咨询") };
    c.series = { { QStringLiteral("场次"), { 12, 31, 8, 3, 5 }, {} } };
    return c;
}

QImage render(const Chart &chart, QSize size = QSize(900, 500), int dpi = 144)
{
    QImage image(size, QImage::Format_RGB32);
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintChart(painter, QRectF(QPointF(0, 0), QSizeF(size)), chart, fonts());
    painter.end();
    return image;
}

int pixelsOf(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            n += (line[x] & 0xffffff) == (colour.rgb() & 0xffffff) ? 1 : 0;
    }
    return n;
}

int nonWhite(const QImage &image)
{
    return image.width() * image.height() - pixelsOf(image, Qt::white);
}

/// An annual-report-like document: cover, contents, `sections` sections each with a
/// subheading, paragraphs, a table and — in four of them — a chart. Its headings are
/// "第N部分 …" and "N.1 …" so each is found once in the text.
Document longDocument(int sections)
{
    Document d(QStringLiteral("2025年度工作报告"));
    d.setRunningHeader(QStringLiteral("中国测试学会"));
    d.setMark(QStringLiteral("草稿"));
    d.setPageNumberFormat(QStringLiteral("第 %1 页 / 共 %2 页"));
    d.spacing(120).titleLine(QStringLiteral("中国测试学会")).titleLine(QStringLiteral("2025年度工作报告"));
    d.subtitle(QStringLiteral("秘书处 编")).pageBreak();
    d.tableOfContents(QStringLiteral("目录")).pageBreak();
    const QList<Chart> charts { membersChart(), gradesChart(), activitiesChart(), financeChart() };
    for (int s = 1; s <= sections; ++s) {
        d.heading(QStringLiteral("第%1部分 工作概况之%2").arg(s).arg(QChar(0x4e00 + s * 7)));
        for (int p = 0; p < 4 + s % 3; ++p)
            d.paragraph(QStringLiteral(
                "本部分第%1段：学会坚持以服务会员为中心，围绕学术交流、科学普及、人才举荐和决策咨询等"
                "主要业务开展工作，全年组织各类活动，会员人数稳步增长，治理结构进一步完善。")
                            .arg(p + 1)
                            .repeated(2));
        d.subheading(QStringLiteral("%1.1 主要数据").arg(s));
        if (s % 3 == 1 && (s - 1) / 3 < charts.size())
            d.chart(charts.at((s - 1) / 3), 220);
        Document::Table t;
        t.columns = { { QStringLiteral("项目"), 40, Document::Align::Left },
            { QStringLiteral("本年"), 0, Document::Align::Right },
            { QStringLiteral("上年"), 0, Document::Align::Right } };
        for (int r = 0; r < 6; ++r)
            t.rows << QStringList { QStringLiteral("指标%1-%2").arg(s).arg(r + 1),
                QString::number(100 + s * r), QString::number(90 + s * r) };
        d.table(t);
    }
    return d;
}

/// Every kind of part, with text that must be escaped.
Document everyPart()
{
    Document d(QStringLiteral("年报 <测试> & \"引号\""));
    d.setRunningHeader(QStringLiteral("中国测试学会"));
    d.setMark(QStringLiteral("草稿"));
    d.titleLine(QStringLiteral("中国测试学会2025年度报告"));
    d.subtitle(QStringLiteral("（征求意见稿）"));
    d.tableOfContents(QStringLiteral("目录"));
    d.pageBreak();
    d.heading(QStringLiteral("一、学会发展概况"));
    d.paragraph(QStringLiteral("会员人数 <script>alert('x')</script> 达到 1,537 人。\n第二行 & 其他"));
    d.paragraph(QStringLiteral("居中的粗体段落"), Document::Align::Center, true);
    d.paragraph(QStringLiteral("右对齐"), Document::Align::Right);
    d.paragraph(QString());
    d.subheading(QStringLiteral("（一）会员发展"));
    d.leadIn(QStringLiteral("会员情况如下："));
    d.fields({ { QStringLiteral("学会名称"), QStringLiteral("中国测试学会") },
                 { QStringLiteral("登记证号"), QString() },
                 { QStringLiteral("住所"), QStringLiteral("北京市海淀区学院路30号") } },
        2);
    d.fields({ { QStringLiteral("理事长"), QStringLiteral("王建国") } }, 1);
    Document::Table t;
    t.columns = { { QStringLiteral("等级"), 40, Document::Align::Left },
        { QStringLiteral("人数"), 0, Document::Align::Right } };
    t.rows = { { QStringLiteral("会士"), QStringLiteral("35") }, { QStringLiteral("学生会员"), QString() },
        { QStringLiteral("a<b>c"), QStringLiteral("1\n2") } };
    d.table(t);
    Document::Table headerOnly;
    headerOnly.columns = { { QStringLiteral("空表"), 0, Document::Align::Left } };
    d.table(headerOnly);
    Document::Table tall = t;
    tall.minRowHeight = 30;
    tall.header = false;
    d.table(tall);
    d.chart(membersChart(), 200);
    d.chart(gradesChart(), 200);
    d.chart(financeChart(), 200);
    Chart empty;
    empty.title = QStringLiteral("空图表");
    empty.emptyText = QStringLiteral("本年度无数据");
    d.chart(empty, 120);
    d.heading(QStringLiteral("二、内部治理"));
    d.richText(QStringLiteral(
        "<h2>治理概况</h2><p "
        "style=\"color:red\">理事会<b>召开</b>会议<i>三次</i>，<u>通过</u>决议<s>五</s>项，"
        "H<sub>2</sub>O x<sup>2</sup>。</p><p align=\"center\">居中</p>"
        "<img src=\"https://example.org/x.png\"><script>alert('y')</script>"
        "<ul><li>第一项</li><li>第二项<ul><li>子项</li></ul></li><li>第三项</li></ul>"
        "<ol><li>甲</li><li>乙</li></ol>"
        "<table border=\"1\"><tr><td colspan=\"2\">合并</td></tr><tr><td>左</td><td></td></tr></table>"
        "<p><a href=\"https://example.org/\">链接文字</a></p><p></p>"));
    d.richText(QStringLiteral("纯文本第一行\n纯文本第二行 <不是标签"));
    d.spacing(12);
    d.signatures({ QStringLiteral("理事长签字：") }, QStringLiteral("日期："));
    return d;
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils, in packaging/debian-packages.txt) is not installed");
    }

    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void formatValue_groupsThousands_yuanWithTwoDecimals()
    {
        Chart c;
        QCOMPARE(c.formatValue(1234), QStringLiteral("1,234"));
        QCOMPARE(c.formatValue(0), QStringLiteral("0"));
        QCOMPARE(c.formatValue(-1537), QStringLiteral("-1,537"));
        c.format = Chart::Format::Yuan;
        QCOMPARE(c.formatValue(1286400.5), QStringLiteral("1,286,400.50"));
        QCOMPARE(c.formatValue(0.1 + 0.2), QStringLiteral("0.30"));
        QCOMPARE(c.formatValue(-0.001), QStringLiteral("0.00"));
        QCOMPARE(c.formatValue(-12.3), QStringLiteral("-12.30"));
    }

    void isEmpty_unknownsAreNoData_zerosAreData()
    {
        Chart c;
        QVERIFY(c.isEmpty());
        c.categories = { QStringLiteral("甲"), QStringLiteral("乙") };
        QVERIFY(c.isEmpty());
        c.series = { { QStringLiteral("s"), { qQNaN() }, {} } };
        QVERIFY(c.isEmpty()); // one unknown, one missing
        c.series[0].values = { qQNaN(), 0 };
        QVERIFY(!c.isEmpty());
        QCOMPARE(c.emptyMessage(), QStringLiteral("No data"));
        c.emptyText = QStringLiteral("本年度无数据");
        QCOMPARE(c.emptyMessage(), QStringLiteral("本年度无数据"));
    }

    void paintChart_isNotBlank_andTheSameTwice_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("line, two series") << 0;
        QTest::newRow("horizontal bars, long names") << 1;
        QTest::newRow("bars") << 2;
        QTest::newRow("grouped bars, yuan") << 3;
    }
    void paintChart_isNotBlank_andTheSameTwice()
    {
        QFETCH(int, which);
        const QList<Chart> charts { membersChart(), gradesChart(), activitiesChart(), financeChart() };
        const Chart chart = charts.at(which);
        const QImage first = render(chart);
        const QImage second = render(chart);
        QCOMPARE(first.size(), QSize(900, 500));
        QVERIFY(first == second);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(first.constBits()), first.sizeInBytes()),
            QByteArray(reinterpret_cast<const char *>(second.constBits()), second.sizeInBytes()));
        // Drawn, and in the series' colours.
        QVERIFY2(nonWhite(first) > 900 * 500 / 50, qPrintable(QString::number(nonWhite(first))));
        QVERIFY(pixelsOf(first, Chart::paletteColour(0)) > 400);
        if (chart.series.size() > 1)
            QVERIFY(pixelsOf(first, Chart::paletteColour(1)) > 100);
        // A series' own colour replaces the palette's.
        Chart coloured = chart;
        coloured.series[0].colour = QColor(0x12, 0x34, 0x56);
        const QImage recoloured = render(coloured);
        QCOMPARE(pixelsOf(recoloured, Chart::paletteColour(0)), 0);
        QVERIFY(pixelsOf(recoloured, QColor(0x12, 0x34, 0x56)) > 400);
        keepSample(QStringLiteral("chart-%1.png").arg(which), [&] {
            QByteArray png;
            QBuffer b(&png);
            b.open(QIODevice::WriteOnly);
            first.save(&b, "PNG");
            return png;
        }());
    }

    void paintChart_empty_showsTheMessage_andNoBars()
    {
        Chart empty = activitiesChart();
        empty.series[0].values = { qQNaN(), qQNaN() };
        empty.emptyText = QStringLiteral("本年度无活动记录");
        const QImage image = render(empty);
        QVERIFY(nonWhite(image) > 0);
        QCOMPARE(pixelsOf(image, Chart::paletteColour(0)), 0);
        const QString svg = chartSvg(empty, QSizeF(450, 250), fonts());
        QVERIFY2(svg.contains(QStringLiteral("本年度无活动记录")), qPrintable(svg));
        QVERIFY(svg.contains(QStringLiteral("各类活动场次")));
        QVERIFY(!svg.contains(QStringLiteral("学术会议")));
        // The default message.
        Chart none;
        QVERIFY(chartSvg(none, QSizeF(450, 250), fonts()).contains(QStringLiteral("No data")));
    }

    void paintChart_unknownValue_drawsNoBar()
    {
        Chart c = activitiesChart();
        const auto bars = [](const Chart &chart) {
            // Each bar is one filled <rect> in the SVG (gridlines are lines, text is text).
            return int(chartSvg(chart, QSizeF(450, 250), fonts()).count(QStringLiteral("<rect")));
        };
        const int all = bars(c);
        QCOMPARE(all, 5);
        c.series[0].values[2] = qQNaN();
        QCOMPARE(bars(c), 4);
        c.series[0].values.removeLast(); // a missing value is unknown too
        QCOMPARE(bars(c), 3);
        QVERIFY(!chartSvg(c, QSizeF(450, 250), fonts()).contains(QStringLiteral(">8<")));
        c.series[0].values = { 0, 0, 0, 0, 0 }; // zeros: an axis and zero labels, no bar height
        const QString zeros = chartSvg(c, QSizeF(450, 250), fonts());
        QVERIFY(zeros.contains(QStringLiteral("学术会议")));
    }

    void chartSvg_textAsText_noNamespacesOrSizesOfItsOwn()
    {
        Chart c = gradesChart();
        c.categories[0] = QStringLiteral("会士 <&>");
        const QString svg = chartSvg(c, QSizeF(453.5, 220), fonts());
        QVERIFY2(svg.startsWith(QStringLiteral(
                     "<svg viewBox=\"0 0 453.50 220.00\" role=\"img\" aria-label=\"会员等级分布\">")),
            qPrintable(svg.left(200)));
        QVERIFY(svg.trimmed().endsWith(QStringLiteral("</svg>")));
        QVERIFY(svg.contains(QStringLiteral("<text")));
        QVERIFY(svg.contains(QStringLiteral("会员等级分布")));
        QVERIFY(svg.contains(QStringLiteral("会士 &lt;&amp;&gt;")));
        QVERIFY(svg.contains(QStringLiteral("1,104")));
        QVERIFY(!svg.contains(QStringLiteral("<?xml")));
        QVERIFY(!svg.contains(QStringLiteral("xmlns")));
        QVERIFY(!svg.contains(QStringLiteral("mm\"")));
        QVERIFY(!svg.contains(QStringLiteral("Qt SVG Document")));
        QVERIFY(!svg.contains(QStringLiteral("<desc>")));
        QCOMPARE(chartSvg(c, QSizeF(453.5, 220), fonts()), svg);
    }

    void pdf_chart_isVectorsWithSearchableText()
    {
        Document d(QStringLiteral("图表"));
        d.heading(QStringLiteral("会员发展"));
        d.chart(membersChart(), 220);
        d.chart(gradesChart(), 220);
        d.chart(financeChart(), 220);
        const QByteArray pdf = d.pdf();
        keepSample(QStringLiteral("document-charts.pdf"), pdf);
        QVERIFY(pdf.startsWith("%PDF"));
        QString failure;
        const QString text = squeezed(pdfText(pdf, &failure));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        for (const QString &expected :
            { QStringLiteral("近五年会员发展"), QStringLiteral("个人会员"), QStringLiteral("单位会员"),
                QStringLiteral("2023年"), QStringLiteral("1,452"), QStringLiteral("会员等级分布"),
                QStringLiteral("高级会员"), QStringLiteral("1,104"), QStringLiteral("收入与支出"),
                QStringLiteral("1,286,400.50"), QStringLiteral("1,250,800.75") }) {
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + text));
            QVERIFY2(text.count(expected) == 1, qPrintable(expected));
        }
        // The long grade name is wrapped, or elided, never dropped.
        QVERIFY(text.contains(QStringLiteral("学生会员（含")));
        // Vectors, not a picture: no image XObject, and small.
        QVERIFY(!pdf.contains("/Subtype /Image"));
        QVERIFY(!pdf.contains("/Subtype/Image"));
        QVERIFY2(pdf.size() < 400 * 1024, qPrintable(QString::number(pdf.size())));
    }

    void pdf_chart_keptOnOnePage_andDrawnOnce()
    {
        // Enough paragraphs to push a chart past the first page's end: it moves whole.
        Document d;
        for (int i = 0; i < 7; ++i)
            d.paragraph(
                QStringLiteral("填充段落%1：学会坚持以服务会员为中心，围绕学术交流、科学普及开展工作。")
                    .arg(i)
                    .repeated(3));
        d.chart(activitiesChart(), 400);
        d.paragraph(QStringLiteral("图后段落"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.pdf"));
        QVERIFY(d.writePdf(path));
        const QString first = squeezed(pageText(path, 1));
        const QString second = squeezed(pageText(path, 2));
        QVERIFY2(first.contains(QStringLiteral("填充段落6")), qPrintable(first));
        QVERIFY2(!first.contains(QStringLiteral("各类活动场次")), qPrintable(first));
        QVERIFY2(second.contains(QStringLiteral("各类活动场次")), qPrintable(second));
        QVERIFY(second.contains(QStringLiteral("决策咨询")));
        QCOMPARE(second.count(QStringLiteral("各类活动场次")), 1);
    }

    void pdf_chartAtAPagesEnd_isNotDrawnOnTheNext()
    {
        // Charts of many heights at the end of the first page, text after them: each chart is
        // drawn once, whole, whatever of the next page its block reaches.
        QTemporaryDir dir;
        for (int height = 150; height <= 420; height += 10) {
            Document d;
            for (int i = 0; i < 4; ++i)
                d.paragraph(
                    QStringLiteral("填充段落%1：学会坚持以服务会员为中心，围绕学术交流、科学普及开展工作。")
                        .arg(i)
                        .repeated(3));
            d.chart(activitiesChart(), height);
            for (int i = 0; i < 8; ++i)
                d.paragraph(QStringLiteral("图后段落%1：学会坚持以服务会员为中心。").arg(i).repeated(3));
            const QString path = dir.filePath(QStringLiteral("d%1.pdf").arg(height));
            QVERIFY(d.writePdf(path));
            QString failure;
            const QString all = squeezed(pdfText(path, &failure));
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            QVERIFY2(all.count(QStringLiteral("各类活动场次")) == 1, qPrintable(QString::number(height)));
            QVERIFY2(all.count(QStringLiteral("决策咨询")) == 1, qPrintable(QString::number(height)));
        }
    }

    void pdf_contents_pageNumbersAreWhereTheHeadingsAre()
    {
        const int sections = 16;
        const Document d = longDocument(sections);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.pdf"));
        QString error;
        QVERIFY2(d.writePdf(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        keepSample(QStringLiteral("document-long.pdf"), pdf);
        QString failure;
        const QString all = pdfText(path, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const int pages = int(all.count(QLatin1Char('\f')));
        QVERIFY2(pages >= 20, qPrintable(QString::number(pages)));

        // The contents on page 2: each heading with its page number at the line's end.
        const QString contents = pageText(path, 2);
        QVERIFY(contents.contains(QStringLiteral("目录")));
        QStringList headings;
        for (int s = 1; s <= sections; ++s) {
            headings << QStringLiteral("第%1部分 工作概况之%2").arg(s).arg(QChar(0x4e00 + s * 7))
                     << QStringLiteral("%1.1 主要数据").arg(s);
        }
        int previous = 2;
        for (const QString &heading : std::as_const(headings)) {
            const QRegularExpression entry(
                QStringLiteral("^\\s*%1\\s+(\\d+)\\s*$").arg(QRegularExpression::escape(heading)),
                QRegularExpression::MultilineOption);
            const QRegularExpressionMatch m = entry.match(contents);
            QVERIFY2(m.hasMatch(), qPrintable(heading + QStringLiteral(" not listed in:\n") + contents));
            const int page = m.captured(1).toInt();
            QVERIFY2(page >= previous && page > 2 && page <= pages, qPrintable(heading));
            previous = page;
            // pdftotext finds the heading on the page named, as a line of its own, and not on the
            // page before (unless that is the contents).
            const QString there = pageText(path, page);
            const QRegularExpression line(
                QStringLiteral("^\\s*%1\\s*$").arg(QRegularExpression::escape(heading)),
                QRegularExpression::MultilineOption);
            QVERIFY2(line.match(there).hasMatch(),
                qPrintable(QStringLiteral("%1 not on page %2:\n%3").arg(heading).arg(page).arg(there)));
            if (page - 1 > 2)
                QVERIFY2(!line.match(pageText(path, page - 1)).hasMatch(), qPrintable(heading));
        }
        // The last page is the footer's count.
        QVERIFY(pageText(path, pages).contains(QStringLiteral("第 %1 页 / 共 %1 页").arg(pages)));
        // Nothing lost on the way (a block changed while the lazy layout had not reached the
        // blocks after it left those undrawn): every paragraph and table row is there.
        const QString flat = squeezed(all);
        for (int s = 1; s <= sections; ++s) {
            QVERIFY2(flat.contains(QStringLiteral("指标%1-1").arg(s)), qPrintable(QString::number(s)));
            QVERIFY2(flat.contains(QStringLiteral("指标%1-6").arg(s)), qPrintable(QString::number(s)));
        }
        QCOMPARE(flat.count(QStringLiteral("本部分第4段")), 2 * sections);
        // Each chart drawn once, its text searchable.
        for (const QString &title : { QStringLiteral("近五年会员发展"), QStringLiteral("会员等级分布"),
                 QStringLiteral("各类活动场次"), QStringLiteral("收入与支出") })
            QCOMPARE(squeezed(all).count(title), 1);
    }

    void odt_chartIsAPicture_andTheContentsHaveThePdfsNumbers()
    {
        const Document d = longDocument(4);
        const QByteArray odt = d.odt();
        keepSample(QStringLiteral("document-long.odt"), odt);
        QVERIFY(!odt.isEmpty());
        QStringList pictures;
        for (const QString &name : zipNames(odt)) {
            if (name.startsWith(QStringLiteral("Pictures/")))
                pictures << name;
        }
        QCOMPARE(pictures.size(), 2); // sections 1 and 4
        const QByteArray png = zipEntry(odt, pictures.first());
        QVERIFY(png.startsWith("\x89PNG"));
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QVERIFY(image.width() > 1000); // about 450 points at 200 dpi
        QVERIFY(nonWhite(image) > image.width() * image.height() / 100);
        const QString content = QString::fromUtf8(zipEntry(odt, QStringLiteral("content.xml")));
        QVERIFY2(content.contains(QStringLiteral("xlink:href=\"%1\"").arg(pictures.first())),
            qPrintable(content.left(3000)));
        QVERIFY(QString::fromUtf8(zipEntry(odt, QStringLiteral("META-INF/manifest.xml")))
                    .contains(pictures.first()));
        // The mimetype still first, as ODF requires.
        QCOMPARE(zipNames(odt).value(0), QStringLiteral("mimetype"));

        // The contents list the headings with the page numbers the PDF has.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.pdf"));
        QVERIFY(d.writePdf(path));
        const QString contents = pageText(path, 2);
        const QRegularExpression entry(
            QStringLiteral("第3部分 工作概况之%1\\s+(\\d+)").arg(QChar(0x4e00 + 21)));
        const QRegularExpressionMatch m = entry.match(contents);
        QVERIFY2(m.hasMatch(), qPrintable(contents));
        const QString plain
            = squeezed(QString(content).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
        QVERIFY2(plain.contains(
                     QStringLiteral("第3部分工作概况之%1%2").arg(QChar(0x4e00 + 21)).arg(m.captured(1))),
            qPrintable(plain.left(2000)));
    }

    void pdf_everyPart_hasItsText()
    {
        const QByteArray pdf = everyPart().pdf();
        keepSample(QStringLiteral("document-every-part.pdf"), pdf);
        QString failure;
        const QString text = squeezed(pdfText(pdf, &failure));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        for (const QString &expected :
            { QStringLiteral("目录"), QStringLiteral("一、学会发展概况"), QStringLiteral("（一）会员发展"),
                QStringLiteral("<script>alert('x')</script>"), QStringLiteral("北京市海淀区学院路30号"),
                QStringLiteral("a<b>c"), QStringLiteral("近五年会员发展"), QStringLiteral("本年度无数据"),
                QStringLiteral("第一项"), QStringLiteral("子项"), QStringLiteral("理事长签字：") })
            QVERIFY2(text.contains(squeezed(expected)), qPrintable(expected));
    }

    void odt_withoutCharts_hasNoPictures()
    {
        Document d(QStringLiteral("无图"));
        d.heading(QStringLiteral("标题"));
        d.paragraph(QStringLiteral("正文"));
        const QByteArray odt = d.odt();
        for (const QString &name : zipNames(odt))
            QVERIFY2(!name.startsWith(QStringLiteral("Pictures/")), qPrintable(name));
        QVERIFY(
            QString::fromUtf8(zipEntry(odt, QStringLiteral("content.xml"))).contains(QStringLiteral("正文")));
    }

    void html_everyPart_isValidForTidy()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("tidy")).isEmpty())
            QFAIL("tidy (Debian's tidy, in packaging/debian-packages.txt) is not installed");
        const QString html = everyPart().html();
        keepSample(QStringLiteral("document-every-part.html"), html.toUtf8());
        bool ran = false;
        const QString report = tidyReport(html, &ran);
        QVERIFY(ran);
        QVERIFY2(report.isEmpty(), qPrintable(report));
        // The long document too (contents, charts, tables).
        const QString longHtml = longDocument(6).html();
        keepSample(QStringLiteral("document-long.html"), longHtml.toUtf8());
        const QString longReport = tidyReport(longHtml, &ran);
        QVERIFY2(ran && longReport.isEmpty(), qPrintable(longReport));
        // tidy does report a fault (the check can fail).
        QString broken = html;
        broken.replace(QStringLiteral("</table>"), QString());
        QVERIFY(!tidyReport(broken, &ran).isEmpty());
    }

    void html_isOnePage_withTheTextsEscaped_andNothingFromElsewhere()
    {
        Document d = everyPart();
        d.setLanguage(QStringLiteral("zh-CN"));
        const QString html = d.html();
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">")));
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(
            QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")));
        QVERIFY(html.contains(QStringLiteral("<title>年报 &lt;测试&gt; &amp; &quot;引号&quot;</title>")));
        QVERIFY(html.contains(QStringLiteral("<style>")));
        QVERIFY(html.contains(QStringLiteral("max-width:46em")));
        QVERIFY(html.contains(QStringLiteral("overflow-x:auto")));
        // The banner: running header and mark.
        QVERIFY(html.contains(QStringLiteral("<header class=\"banner\"><span>中国测试学会</span><strong "
                                             "class=\"mark\">草稿</strong></header>")));
        // Every part's text, in order.
        const QStringList inOrder { QStringLiteral("<h1>中国测试学会2025年度报告</h1>"),
            QStringLiteral("（征求意见稿）"), QStringLiteral("<nav class=\"toc\">"), QStringLiteral("<hr>"),
            QStringLiteral("一、学会发展概况"),
            QStringLiteral(
                "会员人数 &lt;script&gt;alert('x')&lt;/script&gt; 达到 1,537 人。<br>第二行 &amp; 其他"),
            QStringLiteral("<p class=\"c\"><strong>居中的粗体段落</strong></p>"),
            QStringLiteral("<p class=\"r\">右对齐</p>"), QStringLiteral("（一）会员发展"),
            QStringLiteral("<p class=\"lead\">会员情况如下：</p>"),
            QStringLiteral("<dt>学会名称</dt><dd>中国测试学会</dd>"),
            QStringLiteral("<dt>住所</dt><dd>北京市海淀区学院路30号</dd>"),
            QStringLiteral("<th scope=\"col\">等级</th>"), QStringLiteral("<td class=\"r\">35</td>"),
            QStringLiteral("a&lt;b&gt;c"), QStringLiteral("1<br>2"), QStringLiteral("<table class=\"tall\">"),
            QStringLiteral("近五年会员发展"), QStringLiteral("会员等级分布"), QStringLiteral("1,286,400.50"),
            QStringLiteral("本年度无数据"), QStringLiteral("二、内部治理"),
            QStringLiteral("<strong>召开</strong>"), QStringLiteral("纯文本第二行 &lt;不是标签"),
            QStringLiteral("style=\"height:12.0pt\""), QStringLiteral("理事长签字：") };
        qsizetype at = 0;
        for (const QString &part : inOrder) {
            const qsizetype found = html.indexOf(part, at);
            QVERIFY2(
                found >= 0, qPrintable(part + QStringLiteral(" not found after ") + QString::number(at)));
            at = found + part.size();
        }
        // Charts inline, as SVG with text.
        QCOMPARE(html.count(QStringLiteral("<figure class=\"chart\">\n<svg viewBox=")), 4);
        QVERIFY(html.contains(QStringLiteral(">个人会员</text>")));
        // Nothing runs, nothing is fetched.
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("http:"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("https:"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("src="), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("url("), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
        const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
        for (auto it = href.globalMatch(html); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(target.startsWith(QLatin1Char('#')), qPrintable(target));
        }
        // English documents say so.
        d.setLanguage(QStringLiteral("en"));
        QVERIFY(d.html().startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">")));
    }

    void html_contents_linkToTheHeadings()
    {
        const QString html = everyPart().html();
        QVERIFY(html.contains(QStringLiteral("<nav class=\"toc\">\n<h2>目录</h2>\n<ol>\n"
                                             "<li><a href=\"#s-1\">一、学会发展概况</a></li>\n"
                                             "<li class=\"sub\"><a href=\"#s-2\">（一）会员发展</a></li>\n"
                                             "<li><a href=\"#s-3\">二、内部治理</a></li>\n</ol>\n</nav>")));
        QVERIFY(html.contains(QStringLiteral("<h2 id=\"s-1\">一、学会发展概况</h2>")));
        QVERIFY(html.contains(QStringLiteral("<h3 id=\"s-2\">（一）会员发展</h3>")));
        QVERIFY(html.contains(QStringLiteral("<h2 id=\"s-3\">二、内部治理</h2>")));
    }

    void richTextHtml_keepsTheEmphasis_dropsEverythingElse()
    {
        const QString html = richTextHtml(QStringLiteral(
            "<p style=\"color:red; font-family:'Noto Sans CJK SC'\" "
            "onclick=\"x()\"><b>粗</b><i>斜</i><u>下划线</u><s>删除</s>"
            "H<sub>2</sub>O x<sup>2</sup></p><p align=\"right\">右</p>"
            "<img src=\"file:///etc/hosts\"><script>alert('x')</script><style>p{color:red}</style>"
            "<ul><li>一</li><li>二<ol><li>甲</li></ol></li></ul>"
            "<table><tr><td rowspan=\"2\">跨行</td><td>右上</td></tr><tr><td>右下</td></tr></table>"
            "<p><a href=\"https://example.org\">链接</a> &lt;b&gt;</p>"));
        QVERIFY2(html.contains(QStringLiteral(
                     "<strong>粗</strong><em>斜</em><u>下划线</u><s>删除</s>H<sub>2</sub>O x<sup>2</sup>")),
            qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<p class=\"r\">右</p>")));
        QVERIFY2(html.contains(QStringLiteral("<ul>\n<li>一</li>\n<li>二<ol>\n<li>甲</li></ol>\n</li></ul>")),
            qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<td rowspan=\"2\"><p>跨行</p></td>")));
        QVERIFY(html.contains(QStringLiteral("<p>链接 &lt;b&gt;</p>")));
        for (const char *banned : { "style", "onclick", "Noto", "<img", "hosts", "script", "alert", "href",
                 "example.org", "color" })
            QVERIFY2(!html.contains(QLatin1StringView(banned)), banned);
        QVERIFY(richTextHtml(QString()).isEmpty());
        QCOMPARE(richTextHtml(QStringLiteral("一行\n两行")), QStringLiteral("<p>一行</p>\n<p>两行</p>\n"));
    }

    void richText_inPrint_keepsItsLists()
    {
        Document d;
        d.richText(QStringLiteral("<ul><li>第一项</li><li>第二项</li></ul><ol><li>甲</li></ol><p>段落</p>"));
        const std::unique_ptr<QTextDocument> document = d.build();
        QHash<QString, QTextList *> lists;
        for (QTextBlock b = document->begin(); b.isValid(); b = b.next())
            lists.insert(b.text(), b.textList());
        QVERIFY(lists.value(QStringLiteral("第一项")));
        QCOMPARE(lists.value(QStringLiteral("第二项")), lists.value(QStringLiteral("第一项")));
        QCOMPARE(lists.value(QStringLiteral("第一项"))->format().style(), QTextListFormat::ListDisc);
        QVERIFY(lists.value(QStringLiteral("甲")));
        QCOMPARE(lists.value(QStringLiteral("甲"))->format().style(), QTextListFormat::ListDecimal);
        QVERIFY(lists.contains(QStringLiteral("段落")));
        QVERIFY(!lists.value(QStringLiteral("段落")));
    }

    void writeHtml_toAFile_andErrors()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("page.html"));
        Document d(QStringLiteral("标题"));
        d.paragraph(QStringLiteral("正文"));
        QString error;
        QVERIFY2(d.writeHtml(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), d.html());

        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        QVERIFY(!d.writeHtml(&readOnly, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot write the HTML page")), qPrintable(error));
        error.clear();
        QVERIFY(!d.writeHtml(dir.filePath(QStringLiteral("missing/page.html")), &error));
        QVERIFY(error.contains(QStringLiteral("missing/page.html")));
    }
};

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
