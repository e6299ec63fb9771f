// What is due, for the Home page: every item kind at its date boundaries (the day it appears,
// the day it turns overdue, the record that makes it go away), the order of the list, and the
// rule packs' optional "deadline" field.

#include "SocietyBuilder.h"
#include "TestSupport.h"

#include "members/MemberStatistics.h"
#include "rules/DueItems.h"
#include "rules/RulePack.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::rules;
using governance::Body;
using meetings::MeetingBody;

namespace {

QByteArray packWithDeadline(const QString &deadline, const QString &applicability = QStringLiteral("\"every_year\""))
{
    return QStringLiteral(R"({"id": "t", "title": {"zh": "测试", "en": "Test"}, "requirements": [
        {"id": "P-1", "title": {"zh": "改革方案", "en": "Reform plan"}, "source": {"file": "seed.txt", "wording": "原文"},
         "applicability": %2, %1 "checks": [{"id": "rules", "function": "regulation_adopted", "params": {"kind": "member_rules"}}]}]})")
        .arg(deadline.isEmpty() ? QString() : QStringLiteral("\"deadline\": %1,").arg(deadline), applicability)
        .toUtf8();
}

QStringList kindsOf(const QList<DueItem> &items)
{
    QStringList kinds;
    for (const DueItem &i : items)
        kinds << i.kind;
    return kinds;
}

} // namespace

class TestDueItems : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 3, 1), QTime(9, 0)) };
    std::unique_ptr<storage::Database> m_db;
    int m_files = 0;

    test::SocietyBuilder build() { return test::SocietyBuilder(*m_db); }

    QList<DueItem> due(QDate today, const QList<RulePack> &packs = {}) { return dueItems(*m_db, today, packs); }
    /// The items of one kind on `today`.
    QList<DueItem> of(const QString &kind, QDate today, const QList<RulePack> &packs = {})
    {
        QList<DueItem> items;
        for (const DueItem &i : due(today, packs)) {
            if (i.kind == kind)
                items << i;
        }
        return items;
    }
    RulePack pack(const QString &deadline, const QString &applicability = QStringLiteral("\"every_year\""))
    {
        PackError error;
        const std::optional<RulePack> p = PackLoader::fromJson(packWithDeadline(deadline, applicability), QStringLiteral("t.json"), &error);
        if (!p)
            qWarning() << error.text();
        return p.value_or(RulePack {});
    }
    void profileFounded(QDate founded)
    {
        SocietyProfile p;
        p.name = QStringLiteral("测试学会");
        p.supervisor = QStringLiteral("省科协");
        p.registrationAuthority = QStringLiteral("省民政厅");
        p.founded = founded;
        storage::StorageError error;
        QVERIFY2(storage::ProfileStore(*m_db).saveProfile(p, &error), qPrintable(error.message));
    }

