// The reform plan's document and JSON (issue 9): reform-plan.json byte-stable and complete, the
// PDF in Hubei's five parts with every task's owner and deadline, searchable Chinese, the ODT,
// and no ID number, phone or e-mail address in any of them (over the demo society).
#include "TestSupport.h"

#include "demo/DemoMembers.h"
#include "demo/DemoSociety.h"
#include "i18n/Language.h"
#include "members/MemberStore.h"
#include "plan/ReformPlanStore.h"
#include "reports/MeetingWording.h"
#include "reports/ReformPlanDocument.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

class TestReformPlanDocument : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2025, 8, 10), QTime(9, 0)) };
    std::unique_ptr<storage::Database> m_db;
    const QString m_pack = QStringLiteral("cast-2017");

    plan::ReformPlan thePlan() { return *plan::ReformPlanStore(*m_db).plan(2025, m_pack); }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        m_db = test::createDatabase(m_dir, QStringLiteral("plan.societydesk"), &m_clock);
        QVERIFY(m_db);
        storage::StorageError error;
        demo::DemoMembersOptions members;
        members.members = 300;
        members.units = 5;
        QVERIFY2(demo::writeAll(*m_db, members, &error), qPrintable(error.message));
    }
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void demo_hasThePlan()
    {
        const plan::ReformPlan p = thePlan();
        QCOMPARE(p.optionalCount(), 6);
        const plan::ProgressGrid g = plan::ReformPlanStore::progressGrid(p, QDate(2025, 8, 10));
        QCOMPARE(g.months.size(), 12);
        QCOMPARE(g.missing, 2); // January…July ended, two cells left missing
        int evidence = 0;
        for (const plan::PlanTask &t : p.tasks) {
            QVERIFY(!t.owner.isEmpty());
            QVERIFY(t.deadline.isValid());
            for (const plan::ProgressEntry &e : t.progress)
                evidence += !e.evidenceName.isEmpty();
        }
        QCOMPARE(evidence, 1);
        QVERIFY(!plan::ReformPlanStore(*m_db).plan(2025, QStringLiteral("hubei-2017"))); // not among the demo's packs
    }

    void json_isDeterministicAndComplete()
    {
        const QByteArray a = reports::reformPlanJson(*m_db, 2025, m_pack);
        const QByteArray b = reports::reformPlanJson(*m_db, 2025, m_pack);
        QVERIFY(!a.isEmpty());
        QCOMPARE(a, b);
        QVERIFY(!a.contains('\n') || a.indexOf("\\n") >= 0); // compact: newlines only inside strings
        QVERIFY(a.startsWith("{\"format\":1,\"pack\":\"cast-2017\",\"problems\":")); // keys sorted
        const QJsonObject o = QJsonDocument::fromJson(a).object();
        QCOMPARE(o.value(u"year").toInt(), 2025);
        QCOMPARE(o.value(u"started_on").toString(), QStringLiteral("2025-01-15"));
        const QJsonObject first = o.value(u"tasks").toArray().first().toObject();
        QCOMPARE(first.keys(), (QStringList { QStringLiteral("baseline"), QStringLiteral("deadline"), QStringLiteral("indicator"),
                                   QStringLiteral("kind"), QStringLiteral("owner"), QStringLiteral("progress"), QStringLiteral("status"),
                                   QStringLiteral("steps"), QStringLiteral("target"), QStringLiteral("task"), QStringLiteral("title") }));
        QVERIFY(reports::reformPlanJson(*m_db, 2024, m_pack).isEmpty());
    }

    void pdf_hasTheFivePartsOwnersAndDeadlines()
    {
        const plan::ReformPlan p = thePlan();
        const reports::ReformPlanOptions options = reports::reformPlanOptions(*m_db);
        const QString text = test::squeezed(test::pdfText(test::pdfOf(reports::reformPlanDocument(p, options)), nullptr));
        const i18n::DocumentTranslator translator(options.language);
        const reports::MeetingWording w(translator);
        int n = 0;
        for (const char *part : { "Problems found", "Main tasks", "Work steps", "Deadlines", "Persons responsible" }) {
            const QString heading = test::squeezed(w.section(++n, translator.translate("sd::reports::ReformPlan", part)));
            QVERIFY2(text.contains(heading), qPrintable(heading));
        }
        QVERIFY(text.contains(test::squeezed(options.society)));
        QVERIFY(text.contains(u"会议制度")); // searchable Chinese (a task title; long ones wrap in their cell)
        for (const plan::PlanTask &t : p.tasks) {
            QVERIFY2(text.contains(test::squeezed(t.owner)), qPrintable(t.owner));
            QVERIFY(text.contains(test::squeezed(w.date(t.deadline))));
        }
    }

    void odt_opens()
    {
        const QByteArray odt = reports::reformPlanDocument(thePlan(), reports::reformPlanOptions(*m_db)).odt();
        const QString content = QString::fromUtf8(test::zipEntry(odt, QStringLiteral("content.xml")));
        QVERIFY(content.contains(u"搭建高水平学术交流平台"));
        QString error;
        QVERIFY(!reports::saveReformPlan(thePlan(), m_dir.filePath(QStringLiteral("x.html")), reports::reformPlanOptions(*m_db), &error));
        QVERIFY(error.contains(u"x.html"));
    }

    void noIdNumbersPhonesOrEmails()
    {
        const QRegularExpression id(QStringLiteral("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])"));
        const QRegularExpression mobile(QStringLiteral("(?<![0-9])1[3-9][0-9]{9}(?![0-9])"));
        const QRegularExpression email(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
        const std::optional<Member> member = members::MemberStore(*m_db).member(1);
        QVERIFY(member);
        QVERIFY(id.match(member->idNumber).hasMatch());
        QVERIFY(mobile.match(member->mobile).hasMatch());
        QVERIFY(email.match(member->email).hasMatch());
        const reports::Document d = reports::reformPlanDocument(thePlan(), reports::reformPlanOptions(*m_db));
        for (const QString &text : { test::pdfText(test::pdfOf(d), nullptr), QString::fromUtf8(test::zipEntry(d.odt(), QStringLiteral("content.xml"))),
                 QString::fromUtf8(reports::reformPlanJson(*m_db, 2025, m_pack)) }) {
            QVERIFY(!text.isEmpty());
            QVERIFY2(!id.match(text).hasMatch(), qPrintable(id.match(text).captured()));
            QVERIFY2(!mobile.match(text).hasMatch(), qPrintable(mobile.match(text).captured()));
            QVERIFY2(!email.match(text).hasMatch(), qPrintable(email.match(text).captured()));
        }
    }
};

QTEST_MAIN(TestReformPlanDocument)
#include "tst_reformplan_document.moc"
