// The Home page's dashboard: the due list of a built society (overdue first, then by date),
// activating an item or one of its records asks for the right record or page, the compliance
// summary counts what the engine finds and asks for the Compliance page, a change is picked up
// on refresh; and in the main window those requests land on the right pages.

#include "SocietyBuilder.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "pages/home/ComplianceSummary.h"
#include "pages/home/DueList.h"
#include "pages/home/HomePage.h"
#include "rules/Engine.h"
#include "rules/RulePack.h"
#include "util/Clock.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTreeWidget>

using namespace sd;
using rules::RecordKind;
using ui::HomePage;
using ui::MainWindow;

Q_DECLARE_METATYPE(sd::rules::RecordKind)

class TestHomePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    FixedClock m_clock { QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<HomePage> m_page;
    qint64 m_followUp = 0;
    QString m_member;

    /// Profile founded 1990; term 8 (2021-07-01 … 2026-06-30) with one councillor; council
    /// meeting H-1 this year with a follow-up of 张三 due 2026-02-01; one member who has not paid.
    void buildSociety()
    {
        SocietyProfile p = test::sampleProfile();
        p.founded = QDate(1990, 1, 1);
        storage::StorageError error;
        QVERIFY2(storage::ProfileStore(*m_db).saveProfile(p, &error), qPrintable(error.message));
        test::SocietyBuilder build(*m_db);
        const governance::Term term = build.term(8, QDate(2021, 7, 1));
        build.seat(term, 1);
        const meetings::Meeting m = build.meeting(QStringLiteral("H-1"), QDate(2026, 1, 10));
        const meetings::Resolution r = build.resolution(m.id, meetings::ResolutionKind::Other);
        m_followUp = build.followUp(r.id, QStringLiteral("张三"), QDate(2026, 2, 1)).id;
        m_member = build.member(QStringLiteral("甲"), QDate(2020, 1, 1)).memberNo;
    }

    bool waitForDashboard()
    {
        QSignalSpy updated(m_page.get(), &HomePage::dashboardUpdated);
        return updated.wait(20000) || (!m_page->isUpdating() && !m_page->dueList()->items().isEmpty());
    }

    QStringList dueKinds() const
    {
        QStringList kinds;
        for (const rules::DueItem &i : m_page->dueList()->items())
            kinds << i.kind;
        return kinds;
    }

    int rowOf(const QString &kind) const { return int(dueKinds().indexOf(kind)); }

    void pressEnterOn(int row)
    {
        QTreeWidget *list = m_page->dueList()->list();
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(row));
        QTest::keyClick(list, Qt::Key_Return);
    }

