// Meeting documents (core/reports): the minutes, sign-in sheet and notice as PDF — read back
// with poppler's pdftotext, so the Chinese must extract exactly — and as ODT (a zip whose
// content.xml holds the text); the document layer's fonts, page numbers, sanitised rich text
// and write errors.
//
// Set SOCIETYDESK_REPORT_SAMPLES=<dir> to keep the rendered samples there.

#include "TestSupport.h"

#include "exchange/ZipArchive.h"
#include "i18n/Language.h"
#include "reports/Document.h"
#include "reports/DocumentFonts.h"
#include "reports/MeetingDocuments.h"
#include "reports/OdfFonts.h"

#include <QBuffer>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace sd;
using test::keepSample;
using namespace sd::meetings;
using namespace sd::reports;

namespace {

/// The entry as UTF-8 text.
QString zipText(const QByteArray &zip, const QString &name)
{
    return QString::fromUtf8(test::zipEntry(zip, name));
}

using test::pdfText;
using test::squeezed;

const i18n::DocumentTranslator &chinese()
{
    static const i18n::DocumentTranslator translator(i18n::Language::Chinese);
    return translator;
}

AttendanceLine line(const QString &name, const QString &role, std::optional<AttendanceStatus> status,
    const QString &proxyTo = {})
{
    AttendanceLine l;
    l.name = name;
    l.role = role;
    l.status = status;
    l.proxyTo = proxyTo;
    l.memberNo = QStringLiteral("M%1").arg(qHash(name) % 100000, 5, 10, QLatin1Char('0'));
    if (status == AttendanceStatus::Proxy)
        l.reply = Reply::Proxy;
    else if (status == AttendanceStatus::Excused)
        l.reply = Reply::Excused;
    return l;
}

/// A council meeting of 120 seats: 78 present, 2 by proxy (80 count for the quorum), 25 excused,
/// 15 absent; three resolutions, one follow-up, one carried over.
MeetingRecord councilMeeting()
{
    MeetingRecord r;
    r.society = QStringLiteral("中国测试学会");
    Meeting &m = r.meeting;
    m.id = 7;
    m.number = QStringLiteral("LS-2024-03");
    m.body = MeetingBody::Council;
    m.date = QDate(2024, 3, 15);
    m.startTime = QTime(14, 30);
    m.mode = Mode::Hybrid;
    m.place = QStringLiteral("北京市海淀区学院路30号学会会议室");
    m.chair = QStringLiteral("王建国");
    m.recordKeeper = QStringLiteral("李晓梅");
    m.noticeIssuedOn = QDate(2024, 3, 1);
    m.replyBy = QDate(2024, 3, 8);
    m.agenda = { { 1, QStringLiteral("审议秘书长工作报告"), QStringLiteral("赵敏") },
        { 2, QStringLiteral("审议《学会会费管理办法（修订稿）》"), QString() },
        { 3, QStringLiteral("审议2024年度预算"), QStringLiteral("财务部") } };
    r.title = QStringLiteral("第九届理事会第三次会议");

    r.roll << line(QStringLiteral("王建国"), QStringLiteral("理事长"), AttendanceStatus::Present)
           << line(QStringLiteral("陈静"), QStringLiteral("副理事长"), AttendanceStatus::Present)
           << line(QStringLiteral("赵敏"), QStringLiteral("秘书长"), AttendanceStatus::Present)
           << line(QStringLiteral("孙立"), QStringLiteral("理事"), AttendanceStatus::Proxy, QStringLiteral("王建国"))
           << line(QStringLiteral("周海燕"), QStringLiteral("理事"), AttendanceStatus::Proxy, QStringLiteral("陈静"))
           << line(QStringLiteral("吴国强"), QStringLiteral("理事"), AttendanceStatus::Absent)
           << line(QStringLiteral("郑晓东"), QStringLiteral("理事"), AttendanceStatus::Excused);
    for (int i = int(r.roll.size()); i < 120; ++i) {
        const AttendanceStatus status = i < 82 ? AttendanceStatus::Present
            : i < 106                          ? AttendanceStatus::Excused
                                               : AttendanceStatus::Absent;
        r.roll << line(QStringLiteral("理事%1").arg(i + 1, 3, 10, QLatin1Char('0')), QStringLiteral("理事"), status);
    }
    r.quorum.applicable = true;
    r.quorum.seats = 120;
    r.quorum.present = 80;
    r.quorum.required = Fraction(2, 3);

    MinutesVersion minutes;
    minutes.version = 1;
    minutes.text = QStringLiteral(
        "<h2>会议概况</h2><p>会议听取了秘书长<b>赵敏</b>所作的工作报告，与会理事进行了认真讨论。</p>"
        "<img src=\"file:///etc/hosts\"><script>alert('x')</script>"
        "<p style=\"font-family:'Noto Sans CJK SC'; color:red; font-size:40pt\">会议审议通过了《学会会费管理办法（修订稿）》。</p>"
        "<ul><li>一致同意加强分支机构管理。</li><li>责成秘书处一个月内完成制度汇编。</li></ul>"
        "<p><a href=\"https://example.org\">详见附件</a></p>");
    minutes.savedAt = QDateTime(QDate(2024, 3, 16), QTime(9, 0));
    r.minutes = minutes;

    Resolution dues;
    dues.id = 31;
    dues.position = 1;
    dues.text = QStringLiteral("关于调整会员会费标准的决议");
    dues.kind = ResolutionKind::DuesChange;
    dues.votes = Votes { 70, 6, 4 };
    dues.rule = VoteRule::TwoThirds;
    dues.secretBallot = true;
    ResolutionCheck duesCheck { Outcome::Adopted, 80, 54, {} };
    Resolution budget;
    budget.id = 32;
    budget.position = 2;
    budget.text = QStringLiteral("关于2024年度预算的决议");
    budget.kind = ResolutionKind::Budget;
    budget.votes = Votes { 51, 20, 9 };
    budget.rule = VoteRule::MoreThanHalf;
    ResolutionCheck budgetCheck { Outcome::Adopted, 80, 41, {} };
    Resolution branch;
    branch.id = 33;
    branch.position = 3;
    branch.text = QStringLiteral("关于撤销青年工作委员会的决议");
    branch.kind = ResolutionKind::BranchDecision;
    branch.votes = Votes { 30, 45, 5 };
    branch.rule = VoteRule::MoreThanHalf;
    branch.recordedOutcome = Outcome::Adopted;
    ResolutionCheck branchCheck { Outcome::Rejected, 80, 41, { QStringLiteral("记录的结果与表决票数不符") } };
    r.resolutions = { { dues, duesCheck }, { budget, budgetCheck }, { branch, branchCheck } };

    FollowUp f;
    f.resolutionId = 31;
    f.owner = QStringLiteral("赵敏");
    f.due = QDate(2024, 6, 30);
    f.status = FollowUpStatus::InProgress;
    f.resolutionText = dues.text;
    r.followUps << f;

    FollowUp old;
    old.owner = QStringLiteral("陈静");
    old.due = QDate(2024, 1, 31);
    old.status = FollowUpStatus::NotStarted;
    old.meetingNumber = QStringLiteral("LS-2023-04");
    old.meetingDate = QDate(2023, 11, 20);
    old.resolutionText = QStringLiteral("筹建科普工作委员会");
    r.carriedOver << old;
    return r;
}

/// Characters pdftotext gives for a wrong ToUnicode map: Kangxi radicals and CJK radicals.
bool hasRadicals(const QString &text)
{
    for (const QChar c : text) {
        if ((c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF))
            return true;
    }
    return false;
}

} // namespace

