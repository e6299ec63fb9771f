// The annual report document (issue 8): the demo society's published report and draft as PDF
// (cover, contents whose page numbers are right, the five sections with their generated parts
// and narratives, the draft mark on every page short of publication), as HTML (valid by tidy,
// self-contained, the same figures) and as ODT (the charts as pictures); a year with no saved
// report; a version; the document language; a snapshot that cannot be read; and no ID number,
// phone or e-mail address in any output.

#include "TestSupport.h"

#include "annual/AnnualFigures.h"
#include "annual/AnnualReportStore.h"
#include "demo/DemoMembers.h"
#include "demo/DemoSociety.h"
#include "domain/Member.h"
#include "members/MemberStore.h"
#include "reports/AnnualReportDocument.h"
#include "settings/SocietySettings.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using test::pdfOf;
using test::keepSample;
using annual::AnnualReportStore;
using reports::AnnualReportSource;
using test::pdfText;
using test::squeezed;

namespace {

QString number(qint64 n)
{
    return QLocale::c().toString(n);
}

} // namespace

class TestAnnualReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // Mid-year: the previous year's report is published (20 March), this year's is a draft.
    FixedClock m_clock { QDateTime(QDate(2026, 6, 30), QTime(9, 0)) };
    std::unique_ptr<storage::Database> m_db;

    std::optional<AnnualReportSource> source(int year, int version = 0)
    {
        QString error;
        std::optional<AnnualReportSource> s = reports::annualReportSource(*m_db, year, version, &error);
        if (!s)
            qWarning("%s", qPrintable(error));
        return s;
    }
    annual::AnnualFigures figures(const AnnualReportSource &s)
    {
        return annual::AnnualFigures::fromJson(s.content.figures, nullptr).value_or(annual::AnnualFigures {});
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils, in packaging/debian-packages.txt) is not installed");
        m_db = test::createDatabase(m_dir, QStringLiteral("annual.societydesk"), &m_clock);
        QVERIFY(m_db);
        storage::StorageError error;
        demo::DemoMembersOptions members;
        members.members = 700;
        members.units = 20;
        QVERIFY2(demo::writeAll(*m_db, members, &error), qPrintable(error.message));
    }
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void published_pdf()
    {
        const std::optional<AnnualReportSource> s = source(2025);
        QVERIFY(s);
        QCOMPARE(s->status, annual::ReportStatus::Published);
        const annual::AnnualFigures f = figures(*s);
        QCOMPARE(f.year, 2025);
        QVERIFY(f.members.individual > 0);
        const reports::AnnualReportOptions options = reports::annualReportOptions(*m_db);
        int pages = 0;
        const QByteArray pdf = pdfOf(reports::annualReport(*s, options), &pages);
        keepSample(QStringLiteral("annual-2025.pdf"), pdf);
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY2(pages >= 8, qPrintable(QString::number(pages)));
        QString failure;
        const QString text = pdfText(pdf, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);

        // The cover: the society, the title, the publication date; no draft mark anywhere.
        QVERIFY(squeezed(pageTexts.at(0)).contains(options.society));
        QVERIFY(squeezed(pageTexts.at(0)).contains(u"2025年度工作报告"));
        QVERIFY(squeezed(pageTexts.at(0)).contains(u"发布于2026年3月20日"));
        QVERIFY(!text.contains(u"草稿"));

        // The contents name each section with the page it starts on.
        const QString contents = pageTexts.at(1);
        QVERIFY(contents.contains(u"目录"));
        const QStringList headings { QStringLiteral("一、发展现状"), QStringLiteral("二、内部建设"), QStringLiteral("三、主要业务活动"),
            QStringLiteral("四、会员发展服务"), QStringLiteral("五、财务状况") };
        for (const QString &heading : headings) {
            const QRegularExpressionMatch m = QRegularExpression(QRegularExpression::escape(heading) + QStringLiteral("\\s+(\\d+)")).match(contents);
            QVERIFY2(m.hasMatch(), qPrintable(heading));
            const int page = m.captured(1).toInt();
            QVERIFY2(page >= 3 && page <= pages, qPrintable(heading));
            QVERIFY2(squeezed(pageTexts.at(page - 1)).contains(heading), qPrintable(QStringLiteral("%1 not on page %2").arg(heading).arg(page)));
        }

        // Key figures, read from the page.
        const QString flat = squeezed(pdfText(pdf, &failure, test::PdfTextMode::Reading));
        QVERIFY(flat.contains(squeezed(QStringLiteral("%1 人").arg(number(f.members.individual)))));
        QVERIFY(flat.contains(squeezed(QStringLiteral("比上年增加 %1").arg(number(f.members.growth())))));
        // The members table: at year end, a year before, the change signed with its percentage.
        QVERIFY(flat.contains(QStringLiteral("个人会员%1%2+%3/+").arg(number(f.members.individual), number(f.members.individualBefore),
            number(f.members.growth()))));
        for (const annual::GradeCount &g : f.members.byGrade)
            QVERIFY2(flat.contains(g.grade + number(g.members)), qPrintable(g.grade));
        QVERIFY(!f.governance.leaders.isEmpty());
        for (const annual::LeaderFigure &l : f.governance.leaders)
            QVERIFY2(flat.contains(l.name), qPrintable(l.name));
        QVERIFY(!f.branches.branches.isEmpty());
        for (const annual::BranchFigure &b : f.branches.branches)
            QVERIFY2(flat.contains(b.name), qPrintable(b.name));
        QVERIFY(flat.contains(u"理事中基层一线不低于四分之三"));
        QVERIFY(flat.contains(QStringLiteral("收入合计%1").arg(annual::Finance::groupedYuan(f.finances.summary.incomeTotal()))));
        QVERIFY(flat.contains(QStringLiteral("会费收入%1").arg(annual::Finance::groupedYuan(*f.finances.summary.amount(QStringLiteral("dues"))))));
        QVERIFY(!f.finances.duesCheck.differs());
        QVERIFY(!flat.contains(u"请核对账目"));
        // The charts' titles are text in the PDF, drawn as vectors.
        for (const char *title : { "历年年末会员数", "会员等级分布", "各类活动", "收入与支出（元）" })
            QVERIFY2(flat.contains(QString::fromUtf8(title)), title);
        // The narratives, as written.
        QVERIFY(flat.contains(u"学会严格执行《民间非营利组织会计制度》"));
        QVERIFY(!flat.contains(u"尚未撰写"));
    }

    void draft_markedOnEveryPage()
    {
        const std::optional<AnnualReportSource> s = source(2026);
        QVERIFY(s);
        QCOMPARE(s->status, annual::ReportStatus::Draft);
        int pages = 0;
        const QByteArray pdf = pdfOf(reports::annualReport(*s, reports::annualReportOptions(*m_db)), &pages);
        const QStringList pageTexts = pdfText(pdf, nullptr).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);
        for (const QString &page : pageTexts)
            QVERIFY2(page.contains(u"草稿"), qPrintable(page.left(200)));
        // Two sections of this draft are not written yet.
        QCOMPARE(pdfText(pdf, nullptr).count(u"［本章节文字尚未撰写。］"), 2);
    }

    void noSavedReport_generatedPartsAlone()
    {
        const std::optional<AnnualReportSource> s = source(2024);
        QVERIFY(s);
        QVERIFY(!s->status);
        QCOMPARE(figures(*s), annual::computeAnnualFigures(*m_db, 2024));
        int pages = 0;
        const QByteArray pdf = pdfOf(reports::annualReport(*s, reports::annualReportOptions(*m_db)), &pages);
        const QString text = pdfText(pdf, nullptr);
        QCOMPARE(text.count(u"［本章节文字尚未撰写。］"), 5);
        QCOMPARE(text.count(u"草稿"), pages);
        QVERIFY(squeezed(text).contains(u"尚未保存"));
    }

    void version_rendersThatVersion()
    {
        // Version 1 of 2025 was the first draft; the report was published later as version 3.
        const std::optional<AnnualReportSource> v1 = source(2025, 1);
        QVERIFY(v1);
        QCOMPARE(v1->version, 1);
        QCOMPARE(v1->status, annual::ReportStatus::Draft);
        QCOMPARE(v1->versionNote, QStringLiteral("初稿"));
        const QString text = pdfText(pdfOf(reports::annualReport(*v1, reports::annualReportOptions(*m_db))), nullptr);
        QVERIFY(squeezed(text).contains(u"第1版"));
        QVERIFY(text.contains(u"草稿"));
        QString error;
        QVERIFY(!reports::annualReportSource(*m_db, 2025, 9, &error));
        QVERIFY2(error.contains(u'9'), qPrintable(error));
        QVERIFY(!reports::annualReportSource(*m_db, 2019, 1, &error));
    }

    void html_validSelfContained()
    {
        const std::optional<AnnualReportSource> s = source(2025);
        const reports::Document d = reports::annualReport(*s, reports::annualReportOptions(*m_db));
        const QString html = d.html();
        keepSample(QStringLiteral("annual-2025.html"), html.toUtf8());
        bool ran = false;
        const QString report = test::tidyReport(html, &ran);
        if (!ran)
            QSKIP("tidy (in packaging/debian-packages.txt) is not installed");
        QVERIFY2(report.isEmpty(), qPrintable(report));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"));
        QVERIFY(html.contains(u"lang=\"zh-CN\""));
        QVERIFY(html.contains(u"name=\"viewport\""));
        QCOMPARE(html.count(u"<svg"), 4); // the four charts, inline
        QVERIFY(!html.contains(u"http://", Qt::CaseInsensitive) || html.count(u"http://www.w3.org/2000/svg") == html.count(u"http://"));
        QVERIFY(!html.contains(u"https://"));
        QVERIFY(!html.contains(u"<script", Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<img", Qt::CaseInsensitive) || html.contains(u"src=\"data:"));
        const annual::AnnualFigures f = figures(*s);
        for (const QString &heading : { QStringLiteral("一、发展现状"), QStringLiteral("五、财务状况") })
            QVERIFY2(html.contains(heading), qPrintable(heading));
        for (const annual::LeaderFigure &l : f.governance.leaders)
            QVERIFY2(html.contains(l.name), qPrintable(l.name));
        QVERIFY(html.contains(annual::Finance::groupedYuan(f.finances.summary.incomeTotal())));
        QVERIFY(html.contains(u"href=\"#")); // the contents link to the sections

        // Written to a file through saveAnnualReport, as the CLI does.
        const QString path = m_dir.filePath(QStringLiteral("annual.html"));
        QString error;
        QVERIFY2(reports::saveAnnualReport(*s, path, reports::annualReportOptions(*m_db), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), html);
    }

    void odt_withCharts()
    {
        const std::optional<AnnualReportSource> s = source(2025);
        const QString path = m_dir.filePath(QStringLiteral("annual.odt"));
        QString error;
        QVERIFY2(reports::saveAnnualReport(*s, path, reports::annualReportOptions(*m_db), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray odt = file.readAll();
        keepSample(QStringLiteral("annual-2025.odt"), odt);
        const QString content = QString::fromUtf8(test::zipEntry(odt, QStringLiteral("content.xml")));
        QVERIFY(content.contains(u"四、会员发展服务"));
        QVERIFY(content.contains(u"目录"));
        int pictures = 0;
        for (const QString &name : test::zipNames(odt))
            pictures += name.startsWith(u"Pictures/") ? 1 : 0;
        QCOMPARE(pictures, 4);
    }

    void duesDifference_warned()
    {
        // This year's dues income entered 1 yuan short of what the register shows received.
        const annual::DuesCrossCheck before = annual::Finance(*m_db).duesCrossCheck(2026);
        QVERIFY(before.received > 100);
        storage::StorageError error;
        QVERIFY2(annual::Finance(*m_db).set(2026, { { QStringLiteral("dues"), before.received - 100 } }, &error),
            qPrintable(error.message));
        AnnualReportSource s = *source(2026);
        s.content.figures = reports::annualFiguresSnapshot(*m_db, 2026);
        const QString text = squeezed(pdfText(pdfOf(reports::annualReportSection(QStringLiteral("finances"), s, reports::annualReportOptions(*m_db))), nullptr));
        QVERIFY2(text.contains(squeezed(QStringLiteral("填报的会费收入（%1 元）比之少 1.00 元，请核对账目。").arg(annual::Finance::groupedYuan(before.received - 100)))),
            qPrintable(text));
        // The snapshot kept with the draft does not change until it is refreshed.
        QVERIFY(!squeezed(pdfText(pdfOf(reports::annualReportSection(QStringLiteral("finances"), *source(2026), reports::annualReportOptions(*m_db))), nullptr))
                     .contains(u"请核对账目"));
    }

    void refusesOtherSuffixes()
    {
        const std::optional<AnnualReportSource> s = source(2025);
        const QString path = m_dir.filePath(QStringLiteral("annual.docx"));
        QString error;
        QVERIFY(!reports::isAnnualReportPath(path));
        QVERIFY(!reports::saveAnnualReport(*s, path, reports::annualReportOptions(*m_db), &error));
        QVERIFY(error.contains(u".docx"));
        QVERIFY(!QFile::exists(path));
        QVERIFY(reports::isAnnualReportPath(QStringLiteral("A.PDF")));
        QVERIFY(reports::isAnnualReportPath(QStringLiteral("a.htm")));
    }

    void unreadableSnapshot_saysSo()
    {
        AnnualReportSource s;
        s.year = 2025;
        s.content.figures = QJsonObject { { QStringLiteral("format"), 99 } };
        const QString text = pdfText(pdfOf(reports::annualReport(s, reports::annualReportOptions(*m_db))), nullptr);
        QCOMPARE(text.count(u"统计部分无法显示"), 5);
    }

    void sectionAlone()
    {
        const std::optional<AnnualReportSource> s = source(2025);
        const QString text
            = squeezed(pdfText(pdfOf(reports::annualReportSection(QStringLiteral("finances"), *s, reports::annualReportOptions(*m_db))), nullptr));
        QVERIFY(text.contains(u"业务活动表项目"));
        QVERIFY(!text.contains(u"会员等级"));
        QVERIFY(!text.contains(u"学会严格执行")); // the generated part only, not the narrative
    }

    void englishDocument()
    {
        storage::ProfileStore profiles(*m_db);
        SocietySettings settings = profiles.settings();
        settings.setText(SocietySetting::DocumentLanguage, QStringLiteral("en"));
        storage::StorageError error;
        QVERIFY2(profiles.saveSettings(settings, &error), qPrintable(error.message));
        const std::optional<AnnualReportSource> s = source(2025);
        const reports::Document d = reports::annualReport(*s, reports::annualReportOptions(*m_db));
        const QString text = squeezed(pdfText(pdfOf(d), nullptr));
        settings.setText(SocietySetting::DocumentLanguage, QStringLiteral("zh_CN"));
        QVERIFY(profiles.saveSettings(settings, &error));
        QVERIFY(text.contains(u"AnnualReport2025"));
        QVERIFY(text.contains(u"1.Developmentoverview"));
        QVERIFY(text.contains(u"Memberdevelopmentandservices"));
        QVERIFY(text.contains(u"Totalincome"));
        QVERIFY(d.html().contains(u"lang=\"en\""));
    }

    void noIdNumbersPhonesOrEmails()
    {
        const QRegularExpression id(QStringLiteral("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])"));
        const QRegularExpression mobile(QStringLiteral("(?<![0-9])1[3-9][0-9]{9}(?![0-9])"));
        const QRegularExpression email(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
        // The patterns do find the demo's personal data.
        const std::optional<Member> member = members::MemberStore(*m_db).member(1);
        QVERIFY(member);
        QVERIFY2(id.match(member->idNumber).hasMatch(), qPrintable(member->idNumber));
        QVERIFY2(mobile.match(member->mobile).hasMatch(), qPrintable(member->mobile));
        QVERIFY2(email.match(member->email).hasMatch(), qPrintable(member->email));

        for (int year : { 2024, 2025, 2026 }) {
            const std::optional<AnnualReportSource> s = source(year);
            const reports::Document d = reports::annualReport(*s, reports::annualReportOptions(*m_db));
            const QByteArray odt = d.odt();
            const QString snapshot = QString::fromUtf8(QJsonDocument(s->content.figures).toJson());
            for (const QString &text : { pdfText(pdfOf(d), nullptr), d.html(), QString::fromUtf8(test::zipEntry(odt, QStringLiteral("content.xml"))),
                     snapshot }) {
                QVERIFY(!text.isEmpty());
                QVERIFY2(!id.match(text).hasMatch(), qPrintable(id.match(text).captured()));
                QVERIFY2(!mobile.match(text).hasMatch(), qPrintable(mobile.match(text).captured()));
                QVERIFY2(!email.match(text).hasMatch(), qPrintable(email.match(text).captured()));
            }
        }
    }
};

QTEST_MAIN(TestAnnualReport)
#include "tst_annualreport.moc"