private slots:
    void initTestCase() { qRegisterMetaType<sd::rules::RecordKind>(); }

    void init()
    {
        m_db = test::createDatabase(m_dir, QStringLiteral("h%1.societydesk").arg(++m_files), &m_clock);
        QVERIFY(m_db);
        buildSociety();
        m_page = std::make_unique<HomePage>();
        m_page->resize(1186, 700);
        m_page->show();
        QSignalSpy updated(m_page.get(), &HomePage::dashboardUpdated);
        m_page->setDatabase(m_db.get());
        QVERIFY(updated.wait(20000));
    }

    void cleanup()
    {
        m_page.reset();
        m_db.reset();
    }

    void dueList_showsTheItems_overdueFirstThenByDate()
    {
        QCOMPARE(dueKinds(),
            (QStringList { QStringLiteral("follow_ups_overdue"), QStringLiteral("work_report_supervisor"),
                QStringLiteral("work_report_registration"), QStringLiteral("term_end"), QStringLiteral("dues_unpaid") }));
        QTreeWidget *list = m_page->dueList()->list();
        QCOMPARE(list->topLevelItemCount(), 5);
        QCOMPARE(list->topLevelItem(0)->text(0), rules::DueItems::label(rules::DueSeverity::Overdue));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("2026-02-01"));
        QCOMPARE(list->topLevelItem(2)->text(0), rules::DueItems::label(rules::DueSeverity::DueSoon));
        QCOMPARE(list->topLevelItem(3)->text(1), QStringLiteral("2026-06-30"));
        QCOMPARE(list->topLevelItem(4)->text(0), rules::DueItems::label(rules::DueSeverity::Upcoming));
        QVERIFY(list->isVisible());
        // The first item is selected and its records are listed.
        QCOMPARE(m_page->dueList()->records()->count(), 1);
        QVERIFY(m_page->dueList()->records()->item(0)->text().contains(u"张三"));
    }

    void activate_itemWithARecord_requestsItsFirstRecord()
    {
        QSignalSpy record(m_page.get(), &HomePage::openRecordRequested);
        pressEnterOn(rowOf(QStringLiteral("follow_ups_overdue")));
        QCOMPARE(record.size(), 1);
        QCOMPARE(record[0][0].value<RecordKind>(), RecordKind::FollowUp);
        QCOMPARE(record[0][1].toString(), QString::number(m_followUp));
        pressEnterOn(rowOf(QStringLiteral("term_end")));
        QCOMPARE(record.size(), 2);
        QCOMPARE(record[1][0].value<RecordKind>(), RecordKind::Term);
        QCOMPARE(record[1][1].toString(), QStringLiteral("8"));
    }

    void activate_itemWithoutRecordOrAList_requestsItsPage()
    {
        QSignalSpy record(m_page.get(), &HomePage::openRecordRequested);
        QSignalSpy page(m_page.get(), &HomePage::pageRequested);
        pressEnterOn(rowOf(QStringLiteral("work_report_registration")));
        pressEnterOn(rowOf(QStringLiteral("dues_unpaid")));
        QCOMPARE(record.size(), 0);
        QCOMPARE(page.size(), 2);
        QCOMPARE(page[0][0].value<RecordKind>(), RecordKind::Attestation);
        QCOMPARE(page[1][0].value<RecordKind>(), RecordKind::Member);
    }

    void activate_aRecordOfTheSelectedItem_requestsThatRecord()
    {
        QTreeWidget *list = m_page->dueList()->list();
        list->setCurrentItem(list->topLevelItem(rowOf(QStringLiteral("dues_unpaid"))));
        QListWidget *records = m_page->dueList()->records();
        QCOMPARE(records->count(), 1);
        QSignalSpy record(m_page.get(), &HomePage::openRecordRequested);
        records->setFocus();
        records->setCurrentRow(0);
        QTest::keyClick(records, Qt::Key_Return);
        QCOMPARE(record.size(), 1);
        QCOMPARE(record[0][0].value<RecordKind>(), RecordKind::Member);
        QCOMPARE(record[0][1].toString(), m_member);
    }

    void complianceSummary_countsTheEnginesFindings_clickRequestsThePage()
    {
        QList<rules::RulePack> packs;
        for (const QString &id : storage::ProfileStore(*m_db).settings().list(SocietySetting::RulePacks)) {
            rules::PackError error;
            if (const auto pack = rules::PackLoader::builtin(id, &error))
                packs << *pack;
        }
        QMap<rules::Status, int> expected;
        for (const rules::Finding &f : rules::Engine::evaluate(*m_db, packs, 2026, QDate(2026, 5, 1)))
            ++expected[f.status];
        QVERIFY(!expected.isEmpty());
        QCOMPARE(m_page->complianceSummary()->counts(), expected);
        QVERIFY(m_page->complianceSummary()->title().contains(u"2026"));
        QSignalSpy compliance(m_page.get(), &HomePage::complianceRequested);
        QTest::mouseClick(m_page->complianceSummary()->findChild<QPushButton *>(QStringLiteral("home.compliance.open")), Qt::LeftButton);
        QTest::mouseClick(m_page->complianceSummary(), Qt::LeftButton, {}, QPoint(20, 30));
        QCOMPARE(compliance.size(), 2);
    }

    void refresh_afterAChange_theItemGoes_staleResultsDropped()
    {
        test::SocietyBuilder(*m_db).attestation(QStringLiteral("work_report_registration"), QDate(2026, 4, 20), 2025);
        m_page->refresh();
        m_page->refresh(); // the first request's result is dropped, the second one's shown
        QVERIFY(waitForDashboard());
        QTRY_VERIFY(!m_page->isUpdating());
        QVERIFY(!dueKinds().contains(QStringLiteral("work_report_registration")));
        QCOMPARE(dueKinds().size(), 4);
    }

    void closed_listEmptied()
    {
        m_page->setDatabase(nullptr);
        QVERIFY(m_page->dueList()->items().isEmpty());
        QCOMPARE(m_page->complianceSummary()->counts().size(), 0);
    }

    void mainWindow_complianceAndPageRequests_showTheirPages()
    {
        QTemporaryDir dir;
        const QString path = test::makeSociety(dir, QStringLiteral("w.societydesk"));
        std::unique_ptr<Preferences> preferences = test::temporaryPreferences(dir);
        MainWindow window(*preferences, Clock::system());
        window.resize(1366, 768);
        window.show();
        storage::StorageError error;
        QVERIFY2(window.session().open(path, &error), qPrintable(error.message));
        QVERIFY(test::waitForCheck(window.session()));
        QCOMPARE(window.pages()->currentWidget(), window.page(MainWindow::Home));
        QTest::mouseClick(window.homePage()->complianceSummary()->findChild<QPushButton *>(QStringLiteral("home.compliance.open")),
            Qt::LeftButton);
        QCOMPARE(window.pages()->currentWidget(), window.page(MainWindow::Compliance));
        emit window.homePage()->pageRequested(RecordKind::Member);
        QCOMPARE(window.pages()->currentWidget(), window.page(MainWindow::Members));
        emit window.homePage()->pageRequested(RecordKind::None);
        QCOMPARE(window.pages()->currentWidget(), window.page(MainWindow::Compliance));
        QTRY_VERIFY_WITH_TIMEOUT(!window.homePage()->isUpdating(), 20000);
    }
};

QTEST_MAIN(TestHomePage)
#include "tst_home_page.moc"