class TestMeetingDocuments : public QObject
{
    Q_OBJECT

private slots:
    void pdf_aParagraphOverAPageBreakIsReadOnce()
    {
        // Long paragraphs that must run over page breaks: each numbered sentence is in the
        // PDF's text exactly once (the layout also draws the line above a page, hidden by the
        // clip — the paragraph is split at the break so that line is not drawn again).
        reports::Document d(QStringLiteral("测试"));
        for (int p = 0; p < 10; ++p) {
            QString text;
            for (int i = 0; i < 60; ++i)
                text += QStringLiteral("第%1段第%2句会议要求抓好落实。").arg(p).arg(i, 2, 10, QLatin1Char('0'));
            d.paragraph(text);
        }
        int pages = 0;
        QByteArray pdf;
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(d.writePdf(&buffer, nullptr, &pages));
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QString failure;
        QString text = pdfText(pdf, &failure, test::PdfTextMode::Reading);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        // Without the page numbers ("3 / 7") between pages, a sentence the break cut is whole again.
        text = squeezed(text.remove(QRegularExpression(QStringLiteral("\\d+ / \\d+"))));
        for (int p = 0; p < 10; ++p) {
            for (int i = 0; i < 60; ++i) {
                const QString marker = QStringLiteral("第%1段第%2句").arg(p).arg(i, 2, 10, QLatin1Char('0'));
                QVERIFY2(text.count(marker) == 1, qPrintable(QStringLiteral("%1: %2 times").arg(marker).arg(text.count(marker))));
            }
        }
    }

