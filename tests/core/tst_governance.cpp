// Governance records (schema 4): terms, seats and their rules, the people behind them,
// composition metrics at their exact boundaries, conflicts, attachments.

#include "TestSupport.h"

#include "demo/DemoGovernance.h"
#include "demo/DemoMembers.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "governance/Composition.h"
#include "governance/GovernanceLayouts.h"
#include "governance/GovernanceStore.h"
#include "members/MemberStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::governance;

namespace {

const QDate kDate(2026, 6, 30);

Seat seatOn(const Term &term, Body body, Role role)
{
    Seat s;
    s.termId = term.id;
    s.body = body;
    s.role = role;
    s.startDate = term.startDate;
    return s;
}

bool writeUtf8(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
}

exchange::ImportReport importText(storage::Database &db, const QString &kind, const QString &path, const QString &text,
    exchange::ImportOptions options = {})
{
    if (!writeUtf8(path, text))
        return {};
    exchange::Importer importer(importLayout(kind), path, std::move(options));
    return importer.run(db);
}

QString describe(const QList<exchange::ImportIssue> &issues)
{
    QStringList lines;
    for (const exchange::ImportIssue &i : issues)
        lines << QStringLiteral("%1 %2 [%3] %4").arg(i.line).arg(i.column, i.value, i.reason);
    return lines.join(u'\n');
}

PersonRef person(const QString &name, QDate birth = {})
{
    PersonRef p;
    p.name = name;
    p.birthDate = birth;
    return p;
}

} // namespace

class TestGovernance : public QObject
{
    Q_OBJECT

    std::unique_ptr<storage::Database> m_db;
    QTemporaryDir m_dir;
    int m_files = 0;

    Term addTerm(int number, QDate start)
    {
        Term t;
        t.number = number;
        t.startDate = start;
        t.endDate = start.addYears(5).addDays(-1);
        storage::StorageError error;
        if (!GovernanceStore(*m_db).addTerm(t, &error))
            qWarning() << error.message;
        return t;
    }

