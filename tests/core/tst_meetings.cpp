// Meetings (schema 6): quorum and vote rules at their exact boundaries, contradiction warnings,
// the roll across a term boundary, consecutive-absence runs, carry-over and overdue follow-ups,
// signed and corrected minutes, frequency, and the upgrade of a frozen schema-5 file.

#include "TestSupport.h"

#include "demo/DemoBranches.h"
#include "demo/DemoGovernance.h"
#include "demo/DemoMeetings.h"
#include "demo/DemoMembers.h"
#include "demo/DemoSociety.h"
#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "members/MemberStore.h"
#include "settings/SocietySettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::meetings;
using governance::Body;
using governance::GovernanceStore;
using governance::Role;
using governance::Seat;
using governance::Term;

class TestMeetings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    int m_files = 0;

    Term addTerm(int number, QDate start, governance::TermStatus status = governance::TermStatus::Current)
    {
        Term t;
        t.number = number;
        t.startDate = start;
        t.endDate = start.addYears(5).addDays(-1);
        t.status = status;
        storage::StorageError error;
        if (!GovernanceStore(*m_db).addTerm(t, &error))
            qWarning() << error.message;
        return t;
    }

    /// A council seat in `term` for 理事<n> (the same person across terms for the same n).
    qint64 seat(const Term &term, int n, Body body = Body::Council, Role role = Role::Councillor, QDate end = {})
    {
        Seat s;
        s.termId = term.id;
        s.body = body;
        s.role = role;
        s.startDate = term.startDate;
        s.endDate = end;
        governance::PersonRef who;
        who.name = QStringLiteral("理事%1").arg(n);
        who.birthDate = QDate(1970, 1, 1).addDays(n);
        storage::StorageError error;
        if (!GovernanceStore(*m_db).addSeat(s, who, &error))
            qWarning() << error.message;
        return s.personId;
    }

    Meeting addMeeting(const QString &number, QDate date, MeetingBody body = MeetingBody::Council)
    {
        Meeting m;
        m.number = number;
        m.date = date;
        m.body = body;
        storage::StorageError error;
        if (!MeetingStore(*m_db).addMeeting(m, &error))
            qWarning() << error.message;
        return m;
    }

    /// Marks the first `present` lines present and the rest absent.
    void mark(qint64 meetingId, int present, std::optional<AttendanceStatus> rest = AttendanceStatus::Absent)
    {
        MeetingStore store(*m_db);
        QList<AttendanceLine> lines = store.roll(meetingId);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            lines[i].status = i < present ? std::optional(AttendanceStatus::Present) : rest;
            if (lines[i].status == AttendanceStatus::Proxy)
                lines[i].proxyTo = QStringLiteral("理事0");
        }
        storage::StorageError error;
        QVERIFY2(store.setAttendance(lines, &error), qPrintable(error.message));
    }

    void markPerson(qint64 meetingId, qint64 personId, std::optional<AttendanceStatus> status)
    {
        MeetingStore store(*m_db);
        for (const AttendanceLine &l : store.roll(meetingId)) {
            if (l.personId == personId) {
                storage::StorageError error;
                QVERIFY2(store.setAttendance(l.id, status, QStringLiteral("理事0"), &error), qPrintable(error.message));
                return;
            }
        }
        QFAIL("the person is not on the roll");
    }

    void setSetting(SocietySetting key, const QString &value)
    {
        storage::ProfileStore profiles(*m_db);
        SocietySettings settings = profiles.settings();
        QString why;
        QVERIFY2(settings.setStored(key, value, &why), qPrintable(why));
        storage::StorageError error;
        QVERIFY2(profiles.saveSettings(settings, &error), qPrintable(error.message));
    }