    void odt_everyFontSizeAndFaceAppliesToChineseToo()
    {
        reports::Document d(QStringLiteral("测试"));
        d.titleLine(QStringLiteral("福建省化工学会")).heading(QStringLiteral("一、出席情况")).paragraph(QStringLiteral("应到 120 人"));
        const QByteArray odt = d.odt();
        // The uncompressed mimetype comes first, as ODF requires.
        QCOMPARE(odt.mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(odt.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
        const QString content = zipText(odt, QStringLiteral("content.xml"));
        const qsizetype sizes = content.count(QStringLiteral("fo:font-size="));
        QVERIFY(sizes >= 2);
        QCOMPARE(content.count(QStringLiteral("style:font-size-asian=")), sizes);
        QCOMPARE(content.count(QStringLiteral("style:font-family-asian=")), content.count(QStringLiteral("fo:font-family=")));
        QVERIFY(content.contains(QStringLiteral("福建省化工学会")));
        // An attribute already there is not doubled; elements without sizes are left alone.
        const QByteArray xml = "<a><style:text-properties fo:font-size=\"9pt\" style:font-size-asian=\"10pt\"/>"
                               "<style:paragraph-properties fo:font-size=\"1pt\"/></a>";
        QCOMPARE(reports::withAsianFontAttributes(xml), xml);
        QVERIFY(reports::withAsianFonts("not a zip").isEmpty());
    }

    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils, in packaging/debian-packages.txt) is not installed");
    }