    /// `seats` council seats in `term`, the first `frontLine` of them front-line, the rest not.
    void fillCouncil(const Term &term, int seats, int frontLine, int unknown = 0)
    {
        GovernanceStore store(*m_db);
        for (int i = 0; i < seats; ++i) {
            Seat s = seatOn(term, Body::Council, i == 0 ? Role::Chair : Role::Councillor);
            if (i < frontLine)
                s.frontLine = true;
            else if (i < frontLine + unknown)
                s.frontLine = std::nullopt;
            else
                s.frontLine = false;
            storage::StorageError error;
            QVERIFY2(store.addSeat(s, person(QStringLiteral("理事%1").arg(i), QDate(1970, 1, 1).addDays(i)), &error),
                qPrintable(error.message));
        }
    }

private slots:
    void init()
    {
        m_db = test::createDatabase(m_dir, QStringLiteral("g%1.societydesk").arg(++m_files));
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void migration_fromFrozenV3_keepsTheRegisterAndAddsGovernance()
    {
        QTemporaryDir dir;
        const QString path = test::copyTestData(dir, QStringLiteral("schema-v3.societydesk"));
        storage::StorageError error;
        auto db = storage::Database::open(path, {}, &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(db->schemaVersion() >= 4);
        QVERIFY(!db->migrationBackup().isEmpty());
        QCOMPARE(members::MemberStore(*db).memberCount(), 30);
        GovernanceStore store(*db);
        QVERIFY(store.terms().isEmpty());
        Term t;
        t.number = 9;
        t.startDate = QDate(2024, 5, 1);
        QVERIFY2(store.addTerm(t, &error), qPrintable(error.message));
        QVERIFY(storage::Database::check(path, storage::CheckLevel::Full).ok);
    }

    void termNumbers_chineseAndArabic_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("number");
        QTest::newRow("第九届") << QStringLiteral("第九届") << 9;
        QTest::newRow("9") << QStringLiteral("9") << 9;
        QTest::newRow("full-width ９") << QStringLiteral("第９届") << 9;
        QTest::newRow("九") << QStringLiteral("九") << 9;
        QTest::newRow("十") << QStringLiteral("第十届") << 10;
        QTest::newRow("十二") << QStringLiteral("第十二届") << 12;
        QTest::newRow("二十") << QStringLiteral("二十") << 20;
        QTest::newRow("二十三") << QStringLiteral("第二十三届") << 23;
        QTest::newRow("9届") << QStringLiteral("9届") << 9;
        QTest::newRow("zero") << QStringLiteral("0") << 0;
        QTest::newRow("words") << QStringLiteral("第届") << 0;
        QTest::newRow("garbage") << QStringLiteral("九十九九") << 0;
    }
    void termNumbers_chineseAndArabic()
    {
        QFETCH(QString, text);
        QFETCH(int, number);
        QCOMPARE(GovernanceText::termNumberFromSheet(text), number);
        if (number > 0)
            QCOMPARE(GovernanceText::termNumberFromSheet(GovernanceText::termLabel(number)), number);
    }

    void seats_rulesRefuseWithMessages_andWriteNothing()
    {
        const Term t = addTerm(9, QDate(2024, 5, 1));
        GovernanceStore store(*m_db);
        storage::StorageError error;
        const qint64 audits = m_db->audit().count();

        // A standing councillor without a council seat.
        Seat standing = seatOn(t, Body::StandingCouncil, Role::StandingCouncillor);
        QVERIFY(!store.addSeat(standing, person(QStringLiteral("张三"), QDate(1970, 1, 1)), &error));
        QCOMPARE(error.kind, storage::StorageError::Kind::Invalid);
        QVERIFY2(error.message.contains(QStringLiteral("常务理事须为理事")), qPrintable(error.message));
        // A role the body does not have.
        Seat wrong = seatOn(t, Body::SupervisoryBoard, Role::Chair);
        QVERIFY(!store.addSeat(wrong, person(QStringLiteral("李四")), &error));
        QVERIFY2(error.message.contains(QStringLiteral("理事长")), qPrintable(error.message));
        // An end before the start.
        Seat backwards = seatOn(t, Body::Council, Role::Councillor);
        backwards.endDate = t.startDate.addDays(-1);
        QVERIFY(!store.addSeat(backwards, person(QStringLiteral("王五")), &error));
        QCOMPARE(m_db->audit().count(), audits);
        QVERIFY(store.seats(t.id).isEmpty());

        // With the council seat, the standing seat is fine; a second council seat is not.
        Seat council = seatOn(t, Body::Council, Role::Councillor);
        QVERIFY2(store.addSeat(council, person(QStringLiteral("张三"), QDate(1970, 1, 1)), &error), qPrintable(error.message));
        QVERIFY2(store.addSeat(standing, person(QStringLiteral("张三"), QDate(1970, 1, 1)), &error), qPrintable(error.message));
        QCOMPARE(standing.personId, council.personId); // the same person, found by name and birth date
        Seat again = seatOn(t, Body::Council, Role::ViceChair);
        QVERIFY(!store.addSeat(again, person(QStringLiteral("张三"), QDate(1970, 1, 1)), &error));
        QVERIFY2(error.message.contains(QStringLiteral("one seat per body and term")), qPrintable(error.message));
        // The council seat cannot go while its holder sits on the standing council.
        QVERIFY(!store.removeSeat(council.id, &error));
        QVERIFY(store.removeSeat(standing.id, &error));
        QVERIFY(store.removeSeat(council.id, &error));
        QCOMPARE(m_db->audit().count(), audits + 4);
    }

    void seats_linkToMembersByNumberOrId()
    {
        members::MemberStore members(*m_db);
        Member m;
        m.name = QStringLiteral("陈静");
        m.idNumber = QStringLiteral("11010519491231002X");
        m.joinDate = QDate(2015, 1, 1);
        QList<Member> list { m };
        storage::StorageError error;
        QVERIFY(m_db->transaction([&] { return members.insertMembers(list, &error); }));
        const Term t = addTerm(9, QDate(2024, 5, 1));
        GovernanceStore store(*m_db);

        PersonRef byNumber = person(QStringLiteral("陈静"));
        byNumber.memberNo = list.first().memberNo;
        Seat s = seatOn(t, Body::Council, Role::Councillor);
        QVERIFY2(store.addSeat(s, byNumber, &error), qPrintable(error.message));
        QCOMPARE(store.seat(s.id)->memberNo, list.first().memberNo);
        PersonRef byId = person(QStringLiteral("陈静"));
        byId.idNumber = QStringLiteral("11010519491231002X");
        Seat standing = seatOn(t, Body::StandingCouncil, Role::StandingCouncillor);
        QVERIFY2(store.addSeat(standing, byId, &error), qPrintable(error.message));
        QCOMPARE(standing.personId, s.personId);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM person")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void composition_frontLineAtTheBoundary_data()
    {
        QTest::addColumn<int>("seats");
        QTest::addColumn<int>("frontLine");
        QTest::addColumn<bool>("passes");
        QTest::addColumn<qint64>("needed");
        QTest::newRow("90/120 passes") << 120 << 90 << true << qint64(0);
        QTest::newRow("89/120 fails") << 120 << 89 << false << qint64(1);
        QTest::newRow("75/100 passes") << 100 << 75 << true << qint64(0);
        QTest::newRow("7/10 fails, needs 1") << 10 << 7 << false << qint64(1);
        QTest::newRow("0/9 needs 7") << 9 << 0 << false << qint64(7);
    }
    void composition_frontLineAtTheBoundary()
    {
        QFETCH(int, seats);
        QFETCH(int, frontLine);
        QFETCH(bool, passes);
        QFETCH(qint64, needed);
        const Term t = addTerm(9, QDate(2024, 5, 1));
        fillCouncil(t, seats, frontLine);
        const Composition c = composition(*m_db, Body::Council, t, kDate, 45);
        QCOMPARE(c.seats, seats);
        QCOMPARE(c.frontLine, (YesNoUnknown { frontLine, seats - frontLine, 0 }));
        QCOMPARE(Fraction(3, 4).isReachedBy(c.frontLine.yes, c.seats), passes);
        QCOMPARE(moreNeeded(c.frontLine.yes, c.seats, Fraction(3, 4)), needed);
    }

    void composition_standingRatio_40and41of120()
    {
        QVERIFY(isAtMost(40, 120, Fraction(1, 3)));
        QVERIFY(!isAtMost(41, 120, Fraction(1, 3)));
    }

    void composition_unknownIsCountedAsUnknown()
    {
        const Term t = addTerm(9, QDate(2024, 5, 1));
        fillCouncil(t, 12, 8, 3); // 8 yes, 3 unknown, 1 no
        const Composition c = composition(*m_db, Body::Council, t, kDate, 45);
        QCOMPARE(c.frontLine, (YesNoUnknown { 8, 1, 3 }));
        QCOMPARE(c.party.unknown, 12); // no political status recorded
    }

    void composition_youngAtExactly45_not46OnTheDay()
    {
        const Term t = addTerm(9, QDate(2024, 5, 1));
        GovernanceStore store(*m_db);
        storage::StorageError error;
        const auto seatBorn = [&](const QString &name, QDate birth, Gender gender) {
            Seat s = seatOn(t, Body::Council, Role::Councillor);
            s.birthDate = birth;
            s.gender = gender;
            s.politicalStatus = QStringLiteral("中共党员");
            return store.addSeat(s, person(name, birth), &error);
        };
        QVERIFY(seatBorn(QStringLiteral("甲"), kDate.addYears(-46).addDays(1), Gender::Female)); // 45, 46 tomorrow
        QVERIFY(seatBorn(QStringLiteral("乙"), kDate.addYears(-46), Gender::Male));              // turns 46 today
        QVERIFY(seatBorn(QStringLiteral("丙"), QDate(), Gender::Unknown));                       // unknown
        QCOMPARE(ageOn(kDate.addYears(-46).addDays(1), kDate), 45);
        QCOMPARE(ageOn(kDate.addYears(-46), kDate), 46);
        const Composition c = composition(*m_db, Body::Council, t, kDate, 45);
        QCOMPARE(c.young, (YesNoUnknown { 1, 1, 1 }));
        QCOMPARE(c.women, (YesNoUnknown { 1, 1, 1 }));
        QCOMPARE(c.party, (YesNoUnknown { 3, 0, 0 }));
        QCOMPARE(c.ageBands.value(QStringLiteral("36–45")), 1);
        QCOMPARE(c.ageBands.value(QStringLiteral("46–55")), 1);
        QCOMPARE(c.ageBands.value(QStringLiteral("unknown")), 1);
    }

    void composition_onlySeatsHeldOnTheDate_andThePreviousTermsSize()
    {
        const Term eighth = addTerm(8, QDate(2019, 5, 1));
        fillCouncil(eighth, 10, 10);
        const Term ninth = addTerm(9, QDate(2024, 5, 1));
        fillCouncil(ninth, 12, 12);
        GovernanceStore store(*m_db);
        storage::StorageError error;
        const QList<Seat> seats = store.seats(ninth.id, Body::Council);
        QVERIFY(store.endSeat(seats.at(3).id, kDate, &error)); // ends on the date: not held on it
        QVERIFY(store.endSeat(seats.at(4).id, kDate.addDays(1), &error));
        QVERIFY(!store.endSeat(seats.at(5).id, ninth.startDate.addDays(-1), &error)); // before its start
        const Composition c = composition(*m_db, Body::Council, ninth, kDate, 45);
        QCOMPARE(c.seats, 11);
        QCOMPARE(c.previousTermSeats, std::optional<qint64>(10));
        QCOMPARE(store.termOn(kDate)->number, 9);
        QCOMPARE(store.termOn(QDate(2020, 1, 1))->number, 8);
        QVERIFY(!store.termOn(QDate(2010, 1, 1)));
    }

    void checks_sizeCapLeaderAgeAndSupervisoryBoard()
    {
        QCOMPARE(councilSizeCap(0), 150);
        QCOMPARE(councilSizeCap(19999), 150);
        QCOMPARE(councilSizeCap(20000), 180);
        QCOMPARE(councilSizeCap(99999), 180);
        QCOMPARE(councilSizeCap(100000), 200); // 超过10万: the upper band, as the finding says

        const Term t = addTerm(9, QDate(2024, 5, 1));
        fillCouncil(t, 151, 120); // no members in the register: the cap is 150
        const auto statusOf = [&](Body body, const QString &id) {
            for (const CompositionCheck &c : compositionChecks(*m_db, body, t, kDate)) {
                if (c.id == id)
                    return std::optional<CompositionCheck::Status>(c.status);
            }
            return std::optional<CompositionCheck::Status>();
        };
        QCOMPARE(statusOf(Body::Council, QStringLiteral("CAST17-09.council_size_cap")), CompositionCheck::Status::Warning);

        // The chair's seat (理事0) records no birth date: flagged, as the rule's finding is missing-data…
        GovernanceStore store(*m_db);
        storage::StorageError error;
        QCOMPARE(statusOf(Body::Council, QStringLiteral("CA-04.leader_age")), CompositionCheck::Status::Warning);
        // … born 1970: fine. A vice-chair aged 71 on the date fails CA-04…
        Seat chair = store.seats(t.id, Body::Council).constFirst();
        QCOMPARE(chair.role, Role::Chair);
        chair.birthDate = QDate(1970, 1, 1);
        QVERIFY2(store.updateSeat(chair, &error), qPrintable(error.message));
        QCOMPARE(statusOf(Body::Council, QStringLiteral("CA-04.leader_age")), CompositionCheck::Status::Pass);
        Seat old = seatOn(t, Body::Council, Role::ViceChair);
        old.birthDate = kDate.addYears(-71);
        QVERIFY(store.addSeat(old, person(QStringLiteral("老副理事长"), old.birthDate), &error));
        QCOMPARE(statusOf(Body::Council, QStringLiteral("CA-04.leader_age")), CompositionCheck::Status::Fail);
        // … unless an exception was approved: then it is a warning.
        Attestation exception;
        exception.kind = QStringLiteral("leader_age_exception");
        exception.date = kDate.addDays(-30);
        exception.attestedBy = QStringLiteral("业务主管单位");
        QVERIFY(store.addAttestation(exception, &error));
        QCOMPARE(statusOf(Body::Council, QStringLiteral("CA-04.leader_age")), CompositionCheck::Status::Warning);

        // The supervisory board: 3 to 9, odd.
        for (int i = 0; i < 4; ++i) {
            Seat s = seatOn(t, Body::SupervisoryBoard, i == 0 ? Role::ChiefSupervisor : Role::Supervisor);
            QVERIFY(store.addSeat(s, person(QStringLiteral("监事%1").arg(i), QDate(1975, 1, 1).addDays(i)), &error));
        }
        QCOMPARE(statusOf(Body::SupervisoryBoard, QStringLiteral("CA-06.supervisory_size")), CompositionCheck::Status::Fail);
        Seat fifth = seatOn(t, Body::SupervisoryBoard, Role::Supervisor);
        QVERIFY(store.addSeat(fifth, person(QStringLiteral("监事4"), QDate(1976, 1, 1)), &error));
        QCOMPARE(statusOf(Body::SupervisoryBoard, QStringLiteral("CA-06.supervisory_size")), CompositionCheck::Status::Pass);
        QVERIFY(compositionChecks(*m_db, Body::Congress, t, kDate).isEmpty());
    }

    void conflicts_supervisorWhoIsAlsoACouncillor()
    {
        const Term t = addTerm(9, QDate(2024, 5, 1));
        GovernanceStore store(*m_db);
        storage::StorageError error;
        Seat council = seatOn(t, Body::Council, Role::ViceChair);
        QVERIFY(store.addSeat(council, person(QStringLiteral("赵六"), QDate(1965, 3, 3)), &error));
        Seat supervisor = seatOn(t, Body::SupervisoryBoard, Role::Supervisor);
        QVERIFY(store.addSeat(supervisor, person(QStringLiteral("赵六"), QDate(1965, 3, 3)), &error)); // flagged, not refused
        Seat other = seatOn(t, Body::SupervisoryBoard, Role::ChiefSupervisor);
        QVERIFY(store.addSeat(other, person(QStringLiteral("钱七")), &error));
        QList<SeatConflict> found = store.conflicts(t.id, kDate);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().seatId, supervisor.id);
        QVERIFY2(found.first().reason.contains(QStringLiteral("副理事长")), qPrintable(found.first().reason));
        // A supervisor who keeps the books: the accountant on the staff has the same name.
        StaffMember accountant;
        accountant.name = QStringLiteral("钱七");
        accountant.role = QStringLiteral("会计");
        accountant.employment = Employment::PartTime;
        accountant.startDate = QDate(2025, 1, 1);
        QVERIFY(store.addStaff(accountant, &error));
        found = store.conflicts(t.id, kDate);
        QCOMPARE(found.size(), 2);
        const auto accountantFlagged = [&] {
            for (const SeatConflict &c : std::as_const(found)) {
                if (c.seatId == other.id && c.reason.contains(QStringLiteral("会计")))
                    return true;
            }
            return false;
        };
        QVERIFY(accountantFlagged());
        // Before the accountant was employed there is no such conflict; the vice-chair's stays.
        found = store.conflicts(t.id, QDate(2024, 12, 31));
        QCOMPARE(found.size(), 1);
        QVERIFY(!accountantFlagged());
    }

    void attachments_roundTripByteForByte_andRefuseOverTheLimit()
    {
        GovernanceStore store(*m_db);
        QByteArray pdf("%PDF-1.4\n");
        for (int i = 0; i < 5000; ++i)
            pdf += char(i % 256);
        Attachment a;
        storage::StorageError error;
        QVERIFY2(store.addAttachment(QStringLiteral("../../会员管理办法.pdf"), pdf, &a, &error), qPrintable(error.message));
        QCOMPARE(a.size, pdf.size());
        QCOMPARE(a.mediaType, QStringLiteral("application/pdf"));
        QByteArray back;
        QVERIFY(store.attachmentContent(a.id, &back));
        QCOMPARE(back, pdf);
        QTemporaryDir out;
        const QString written = store.exportAttachment(a.id, out.path());
        QCOMPARE(QFileInfo(written).dir().absolutePath(), QDir(out.path()).absolutePath()); // never outside
        QFile f(written);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), pdf);