private slots:
    void init()
    {
        m_db = test::createDatabase(m_dir, QStringLiteral("d%1.societydesk").arg(++m_files), &m_clock);
        QVERIFY(m_db);
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); // a record the builder could not store fails the test
    }
    void cleanup() { m_db.reset(); }

    // --- the pack field

    void deadline_parsedWhenGiven_absentIsInvalid()
    {
        QCOMPARE(pack(QStringLiteral("\"2017-12-31\"")).requirements.value(0).deadline, QDate(2017, 12, 31));
        QVERIFY(!pack({}).requirements.value(0).deadline.isValid());
    }

    void deadline_notADate_refusedNamingFileRequirementField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("month 13") << QStringLiteral("\"2017-13-01\"");
        QTest::newRow("not ISO") << QStringLiteral("\"2017/12/31\"");
        QTest::newRow("with a time") << QStringLiteral("\"2017-12-31T00:00\"");
        QTest::newRow("a number") << QStringLiteral("20171231");
        QTest::newRow("empty") << QStringLiteral("\"\"");
    }
    void deadline_notADate_refusedNamingFileRequirementField()
    {
        QFETCH(QString, value);
        PackError error;
        QVERIFY(!PackLoader::fromJson(packWithDeadline(value), QStringLiteral("t.json"), &error));
        QCOMPARE(error.file, QStringLiteral("t.json"));
        QCOMPARE(error.requirement, QStringLiteral("P-1"));
        QCOMPARE(error.field, QStringLiteral("deadline"));
        QVERIFY(!error.problem.isEmpty());
    }

    // --- term_end (CA-03)

    void termEnd_withinSixMonths_dueSoon_pastItsEnd_overdue_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("severity"); // empty: not listed
        // Term 8 from 2021-07-01 ends 2026-06-30.
        QTest::newRow("6 months and a day before") << QDate(2025, 12, 29) << QString();
        QTest::newRow("exactly 6 months before") << QDate(2025, 12, 30) << QStringLiteral("due-soon");
        QTest::newRow("on its last day") << QDate(2026, 6, 30) << QStringLiteral("due-soon");
        QTest::newRow("the day after") << QDate(2026, 7, 1) << QStringLiteral("overdue");
    }
    void termEnd_withinSixMonths_dueSoon_pastItsEnd_overdue()
    {
        QFETCH(QDate, today);
        QFETCH(QString, severity);
        build().term(8, QDate(2021, 7, 1));
        const QList<DueItem> items = of(QStringLiteral("term_end"), today);
        if (severity.isEmpty()) {
            QVERIFY(items.isEmpty());
            return;
        }
        QCOMPARE(items.size(), 1);
        QCOMPARE(DueItems::code(items[0].severity), severity);
        QCOMPARE(items[0].due, QDate(2026, 6, 30));
        QCOMPARE(items[0].reference, QStringLiteral("CA-03"));
        QCOMPARE(items[0].records, (QList<Evidence> { Evidence { QStringLiteral("8"), governance::GovernanceText::termLabel(8), RecordKind::Term } }));
    }

    void termEnd_noTerm_nothing_theNewTermStarted_nothing()
    {
        QVERIFY(of(QStringLiteral("term_end"), QDate(2026, 7, 1)).isEmpty());
        build().term(8, QDate(2021, 7, 1), governance::TermStatus::Past);
        build().term(9, QDate(2026, 7, 1));
        QVERIFY(of(QStringLiteral("term_end"), QDate(2026, 7, 1)).isEmpty());
        QCOMPARE(of(QStringLiteral("term_end"), QDate(2026, 6, 30)).size(), 1); // term 8 still current then
    }

    // --- work_report_supervisor / work_report_registration (CA-09)

    void workReports_dueSoonFromJanuary_overdueAfterTheirDate_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("supervisor");
        QTest::addColumn<QString>("registration");
        QTest::newRow("1 January") << QDate(2026, 1, 1) << QStringLiteral("due-soon") << QStringLiteral("due-soon");
        QTest::newRow("31 March") << QDate(2026, 3, 31) << QStringLiteral("due-soon") << QStringLiteral("due-soon");
        QTest::newRow("1 April") << QDate(2026, 4, 1) << QStringLiteral("overdue") << QStringLiteral("due-soon");
        QTest::newRow("31 May") << QDate(2026, 5, 31) << QStringLiteral("overdue") << QStringLiteral("due-soon");
        QTest::newRow("1 June") << QDate(2026, 6, 1) << QStringLiteral("overdue") << QStringLiteral("overdue");
        QTest::newRow("31 December") << QDate(2026, 12, 31) << QStringLiteral("overdue") << QStringLiteral("overdue");
    }
    void workReports_dueSoonFromJanuary_overdueAfterTheirDate()
    {
        QFETCH(QDate, today);
        QFETCH(QString, supervisor);
        QFETCH(QString, registration);
        profileFounded(QDate(1990, 1, 1));
        const QList<DueItem> s = of(QStringLiteral("work_report_supervisor"), today);
        const QList<DueItem> r = of(QStringLiteral("work_report_registration"), today);
        QCOMPARE(s.size(), 1);
        QCOMPARE(r.size(), 1);
        QCOMPARE(DueItems::code(s[0].severity), supervisor);
        QCOMPARE(DueItems::code(r[0].severity), registration);
        QCOMPARE(s[0].due, QDate(2026, 3, 31));
        QCOMPARE(r[0].due, QDate(2026, 5, 31));
        QVERIFY2(s[0].title.contains(u"2025") && s[0].title.contains(u"省科协"), qPrintable(s[0].title));
        QVERIFY2(r[0].title.contains(u"省民政厅"), qPrintable(r[0].title));
        QCOMPARE(s[0].opens, RecordKind::Attestation);
    }

    void workReports_recordedForTheYear_gone_otherYearDoesNotCount()
    {
        const QDate today(2026, 4, 1);
        build().attestation(QStringLiteral("work_report_supervisor"), QDate(2025, 3, 20), 2024); // last year's report
        QCOMPARE(of(QStringLiteral("work_report_supervisor"), today).size(), 1);
        build().attestation(QStringLiteral("work_report_supervisor"), QDate(2026, 3, 20), 2025);
        QVERIFY(of(QStringLiteral("work_report_supervisor"), today).isEmpty());
        QCOMPARE(of(QStringLiteral("work_report_registration"), today).size(), 1);
        // Without a year, one dated in the current year counts.
        build().attestation(QStringLiteral("work_report_registration"), QDate(2026, 3, 25));
        QVERIFY(of(QStringLiteral("work_report_registration"), today).isEmpty());
    }

    void workReports_foundedThisYear_noneOwed()
    {
        profileFounded(QDate(2026, 2, 1));
        QVERIFY(of(QStringLiteral("work_report_supervisor"), QDate(2026, 6, 1)).isEmpty());
        QVERIFY(of(QStringLiteral("work_report_registration"), QDate(2026, 6, 1)).isEmpty());
        profileFounded(QDate(2025, 12, 31)); // a report on 2025 is owed
        QCOMPARE(of(QStringLiteral("work_report_registration"), QDate(2026, 6, 1)).size(), 1);
    }

    // --- plan_deadline

    void planDeadline_severityByDate_pastYearsHidden_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("severity"); // empty: not listed
        // Due 2026-05-22.
        QTest::newRow("61 days before") << QDate(2026, 3, 22) << QStringLiteral("upcoming");
        QTest::newRow("60 days before") << QDate(2026, 3, 23) << QStringLiteral("due-soon");
        QTest::newRow("on the day") << QDate(2026, 5, 22) << QStringLiteral("due-soon");
        QTest::newRow("the day after") << QDate(2026, 5, 23) << QStringLiteral("overdue");
        QTest::newRow("end of its year") << QDate(2026, 12, 31) << QStringLiteral("overdue");
        QTest::newRow("the next year") << QDate(2027, 1, 1) << QString();
        QTest::newRow("a year before") << QDate(2025, 5, 22) << QStringLiteral("upcoming");
    }
    void planDeadline_severityByDate_pastYearsHidden()
    {
        QFETCH(QDate, today);
        QFETCH(QString, severity);
        const QList<DueItem> items = of(QStringLiteral("plan_deadline"), today, { pack(QStringLiteral("\"2026-05-22\"")) });
        if (severity.isEmpty()) {
            QVERIFY(items.isEmpty());
            return;
        }
        QCOMPARE(items.size(), 1);
        QCOMPARE(DueItems::code(items[0].severity), severity);
        QCOMPARE(items[0].due, QDate(2026, 5, 22));
        QCOMPARE(items[0].reference, QStringLiteral("P-1"));
        QVERIFY2(items[0].detail.contains(u"P-1.rules"), qPrintable(items[0].detail));
    }

    void planDeadline_metOrNotApplicableOrNoDeadline_notListed()
    {
        const QDate today(2026, 4, 1);
        QVERIFY(of(QStringLiteral("plan_deadline"), today, { pack({}) }).isEmpty());
        QVERIFY(of(QStringLiteral("plan_deadline"), today, { pack(QStringLiteral("\"2026-05-22\""), QStringLiteral("\"pilot\"")) }).isEmpty());
        QCOMPARE(of(QStringLiteral("plan_deadline"), today, { pack(QStringLiteral("\"2026-05-22\"")) }).size(), 1);
        build().regulation(QStringLiteral("member_rules"), QDate(2026, 4, 2)); // adopted after today: not yet met
        QCOMPARE(of(QStringLiteral("plan_deadline"), today, { pack(QStringLiteral("\"2026-05-22\"")) }).size(), 1);
        build().regulation(QStringLiteral("member_rules"), QDate(2026, 3, 1));
        QVERIFY(of(QStringLiteral("plan_deadline"), today, { pack(QStringLiteral("\"2026-05-22\"")) }).isEmpty());
    }

    // --- follow_ups_overdue

    void followUps_overdueTheDayAfterTheirDate_withOwners_oldestFirst()
    {
        const meetings::Meeting m = build().meeting(QStringLiteral("H-1"), QDate(2026, 1, 10));
        const meetings::Resolution r = build().resolution(m.id, meetings::ResolutionKind::Other);
        const meetings::FollowUp a = build().followUp(r.id, QStringLiteral("张三"), QDate(2026, 2, 10), meetings::FollowUpStatus::InProgress);
        const meetings::FollowUp b = build().followUp(r.id, QStringLiteral("李四"), QDate(2026, 2, 1));
        build().followUp(r.id, QStringLiteral("王五"), QDate(2026, 1, 20), meetings::FollowUpStatus::Completed);
        QVERIFY(of(QStringLiteral("follow_ups_overdue"), QDate(2026, 2, 1)).isEmpty());
        QList<DueItem> items = of(QStringLiteral("follow_ups_overdue"), QDate(2026, 2, 2));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].count, 1);
        QCOMPARE(items[0].severity, DueSeverity::Overdue);
        QCOMPARE(items[0].records.value(0).id, QString::number(b.id));
        items = of(QStringLiteral("follow_ups_overdue"), QDate(2026, 2, 11));
        QCOMPARE(items[0].count, 2);
        QCOMPARE(items[0].due, QDate(2026, 2, 1));
        QCOMPARE(items[0].records.size(), 2);
        QCOMPARE(items[0].records[0].id, QString::number(b.id)); // the most overdue first
        QCOMPARE(items[0].records[1].id, QString::number(a.id));
        QCOMPARE(items[0].records[0].kind, RecordKind::FollowUp);
        QVERIFY2(items[0].detail.contains(u"张三") && items[0].detail.contains(u"李四") && !items[0].detail.contains(u"王五"),
            qPrintable(items[0].detail));
    }

    // --- meeting_owed (CA-02)

    void meetingsOwed_byBodyAndHalfYear_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QStringList>("meetings"); // "council:2026-12-31", "standing:2026-06-30"
        QTest::addColumn<QStringList>("owed");     // "council:2026-12-31:upcoming"
        const QString councilUpcoming = QStringLiteral("council:2026-12-31:upcoming");
        const QString firstUpcoming = QStringLiteral("standing_council:2026-06-30:upcoming");
        const QString secondUpcoming = QStringLiteral("standing_council:2026-12-31:upcoming");
        QTest::newRow("none held, March") << QDate(2026, 3, 1) << QStringList {}
                                           << QStringList { firstUpcoming, councilUpcoming, secondUpcoming };
        QTest::newRow("61 days before 30 June") << QDate(2026, 4, 30) << QStringList {}
                                                 << QStringList { firstUpcoming, councilUpcoming, secondUpcoming };
        QTest::newRow("60 days before 30 June")
            << QDate(2026, 5, 1) << QStringList {}
            << QStringList { QStringLiteral("standing_council:2026-06-30:due-soon"), councilUpcoming, secondUpcoming };
        QTest::newRow("1 July, first half missed")
            << QDate(2026, 7, 1) << QStringList {}
            << QStringList { QStringLiteral("standing_council:2026-06-30:overdue"), councilUpcoming, secondUpcoming };
        QTest::newRow("2 November, 59 days before the year's end")
            << QDate(2026, 11, 2) << QStringList { QStringLiteral("standing:2026-06-30") }
            << QStringList { QStringLiteral("council:2026-12-31:due-soon"), QStringLiteral("standing_council:2026-12-31:due-soon") };
        QTest::newRow("standing council on 30 June and 1 July")
            << QDate(2026, 7, 2) << QStringList { QStringLiteral("standing:2026-06-30"), QStringLiteral("standing:2026-07-01") }
            << QStringList { councilUpcoming };
        QTest::newRow("a council meeting scheduled on 31 December")
            << QDate(2026, 3, 1) << QStringList { QStringLiteral("council:2026-12-31") } << QStringList { firstUpcoming, secondUpcoming };
        QTest::newRow("last year's council meeting does not count")
            << QDate(2026, 3, 1) << QStringList { QStringLiteral("council:2025-12-31") }
            << QStringList { firstUpcoming, councilUpcoming, secondUpcoming };
    }
    void meetingsOwed_byBodyAndHalfYear()
    {
        QFETCH(QDate, today);
        QFETCH(QStringList, meetings);
        QFETCH(QStringList, owed);
        const governance::Term term = build().term(9, QDate(2024, 5, 1));
        build().seat(term, 1);
        build().seat(term, 1, Body::StandingCouncil);
        int n = 0;
        for (const QString &m : std::as_const(meetings)) {
            const QStringList parts = m.split(u':');
            build().meeting(QStringLiteral("M-%1").arg(++n), QDate::fromString(parts[1], Qt::ISODate),
                parts[0] == u"council" ? MeetingBody::Council : MeetingBody::StandingCouncil);
        }
        QStringList got;
        for (const DueItem &i : of(QStringLiteral("meeting_owed"), today)) {
            const MeetingBody body = i.title.startsWith(meetings::MeetingText::label(MeetingBody::StandingCouncil))
                ? MeetingBody::StandingCouncil
                : MeetingBody::Council;
            got << QStringLiteral("%1:%2:%3").arg(meetings::MeetingText::code(body), i.due.toString(Qt::ISODate), DueItems::code(i.severity));
            QCOMPARE(i.reference, QStringLiteral("CA-02"));
        }
        QCOMPARE(got, owed);
    }

    void meetingsOwed_recordIsTheBodysLastMeeting_noTermNoItems_noStandingCouncilNoStandingItems()
    {
        QVERIFY(of(QStringLiteral("meeting_owed"), QDate(2026, 3, 1)).isEmpty()); // no term: no council to meet
        const governance::Term term = build().term(9, QDate(2024, 5, 1));
        build().seat(term, 1);
        build().meeting(QStringLiteral("C-1"), QDate(2025, 4, 1));
        build().meeting(QStringLiteral("C-2"), QDate(2025, 10, 1));
        const QList<DueItem> items = of(QStringLiteral("meeting_owed"), QDate(2026, 3, 1));
        QCOMPARE(items.size(), 1); // the term has no standing council
        QCOMPARE(items[0].records.size(), 1);
        QCOMPARE(items[0].records[0].id, QStringLiteral("C-2"));
        QCOMPARE(items[0].records[0].kind, RecordKind::Meeting);
        QCOMPARE(items[0].opens, RecordKind::Meeting);
    }

    // --- dues_unpaid

    void duesUnpaid_countsActiveMembersWithoutThisYearsPayment()
    {
        const Member paid = build().member(QStringLiteral("甲"), QDate(2020, 1, 1));
        build().dues(paid.id, 2026);
        const Member lastYear = build().member(QStringLiteral("乙"), QDate(2020, 1, 1));
        build().dues(lastYear.id, 2025);
        build().member(QStringLiteral("丙"), QDate(2020, 1, 1), [](Member &m) { m.status = MemberStatus::Lapsed; });
        build().member(QStringLiteral("丁"), QDate(2020, 1, 1), [](Member &m) {
            m.status = MemberStatus::Withdrawn;
            m.exitDate = QDate(2026, 2, 1);
        });
        const Member joining = build().member(QStringLiteral("戊"), QDate(2026, 6, 1));

        QList<DueItem> items = of(QStringLiteral("dues_unpaid"), QDate(2026, 5, 31));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].count, 1);
        QCOMPARE(items[0].records, (QList<Evidence> { Evidence { lastYear.memberNo, lastYear.memberNo + QStringLiteral(" 乙"), RecordKind::Member } }));
        QCOMPARE(items[0].due, QDate(2026, 12, 31));
        QCOMPARE(items[0].severity, DueSeverity::Upcoming);
        QCOMPARE(items[0].opens, RecordKind::Member);
        items = of(QStringLiteral("dues_unpaid"), QDate(2026, 6, 1)); // 戊 is a member from today
        QCOMPARE(items[0].count, 2);
        QCOMPARE(of(QStringLiteral("dues_unpaid"), QDate(2026, 11, 1))[0].severity, DueSeverity::DueSoon); // 60 days
        QCOMPARE(of(QStringLiteral("dues_unpaid"), QDate(2026, 10, 31))[0].severity, DueSeverity::Upcoming);
        build().dues(lastYear.id, 2026);
        build().dues(joining.id, 2026);
        QVERIFY(of(QStringLiteral("dues_unpaid"), QDate(2026, 6, 1)).isEmpty());
    }

    void duesUnpaid_recordsCapped_countFull()
    {
        for (int i = 0; i < DueItems::kRecordCap + 3; ++i)
            build().member(QStringLiteral("会员%1").arg(i, 3, 10, QLatin1Char('0')), QDate(2020, 1, 1));
        const QList<DueItem> items = of(QStringLiteral("dues_unpaid"), QDate(2026, 3, 1));
        QCOMPARE(items[0].count, DueItems::kRecordCap + 3);
        QCOMPARE(items[0].records.size(), DueItems::kRecordCap);
        const members::UnpaidDues unpaid = members::unpaidDues(*m_db, QDate(2026, 3, 1), 2026, 5);
        QCOMPARE(unpaid.count, DueItems::kRecordCap + 3);
        QCOMPARE(unpaid.sample.size(), 5);
        QCOMPARE(unpaid.sample[0].second, QStringLiteral("会员000")); // pinyin order, then id
    }

    void duesUnpaid_manyUnpaid_sampleIsStillTheFirstInPinyinOrder()
    {
        // From 1000 unpaid the sample walks the name index instead of sorting: the same names.
        // Names in reverse of their numbers, so insertion order is not pinyin order; every
        // third member paid.
        const QList<Member> all = build().members(1600, QDate(2020, 1, 1), [](Member &m, int i) {
            m.name = QStringLiteral("会员%1").arg(1599 - i, 4, 10, QLatin1Char('0'));
        });
        for (qsizetype i = 0; i < all.size(); i += 3)
            build().dues(all.at(i).id, 2026);
        const members::UnpaidDues unpaid = members::unpaidDues(*m_db, QDate(2026, 3, 1), 2026, 3);
        QCOMPARE(unpaid.count, 1066);
        // 会员0000 is i = 1599 (1599 % 3 == 0: paid); 会员0001 (i 1598) and 会员0002 (i 1597) did not pay.
        QCOMPARE(unpaid.sample.size(), 3);
        QCOMPARE(unpaid.sample[0].second, QStringLiteral("会员0001"));
        QCOMPARE(unpaid.sample[1].second, QStringLiteral("会员0002"));
        QCOMPARE(unpaid.sample[2].second, QStringLiteral("会员0004"));
    }

    // --- the list

    void list_overdueFirst_thenByDate()
    {
        profileFounded(QDate(1990, 1, 1));
        const governance::Term term = build().term(8, QDate(2021, 7, 1));
        build().seat(term, 1);
        const meetings::Meeting m = build().meeting(QStringLiteral("H-1"), QDate(2026, 1, 10));
        const meetings::Resolution r = build().resolution(m.id, meetings::ResolutionKind::Other);
        build().followUp(r.id, QStringLiteral("张三"), QDate(2026, 4, 15));
        build().member(QStringLiteral("甲"), QDate(2020, 1, 1));
        const QList<DueItem> items = due(QDate(2026, 5, 1), { pack(QStringLiteral("\"2026-06-15\"")) });
        QCOMPARE(kindsOf(items),
            (QStringList { QStringLiteral("work_report_supervisor"), QStringLiteral("follow_ups_overdue"),
                QStringLiteral("work_report_registration"), QStringLiteral("plan_deadline"), QStringLiteral("term_end"),
                QStringLiteral("dues_unpaid") }));
        QCOMPARE(items[0].severity, DueSeverity::Overdue);
        QCOMPARE(items[1].severity, DueSeverity::Overdue);
        QCOMPARE(items[2].severity, DueSeverity::DueSoon);
        QCOMPARE(items.last().severity, DueSeverity::Upcoming);
        // The council met in 2026 (H-1), so nothing is owed for it.
        QVERIFY(!kindsOf(items).contains(QStringLiteral("meeting_owed")));
    }

    void severity_codesAndLabels()
    {
        QCOMPARE(DueItems::code(DueSeverity::Overdue), QStringLiteral("overdue"));
        QCOMPARE(DueItems::code(DueSeverity::DueSoon), QStringLiteral("due-soon"));
        QCOMPARE(DueItems::code(DueSeverity::Upcoming), QStringLiteral("upcoming"));
        QVERIFY(!DueItems::label(DueSeverity::Overdue).isEmpty());
        QCOMPARE(DueItems::kinds().size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestDueItems)
#include "tst_dueitems.moc"