    void fonts_chosenFaces_extractExactly()
    {
        const DocumentFonts &fonts = DocumentFonts::installed();
        QVERIFY(!fonts.body.isEmpty());
        QVERIFY(!fonts.heading.isEmpty());
        for (const QString &family : fonts.body + fonts.heading)
            QVERIFY2(!DocumentFonts::extractsWrongly(family), qPrintable(family));
        QVERIFY(DocumentFonts::extractsWrongly(QStringLiteral("Noto Sans CJK SC")));
        QVERIFY(DocumentFonts::extractsWrongly(QStringLiteral("Noto Serif CJK SC")));
        // The packaged faces: a Ming face for the body, a Hei face for headings.
        QCOMPARE(fonts.body.constFirst(), QStringLiteral("AR PL UMing CN"));
        QCOMPARE(fonts.heading.constFirst(), QStringLiteral("WenQuanYi Micro Hei"));

        // 一, 人, 长, 页 are the characters the Noto faces turn into radicals.
        const QString sentence = QStringLiteral("一人长页：应到一百二十人，实到八十人，达到法定人数。第一页共二页");
        Document d(QStringLiteral("fonts"));
        d.heading(sentence).paragraph(sentence);
        QString failure;
        const QString text = pdfText(d.pdf(), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(squeezed(text), QString(sentence + sentence + QStringLiteral("1/1")));
        QVERIFY(!hasRadicals(text));
    }

    void minutes_pdf_extractsNamesFiguresAndChinese()
    {
        const MeetingRecord record = councilMeeting();
        int pages = 0;
        QByteArray pdf;
        {
            QBuffer buffer(&pdf);
            buffer.open(QIODevice::WriteOnly);
            QString error;
            QVERIFY2(meetingdocs::minutes(record, chinese()).writePdf(&buffer, &error, &pages), qPrintable(error));
        }
        keepSample(QStringLiteral("minutes.pdf"), pdf);
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pages >= 2);
        QString failure;
        const QString text = pdfText(pdf, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QString flat = squeezed(pdfText(pdf, &failure, test::PdfTextMode::Reading));
        QVERIFY(!hasRadicals(text));
        for (const char *expected : {
                 "中国测试学会", "第九届理事会第三次会议纪要", "草稿（未签发）", "会议编号", "LS-2024-03", "理事会",
                 "2024年3月15日14:30", "现场与视频结合", "北京市海淀区学院路30号学会会议室", "主持人", "王建国", "记录人",
                 "李晓梅",
                 // attendance and quorum
                 "一、出席情况", "应到120人：出席78人，委托2人，请假25人，缺席15人。",
                 "应到120人，实到80人，达到法定人数（三分之二，至少80人）。", "孙立（委托王建国）", "周海燕（委托陈静）",
                 "缺席（15人）", "吴国强", "请假（25人）", "郑晓东",
                 // agenda and the sanitised minutes text
                 "二、会议议程", "1.审议秘书长工作报告（汇报人：赵敏）", "会议听取了秘书长赵敏所作的工作报告，与会理事进行了认真讨论。",
                 "会议审议通过了《学会会费管理办法（修订稿）》。", "一致同意加强分支机构管理。", "详见附件",
                 // resolutions
                 "四、决议事项", "关于调整会员会费标准的决议", "赞成", "反对", "弃权", "70", "出席人数三分之二以上", "无记名投票",
                 "通过", "未通过", "第3项决议：记录的结果与表决票数不符",
                 // follow-up
                 "五、决议落实", "2024年6月30日", "进行中", "六、前次会议未完成的落实事项", "筹建科普工作委员会", "LS-2023-04",
                 "未开始（已逾期）",
                 // signatures and page numbers
                 "主持人签字：", "记录人签字：", "签发人：", "第1页/共" }) {
            QVERIFY2(flat.contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY(text.contains(QStringLiteral("第 %1 页 / 共 %1 页").arg(pages)));
        // A heading stays on the page of what follows it.
        const QStringList pageTexts = text.split(QLatin1Char('\f'));
        for (const QString &page : pageTexts) {
            if (page.contains(QStringLiteral("六、前次会议未完成的落实事项")))
                QVERIFY2(page.contains(QStringLiteral("筹建科普工作委员会")), qPrintable(page));
        }
        QVERIFY(!flat.contains(QStringLiteral("alert")));
        QVERIFY(!flat.contains(QStringLiteral("example.org")));
        QVERIFY(!flat.contains(record.roll.constFirst().memberNo));
        // The quorum figures sit in the text with their units, not glued to other numbers.
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("应到\\s*120\\s*人，\\s*实到\\s*80\\s*人"))));
    }

    void minutes_quorum_notReachedAndNotApplicable()
    {
        MeetingRecord record = councilMeeting();
        record.quorum.present = 79;
        QString failure;
        QString flat = squeezed(pdfText(meetingdocs::minutes(record, chinese()).pdf(), &failure));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(flat.contains(QStringLiteral("应到120人，实到79人，未达到法定人数（三分之二，至少80人）。")));

        record.meeting.body = MeetingBody::ChairOffice;
        record.quorum = Quorum {};
        record.roll = { line(QStringLiteral("王建国"), QStringLiteral("理事长"), AttendanceStatus::Present),
            line(QStringLiteral("赵敏"), QStringLiteral("秘书长"), AttendanceStatus::Present),
            line(QStringLiteral("陈静"), QStringLiteral("副理事长"), std::nullopt) };
        flat = squeezed(pdfText(meetingdocs::minutes(record, chinese()).pdf(), &failure));
        QVERIFY(flat.contains(QStringLiteral("应到3人，实到2人，本会议不设法定人数要求。")));
        QVERIFY(flat.contains(QStringLiteral("未登记（1人）：陈静")));
    }