        const qint64 audits = m_db->audit().count();
        QVERIFY(!store.addAttachment(QStringLiteral("big.pdf"), QByteArray(GovernanceStore::kMaxAttachmentBytes + 1, 'x'),
            &a, &error));
        QCOMPARE(error.kind, storage::StorageError::Kind::Invalid);
        QCOMPARE(m_db->audit().count(), audits);

        // A regulation and an attestation carry attachments.
        Regulation r;
        r.title = QStringLiteral("会员管理办法");
        r.kind = QStringLiteral("member_rules");
        r.adoptedOn = QDate(2025, 3, 1);
        QVERIFY(store.addRegulation(r, &error));
        r.kind = QStringLiteral("rules_of_everything");
        QVERIFY(!store.addRegulation(r, &error));
        Attestation party;
        party.kind = QStringLiteral("party_organisation");
        party.date = QDate(2025, 7, 1);
        party.attestedBy = QStringLiteral("秘书处");
        party.detail = QStringLiteral("D");
        QVERIFY(!store.addAttestation(party, &error));
        party.detail = QStringLiteral("A");
        QVERIFY(store.addAttestation(party, &error));
        QCOMPARE(store.attestations().size(), 1);
        QCOMPARE(store.regulations().size(), 1);
    }

    void setRegulationAttachment_replacesTheDocument_audited_refusalsWriteNothing()
    {
        GovernanceStore store(*m_db);
        storage::StorageError error;
        Attachment first;
        Attachment second;
        QVERIFY(store.addAttachment(QStringLiteral("v1.pdf"), QByteArray("%PDF-1.4 one"), &first, &error));
        QVERIFY(store.addAttachment(QStringLiteral("v2.pdf"), QByteArray("%PDF-1.4 two"), &second, &error));
        Regulation r;
        r.title = QStringLiteral("财务管理制度");
        r.kind = QStringLiteral("finance_rules");
        r.attachmentId = first.id;
        QVERIFY2(store.addRegulation(r, &error), qPrintable(error.message));

        const qint64 audits = m_db->audit().count();
        QVERIFY(!store.setRegulationAttachment(r.id, second.id + 100, &error));
        QVERIFY(error.message.contains(QStringLiteral("财务管理制度")));
        QVERIFY(!store.setRegulationAttachment(r.id + 100, second.id, &error));
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(m_db->audit().count(), audits);
        QCOMPARE(store.regulations().first().attachmentId, first.id);

        QVERIFY2(store.setRegulationAttachment(r.id, second.id, &error), qPrintable(error.message));
        QCOMPARE(store.regulations().first().attachmentId, second.id);
        QCOMPARE(m_db->audit().count(), audits + 1);
        const storage::AuditEntry entry = m_db->audit().latest(1).first();
        QCOMPARE(entry.entity, QStringLiteral("regulation"));
        QCOMPARE(entry.entityId, r.id);
        QCOMPARE(entry.action, QStringLiteral("update"));
        QCOMPARE(entry.before.value(QStringLiteral("attachment_id")).toInteger(), first.id);
        QCOMPARE(entry.after.value(QStringLiteral("attachment_id")).toInteger(), second.id);
        QByteArray content;
        QVERIFY(store.attachmentContent(first.id, &content)); // the old document stays stored
        QCOMPARE(content, QByteArray("%PDF-1.4 one"));
    }

    // --- import and export ---------------------------------------------------------------------

    void importSeats_badRowsEachReported_nothingWritten_thenValidRowsAlone()
    {
        QString csv = QStringLiteral("届次,机构,职务,姓名,出生日期,是否基层一线,任职开始\n");
        for (int i = 0; i < 6; ++i)
            csv += QStringLiteral("第九届,理事会,理事,理事%1,1970-01-0%2,是,2024-05-18\n").arg(i).arg(i + 1);
        csv += QStringLiteral("第九届,常务理事会,常务理事,理事0,1970-01-01,是,2024-05-18\n"); // line 8: fine
        csv += QStringLiteral("第九届,常务理事会,常务理事,外人,1970-02-02,是,2024-05-18\n"); // 9: no council seat
        csv += QStringLiteral("第九届,理事会,监事,某某,1970-02-03,是,2024-05-18\n");         // 10: role not of body
        csv += QStringLiteral("第九届,理事会,理事,理事1,1970-01-02,否,2024-05-18\n");        // 11: second seat
        csv += QStringLiteral("九十九九,理事会,理事,某人,1970-02-04,是,2024-05-18\n");        // 12: no term
        csv += QStringLiteral("第九届,理事会,理事,晚到,1970-02-05,是,2024-05-18,2024-05-01\n"); // 13: extra cell (ignored)
        const QString path = m_dir.filePath(QStringLiteral("seats%1.csv").arg(m_files));
        const qint64 audits = m_db->audit().count();
        exchange::ImportReport r = importText(*m_db, QStringLiteral("seats"), path, csv);
        QCOMPARE(r.outcome, exchange::ImportOutcome::Rejected);
        QList<int> lines;
        for (const exchange::ImportIssue &e : r.errors)
            lines << e.line;
        QCOMPARE(lines, (QList<int> { 9, 10, 11, 12 }));
        QVERIFY2(describe(r.errors).contains(QStringLiteral("常务理事须为理事")), qPrintable(describe(r.errors)));
        QVERIFY2(describe(r.errors).contains(QStringLiteral("on line 3 of this file")), qPrintable(describe(r.errors)));
        QCOMPARE(m_db->audit().count(), audits);
        GovernanceStore store(*m_db);
        QVERIFY(store.terms().isEmpty());

        exchange::ImportOptions skip;
        skip.skipInvalid = true;
        r = importText(*m_db, QStringLiteral("seats"), path, csv, skip);
        QCOMPARE(r.outcome, exchange::ImportOutcome::Written);
        QCOMPARE(r.rowsWritten, 8);
        // The term did not exist: it starts on the earliest 任职开始 of its seats.
        const std::optional<Term> ninth = store.termByNumber(9);
        QVERIFY(ninth);
        QCOMPARE(ninth->startDate, QDate(2024, 5, 18));
        QCOMPARE(store.seats(ninth->id, Body::Council).size(), 7);
        QCOMPARE(store.seats(ninth->id, Body::StandingCouncil).size(), 1);
        QCOMPARE(m_db->audit().count(), audits + 1); // one entry for the import

        // Again, with duplicates skipped: nothing new.
        skip.onDuplicate = exchange::OnDuplicate::Skip;
        r = importText(*m_db, QStringLiteral("seats"), path, csv, skip);
        QCOMPARE(r.rowsWritten, 0);
        QCOMPARE(r.rowsSkipped, 8);
    }

    void importTermsStaffRegulations_goodAndBadRows()
    {
        exchange::ImportReport r = importText(*m_db, QStringLiteral("terms"), m_dir.filePath(QStringLiteral("t.csv")),
            QStringLiteral("届次,开始日期,结束日期\n第八届,2019-05-18,2024-05-17\n9,2024-05-18,2029-05-17\n第九届,2024-05-18,\n"));
        QCOMPARE(r.outcome, exchange::ImportOutcome::Rejected); // 9 and 第九届 are the same term
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().line, 4);
        r = importText(*m_db, QStringLiteral("terms"), m_dir.filePath(QStringLiteral("t2.csv")),
            QStringLiteral("届次,开始日期,结束日期\n第八届,2019-05-18,2024-05-17\n9,2024-05-18,2023-01-01\n"));
        QCOMPARE(r.outcome, exchange::ImportOutcome::Rejected); // ends before it starts
        r = importText(*m_db, QStringLiteral("terms"), m_dir.filePath(QStringLiteral("t3.csv")),
            QStringLiteral("term,start_date\n第八届,2019-05-18\n第九届,2024-05-18\n"));
        QCOMPARE(r.rowsWritten, 2);
        QCOMPARE(GovernanceStore(*m_db).termOn(kDate)->number, 9);

        r = importText(*m_db, QStringLiteral("staff"), m_dir.filePath(QStringLiteral("s.csv")),
            QStringLiteral("姓名,岗位,用工形式,入职日期\n李敏,秘书长,专职,2019-03-01\n张强,干事,临时工,2020-01-01\n"));
        QCOMPARE(r.outcome, exchange::ImportOutcome::Rejected);
        QCOMPARE(r.errors.first().column, QStringLiteral("用工形式"));
        r = importText(*m_db, QStringLiteral("staff"), m_dir.filePath(QStringLiteral("s2.csv")),
            QStringLiteral("姓名,岗位,用工形式,入职日期\n李敏,秘书长,专职,2019-03-01\n张强,干事,聘用,2020-01-01\n"));
        QCOMPARE(r.rowsWritten, 2);
        QCOMPARE(GovernanceStore(*m_db).staff().first().employment, Employment::FullTime);

        r = importText(*m_db, QStringLiteral("regulations"), m_dir.filePath(QStringLiteral("r.csv")),
            QStringLiteral("名称,类别,适用机构,通过日期\n理事会议事规则,会议制度,理事会,2024-05-18\n会员管理办法,member_rules,,2024-05-18\n"
                           "奇怪的制度,万能制度,,2024-05-18\n"));
        QCOMPARE(r.outcome, exchange::ImportOutcome::Rejected);
        QVERIFY(r.errors.first().reason.contains(QStringLiteral("会议制度")));
        exchange::ImportOptions skip;
        skip.skipInvalid = true;
        r = importText(*m_db, QStringLiteral("regulations"), m_dir.filePath(QStringLiteral("r.csv")),
            QStringLiteral("名称,类别,适用机构,通过日期\n理事会议事规则,会议制度,理事会,2024-05-18\n会员管理办法,member_rules,,2024-05-18\n"
                           "奇怪的制度,万能制度,,2024-05-18\n"),
            skip);
        QCOMPARE(r.rowsWritten, 2);
        QCOMPARE(GovernanceStore(*m_db).regulations().first().kind, QStringLiteral("meeting_rules"));
    }

    void exportThenImport_roundTrip_sameComposition()
    {
        const Term eighth = addTerm(8, QDate(2019, 5, 1));
        fillCouncil(eighth, 8, 6);
        const Term ninth = addTerm(9, QDate(2024, 5, 1));
        fillCouncil(ninth, 12, 9, 1);
        GovernanceStore store(*m_db);
        storage::StorageError error;
        Seat standing = seatOn(ninth, Body::StandingCouncil, Role::StandingCouncillor);
        standing.frontLine = true;
        QVERIFY(store.addSeat(standing, person(QStringLiteral("理事3"), QDate(1970, 1, 1).addDays(3)), &error));
        exchange::ExportOptions unmasked;
        unmasked.unmasked = true;
        for (const QString &kind : { QStringLiteral("terms"), QStringLiteral("seats") }) {
            const exchange::ExportResult r = exchange::Exporter::run(
                *m_db, *exportSource(kind), m_dir.filePath(kind + QStringLiteral("-out.xlsx")), unmasked);
            QCOMPARE(r.outcome, exchange::ExportResult::Outcome::Written);
        }
        auto other = test::createDatabase(m_dir, QStringLiteral("other%1.societydesk").arg(m_files));
        for (const QString &kind : { QStringLiteral("terms"), QStringLiteral("seats") }) {
            exchange::Importer importer(importLayout(kind), m_dir.filePath(kind + QStringLiteral("-out.xlsx")), {});
            const exchange::ImportReport &r = importer.run(*other);
            QVERIFY2(r.outcome == exchange::ImportOutcome::Written, qPrintable(describe(r.errors)));
        }
        const GovernanceStore copy(*other);
        const Composition before = composition(*m_db, Body::Council, ninth, kDate, 45);
        const Composition after = composition(*other, Body::Council, *copy.termByNumber(9), kDate, 45);
        QCOMPARE(after.seats, before.seats);
        QCOMPARE(after.frontLine, before.frontLine);
        QCOMPARE(after.young, before.young);
        QCOMPARE(after.previousTermSeats, before.previousTermSeats);
        QCOMPARE(composition(*other, Body::StandingCouncil, *copy.termByNumber(9), kDate, 45).seats, 1);
    }

    // The demo society is short of exactly one threshold: council front-line 88/120 < 3/4.
    void demo_councilJustShortOfFrontLine_restSound()
    {
        demo::DemoMembersOptions members;
        members.members = 2000;
        members.units = 0;
        members.today = kDate;
        storage::StorageError error;
        QVERIFY2(demo::writeMembers(*m_db, members, &error), qPrintable(error.message));
        QVERIFY2(demo::writeGovernance(*m_db, 7, kDate, &error), qPrintable(error.message));
        GovernanceStore store(*m_db);
        QCOMPARE(store.terms().size(), 9);
        const Term current = *store.termOn(kDate);
        QCOMPARE(current.number, 9);
        const Composition council = composition(*m_db, Body::Council, current, kDate, 45);
        QCOMPARE(council.seats, 120);
        QCOMPARE(council.frontLine.yes, 88);
        QCOMPARE(moreNeeded(council.frontLine.yes, council.seats, Fraction(3, 4)), 2);
        QVERIFY(Fraction(1, 3).isReachedBy(council.young.yes, council.seats));
        QCOMPARE(council.previousTermSeats, std::optional<qint64>(110));
        const Composition standing = composition(*m_db, Body::StandingCouncil, current, kDate, 45);
        QCOMPARE(standing.seats, 38);
        QVERIFY(isAtMost(standing.seats, council.seats, Fraction(1, 3)));
        QVERIFY(Fraction(2, 3).isReachedBy(standing.frontLine.yes, standing.seats));
        QCOMPARE(composition(*m_db, Body::SupervisoryBoard, current, kDate, 45).seats, 5);
        QVERIFY(store.conflicts(current.id, kDate).isEmpty());
        QCOMPARE(store.staff().size(), 6);
        QCOMPARE(store.regulations().size(), 12);
        QByteArray pdf;
        QVERIFY(store.attachmentContent(store.regulations().first().attachmentId, &pdf));
        QVERIFY(pdf.startsWith("%PDF-1.4") && pdf.endsWith("%%EOF\n"));
        // Once only: a society with terms keeps them.
        QVERIFY(demo::writeGovernance(*m_db, 8, kDate, &error));
        QCOMPARE(store.terms().size(), 9);
    }
};

QTEST_GUILESS_MAIN(TestGovernance)
#include "tst_governance.moc"
