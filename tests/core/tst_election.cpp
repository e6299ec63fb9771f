// Election preparation: a draft term filled with candidates, its composition before the vote,
// the ballot PDF, the count with "more than half", and the election that seats the draft.

#include "TestSupport.h"

#include "governance/Composition.h"
#include "governance/Election.h"
#include "governance/GovernanceStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::governance;

class TestElection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void isElected_moreThanHalf_exactlyHalfIsNot()
    {
        QVERIFY(election::isElected(51, 100));
        QVERIFY(!election::isElected(50, 100));
        QVERIFY(election::isElected(2, 3));
        QVERIFY(!election::isElected(0, 0));
        QVERIFY(election::isElected(67, 100, Fraction(2, 3)));
        QVERIFY(!election::isElected(66, 99, Fraction(2, 3)));
    }

    void threshold_isTheCharterSetting_defaultMoreThanHalf()
    {
        auto db = test::createDatabase(m_dir, QStringLiteral("t.societydesk"));
        storage::ProfileStore profiles(*db);
        QCOMPARE(profiles.settings().fraction(SocietySetting::ElectionThreshold), Fraction(1, 2));
        SocietySettings settings = profiles.settings();
        QString why;
        QVERIFY(!settings.setStored(SocietySetting::ElectionThreshold, QStringLiteral("half"), &why));
        QVERIFY(settings.setStored(SocietySetting::ElectionThreshold, QStringLiteral("2/3"), &why));
        storage::StorageError error;
        QVERIFY(profiles.saveSettings(settings, &error));
        const Fraction threshold = profiles.settings().fraction(SocietySetting::ElectionThreshold);
        QCOMPARE(threshold, Fraction(2, 3));
        QVERIFY(!election::isElected(66, 99, threshold)); // exactly 2/3 is not more than 2/3
        QVERIFY(election::isElected(67, 99, threshold));
    }

    void draft_candidates_ballot_count_elect()
    {
        auto db = test::createDatabase(m_dir, QStringLiteral("e.societydesk"));
        GovernanceStore store(*db);
        storage::StorageError error;
        Term sitting;
        sitting.number = 8;
        sitting.startDate = QDate(2021, 5, 18);
        QVERIFY(store.addTerm(sitting, &error));
        Seat old;
        old.termId = sitting.id;
        old.body = Body::Council;
        old.role = Role::Chair;
        old.startDate = sitting.startDate;
        PersonRef chair;
        chair.name = QStringLiteral("老理事长");
        QVERIFY(store.addSeat(old, chair, &error));

        Term draft;
        QVERIFY2(election::createDraft(*db, 9, QDate(2026, 5, 18), &draft, &error), qPrintable(error.message));
        QVERIFY(!election::createDraft(*db, 10, QDate(2026, 5, 18), nullptr, &error)); // one draft at a time
        QCOMPARE(store.termOn(QDate(2026, 6, 1))->number, 8); // a draft does not govern

        // Four candidates for the council; two of them for the standing council too.
        QList<qint64> council;
        for (int i = 0; i < 4; ++i) {
            Seat s;
            s.termId = draft.id;
            s.body = Body::Council;
            s.role = i == 0 ? Role::Chair : Role::Councillor;
            s.frontLine = i != 3;
            s.startDate = draft.startDate;
            PersonRef who;
            who.name = QStringLiteral("候选人%1").arg(i);
            QVERIFY(store.addSeat(s, who, &error));
            council << s.id;
        }
        Seat standing;
        standing.termId = draft.id;
        standing.body = Body::StandingCouncil;
        standing.role = Role::StandingCouncillor;
        standing.startDate = draft.startDate;
        PersonRef who;
        who.personId = store.seat(council[1])->personId; // picked from the council's candidates
        who.name = QStringLiteral("候选人1");
        QVERIFY2(store.addSeat(standing, who, &error), qPrintable(error.message));
        // The draft's composition shows before the vote: 3 of 4 front-line.
        const Composition before = composition(*db, Body::Council, draft, draft.startDate, 45);
        QCOMPARE(before.seats, 4);
        QCOMPARE(before.frontLine.yes, 3);

        // The ballot.
        const QByteArray pdf = election::ballotPdf(*db, draft, Body::Council, &error);
        QVERIFY2(pdf.startsWith("%PDF"), qPrintable(error.message));
        QVERIFY(election::ballotPdf(*db, draft, Body::SupervisoryBoard, &error).isEmpty());

        // The count: 100 ballots; 候选人3 gets exactly half and is not elected.
        QHash<qint64, int> votes { { council[0], 90 }, { council[1], 70 }, { council[2], 51 }, { council[3], 50 },
            { standing.id, 80 } };
        QVERIFY(!election::recordCount(*db, draft.id, 100, { { council[0], 101 } }, &error)); // more than cast
        QVERIFY(!election::recordCount(*db, sitting.id, 100, votes, &error));                 // not a draft
        QVERIFY(!election::elect(*db, draft.id, QDate(2026, 5, 18), Fraction(1, 2), &error)); // not counted yet
        QVERIFY2(election::recordCount(*db, draft.id, 100, votes, &error), qPrintable(error.message));
        const election::ElectionResult r = election::result(*db, *store.term(draft.id));
        QCOMPARE(r.elected.size(), 4);
        QCOMPARE(r.notElected.size(), 1);
        QCOMPARE(r.notElected.first().name, QStringLiteral("候选人3"));

        const qint64 audits = db->audit().count();
        QVERIFY2(election::elect(*db, draft.id, QDate(2026, 5, 20), Fraction(1, 2), &error), qPrintable(error.message));
        QCOMPARE(db->audit().count(), audits + 1);
        QCOMPARE(store.term(draft.id)->status, TermStatus::Current);
        QCOMPARE(store.term(sitting.id)->status, TermStatus::Past);
        QCOMPARE(store.termOn(QDate(2026, 6, 1))->number, 9);
        QCOMPARE(store.seats(draft.id, Body::Council).size(), 3);
        QCOMPARE(store.seat(old.id)->endDate, QDate(2026, 5, 20)); // the previous term's seats end
        const Composition after = composition(*db, Body::Council, *store.term(draft.id), QDate(2026, 6, 1), 45);
        QCOMPARE(after.seats, 3);
        QCOMPARE(after.previousTermSeats, std::optional<qint64>(1));
    }

    void elect_refusesAStandingCouncillorNotElectedToTheCouncil()
    {
        auto db = test::createDatabase(m_dir, QStringLiteral("f.societydesk"));
        GovernanceStore store(*db);
        storage::StorageError error;
        Term draft;
        QVERIFY(election::createDraft(*db, 1, QDate(2026, 5, 18), &draft, &error));
        Seat council;
        council.termId = draft.id;
        council.body = Body::Council;
        council.role = Role::Councillor;
        PersonRef who;
        who.name = QStringLiteral("甲");
        QVERIFY(store.addSeat(council, who, &error));
        Seat standing = council;
        standing.id = 0;
        standing.body = Body::StandingCouncil;
        standing.role = Role::StandingCouncillor;
        who.personId = council.personId;
        QVERIFY2(store.addSeat(standing, who, &error), qPrintable(error.message));
        QVERIFY(election::recordCount(*db, draft.id, 10, { { council.id, 3 }, { standing.id, 9 } }, &error));
        QVERIFY(!election::elect(*db, draft.id, QDate(2026, 5, 18), Fraction(1, 2), &error));
        QVERIFY2(error.message.contains(QStringLiteral("常务理事须为理事")), qPrintable(error.message));
        QCOMPARE(store.term(draft.id)->status, TermStatus::Draft);
    }
};

QTEST_MAIN(TestElection)
#include "tst_election.moc"