    void minutes_signed_hasNoDraftMark()
    {
        MeetingRecord record = councilMeeting();
        record.minutes->signedBy = QStringLiteral("王建国");
        record.minutes->signedOn = QDate(2024, 3, 20);
        record.minutes->version = 2;
        record.minutes->note = QStringLiteral("更正出席人数");
        QString failure;
        const QString flat = squeezed(pdfText(meetingdocs::minutes(record, chinese()).pdf(), &failure));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(!flat.contains(QStringLiteral("草稿")));
        QVERIFY(flat.contains(QStringLiteral("第2版（更正：更正出席人数）")));
        QVERIFY(flat.contains(QStringLiteral("本纪要由王建国于2024年3月20日签发。")));
    }

    void signInSheet_manyPages_numberedWithHeaderOnEachPage()
    {
        const MeetingRecord record = councilMeeting();
        int pages = 0;
        QByteArray pdf;
        {
            QBuffer buffer(&pdf);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(meetingdocs::signInSheet(record, chinese()).writePdf(&buffer, nullptr, &pages));
        }
        keepSample(QStringLiteral("signin.pdf"), pdf);
        QVERIFY2(pages >= 4, qPrintable(QString::number(pages))); // 120 rows of about 9 mm
        QString failure;
        const QString text = pdfText(pdf, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(!hasRadicals(text));
        const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);
        for (int i = 0; i < pages; ++i) {
            const QString page = pageTexts.at(i);
            QVERIFY2(page.contains(QStringLiteral("第 %1 页 / 共 %2 页").arg(i + 1).arg(pages)), qPrintable(page));
            QVERIFY2(squeezed(page).contains(QStringLiteral("序号姓名职务签名备注")), qPrintable(page));
        }
        QVERIFY(text.contains(QStringLiteral("第 2 页")));
        // Every line of the roll printed once: none drawn again in a page's margin.
        for (const AttendanceLine &l : record.roll)
            QVERIFY2(text.count(l.name) == (l.name == QStringLiteral("王建国") || l.name == QStringLiteral("陈静") ? 2 : 1),
                qPrintable(l.name)); // the two proxies' holders appear again in the remarks
        const QString flat = squeezed(text);
        QVERIFY(flat.contains(QStringLiteral("第九届理事会第三次会议签到表")));
        QVERIFY(flat.contains(QStringLiteral("1王建国理事长")));
        QVERIFY(flat.contains(QStringLiteral("孙立理事委托：王建国")));
        QVERIFY(flat.contains(QStringLiteral("120理事120理事")));
        QVERIFY(flat.contains(QStringLiteral("应到120人")));
    }

    void notice_pdf_hasAgendaAndReplySlip()
    {
        const MeetingRecord record = councilMeeting();
        const QByteArray pdf = meetingdocs::notice(record, chinese()).pdf();
        keepSample(QStringLiteral("notice.pdf"), pdf);
        QString failure;
        const QString flat = squeezed(pdfText(pdf, &failure, test::PdfTextMode::Reading));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        for (const char *expected : { "关于召开第九届理事会第三次会议的通知", "各位理事：",
                 "定于2024年3月15日14:30在北京市海淀区学院路30号学会会议室召开第九届理事会第三次会议",
                 "审议《学会会费管理办法（修订稿）》", "请于2024年3月8日前将所附回执反馈至学会秘书处", "2024年3月1日", "回执",
                 "姓名", "□出席", "□委托", "代为出席", "□请假" }) {
            QVERIFY2(flat.contains(QString::fromUtf8(expected)), expected);
        }
        // The reply slip is a page of its own.
        const QStringList pages = pdfText(pdf, &failure).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY(pages.size() >= 2);
        QVERIFY(squeezed(pages.constLast()).contains(QStringLiteral("回执第九届理事会第三次会议姓名")));
        QVERIFY(!squeezed(pages.constFirst()).contains(QStringLiteral("回执第九届")));
    }

