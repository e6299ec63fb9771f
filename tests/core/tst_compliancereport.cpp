// The compliance report (core/reports/ComplianceReport): cover, summary by pack and every finding
// with its evidence, as a PDF read back with poppler's pdftotext (the Chinese must extract
// exactly) and as ODT; long evidence lists over many pages; the document language; no personal
// data over the demo society.
//
// Set SOCIETYDESK_REPORT_SAMPLES=<dir> to keep the rendered samples there.

#include "demo/DemoBranches.h"
#include "demo/DemoGovernance.h"
#include "demo/DemoMeetings.h"
#include "demo/DemoMembers.h"
#include "demo/DemoSociety.h"
#include "exchange/ZipArchive.h"
#include "i18n/Language.h"
#include "members/MemberStore.h"
#include "reports/ComplianceReport.h"
#include "rules/Engine.h"
#include "rules/RulePack.h"
#include "SocietyBuilder.h"
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using test::pdfOf;
using test::keepSample;
using namespace sd::reports;
using rules::Finding;
using rules::Status;

namespace {

/// The entry as UTF-8 text.
QString zipText(const QByteArray &zip, const QString &name)
{
    return QString::fromUtf8(test::zipEntry(zip, name));
}

using test::pdfText;
using test::squeezed;

QList<rules::RulePack> shippedPacks()
{
    QList<rules::RulePack> packs;
    for (const QString &id : rules::PackLoader::builtinIds()) {
        rules::PackError error;
        if (const std::optional<rules::RulePack> p = rules::PackLoader::builtin(id, &error))
            packs << *p;
        else
            qWarning() << error.text();
    }
    return packs;
}

/// A run with one pack, one requirement and one failing finding with `rows` evidence rows.
rules::ComplianceRun longRun(int rows)
{
    rules::ComplianceRun run;
    run.society = QStringLiteral("中国测试学会");
    run.referenceDate = QDate(2025, 12, 31);
    run.year = 2025;
    rules::RulePack pack;
    pack.id = QStringLiteral("t-pack");
    pack.titleZh = QStringLiteral("测试规则包");
    pack.titleEn = QStringLiteral("Test pack");
    rules::Requirement req;
    req.id = QStringLiteral("T-01");
    req.titleZh = QStringLiteral("会员发展");
    req.titleEn = QStringLiteral("Membership");
    req.sourceFile = QStringLiteral("seed.txt");
    req.sourceWording = QStringLiteral("个人会员应当按时缴纳会费。");
    req.checks << rules::CheckSpec { QStringLiteral("dues"), QStringLiteral("x"), {} };
    pack.requirements << req;
    run.packs << pack;
    Finding f;
    f.check = QStringLiteral("T-01.dues");
    f.requirement = req.id;
    f.pack = pack.id;
    f.status = Status::Fail;
    f.measured = QStringLiteral("%1 名会员未缴纳会费").arg(rows);
    f.threshold = QStringLiteral("0");
    f.hint = QStringLiteral("需催缴%1名会员的会费").arg(rows);
    f.citation = req.citation();
    for (int i = 1; i <= rows; ++i) {
        f.evidence << rules::Evidence { QStringLiteral("M%1").arg(i, 5, 10, QLatin1Char('0')),
            QStringLiteral("会员甲%1乙").arg(i, 3, 10, QLatin1Char('0')), rules::RecordKind::Member };
    }
    run.findings << f;
    return run;
}

} // namespace

class TestComplianceReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 3, 1), QTime(9, 0)) };
    std::unique_ptr<storage::Database> m_db;
    int m_files = 0;

    /// The demo society's profile and settings, then the 10th term from 2025-06-01 with 8
    /// councillors of whom 3 are not front-line (CAST17-10 fails, an election year), and a
    /// council meeting in 2025 without minutes (CAST17-01.minutes fails).
    void buildSmallSociety()
    {
        storage::StorageError error;
        QVERIFY2(demo::write(*m_db, demo::generate(), &error), qPrintable(error.message));
        test::SocietyBuilder b(*m_db);
        const governance::Term term = b.term(10, QDate(2025, 6, 1));
        for (int n = 1; n <= 8; ++n)
            b.seat(term, n, governance::Body::Council, [n](governance::Seat &s) { s.frontLine = n <= 5; });
        b.meeting(QStringLiteral("LS-2025-01"), QDate(2025, 9, 1));
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils, in packaging/debian-packages.txt) is not installed");
    }

    void init()
    {
        storage::StorageError error;
        storage::Database::Options options;
        options.mode = storage::OpenMode::CreateNew;
        options.clock = &m_clock;
        m_db = storage::Database::open(
            m_dir.filePath(QStringLiteral("c%1.societydesk").arg(++m_files)), options, &error);
        QVERIFY2(m_db, qPrintable(error.message));
        i18n::install(i18n::Language::English); // screens in English; the report follows the society
    }
    void cleanup() { m_db.reset(); }

    void statusLabels_areFindingTextsInTheDocumentLanguage()
    {
        const i18n::DocumentTranslator chinese(i18n::Language::Chinese);
        QVERIFY(i18n::install(i18n::Language::Chinese));
        for (const Status s : rules::FindingText::allStatuses()) {
            QCOMPARE(chinese.translate("sd::rules::FindingText", rules::FindingText::labelSource(s)),
                rules::FindingText::label(s));
            QVERIFY(rules::FindingText::label(s) != QString::fromUtf8(rules::FindingText::labelSource(s)));
        }
        QCOMPARE(rules::FindingText::label(Status::NotApplicable), QStringLiteral("不适用"));
        i18n::install(i18n::Language::English);
        QCOMPARE(rules::FindingText::label(Status::NotApplicable), QStringLiteral("Not applicable"));
    }

    void runForReport_evaluatesInTheDocumentLanguage_andRestoresTheScreens()
    {
        buildSmallSociety();
        QCOMPARE(i18n::current(), i18n::Language::English);
        const rules::ComplianceRun chinese = complianceRunForReport(*m_db, shippedPacks(), 2025, {});
        QCOMPARE(i18n::current(), i18n::Language::English);
        QCOMPARE(rules::FindingText::label(Status::Pass), QStringLiteral("Pass"));
        const rules::ComplianceRun english = rules::Engine::run(*m_db, shippedPacks(), 2025);
        QCOMPARE(chinese.findings.size(), english.findings.size());
        QCOMPARE(chinese.referenceDate, QDate(2025, 12, 31));
        bool differs = false;
        for (qsizetype i = 0; i < chinese.findings.size(); ++i) {
            QCOMPARE(chinese.findings.at(i).check, english.findings.at(i).check);
            QCOMPARE(chinese.findings.at(i).status, english.findings.at(i).status);
            differs = differs || chinese.findings.at(i).hint != english.findings.at(i).hint;
        }
        QVERIFY(differs);

        const ComplianceReportOptions options = complianceReportOptions(*m_db);
        QCOMPARE(options.language, i18n::Language::Chinese); // the demo society's setting (the default)
        QCOMPARE(options.generatedOn, QDate(2026, 3, 1));
    }

    void pdf_coverSummaryFindingsAndEvidence()
    {
        buildSmallSociety();
        const rules::ComplianceRun run = complianceRunForReport(*m_db, shippedPacks(), 2025, {});
        const ComplianceReportOptions options = complianceReportOptions(*m_db);
        int pages = 0;
        const QByteArray pdf = pdfOf(complianceReport(run, options), &pages);
        keepSample(QStringLiteral("compliance.pdf"), pdf);
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QString failure;
        const QString text = pdfText(pdf, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QString flat = squeezed(pdfText(pdf, &failure, test::PdfTextMode::Reading));
        const QString society = storage::ProfileStore(*m_db).profile().name;
        QVERIFY(!society.isEmpty());

        // The cover, alone on the first page.
        const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);
        const QString coverPage = squeezed(pageTexts.constFirst());
        for (const QString &expected :
            { QStringLiteral("合规检查报告"), squeezed(society), QStringLiteral("报告年度2025年度"),
                QStringLiteral("基准日期2025年12月31日"), QStringLiteral("生成日期2026年3月1日"),
                QStringLiteral("适用规则包"), QStringLiteral("cast-2017中国科协2017年学会改革工作要点"),
                QStringLiteral("civil-affairs") }) {
            QVERIFY2(coverPage.contains(expected), qPrintable(expected + u'\n' + coverPage));
        }
        QVERIFY(!coverPage.contains(QStringLiteral("检查概况")));

        // Page numbers and the running header on every page.
        for (int i = 0; i < pages; ++i) {
            QVERIFY2(pageTexts.at(i).contains(QStringLiteral("第 %1 页 / 共 %2 页").arg(i + 1).arg(pages)),
                qPrintable(pageTexts.at(i)));
            QVERIFY(squeezed(pageTexts.at(i)).contains(squeezed(society)));
        }

        // The summary: counts per pack by status and a total row that adds up.
        const i18n::DocumentTranslator zh(i18n::Language::Chinese);
        QString header = QStringLiteral("规则包");
        for (const Status s : rules::FindingText::allStatuses())
            header += zh.translate("sd::rules::FindingText", rules::FindingText::labelSource(s));
        header += QStringLiteral("合计");
        QVERIFY2(flat.contains(QStringLiteral("一、检查概况") + header), qPrintable(flat.left(600)));
        QMap<QString, std::array<int, 6>> counts;
        std::array<int, 6> total {};
        for (const Finding &f : run.findings) {
            ++counts[f.pack][std::size_t(f.status)];
            ++total[std::size_t(f.status)];
        }
        for (const QString &pack : { QStringLiteral("cast-2017"), QStringLiteral("civil-affairs") }) {
            QString row = pack;
            int sum = 0;
            for (const int n : counts.value(pack)) {
                row += QString::number(n);
                sum += n;
            }
            QVERIFY2(flat.contains(row + QString::number(sum)), qPrintable(row));
        }
        QString totalRow = QStringLiteral("合计");
        for (const int n : total)
            totalRow += QString::number(n);
        QVERIFY2(flat.contains(totalRow + QString::number(run.findings.size())), qPrintable(totalRow));

        // The failing checks, in the summary and in the findings with their hints.
        QStringList failing;
        for (const Finding &f : run.findings) {
            if (f.status == Status::Fail)
                failing << f.check;
        }
        QVERIFY(failing.contains(QStringLiteral("CAST17-01.minutes")));
        QVERIFY(failing.contains(QStringLiteral("CAST17-10.council_front_line")));
        QVERIFY(flat.contains(QStringLiteral("不通过的检查项（%1）：").arg(failing.size())));
        QVERIFY(flat.contains(QStringLiteral("二、检查结果")));
        const auto findingOf = [&run](const QString &check) {
            for (const Finding &f : run.findings) {
                if (f.check == check)
                    return f;
            }
            return Finding {};
        };
        const Finding frontLine = findingOf(QStringLiteral("CAST17-10.council_front_line"));
        QVERIFY(!frontLine.hint.isEmpty());
        QVERIFY2(frontLine.hint.contains(QStringLiteral("一线")),
            qPrintable(frontLine.hint)); // evaluated in Chinese
        // Each failing finding with this hint in the summary's list and in the findings; the Hubei
        // and Dalian packs carry the same council check.
        qsizetype expectedHints = 0;
        for (const Finding &f : run.findings) {
            if (f.hint == frontLine.hint)
                expectedHints += f.status == Status::Fail ? 2 : 1;
        }
        QVERIFY(expectedHints >= 2);
        QCOMPARE(flat.count(squeezed(frontLine.hint)), expectedHints);
        QVERIFY(flat.contains(QStringLiteral("检查项CAST17-10.council_front_line结果")
            + zh.translate("sd::rules::FindingText", "Fail")));
        QVERIFY(flat.contains(QStringLiteral("实测") + squeezed(frontLine.measured)));
        QVERIFY(flat.contains(QStringLiteral("标准") + squeezed(frontLine.threshold)));
        QVERIFY(flat.contains(QStringLiteral("整改建议") + squeezed(frontLine.hint)));
        // Its evidence: the three councillors who are not front-line, as a numbered table.
        QCOMPARE(frontLine.evidence.size(), 3);
        QVERIFY(flat.contains(QStringLiteral("相关记录（3条）：序号编号名称")));
        for (int i = 0; i < 3; ++i) {
            const rules::Evidence &e = frontLine.evidence.at(i);
            QVERIFY2(flat.contains(QString::number(i + 1) + e.id + e.name), qPrintable(e.name));
        }
        const Finding minutes = findingOf(QStringLiteral("CAST17-01.minutes"));
        QVERIFY(flat.contains(squeezed(minutes.hint)));
        QVERIFY(flat.contains(minutes.evidence.value(0).name));
        QVERIFY(flat.contains(QStringLiteral("LS-2025-01")));

        // Requirements with their titles and citations; settings used.
        QVERIFY(flat.contains(QStringLiteral("1.中国科协2017年学会改革工作要点（cast-2017）")));
        QVERIFY(flat.contains(QStringLiteral("CAST17-01会议制度")));
        QVERIFY(flat.contains(
            QStringLiteral("依据：004_bea18b518c6ff087.txt，“建立务实高效、位阶有序的会议制度")));
        for (const Finding &f : run.findings) {
            // "检查项 <id> 结果" is a table row; a page break may fall inside a finding's table (the
            // running header then sits between its rows), so only the id is looked for here.
            QVERIFY2(flat.contains(f.check), qPrintable(f.check));
            for (const QString &setting : f.settings)
                QVERIFY2(flat.contains(setting), qPrintable(setting));
        }
        // A heading, a citation and "相关记录（1条）：" stay on the page of what follows them.
        for (const QString &page : pageTexts) {
            const QString s = squeezed(page).remove(QRegularExpression(QStringLiteral("第\\d+页/共\\d+页$")));
            QVERIFY2(!s.endsWith(QStringLiteral("会议制度")) && !s.endsWith(u'：') && !s.endsWith(u'”'),
                qPrintable(s.right(200)));
        }
    }

    void pdf_longEvidence_everyRowOnce_headerOnEveryPage()
    {
        int pages = 0;
        const QByteArray pdf = pdfOf(complianceReport(longRun(300), ComplianceReportOptions {}), &pages);
        keepSample(QStringLiteral("compliance-long.pdf"), pdf);
        QVERIFY2(pages >= 8, qPrintable(QString::number(pages)));
        QString failure;
        const QString text = pdfText(pdf, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        for (int i = 1; i <= 300; ++i) {
            const QString name = QStringLiteral("会员甲%1乙").arg(i, 3, 10, QLatin1Char('0'));
            const QString id = QStringLiteral("M%1").arg(i, 5, 10, QLatin1Char('0'));
            QVERIFY2(text.count(name) == 1,
                qPrintable(QStringLiteral("%1: %2 times").arg(name).arg(text.count(name))));
            QVERIFY2(text.count(id) == 1, qPrintable(id));
            QVERIFY2(
                text.contains(QRegularExpression(QStringLiteral("\\b%1\\s+%2\\s+%3").arg(i).arg(id, name))),
                qPrintable(name));
        }
        // Every page the table runs over starts with its header row.
        const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);
        int tablePages = 0;
        for (int i = 0; i < pages; ++i) {
            const QString s = squeezed(pageTexts.at(i));
            QVERIFY(pageTexts.at(i).contains(QStringLiteral("第 %1 页 / 共 %2 页").arg(i + 1).arg(pages)));
            if (!s.contains(QStringLiteral("会员甲")))
                continue;
            ++tablePages;
            QVERIFY2(s.contains(QStringLiteral("序号编号名称")), qPrintable(s.left(300)));
        }
        QVERIFY2(tablePages >= 6, qPrintable(QString::number(tablePages)));
        QVERIFY(!squeezed(text).contains(QStringLiteral("未在此列出")));
    }

    void document_headingsAndLeadInsMoveTogether()
    {
        // A section heading, a heading and a lead-in in a row before a table, pushed down the
        // page line by line: wherever the page ends, the three are on the page of the table's
        // first row, and no page is left with a heading alone.
        for (int filler = 24; filler <= 40; ++filler) {
            Document d(QStringLiteral("keep"));
            for (int i = 0; i < filler; ++i)
                d.paragraph(QStringLiteral("填充第%1行").arg(i));
            d.heading(QStringLiteral("二、检查结果")).heading(QStringLiteral("要求甲")).leadIn(QStringLiteral("依据：某文件某条"));
            Document::Table t;
            t.columns = { { QStringLiteral("编号"), 30, Document::Align::Left }, { QStringLiteral("名称"), 0, Document::Align::Left } };
            t.rows = { { QStringLiteral("1"), QStringLiteral("首行记录") }, { QStringLiteral("2"), QStringLiteral("次行记录") } };
            d.table(t);
            QString failure;
            const QStringList pages = pdfText(d.pdf(), &failure).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            for (const QString &page : pages) {
                const QString s = squeezed(page);
                if (!s.contains(QStringLiteral("首行记录")))
                    continue;
                QVERIFY2(s.contains(QStringLiteral("二、检查结果要求甲依据：某文件某条编号名称1首行记录")),
                    qPrintable(QStringLiteral("%1 lines: %2").arg(filler).arg(s)));
                QVERIFY2(s.startsWith(QStringLiteral("填充")) || s.startsWith(QStringLiteral("二、检查结果")),
                    qPrintable(QStringLiteral("%1 lines: %2").arg(filler).arg(s)));
            }
            for (const QString &page : pages) {
                const QString s = squeezed(page).remove(QRegularExpression(QStringLiteral("\\d+/\\d+$")));
                QVERIFY2(!s.endsWith(QStringLiteral("检查结果")) && !s.endsWith(QStringLiteral("要求甲"))
                        && !s.endsWith(QStringLiteral("某条")),
                    qPrintable(QStringLiteral("%1 lines: %2").arg(filler).arg(s)));
            }
        }
    }

    void pdf_evidenceLimit_saysHowManyMore()
    {
        ComplianceReportOptions options;
        options.evidenceLimit = 10;
        QString failure;
        const QString flat
            = squeezed(pdfText(complianceReport(longRun(25), options).pdf(), &failure, test::PdfTextMode::Reading));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(flat.contains(QStringLiteral("相关记录（25条）")));
        QVERIFY(flat.contains(QStringLiteral("10M00010会员甲010乙")));
        QVERIFY(!flat.contains(QStringLiteral("会员甲011乙")));
        QVERIFY2(flat.contains(QStringLiteral("另有15条记录未在此列出")), qPrintable(flat.right(300)));
    }

    void english_documentLanguage()
    {
        ComplianceReportOptions options;
        options.language = i18n::Language::English;
        options.generatedOn = QDate(2026, 3, 1);
        QString failure;
        const QString text = pdfText(complianceReport(longRun(3), options).pdf(), &failure)
                                 .replace(QRegularExpression(QStringLiteral(" +")), QStringLiteral(" "));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        for (const char *expected : { "Compliance report", "Report year", "Reference date",
                 "31 December 2025", "Generated on", "1 March 2026", "t-pack Test pack", "1. Summary",
                 "2. Findings", "T-01 Membership", "Page 1 of" }) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        // The summary's header (narrow columns: the labels may wrap).
        const QString reading
            = squeezed(pdfText(complianceReport(longRun(3), options).pdf(), &failure, test::PdfTextMode::Reading));
        QVERIFY2(
            reading.contains(QStringLiteral("RulepackPassFailWarningPendingNotapplicableMissingdataTotal")),
            qPrintable(reading.left(600)));
        QVERIFY(!text.contains(QStringLiteral("合规检查报告")));
        QVERIFY(!text.contains(QStringLiteral("检查结果")));
    }

    void odt_opensWithTheCheckIds()
    {
        buildSmallSociety();
        const rules::ComplianceRun run = complianceRunForReport(*m_db, shippedPacks(), 2025, {});
        const QString path = m_dir.filePath(QStringLiteral("report.ODT"));
        QString error;
        QVERIFY2(saveComplianceReport(run, path, complianceReportOptions(*m_db), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray odt = file.readAll();
        keepSample(QStringLiteral("compliance.odt"), odt);
        QVERIFY(odt.startsWith("PK"));
        QCOMPARE(zipText(odt, QStringLiteral("mimetype")),
            QStringLiteral("application/vnd.oasis.opendocument.text"));
        const QString content = zipText(odt, QStringLiteral("content.xml"));
        QVERIFY(content.contains(QStringLiteral("合规检查报告")));
        for (const Finding &f : run.findings)
            QVERIFY2(content.contains(f.check), qPrintable(f.check));
        QVERIFY(content.contains(QStringLiteral("理事6")));
        QVERIFY(content.contains(QStringLiteral("AR PL UMing CN")));
        QVERIFY(!content.contains(QStringLiteral("Noto")));
    }

    void save_refusesOtherSuffixesAndUnwritablePaths_leavingNothing()
    {
        const rules::ComplianceRun run = longRun(3);
        QTemporaryDir dir;
        QString error;
        QVERIFY(!saveComplianceReport(run, dir.filePath(QStringLiteral("report.docx")), {}, &error));
        QVERIFY(error.contains(QStringLiteral("report.docx")));
        QVERIFY(!isComplianceReportPath(QStringLiteral("report")));
        QVERIFY(isComplianceReportPath(QStringLiteral("a/b/Report.PDF")));
        // A folder that is a file: nothing can be created under it.
        const QString notADir = dir.filePath(QStringLiteral("file"));
        QFile f(notADir);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        error.clear();
        QVERIFY(!saveComplianceReport(run, notADir + QStringLiteral("/report.pdf"), {}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList { QStringLiteral("file") });
        // Written: a PDF, replacing the file atomically.
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY2(saveComplianceReport(run, pdf, {}, &error), qPrintable(error));
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(4) == "%PDF");
    }

    void demoSociety_noIdNumbersPhonesOrEmails()
    {
        storage::StorageError error;
        const QDate today = m_clock.today();
        QVERIFY2(demo::write(*m_db, demo::generate(), &error), qPrintable(error.message));
        demo::DemoMembersOptions members;
        members.members = 700;
        members.units = 20;
        members.today = today;
        QVERIFY2(demo::writeMembers(*m_db, members, &error), qPrintable(error.message));
        QVERIFY2(demo::writeGovernance(*m_db, members.seed, today, &error), qPrintable(error.message));
        QVERIFY2(demo::writeBranches(*m_db, members.seed, today, &error), qPrintable(error.message));
        QVERIFY2(demo::writeMeetings(*m_db, members.seed, today, &error), qPrintable(error.message));

        QElapsedTimer timer;
        timer.start();
        const rules::ComplianceRun run = complianceRunForReport(*m_db, shippedPacks(), 2025, {});
        const qint64 evaluated = timer.elapsed();
        int pages = 0;
        const QByteArray pdf = pdfOf(complianceReport(run, complianceReportOptions(*m_db)), &pages);
        qInfo("demo society (700 members): %d findings evaluated in %lld ms, report of %d pages rendered in "
              "%lld ms",
            int(run.findings.size()), evaluated, pages, timer.elapsed() - evaluated);
        keepSample(QStringLiteral("compliance-demo.pdf"), pdf);
        QVERIFY(pdf.startsWith("%PDF"));
        QString failure;
        const QString text = pdfText(pdf, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        int names = 0;
        for (const Finding &f : run.findings) {
            QVERIFY2(squeezed(text).contains(f.check), qPrintable(f.check));
            for (const rules::Evidence &e : f.evidence)
                names += text.contains(e.name) ? 1 : 0;
        }
        QVERIFY(names > 0); // the test would see personal data if the findings carried it

        // No resident ID (18 characters), mobile number or e-mail address anywhere in the text.
        const QRegularExpression id(QStringLiteral("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])"));
        const QRegularExpression mobile(QStringLiteral("(?<![0-9])1[3-9][0-9]{9}(?![0-9])"));
        const QRegularExpression email(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
        QVERIFY2(!id.match(text).hasMatch(), qPrintable(id.match(text).captured()));
        QVERIFY2(!mobile.match(text).hasMatch(), qPrintable(mobile.match(text).captured()));
        QVERIFY2(!email.match(text).hasMatch(), qPrintable(email.match(text).captured()));
        // The patterns do find the demo's data: a member's ID number, mobile and e-mail.
        const std::optional<Member> member = members::MemberStore(*m_db).member(1);
        QVERIFY(member);
        QVERIFY2(id.match(member->idNumber).hasMatch(), qPrintable(member->idNumber));
        QVERIFY2(mobile.match(member->mobile).hasMatch(), qPrintable(member->mobile));
        QVERIFY2(email.match(member->email).hasMatch(), qPrintable(member->email));
    }
};

QTEST_MAIN(TestComplianceReport)
#include "tst_compliancereport.moc"