private slots:
    void init()
    {
        m_db = test::createDatabase(m_dir, QStringLiteral("m%1.societydesk").arg(++m_files));
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void migration_fromFrozenV5_keepsEverythingAndAddsMeetings()
    {
        QTemporaryDir dir;
        const QString path = test::copyTestData(dir, QStringLiteral("schema-v5.societydesk"));
        storage::StorageError error;
        auto db = storage::Database::open(path, {}, &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(db->schemaVersion() >= 6);
        QCOMPARE(members::MemberStore(*db).memberCount(), 700);
        GovernanceStore governance(*db);
        QCOMPARE(governance.terms().size(), 9);
        // A council meeting on the current term's first day gets the sitting council's roll.
        const std::optional<Term> current = governance.termOn(QDate(2030, 1, 1));
        QVERIFY(current);
        Meeting m;
        m.number = QStringLiteral("M-1");
        m.date = current->startDate;
        MeetingStore store(*db);
        QVERIFY2(store.addMeeting(m, &error), qPrintable(error.message));
        QCOMPARE(store.roll(m.id).size(), governance.seats(current->id, Body::Council).size());
        QVERIFY(storage::Database::check(path, storage::CheckLevel::Full).ok);
    }

    void voting_everyRuleAtItsExactBoundary()
    {
        // The cases: 2/3 of 81 present is 54; more than half of 81 is 41; half of 80 is 40.
        QVERIFY(Voting::carries(VoteRule::TwoThirds, 54, 81));
        QVERIFY(!Voting::carries(VoteRule::TwoThirds, 53, 81));
        QVERIFY(Voting::carries(VoteRule::MoreThanHalf, 41, 81));
        QVERIFY(!Voting::carries(VoteRule::MoreThanHalf, 40, 81));
        QVERIFY(!Voting::carries(VoteRule::MoreThanHalf, 40, 80));
        QVERIFY(Voting::carries(VoteRule::AtLeastHalf, 40, 80));
        QVERIFY(!Voting::carries(VoteRule::AtLeastHalf, 40, 81));
        QVERIFY(!Voting::carries(VoteRule::TwoThirds, 0, 0));
        // neededInFavour is the exact boundary for every size.
        for (VoteRule rule : { VoteRule::MoreThanHalf, VoteRule::AtLeastHalf, VoteRule::TwoThirds }) {
            for (int present = 1; present <= 300; ++present) {
                const int n = Voting::neededInFavour(rule, present);
                QVERIFY2(Voting::carries(rule, n, present), qPrintable(QStringLiteral("%1 of %2").arg(n).arg(present)));
                QVERIFY2(!Voting::carries(rule, n - 1, present), qPrintable(QStringLiteral("%1 of %2").arg(n - 1).arg(present)));
            }
        }
        QCOMPARE(Voting::neededInFavour(VoteRule::TwoThirds, 81), 54);
    }

    void quorum_80of120IsQuorateAnd79IsNot()
    {
        const Term t = addTerm(9, QDate(2024, 5, 18));
        for (int i = 0; i < 120; ++i)
            seat(t, i);
        const Meeting m = addMeeting(QStringLiteral("2025-理-01"), QDate(2025, 3, 18));
        MeetingStore store(*m_db);
        QCOMPARE(store.roll(m.id).size(), 120);
        mark(m.id, 80);
        Quorum q = store.quorum(m.id);
        QCOMPARE(q.seats, 120);
        QCOMPARE(q.present, 80);
        QCOMPARE(q.needed(), 80);
        QVERIFY(q.isQuorate());
        mark(m.id, 79);
        q = store.quorum(m.id);
        QCOMPARE(q.present, 79);
        QVERIFY(!q.isQuorate());

        // Proxies count only when the charter says so.
        mark(m.id, 79, AttendanceStatus::Proxy);
        QVERIFY(!store.quorum(m.id).isQuorate());
        setSetting(SocietySetting::ProxyCountsForQuorum, QStringLiteral("true"));
        QCOMPARE(store.quorum(m.id).present, 120);
        QVERIFY(store.quorum(m.id).isQuorate());

        // A charter quorum of 3/4 needs 90.
        setSetting(SocietySetting::ProxyCountsForQuorum, QStringLiteral("false"));
        setSetting(SocietySetting::CouncilQuorum, QStringLiteral("3/4"));
        mark(m.id, 89);
        QCOMPARE(store.quorum(m.id).needed(), 90);
        QVERIFY(!store.quorum(m.id).isQuorate());
        mark(m.id, 90);
        QVERIFY(store.quorum(m.id).isQuorate());
    }

    void quorum_officeMeetingsHaveNone()
    {
        const Term t = addTerm(9, QDate(2024, 5, 18));
        seat(t, 0, Body::Council, Role::Chair);
        seat(t, 1, Body::Council, Role::ViceChair);
        seat(t, 2, Body::Council, Role::SecretaryGeneral);
        seat(t, 3);
        const Meeting m = addMeeting(QStringLiteral("办-01"), QDate(2025, 1, 6), MeetingBody::ChairOffice);
        MeetingStore store(*m_db);
        QCOMPARE(store.roll(m.id).size(), 3); // the leaders, not the councillor
        QVERIFY(!store.quorum(m.id).applicable);
        QVERIFY(!store.quorum(m.id).isQuorate());
    }

    void defaultRule_followsTheCharter()
    {
        const SocietySettings settings;
        QCOMPARE(Voting::defaultRule(MeetingBody::Council, ResolutionKind::Budget, settings), VoteRule::TwoThirds);
        QCOMPARE(Voting::defaultRule(MeetingBody::Congress, ResolutionKind::Other, settings), VoteRule::AtLeastHalf);
        QCOMPARE(Voting::defaultRule(MeetingBody::Congress, ResolutionKind::DuesChange, settings), VoteRule::AtLeastHalf);
        QCOMPARE(Voting::defaultRule(MeetingBody::Congress, ResolutionKind::Election, settings), VoteRule::MoreThanHalf);
        SocietySettings half;
        half.setFraction(SocietySetting::CouncilMajority, Fraction(1, 2));
        QCOMPARE(Voting::defaultRule(MeetingBody::Council, ResolutionKind::Budget, half), VoteRule::AtLeastHalf);
        QVERIFY(Voting::needsSecretBallot(ResolutionKind::DuesChange));
    }

    void check_outcomeAndContradictionWarnings()
    {
        Quorum q;
        q.applicable = true;
        q.seats = 120;
        q.present = 81;
        q.required = Fraction(2, 3);
        Resolution r;
        r.text = QStringLiteral("审议通过 2025 年度预算");
        r.kind = ResolutionKind::Budget;
        r.rule = VoteRule::TwoThirds;
        r.votes = Votes { 54, 20, 7 };
        ResolutionCheck c = MeetingStore::check(r, MeetingBody::Council, q);
        QCOMPARE(c.outcome, Outcome::Adopted);
        QCOMPARE(c.needed, 54);
        QVERIFY2(c.warnings.isEmpty(), qPrintable(c.warnings.join(u'\n')));

        r.votes = Votes { 53, 21, 7 };
        c = MeetingStore::check(r, MeetingBody::Council, q);
        QCOMPARE(c.outcome, Outcome::Rejected);
        QVERIFY(c.warnings.isEmpty());

        // The minutes say adopted, the votes say not.
        r.recordedOutcome = Outcome::Adopted;
        c = MeetingStore::check(r, MeetingBody::Council, q);
        QCOMPARE(c.warnings.size(), 1);
        QVERIFY(c.warnings.first().contains(QStringLiteral("53")));

        // More votes than people present.
        r.recordedOutcome.reset();
        r.votes = Votes { 60, 20, 2 };
        c = MeetingStore::check(r, MeetingBody::Council, q);
        QCOMPARE(c.warnings.size(), 1);
        QVERIFY(c.warnings.first().contains(QStringLiteral("82")));

        // A meeting without its quorum; a dues change at the council, not by secret ballot.
        q.present = 79;
        r.votes = Votes { 79, 0, 0 };
        r.kind = ResolutionKind::DuesChange;
        c = MeetingStore::check(r, MeetingBody::Council, q);
        QCOMPARE(c.outcome, Outcome::Adopted);
        QCOMPARE(c.warnings.size(), 3);

        // With the roll not marked, the votes cast are the base, said so.
        Quorum unmarked = q;
        unmarked.present = 0;
        unmarked.unrecorded = 120;
        r.kind = ResolutionKind::Other;
        r.votes = Votes { 30, 10, 5 };
        c = MeetingStore::check(r, MeetingBody::Council, unmarked);
        QCOMPARE(c.present, 45);
        QCOMPARE(c.outcome, Outcome::Adopted);
        QCOMPARE(c.warnings.size(), 1);
    }

    void check_weakerRuleThanTheCharterIsWarned()
    {
        const Term t = addTerm(9, QDate(2024, 5, 18));
        for (int i = 0; i < 6; ++i)
            seat(t, i);
        const Meeting m = addMeeting(QStringLiteral("理-01"), QDate(2025, 3, 18));
        mark(m.id, 6);
        MeetingStore store(*m_db);
        Resolution r;
        r.meetingId = m.id;
        r.text = QStringLiteral("关于调整办公地点的决议");
        r.rule = VoteRule::AtLeastHalf;
        r.votes = Votes { 3, 3, 0 };
        storage::StorageError error;
        QVERIFY2(store.addResolution(r, &error), qPrintable(error.message));
        QCOMPARE(r.position, 1);
        const ResolutionCheck c = store.check(*store.resolution(r.id));
        QCOMPARE(c.outcome, Outcome::Adopted);
        QCOMPARE(c.warnings.size(), 1); // 半数以上 where the council's charter says 三分之二
        r.text = QString();
        QVERIFY(!store.updateResolution(r, &error));
        QCOMPARE(store.resolution(r.id)->text, QStringLiteral("关于调整办公地点的决议"));
    }

    void roll_acrossATermBoundary()
    {
        const Term eighth = addTerm(8, QDate(2019, 5, 18), governance::TermStatus::Past);
        const Term ninth = addTerm(9, QDate(2024, 5, 18));
        const qint64 a = seat(eighth, 1);
        const qint64 b = seat(eighth, 2);
        const qint64 b9 = seat(ninth, 2);
        const qint64 c = seat(ninth, 3);
        QCOMPARE(b, b9); // the same person in both terms
        MeetingStore store(*m_db);
        const Meeting last = addMeeting(QStringLiteral("8-理-10"), QDate(2024, 5, 17));
        const Meeting first = addMeeting(QStringLiteral("9-理-01"), QDate(2024, 5, 18));
        auto people = [&](qint64 meetingId) {
            QList<qint64> ids;
            for (const AttendanceLine &l : store.roll(meetingId))
                ids << l.personId;
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        QCOMPARE(people(last.id), (QList<qint64> { a, b }));
        QCOMPARE(people(first.id), (QList<qint64> { b, c }));

        // Moving the meeting into the old term keeps the mark of the person on both rolls.
        markPerson(first.id, b, AttendanceStatus::Excused);
        Meeting moved = *store.meeting(first.id);
        moved.date = QDate(2024, 5, 1);
        storage::StorageError error;
        QVERIFY2(store.updateMeeting(moved, &error), qPrintable(error.message));
        QCOMPARE(people(first.id), (QList<qint64> { a, b }));
        for (const AttendanceLine &l : store.roll(first.id))
            QCOMPARE(l.status, l.personId == b ? std::optional(AttendanceStatus::Excused) : std::nullopt);

        // A seat that ended before the meeting is not on its roll.
        const qint64 d = seat(ninth, 4, Body::Council, Role::Councillor, QDate(2025, 1, 1));
        const Meeting later = addMeeting(QStringLiteral("9-理-02"), QDate(2025, 3, 1));
        QVERIFY(!people(later.id).contains(d));
        QVERIFY(people(later.id).contains(c));
    }

    void absences_excusedBreaksNothingAndPresenceResets()
    {
        const Term eighth = addTerm(8, QDate(2019, 5, 18), governance::TermStatus::Past);
        const Term t = addTerm(9, QDate(2024, 5, 18));
        seat(eighth, 1);
        const qint64 x = seat(t, 1);
        const qint64 y = seat(t, 2);
        const qint64 z = seat(t, 3);
        const qint64 w = seat(t, 4);
        // Before the term: X absent — not counted in this term.
        const Meeting old = addMeeting(QStringLiteral("8-理-09"), QDate(2024, 3, 1));
        markPerson(old.id, x, AttendanceStatus::Absent);
        QList<Meeting> ms;
        for (int i = 1; i <= 5; ++i)
            ms << addMeeting(QStringLiteral("9-理-0%1").arg(i), QDate(2024, 6, 1).addMonths(3 * i));
        // A standing-council meeting between does not count either.
        using S = AttendanceStatus;
        const QList<QList<std::optional<S>>> marks {
            { S::Absent, S::Excused, S::Absent, S::Present, S::Absent },   // X: run 2 across the leave
            { S::Absent, S::Present, S::Absent, S::Proxy, S::Absent },     // Y: never 2 in a row
            { S::Absent, S::Absent, S::Absent, S::Excused, std::nullopt }, // Z: run 3
            { S::Present, S::Present, S::Excused, S::Excused, S::Excused }, // W: none
        };
        const QList<qint64> persons { x, y, z, w };
        for (int p = 0; p < persons.size(); ++p) {
            for (int i = 0; i < ms.size(); ++i)
                markPerson(ms.at(i).id, persons.at(p), marks.at(p).at(i));
        }
        MeetingStore store(*m_db);
        const QList<AbsenceRun> runs = store.absences(QDate(2026, 1, 1));
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).personId, x);
        QCOMPARE(runs.at(0).run, 2);
        QCOMPARE(runs.at(0).meetings, (QStringList { QStringLiteral("9-理-01"), QStringLiteral("9-理-03") }));
        QCOMPARE(runs.at(1).personId, z);
        QCOMPARE(runs.at(1).run, 3);
        QCOMPARE(runs.at(1).name, QStringLiteral("理事3"));
        // A threshold of 3 (the setting) leaves Z only; up to the second meeting nobody has 2.
        setSetting(SocietySetting::AbsenceThreshold, QStringLiteral("3"));
        QCOMPARE(store.absences(QDate(2026, 1, 1)).size(), 1);
        QCOMPARE(store.absences(ms.at(0).date, 2).size(), 0);
        QCOMPARE(store.absences(ms.at(1).date, 2).size(), 1); // Z
    }

    void followUps_carryOverAndOverdue()
    {
        const Term t = addTerm(9, QDate(2024, 5, 18));
        seat(t, 1);
        const Meeting first = addMeeting(QStringLiteral("理-01"), QDate(2025, 3, 1));
        const Meeting standing = addMeeting(QStringLiteral("常-01"), QDate(2025, 4, 1), MeetingBody::StandingCouncil);
        const Meeting second = addMeeting(QStringLiteral("理-02"), QDate(2025, 9, 1));
        MeetingStore store(*m_db);
        storage::StorageError error;
        Resolution r;
        r.meetingId = first.id;
        r.text = QStringLiteral("修订会员管理办法");
        r.kind = ResolutionKind::AdoptRegulation;
        QVERIFY2(store.addResolution(r, &error), qPrintable(error.message));
        FollowUp open;
        open.resolutionId = r.id;
        open.owner = QStringLiteral("秘书处");
        open.due = QDate(2025, 6, 30);
        QVERIFY2(store.addFollowUp(open, &error), qPrintable(error.message));
        FollowUp done;
        done.resolutionId = r.id;
        done.owner = QStringLiteral("会员部");
        done.due = QDate(2025, 5, 1);
        done.status = FollowUpStatus::Completed;
        done.completedOn = QDate(2025, 4, 20);
        QVERIFY2(store.addFollowUp(done, &error), qPrintable(error.message));

        QCOMPARE(store.carriedOver(second.id).size(), 1);
        QCOMPARE(store.carriedOver(second.id).first().id, open.id);
        QCOMPARE(store.carriedOver(second.id).first().meetingNumber, QStringLiteral("理-01"));
        QVERIFY(store.carriedOver(standing.id).isEmpty()); // another body
        QVERIFY(store.carriedOver(first.id).isEmpty());    // not from itself

        QVERIFY(store.overdueFollowUps(QDate(2025, 6, 30)).isEmpty());
        QCOMPARE(store.overdueFollowUps(QDate(2025, 7, 1)).size(), 1);
        QVERIFY(open.isOverdueOn(QDate(2025, 7, 1)));
        QVERIFY(!open.isOverdueOn(QDate(2025, 6, 30)));

        QVERIFY2(store.addFollowUpNote(open.id, QDate(2025, 7, 5), QStringLiteral("已起草修订稿"), &error), qPrintable(error.message));
        QVERIFY(!store.addFollowUpNote(open.id, QDate(2025, 7, 5), QStringLiteral("  "), &error));
        open.status = FollowUpStatus::Completed;
        QVERIFY2(store.updateFollowUp(open, &error), qPrintable(error.message));
        QVERIFY(store.carriedOver(second.id).isEmpty());
        QVERIFY(store.overdueFollowUps(QDate(2025, 7, 1)).isEmpty());
        const QList<FollowUp> all = store.allFollowUps(QStringLiteral("秘书处"));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().notes.size(), 1);
        QVERIFY(all.first().completedOn.isValid());

        FollowUp nobody;
        nobody.resolutionId = r.id;
        QVERIFY(!store.addFollowUp(nobody, &error));
        QCOMPARE(store.followUps(r.id).size(), 2);
    }

    void minutes_signedAreLockedAndCorrectedWithANote()
    {
        const Meeting m = addMeeting(QStringLiteral("理-01"), QDate(2025, 3, 1));
        MeetingStore store(*m_db);
        storage::StorageError error;
        QVERIFY(!store.signMinutes(m.id, QStringLiteral("张三"), QDate(2025, 3, 2), &error)); // nothing to sign
        QVERIFY2(store.saveMinutes(m.id, QStringLiteral("<p>会议审议了……</p>"), &error), qPrintable(error.message));
        QVERIFY2(store.saveMinutes(m.id, QStringLiteral("<p>会议审议并通过了……</p>"), &error), qPrintable(error.message));
        QCOMPARE(store.minutesVersions(m.id).size(), 1);
        QVERIFY(!store.signMinutes(m.id, QStringLiteral("张三"), QDate(2025, 2, 28), &error)); // before the meeting
        QVERIFY(!store.signMinutes(m.id, QString(), QDate(2025, 3, 2), &error));
        QVERIFY2(store.signMinutes(m.id, QStringLiteral("张三"), QDate(2025, 3, 2), &error), qPrintable(error.message));
        QVERIFY(!store.saveMinutes(m.id, QStringLiteral("改动"), &error));
        QCOMPARE(error.kind, storage::StorageError::Kind::Invalid);
        QVERIFY(!store.correctMinutes(m.id, QStringLiteral("<p>更正</p>"), QString(), &error));
        QVERIFY2(store.correctMinutes(m.id, QStringLiteral("<p>会议审议并通过了（更正）</p>"), QStringLiteral("更正出席人数"), &error),
            qPrintable(error.message));
        const QList<MinutesVersion> versions = store.minutesVersions(m.id);
        QCOMPARE(versions.size(), 2);
        QVERIFY(versions.at(0).isSigned());
        QCOMPARE(versions.at(0).text, QStringLiteral("<p>会议审议并通过了……</p>"));
        QVERIFY(!versions.at(1).isSigned());
        QCOMPARE(versions.at(1).note, QStringLiteral("更正出席人数"));
        QVERIFY(!store.correctMinutes(m.id, QStringLiteral("x"), QStringLiteral("y"), &error)); // the draft is edited instead
    }

    void meetings_refusalsWriteNothing()
    {
        MeetingStore store(*m_db);
        addMeeting(QStringLiteral("理-01"), QDate(2025, 3, 1));
        storage::StorageError error;
        Meeting dup;
        dup.number = QStringLiteral(" 理-01 ");
        dup.date = QDate(2025, 4, 1);
        QVERIFY(!store.addMeeting(dup, &error));
        QVERIFY(error.message.contains(QStringLiteral("理-01")));
        Meeting noDate;
        noDate.number = QStringLiteral("理-02");
        QVERIFY(!store.addMeeting(noDate, &error));
        Meeting badAgenda;
        badAgenda.number = QStringLiteral("理-03");
        badAgenda.date = QDate(2025, 4, 1);
        badAgenda.agenda = { AgendaItem { 0, QStringLiteral("审议工作报告"), {} }, AgendaItem { 0, QStringLiteral(" "), {} } };
        QVERIFY(!store.addMeeting(badAgenda, &error));
        QCOMPARE(store.meetings().size(), 1);
        badAgenda.agenda.removeLast();
        QVERIFY2(store.addMeeting(badAgenda, &error), qPrintable(error.message));
        QCOMPARE(store.meeting(badAgenda.id)->agenda.size(), 1);
        QVERIFY2(store.removeMeeting(badAgenda.id, &error), qPrintable(error.message));
        QCOMPARE(store.meetings(2025).size(), 1);
        QCOMPARE(store.meetings(2024).size(), 0);
    }

    void attachments_attachedAndDetachedWithAnAuditEntryEach()
    {
        MeetingStore store(*m_db);
        GovernanceStore governance(*m_db);
        const Meeting m = addMeeting(QStringLiteral("理-01"), QDate(2025, 3, 1));
        const Meeting other = addMeeting(QStringLiteral("理-02"), QDate(2025, 9, 1));
        storage::StorageError error;
        governance::Attachment a;
        governance::Attachment b;
        QVERIFY(governance.addAttachment(QStringLiteral("签到表.pdf"), QByteArray("%PDF-1.4 a"), &a, &error));
        QVERIFY(governance.addAttachment(QStringLiteral("照片.jpg"), QByteArray("jpeg b"), &b, &error));
        QVERIFY2(store.attachToMeeting(m.id, a.id, &error), qPrintable(error.message));
        QVERIFY2(store.attachToMeeting(m.id, b.id, &error), qPrintable(error.message));
        QVERIFY2(store.attachToMeeting(other.id, a.id, &error), qPrintable(error.message));
        QCOMPARE(store.meetingAttachments(m.id), (QList<qint64> { a.id, b.id }));

        const qint64 audited = m_db->audit().count();
        QVERIFY2(store.detachFromMeeting(m.id, a.id, &error), qPrintable(error.message));
        QCOMPARE(store.meetingAttachments(m.id), QList<qint64> { b.id });
        QCOMPARE(store.meetingAttachments(other.id), QList<qint64> { a.id }); // the other meeting keeps it
        QVERIFY(governance.attachment(a.id)); // the document itself stays stored
        QCOMPARE(m_db->audit().count(), audited + 1);
        const storage::AuditEntry entry = m_db->audit().latest(1).first();
        QCOMPARE(entry.action, QStringLiteral("detach"));
        QCOMPARE(entry.entityId, m.id);
        QCOMPARE(entry.before.value(QStringLiteral("attachment_id")).toInteger(), a.id);

        // Not the meeting's (any more): refused, nothing written.
        error = {};
        QVERIFY(!store.detachFromMeeting(m.id, a.id, &error));
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!store.detachFromMeeting(0, b.id, &error));
        QCOMPARE(store.meetingAttachments(m.id), QList<qint64> { b.id });
        QCOMPARE(m_db->audit().count(), audited + 1);
    }

    void frequency_countsTheStandingCouncilByHalfYear()
    {
        addMeeting(QStringLiteral("理-01"), QDate(2025, 3, 1));
        addMeeting(QStringLiteral("常-01"), QDate(2025, 6, 30), MeetingBody::StandingCouncil);
        addMeeting(QStringLiteral("常-02"), QDate(2025, 7, 1), MeetingBody::StandingCouncil);
        addMeeting(QStringLiteral("常-03"), QDate(2026, 1, 1), MeetingBody::StandingCouncil);
        const Frequency f = MeetingStore(*m_db).frequency(2025);
        QCOMPARE(f.meetings.value(MeetingBody::Council), 1);
        QCOMPARE(f.meetings.value(MeetingBody::StandingCouncil), 2);
        QCOMPARE(f.standingFirstHalf, 1);
        QCOMPARE(f.standingSecondHalf, 1);
        QCOMPARE(f.meetings.value(MeetingBody::Congress), 0);
    }

    void demo_oneTruantSomeOverdueAndEveryBodyMeets()
    {
        const QDate today(2026, 11, 22);
        storage::StorageError error;
        QVERIFY2(demo::write(*m_db, demo::generate(3), &error), qPrintable(error.message));
        demo::DemoMembersOptions options;
        options.members = 800;
        options.units = 0;
        options.seed = 3;
        options.today = today;
        QVERIFY2(demo::writeMembers(*m_db, options, &error), qPrintable(error.message));
        QVERIFY2(demo::writeGovernance(*m_db, 3, today, &error), qPrintable(error.message));
        QVERIFY2(demo::writeBranches(*m_db, 3, today, &error), qPrintable(error.message));
        QVERIFY2(demo::writeMeetings(*m_db, 3, today, &error), qPrintable(error.message));
        MeetingStore store(*m_db);
        const int meetings = int(store.meetings().size());
        QVERIFY(meetings >= 30);
        QVERIFY2(demo::writeMeetings(*m_db, 3, today, &error), qPrintable(error.message)); // once only
        QCOMPARE(store.meetings().size(), meetings);

        const QList<AbsenceRun> truants = store.absences(today);
        QCOMPARE(truants.size(), 1);
        QCOMPARE(truants.first().run, 2);
        QVERIFY(!store.overdueFollowUps(today).isEmpty());
        QVERIFY(store.overdueFollowUps(today).size() < store.allFollowUps().size() / 3);
        // CA-02: the council met every year, the standing council in each half-year.
        for (int year : { 2024, 2025, 2026 }) {
            const Frequency f = store.frequency(year);
            QVERIFY(f.meetings.value(MeetingBody::Council) >= 1);
            QVERIFY(f.standingFirstHalf >= 1 && f.standingSecondHalf >= 1);
        }
        // Every council meeting of the term was quorate and its resolutions carry without warnings.
        for (const Meeting &m : store.meetings(0, MeetingBody::Council)) {
            if (m.date < QDate(2024, 5, 18))
                continue;
            QVERIFY2(store.quorum(m.id).isQuorate(), qPrintable(m.number));
            for (const Resolution &r : store.resolutions(m.id)) {
                const ResolutionCheck c = store.check(r);
                QCOMPARE(c.outcome, Outcome::Adopted);
                QVERIFY2(c.warnings.isEmpty(), qPrintable(c.warnings.join(u'\n')));
            }
        }
        // The secretary-general's appointment and the regulations' adoption are on record.
        QCOMPARE(store.resolutionsOfKind(ResolutionKind::AppointSecretaryGeneral).size(), 1);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM regulation WHERE resolution_id IS NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM filing WHERE kind = 'dissolve' AND resolution_id IS NOT NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void text_sheetValuesRoundTrip()
    {
        for (MeetingBody b : MeetingText::allBodies()) {
            QCOMPARE(MeetingText::bodyFromSheet(MeetingText::sheetValue(b)), b);
            QCOMPARE(MeetingText::bodyFromCode(MeetingText::code(b)), b);
        }
        QCOMPARE(MeetingText::statusFromSheet(u"委托"), AttendanceStatus::Proxy);
        QCOMPARE(MeetingText::ruleFromSheet(u"三分之二"), VoteRule::TwoThirds);
        QCOMPARE(MeetingText::ruleFromSheet(u"过半数"), VoteRule::MoreThanHalf);
        QCOMPARE(MeetingText::ruleFromSheet(u"半数以上"), VoteRule::AtLeastHalf);
        QCOMPARE(MeetingText::kindFromSheet(u"dues_change"), ResolutionKind::DuesChange);
        QCOMPARE(MeetingText::modeFromSheet(u"通讯"), Mode::Written);
        QCOMPARE(MeetingText::followUpFromSheet(u"进行中"), FollowUpStatus::InProgress);
        QVERIFY(!MeetingText::statusFromSheet(u"迟到"));
    }
};

QTEST_GUILESS_MAIN(TestMeetings)
#include "tst_meetings.moc"