    void odt_isZipWithTheText()
    {
        const MeetingRecord record = councilMeeting();
        const struct
        {
            const char *name;
            Document document;
            QStringList expected;
        } cases[] = {
            { "minutes.odt", meetingdocs::minutes(record, chinese()),
                { QStringLiteral("第九届理事会第三次会议纪要"), QStringLiteral("孙立（委托王建国）"),
                    QStringLiteral("达到法定人数"), QStringLiteral("关于调整会员会费标准的决议") } },
            { "signin.odt", meetingdocs::signInSheet(record, chinese()),
                { QStringLiteral("签到表"), QStringLiteral("理事120"), QStringLiteral("签名") } },
            { "notice.odt", meetingdocs::notice(record, chinese()),
                { QStringLiteral("回执"), QStringLiteral("审议2024年度预算") } },
        };
        for (const auto &c : cases) {
            const QByteArray odt = c.document.odt();
            keepSample(QString::fromUtf8(c.name), odt);
            QVERIFY2(odt.startsWith("PK"), c.name);
            QCOMPARE(zipText(odt, QStringLiteral("mimetype")), QStringLiteral("application/vnd.oasis.opendocument.text"));
            const QString content = zipText(odt, QStringLiteral("content.xml"));
            for (const QString &e : c.expected)
                QVERIFY2(content.contains(e), qPrintable(QStringLiteral("%1: %2").arg(QString::fromUtf8(c.name), e)));
            QVERIFY2(content.contains(QStringLiteral("AR PL UMing CN")), c.name);
            QVERIFY(!content.contains(QStringLiteral("Noto")));
        }
    }

    void english_documentLanguage_usesEnglish()
    {
        const i18n::DocumentTranslator english(i18n::Language::English);
        QString failure;
        const QString text = pdfText(meetingdocs::minutes(councilMeeting(), english).pdf(), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(text.contains(QStringLiteral("Minutes of the ")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of ")));
        QVERIFY(text.contains(QStringLiteral("the quorum (two thirds, at least 80) is reached")));
        QVERIFY(!text.contains(QStringLiteral("会议纪要")));
    }

    void richText_isSanitised()
    {
        Document d;
        d.richText(QStringLiteral("<p style=\"font-family:'Noto Serif CJK SC'; background:yellow\">甲<img src=\"file:///etc/hosts\">乙"
                                  "<span style=\"font-size:60pt\">丙</span></p><script>bad()</script>"));
        d.richText(QStringLiteral("第一行\n第二行 <not html"));
        const auto document = d.build();
        const QString plain = document->toPlainText();
        QVERIFY2(plain.contains(QStringLiteral("甲乙丙")), qPrintable(plain));
        QVERIFY(plain.contains(QStringLiteral("第一行\n第二行 <not html")));
        QVERIFY(!plain.contains(QStringLiteral("bad")));
        const QStringList body = DocumentFonts::installed().body;
        for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                QVERIFY(!f.isImageFormat());
                QCOMPARE(f.fontFamilies().toStringList(), body);
                QVERIFY(f.fontPointSize() <= 18);
                QVERIFY(f.background().style() == Qt::NoBrush);
            }
        }
    }

    void write_unwritablePath_failsWithTheReason()
    {
        Document d(QStringLiteral("x"));
        d.paragraph(QStringLiteral("内容"));
        QString error;
        const QString path = QStringLiteral("/nonexistent-folder/minutes.pdf");
        QVERIFY(!d.writePdf(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        error.clear();
        QVERIFY(!d.writeOdt(QStringLiteral("/nonexistent-folder/minutes.odt"), &error));
        QVERIFY(!error.isEmpty());
        QBuffer closed;
        QVERIFY(!d.writePdf(&closed, &error));
        QVERIFY(!error.isEmpty());

        QTemporaryDir dir;
        const QString ok = dir.filePath(QStringLiteral("ok.pdf"));
        QVERIFY2(d.writePdf(ok, &error), qPrintable(error));
        QVERIFY(QFileInfo(ok).size() > 1000);
    }
};

QTEST_MAIN(TestMeetingDocuments)
#include "tst_meetingdocuments.moc"
