// The rules engine: pack validation (every kind of refusal names the file, the requirement and
// the field), the shipped packs, each check function at its boundaries, applicability and the
// reference-date rule.

#include "RuleTestSupport.h"
#include "SocietyBuilder.h"
#include "TestSupport.h"

#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "rules/CheckFunctions.h"
#include "rules/Engine.h"
#include "rules/RulePack.h"
#include "settings/SocietySettings.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::rules;
using namespace sd::meetings;
using governance::Body;
using governance::GovernanceStore;
using governance::Role;
using governance::Term;

namespace {

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 3, 1), QTime(9, 0)) };
    std::unique_ptr<storage::Database> m_db;
    int m_files = 0;

    Finding evaluate(const QString &function, const QString &params, int year, QDate on = {},
        const QString &applicability = QStringLiteral("\"every_year\""))
    {
        return test::evaluateOne(*m_db, function, params, year, on, applicability);
    }
    test::SocietyBuilder build() { return test::SocietyBuilder(*m_db); }
    Term addTerm(int number, QDate start) { return build().term(number, start); }
    qint64 seat(const Term &term, int n, Body body = Body::Council) { return build().seat(term, n, body); }
    Meeting addMeeting(const QString &number, QDate date, MeetingBody body = MeetingBody::Council)
    {
        return build().meeting(number, date, body);
    }
    /// Marks everyone present except `absent` (marked 缺席).
    void mark(qint64 meetingId, qint64 absentPerson = 0) { build().markAll(meetingId, absentPerson); }
    Resolution addResolution(qint64 meetingId, ResolutionKind kind, std::optional<Votes> votes = std::nullopt)
    {
        return build().resolution(meetingId, kind, votes);
    }
    void addRegulation(const QString &kind, const QString &body, QDate adopted) { build().regulation(kind, adopted, body); }
    void setSetting(SocietySetting key, const QString &value) { build().setting(key, value); }

private slots:
    void init()
    {
        m_db = test::createDatabase(m_dir, QStringLiteral("r%1.societydesk").arg(++m_files), &m_clock);
        QVERIFY(m_db);
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); // a record the builder could not store fails the test
    }
    void cleanup() { m_db.reset(); }

    void statusCodes()
    {
        QStringList codes;
        for (const Status s : FindingText::allStatuses()) {
            codes << FindingText::code(s);
            QCOMPARE(FindingText::statusFromCode(FindingText::code(s)), std::optional(s));
        }
        QCOMPARE(codes, (QStringList { QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("warning"),
                            QStringLiteral("pending"), QStringLiteral("not-applicable"), QStringLiteral("missing-data") }));
        QVERIFY(!FindingText::statusFromCode(u"passed"));
    }

    void shippedPacks_loadAndCarryTheirChecks()
    {
        QCOMPARE(PackLoader::builtinIds(),
            (QStringList { QStringLiteral("cast-2017"), QStringLiteral("chongqing-2022"), QStringLiteral("civil-affairs"),
                QStringLiteral("dalian-2018"), QStringLiteral("fujian-2015"), QStringLiteral("hubei-2017") }));
        QStringList checks;
        for (const QString &id : PackLoader::builtinIds()) {
            PackError error;
            const std::optional<RulePack> pack = PackLoader::builtin(id, &error);
            QVERIFY2(pack, qPrintable(error.text()));
            QCOMPARE(pack->id, id);
            QVERIFY(!pack->partial); // every requirement of the catalogue is in it
            for (const Requirement &r : pack->requirements) {
                QVERIFY(!r.sourceWording.isEmpty());
                for (const CheckSpec &c : r.checks)
                    checks << r.id + u'.' + c.id;
            }
        }
        // Every check id once; which ids there must be is tst_cli_rules' comparison with the catalogue.
        QCOMPARE(QSet<QString>(checks.cbegin(), checks.cend()).size(), checks.size());
        for (const char *id : { "CAST17-01.meeting_rules", "CAST17-OPT.progress", "HB17-12.individual_members", "CQ22-05.bodies_present",
                 "DL18-06.party_working_group", "FJ15-08.activities", "CA-09.annual_work_report" })
            QVERIFY2(checks.contains(QLatin1StringView(id)), id);
        PackError error;
        QVERIFY(!PackLoader::builtin(QStringLiteral("shanghai-2030"), &error));
        QVERIFY(error.text().contains(u"shanghai-2030"));
    }

    void validation_refuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("requirement");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("problem");
        const QByteArray valid = test::onePackJson(QStringLiteral("attestation"), QStringLiteral(R"({"kind": "premises"})"));
        const auto replace = [&](const char *from, const char *to) {
            QByteArray j = valid;
            j.replace(from, to);
            Q_ASSERT(j != valid);
            return j;
        };
        QTest::newRow("bad JSON") << QByteArray("{\"id\": ") << QString() << QString() << QStringLiteral("JSON");
        QTest::newRow("pack id missing") << replace("\"id\": \"t\",", "") << QString() << QStringLiteral("id")
                                         << QStringLiteral("missing");
        QTest::newRow("title.en missing") << replace("\"zh\": \"要求\", \"en\": \"Requirement\"", "\"zh\": \"要求\"")
                                          << QStringLiteral("R-1") << QStringLiteral("title.en") << QStringLiteral("missing");
        QTest::newRow("source.wording missing") << replace(", \"wording\": \"原文\"", "") << QStringLiteral("R-1")
                                                << QStringLiteral("source.wording") << QStringLiteral("missing");
        QTest::newRow("applicability unknown") << replace("\"every_year\"", "\"sometimes\"") << QStringLiteral("R-1")
                                               << QStringLiteral("applicability") << QStringLiteral("sometimes");
        QTest::newRow("range bad date") << replace("\"every_year\"", "{\"from\": \"2017-13-01\"}") << QStringLiteral("R-1")
                                        << QStringLiteral("applicability.from") << QStringLiteral("date");
        QTest::newRow("checks missing") << replace(", \"checks\": [{\"id\": \"c\", \"function\": \"attestation\", \"params\": {\"kind\": \"premises\"}}]", "")
                                        << QStringLiteral("R-1") << QStringLiteral("checks") << QStringLiteral("missing");
        QTest::newRow("unknown function") << replace("\"attestation\"", "\"attestations\"") << QStringLiteral("R-1")
                                          << QStringLiteral("checks[0].function") << QStringLiteral("attestations");
        QTest::newRow("unknown parameter") << replace("{\"kind\": \"premises\"}", "{\"kind\": \"premises\", \"colour\": \"red\"}")
                                           << QStringLiteral("R-1") << QStringLiteral("checks[0].params.colour")
                                           << QStringLiteral("unknown parameter");
        QTest::newRow("ill-typed parameter") << replace("\"premises\"", "3") << QStringLiteral("R-1")
                                             << QStringLiteral("checks[0].params.kind") << QStringLiteral("a string");
        QTest::newRow("value not allowed") << replace("\"premises\"", "\"castle\"") << QStringLiteral("R-1")
                                           << QStringLiteral("checks[0].params.kind") << QStringLiteral("castle");
        QTest::newRow("required parameter missing") << replace("{\"kind\": \"premises\"}", "{}") << QStringLiteral("R-1")
                                                    << QStringLiteral("checks[0].params.kind") << QStringLiteral("missing");
        QTest::newRow("list parameter not a list")
            << test::onePackJson(QStringLiteral("regulation_adopted"), QStringLiteral(R"({"kind": "meeting_rules", "bodies": "council"})"))
            << QStringLiteral("R-1") << QStringLiteral("checks[0].params.bodies") << QStringLiteral("a list of strings");
        QTest::newRow("duplicate check id")
            << replace("\"params\": {\"kind\": \"premises\"}}]", "\"params\": {\"kind\": \"premises\"}}, {\"id\": \"c\", \"function\": \"meeting_minutes\"}]")
            << QStringLiteral("R-1") << QStringLiteral("checks[1].id") << QStringLiteral("duplicate");
        QByteArray twice = valid;
        const qsizetype at = twice.indexOf("{\"id\": \"R-1\"");
        const qsizetype end = twice.lastIndexOf("]}");
        twice.insert(end, ", " + twice.mid(at, end - at));
        QTest::newRow("duplicate requirement id") << twice << QStringLiteral("R-1") << QStringLiteral("id")
                                                  << QStringLiteral("duplicate");
    }
    void validation_refuses()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, requirement);
        QFETCH(QString, field);
        QFETCH(QString, problem);
        PackError error;
        QVERIFY(!PackLoader::fromJson(json, QStringLiteral("t.json"), &error));
        QCOMPARE(error.file, QStringLiteral("t.json"));
        QCOMPARE(error.requirement, requirement);
        QCOMPARE(error.field, field);
        QVERIFY2(error.problem.contains(problem), qPrintable(error.problem));
        const QString text = error.text();
        QVERIFY(text.contains(u"t.json"));
        QVERIFY(text.contains(requirement));
        QVERIFY(text.contains(field));
    }
    void validation_acceptsTheValidPack()
    {
        PackError error;
        const auto pack = PackLoader::fromJson(test::onePackJson(QStringLiteral("attestation"), QStringLiteral(R"({"kind": "premises"})")),
            QStringLiteral("t.json"), &error);
        QVERIFY2(pack, qPrintable(error.text()));
        QCOMPARE(pack->requirements.size(), 1);
        QCOMPARE(pack->requirements.first().citation(), QStringLiteral("seed.txt: 原文"));
    }

    void parameterTypes()
    {
        const auto ok = [](ParamType type, const QJsonValue &v) {
            return CheckFunctions::typeMatches(ParamSpec { QStringLiteral("p"), type, true, {} }, v, nullptr);
        };
        QVERIFY(ok(ParamType::Fraction, QStringLiteral("3/4")));
        QVERIFY(!ok(ParamType::Fraction, QStringLiteral("0.75")));
        QVERIFY(!ok(ParamType::Fraction, 0.75));
        QVERIFY(ok(ParamType::Int, 45));
        QVERIFY(!ok(ParamType::Int, 4.5));
        QVERIFY(!ok(ParamType::Int, QStringLiteral("45")));
        QVERIFY(ok(ParamType::Bool, true));
        QVERIFY(!ok(ParamType::Bool, 1));
        QVERIFY(ok(ParamType::StringList, QJsonArray { QStringLiteral("a") }));
        QVERIFY(!ok(ParamType::StringList, QJsonArray { 1 }));
        QVERIFY(ok(ParamType::String, QStringLiteral("x")));
        QVERIFY(!ok(ParamType::String, QJsonArray {}));
    }

    void referenceDateRule()
    {
        const QDate today(2026, 3, 1);
        QCOMPARE(Engine::referenceDate(2025, {}, today), QDate(2025, 12, 31)); // the year is over
        QCOMPARE(Engine::referenceDate(2026, {}, today), today);               // the year is running
        QCOMPARE(Engine::referenceDate(2025, QDate(2025, 6, 30), today), QDate(2025, 6, 30));
        QCOMPARE(Engine::referenceDate(2025, {}, QDate(2025, 12, 31)), QDate(2025, 12, 31));
        // Without a date, the engine takes today from the file's clock (2026-03-01).
        QCOMPARE(evaluate(QStringLiteral("meeting_frequency"), QStringLiteral(R"({"body": "council"})"), 2026).status, Status::Pending);
        QCOMPARE(evaluate(QStringLiteral("meeting_frequency"), QStringLiteral(R"({"body": "council"})"), 2025).status, Status::Fail);
    }

    void findingCarriesIdsAndCitation()
    {
        const Finding f = evaluate(QStringLiteral("attestation"), QStringLiteral(R"({"kind": "premises"})"), 2025);
        QCOMPARE(f.check, QStringLiteral("R-1.c"));
        QCOMPARE(f.requirement, QStringLiteral("R-1"));
        QCOMPARE(f.pack, QStringLiteral("t"));
        QCOMPARE(f.citation, QStringLiteral("seed.txt: 原文"));
    }

    void regulationAdopted()
    {
        const QString kindOnly = QStringLiteral(R"({"kind": "part_time_conduct"})");
        Finding f = evaluate(QStringLiteral("regulation_adopted"), kindOnly, 2025, QDate(2025, 6, 30));
        QCOMPARE(f.status, Status::Fail);
        QVERIFY(!f.hint.isEmpty());
        addRegulation(QStringLiteral("part_time_conduct"), {}, QDate(2025, 7, 1));
        // Adopted after the reference date: not yet.
        QCOMPARE(evaluate(QStringLiteral("regulation_adopted"), kindOnly, 2025, QDate(2025, 6, 30)).status, Status::Fail);
        f = evaluate(QStringLiteral("regulation_adopted"), kindOnly, 2025, QDate(2025, 7, 1));
        QCOMPARE(f.status, Status::Pass);
        QCOMPARE(f.evidence.size(), 1);

        const QString bodies = QStringLiteral(
            R"({"kind": "meeting_rules", "bodies": ["council", "standing_council", "chair_office", "secretary_general_office"]})");
        addRegulation(QStringLiteral("meeting_rules"), QStringLiteral("council"), QDate(2020, 1, 1));
        addRegulation(QStringLiteral("meeting_rules"), QStringLiteral("常务理事会"), QDate(2020, 1, 1));
        addRegulation(QStringLiteral("meeting_rules"), QStringLiteral("chair_office"), QDate(2020, 1, 1));
        addRegulation(QStringLiteral("member_rules"), QStringLiteral("secretary_general_office"), QDate(2020, 1, 1));
        f = evaluate(QStringLiteral("regulation_adopted"), bodies, 2025, QDate(2025, 12, 31));
        QCOMPARE(f.status, Status::Fail);
        QCOMPARE(f.measured, QStringLiteral("3 of 4 bodies"));
        QCOMPARE(f.evidence.size(), 3);
        QVERIFY2(f.hint.contains(u"秘书长工作会") && !f.hint.contains(u"理事长办公会"), qPrintable(f.hint));
        addRegulation(QStringLiteral("meeting_rules"), QStringLiteral("secretary_general_office"), QDate(2020, 1, 1));
        f = evaluate(QStringLiteral("regulation_adopted"), bodies, 2025, QDate(2025, 12, 31));
        QCOMPARE(f.status, Status::Pass);
        QCOMPARE(f.measured, QStringLiteral("4 of 4 bodies"));
    }

    void attestation()
    {
        const QString params = QStringLiteral(R"({"kind": "party_organisation"})");
        QCOMPARE(evaluate(QStringLiteral("attestation"), params, 2025, QDate(2025, 12, 31)).status, Status::MissingData);
        governance::Attestation a;
        a.kind = QStringLiteral("party_organisation");
        a.date = QDate(2025, 5, 1);
        a.attestedBy = QStringLiteral("党委");
        storage::StorageError error;
        QVERIFY2(GovernanceStore(*m_db).addAttestation(a, &error), qPrintable(error.message));
        QCOMPARE(evaluate(QStringLiteral("attestation"), params, 2025, QDate(2025, 4, 30)).status, Status::MissingData);
        const Finding f = evaluate(QStringLiteral("attestation"), params, 2025, QDate(2025, 5, 1));
        QCOMPARE(f.status, Status::Pass);
        QCOMPARE(test::evidenceIds(f), QStringList { QString::number(a.id) });
        // Another kind does not count.
        QCOMPARE(evaluate(QStringLiteral("attestation"), QStringLiteral(R"({"kind": "premises"})"), 2025, QDate(2025, 12, 31)).status,
            Status::MissingData);
    }

    void absentDirectors()
    {
        QCOMPARE(evaluate(QStringLiteral("absent_directors"), QStringLiteral("{}"), 2025, QDate(2025, 12, 31)).status,
            Status::MissingData);
        const Term term = addTerm(9, QDate(2024, 5, 1));
        const qint64 zhao = seat(term, 1);
        seat(term, 2);
        seat(term, 3);
        const Meeting m1 = addMeeting(QStringLiteral("M1"), QDate(2025, 3, 1));
        mark(m1.id, zhao);
        QCOMPARE(evaluate(QStringLiteral("absent_directors"), QStringLiteral("{}"), 2025, QDate(2025, 12, 31)).status, Status::Pass);
        const Meeting m2 = addMeeting(QStringLiteral("M2"), QDate(2025, 9, 1));
        mark(m2.id, zhao);
        // The run of two is reached only on the second meeting's day.
        QCOMPARE(evaluate(QStringLiteral("absent_directors"), QStringLiteral("{}"), 2025, QDate(2025, 8, 31)).status, Status::Pass);
        const Finding f = evaluate(QStringLiteral("absent_directors"), QStringLiteral("{}"), 2025, QDate(2025, 9, 1));
        QCOMPARE(f.status, Status::Warning);
        QCOMPARE(f.evidence.size(), 1);
        QVERIFY(f.evidence.first().name.contains(u"理事1"));
        QVERIFY(f.evidence.first().name.contains(u"M1") && f.evidence.first().name.contains(u"M2"));
        QCOMPARE(f.settings, QStringList { QStringLiteral("absence_threshold=2") }); // the finding names the setting it used
        setSetting(SocietySetting::AbsenceThreshold, QStringLiteral("3"));
        const Finding three = evaluate(QStringLiteral("absent_directors"), QStringLiteral("{}"), 2025, QDate(2025, 9, 1));
        QCOMPARE(three.status, Status::Pass);
        QCOMPARE(three.settings, QStringList { QStringLiteral("absence_threshold=3") });
    }

    void councilFrequency()
    {
        const QString council = QStringLiteral(R"({"body": "council"})");
        QCOMPARE(evaluate(QStringLiteral("meeting_frequency"), council, 2025, QDate(2025, 12, 30)).status, Status::Pending);
        QCOMPARE(evaluate(QStringLiteral("meeting_frequency"), council, 2025, QDate(2025, 12, 31)).status, Status::Fail);
        addMeeting(QStringLiteral("S1"), QDate(2025, 3, 1), MeetingBody::StandingCouncil); // another body does not count
        QCOMPARE(evaluate(QStringLiteral("meeting_frequency"), council, 2025, QDate(2025, 12, 31)).status, Status::Fail);
        addMeeting(QStringLiteral("C1"), QDate(2025, 12, 31));
        QCOMPARE(evaluate(QStringLiteral("meeting_frequency"), council, 2025, QDate(2025, 12, 30)).status, Status::Pending);
        const Finding f = evaluate(QStringLiteral("meeting_frequency"), council, 2025, QDate(2025, 12, 31));
        QCOMPARE(f.status, Status::Pass);
        QCOMPARE(test::evidenceIds(f), QStringList { QStringLiteral("C1") });
        // A meeting of another year does not count.
        QCOMPARE(evaluate(QStringLiteral("meeting_frequency"), council, 2024, QDate(2024, 12, 31)).status, Status::Fail);
    }

    /// `seats` council seats, the first `yes` front-line, the next `unknown` unrecorded, the rest not.
    void frontLineCouncil(const Term &term, int seats, int yes, int unknown = 0)
    {
        GovernanceStore store(*m_db);
        for (int i = 0; i < seats; ++i) {
            governance::Seat s;
            s.termId = term.id;
            s.body = Body::Council;
            s.role = Role::Councillor;
            s.startDate = term.startDate;
            if (i < yes)
                s.frontLine = true;
            else if (i >= yes + unknown)
                s.frontLine = false;
            governance::PersonRef who;
            who.name = QStringLiteral("理事%1").arg(i);
            who.birthDate = QDate(1970, 1, 1).addDays(i);
            storage::StorageError error;
            QVERIFY2(store.addSeat(s, who, &error), qPrintable(error.message));
        }
    }

    void seatShare_data()
    {
        QTest::addColumn<int>("yes");
        QTest::addColumn<int>("unknown");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("hint");
        // 3/4 of 120 is 90: 90 passes, 89 fails by one; unknowns decide only when they could.
        QTest::newRow("90 of 120") << 90 << 0 << int(Status::Pass) << QString();
        QTest::newRow("89 of 120") << 89 << 0 << int(Status::Fail) << QStringLiteral("Needs 1 more front-line member(s) on the 理事会 in place of others, or 2 fewer who are not.");
        QTest::newRow("88 of 120") << 88 << 0 << int(Status::Fail) << QStringLiteral("Needs 2 more front-line member(s) on the 理事会 in place of others, or 3 fewer who are not.");
        QTest::newRow("90 yes, 5 unknown") << 90 << 5 << int(Status::Pass) << QString();
        QTest::newRow("89 yes, 1 unknown") << 89 << 1 << int(Status::MissingData) << QString();
        QTest::newRow("80 yes, 9 unknown") << 80 << 9 << int(Status::Fail) << QString();
    }

    void seatShare()
    {
        QFETCH(int, yes);
        QFETCH(int, unknown);
        QFETCH(int, status);
        QFETCH(QString, hint);
        frontLineCouncil(addTerm(9, QDate(2024, 5, 18)), 120, yes, unknown);
        const QString params = QStringLiteral(R"({"body": "council", "fact": "front_line", "at_least": "3/4"})");
        const Finding f = evaluate(QStringLiteral("seat_share"), params, 2025, QDate(2025, 6, 30));
        QCOMPARE(int(f.status), status);
        if (!hint.isEmpty())
            QCOMPARE(f.hint, hint);
        QVERIFY(f.measured.startsWith(QStringLiteral("%1 of 120").arg(yes)));
        // Soft wording (一般) makes a shortfall a warning, never a fail.
        const QString soft = QStringLiteral(R"({"body": "council", "fact": "front_line", "at_least": "3/4", "soft": true})");
        if (status == int(Status::Fail))
            QCOMPARE(evaluate(QStringLiteral("seat_share"), soft, 2025, QDate(2025, 6, 30)).status, Status::Warning);
    }

    void standingRatio()
    {
        const Term t = addTerm(9, QDate(2024, 5, 18));
        frontLineCouncil(t, 120, 120);
        GovernanceStore store(*m_db);
        const QList<governance::Seat> council = store.seats(t.id, Body::Council);
        const QString params = QStringLiteral(R"({"at_most": "1/3"})");
        for (int i = 0; i < 41; ++i) {
            governance::Seat s;
            s.termId = t.id;
            s.body = Body::StandingCouncil;
            s.role = Role::StandingCouncillor;
            s.startDate = t.startDate;
            governance::PersonRef who;
            who.personId = council.at(i).personId;
            who.name = council.at(i).name;
            storage::StorageError error;
            QVERIFY2(store.addSeat(s, who, &error), qPrintable(error.message));
            if (i == 39) // 40 of 120 is exactly 1/3: 不超过 includes it
                QCOMPARE(evaluate(QStringLiteral("standing_ratio"), params, 2025, QDate(2025, 6, 30)).status, Status::Pass);
        }
        const Finding f = evaluate(QStringLiteral("standing_ratio"), params, 2025, QDate(2025, 6, 30));
        QCOMPARE(f.status, Status::Fail);
        QCOMPARE(f.hint, QStringLiteral("Needs 1 fewer standing councillor(s), or 3 more councillor(s)."));
        // Before the term there are no seats to count.
        QCOMPARE(evaluate(QStringLiteral("standing_ratio"), params, 2024, QDate(2024, 1, 1)).status, Status::MissingData);
    }

    void standingFrequency()
    {
        const QString standing = QStringLiteral(R"({"body": "standing_council"})");
        // Nothing held, first half running: pending; first half over: fail.
        QCOMPARE(evaluate(QStringLiteral("meeting_frequency"), standing, 2025, QDate(2025, 6, 29)).status, Status::Pending);
        QCOMPARE(evaluate(QStringLiteral("meeting_frequency"), standing, 2025, QDate(2025, 6, 30)).status, Status::Fail);
        addMeeting(QStringLiteral("S1"), QDate(2025, 6, 30), MeetingBody::StandingCouncil);
        // The first half is met; the second has not begun: pending.
        Finding f = evaluate(QStringLiteral("meeting_frequency"), standing, 2025, QDate(2025, 6, 30));
        QCOMPARE(f.status, Status::Pending);
        QCOMPARE(f.measured, QStringLiteral("January–June: 1, July–December: 0"));
        QCOMPARE(evaluate(QStringLiteral("meeting_frequency"), standing, 2025, QDate(2025, 12, 31)).status, Status::Fail);
        addMeeting(QStringLiteral("S2"), QDate(2025, 7, 1), MeetingBody::StandingCouncil);
        f = evaluate(QStringLiteral("meeting_frequency"), standing, 2025, QDate(2025, 12, 31));
        QCOMPARE(f.status, Status::Pass);
        QCOMPARE(test::evidenceIds(f), (QStringList { QStringLiteral("S1"), QStringLiteral("S2") }));
    }

    void secretaryGeneralAppointment()
    {
        const QString fn = QStringLiteral("secretary_general_appointment");
        const QString every = QStringLiteral("\"every_year\"");
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2024, QDate(2024, 12, 31), every).status, Status::MissingData);
        const Term term = addTerm(9, QDate(2024, 5, 1));
        for (int n = 1; n <= 3; ++n)
            seat(term, n);
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2024, QDate(2024, 12, 31), every).status, Status::Fail);
        // Before the term, or at another body, or rejected: no.
        const Meeting before = addMeeting(QStringLiteral("C0"), QDate(2024, 4, 1));
        addResolution(before.id, ResolutionKind::AppointSecretaryGeneral, Votes { 3, 0, 0 });
        const Meeting chair = addMeeting(QStringLiteral("O1"), QDate(2024, 5, 2), MeetingBody::ChairOffice);
        addResolution(chair.id, ResolutionKind::AppointSecretaryGeneral, Votes { 3, 0, 0 });
        const Meeting council = addMeeting(QStringLiteral("C1"), QDate(2024, 5, 1));
        mark(council.id);
        const Resolution rejected = addResolution(council.id, ResolutionKind::AppointSecretaryGeneral, Votes { 1, 2, 0 });
        Finding f = evaluate(fn, QStringLiteral("{}"), 2024, QDate(2024, 12, 31), every);
        QCOMPARE(f.status, Status::Fail);
        QCOMPARE(test::evidenceIds(f), QStringList { QString::number(rejected.id) });
        // 2 of 3 present is exactly two thirds: adopted.
        const Resolution adopted = addResolution(council.id, ResolutionKind::AppointSecretaryGeneral, Votes { 2, 1, 0 });
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2024, QDate(2024, 4, 30), every).status, Status::MissingData);
        f = evaluate(fn, QStringLiteral("{}"), 2024, QDate(2024, 12, 31), every);
        QCOMPARE(f.status, Status::Pass);
        QCOMPARE(test::evidenceIds(f), QStringList { QString::number(adopted.id) });
    }

    void meetingMinutes()
    {
        QCOMPARE(evaluate(QStringLiteral("meeting_minutes"), QStringLiteral("{}"), 2025, QDate(2025, 12, 31)).status,
            Status::NotApplicable);
        const Meeting a = addMeeting(QStringLiteral("A"), QDate(2025, 3, 1));
        const Meeting b = addMeeting(QStringLiteral("B"), QDate(2025, 9, 1), MeetingBody::ChairOffice);
        addMeeting(QStringLiteral("Z"), QDate(2026, 1, 5)); // next year: not counted
        storage::StorageError error;
        QVERIFY2(MeetingStore(*m_db).saveMinutes(a.id, QStringLiteral("纪要"), &error), qPrintable(error.message));
        Finding f = evaluate(QStringLiteral("meeting_minutes"), QStringLiteral("{}"), 2025, QDate(2025, 12, 31));
        QCOMPARE(f.status, Status::Fail);
        QCOMPARE(f.measured, QStringLiteral("1 of 2 meetings with minutes"));
        QCOMPARE(test::evidenceIds(f), QStringList { QStringLiteral("B") });
        // Before B was held, only A counts.
        QCOMPARE(evaluate(QStringLiteral("meeting_minutes"), QStringLiteral("{}"), 2025, QDate(2025, 8, 31)).status, Status::Pass);
        QVERIFY2(MeetingStore(*m_db).saveMinutes(b.id, QStringLiteral("纪要"), &error), qPrintable(error.message));
        QCOMPARE(evaluate(QStringLiteral("meeting_minutes"), QStringLiteral("{}"), 2025, QDate(2025, 12, 31)).status, Status::Pass);
    }

    void resolutionFollowUp()
    {
        const QString fn = QStringLiteral("resolution_follow_up");
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2025, QDate(2025, 12, 31)).status, Status::NotApplicable);
        const Meeting m = addMeeting(QStringLiteral("A"), QDate(2025, 3, 1));
        const Resolution r = addResolution(m.id, ResolutionKind::Other);
        Finding f = evaluate(fn, QStringLiteral("{}"), 2025, QDate(2025, 12, 31));
        QCOMPARE(f.status, Status::Fail);
        QCOMPARE(test::evidenceIds(f), QStringList { QString::number(r.id) });
        FollowUp fu;
        fu.resolutionId = r.id;
        fu.owner = QStringLiteral("秘书处");
        fu.due = QDate(2025, 6, 30);
        storage::StorageError error;
        QVERIFY2(MeetingStore(*m_db).addFollowUp(fu, &error), qPrintable(error.message));
        // Due on the reference date is not yet overdue; the day after it is.
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2025, QDate(2025, 6, 30)).status, Status::Pass);
        f = evaluate(fn, QStringLiteral("{}"), 2025, QDate(2025, 7, 1));
        QCOMPARE(f.status, Status::Warning);
        QCOMPARE(test::evidenceIds(f), QStringList { QString::number(fu.id) });
        fu.status = FollowUpStatus::Completed;
        fu.completedOn = QDate(2025, 7, 10);
        QVERIFY2(MeetingStore(*m_db).updateFollowUp(fu, &error), qPrintable(error.message));
        QCOMPARE(evaluate(fn, QStringLiteral("{}"), 2025, QDate(2025, 12, 31)).status, Status::Pass);
    }

    void migration_fromFrozenV6_keepsAttestationsAndTakesTheNewKinds()
    {
        QTemporaryDir dir;
        const QString path = test::copyTestData(dir, QStringLiteral("schema-v6.societydesk"));
        storage::StorageError error;
        auto db = storage::Database::open(path, {}, &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(db->schemaVersion() >= 7);
        GovernanceStore store(*db);
        const QList<governance::Attestation> before = store.attestations();
        QCOMPARE(before.size(), 2); // the demo's party organisation and premises
        for (const governance::Attestation &a : before) {
            QCOMPARE(a.year, 0);
            QCOMPARE(a.personId, 0);
        }
        governance::Attestation report;
        report.kind = QStringLiteral("work_report_supervisor");
        report.date = QDate(2026, 3, 20);
        report.attestedBy = QStringLiteral("秘书处");
        report.year = 2025;
        QVERIFY2(store.addAttestation(report, &error), qPrintable(error.message));
        governance::Attestation wrongYear = report;
        wrongYear.year = 20251;
        QVERIFY(!store.addAttestation(wrongYear, &error));
        const QList<governance::Attestation> after = store.attestations();
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.constFirst().kind, QStringLiteral("work_report_supervisor"));
        QCOMPARE(after.constFirst().year, 2025);
        QVERIFY(storage::Database::check(path, storage::CheckLevel::Full).ok);
    }

    void applicability()
    {
        const QString fn = QStringLiteral("attestation");
        const QString params = QStringLiteral(R"({"kind": "premises"})");
        // Election year: a term starts in the report year.
        Finding f = evaluate(fn, params, 2024, QDate(2024, 12, 31), QStringLiteral("\"election_year\""));
        QCOMPARE(f.status, Status::NotApplicable);
        QVERIFY(!f.hint.isEmpty());
        addTerm(9, QDate(2024, 5, 1));
        QCOMPARE(evaluate(fn, params, 2024, QDate(2024, 12, 31), QStringLiteral("\"election_year\"")).status, Status::MissingData);
        QCOMPARE(evaluate(fn, params, 2025, QDate(2025, 12, 31), QStringLiteral("\"election_year\"")).status,
            Status::NotApplicable);
        // Pilot societies only.
        QCOMPARE(evaluate(fn, params, 2025, QDate(2025, 12, 31), QStringLiteral("\"pilot\"")).status, Status::NotApplicable);
        setSetting(SocietySetting::PilotSociety, QStringLiteral("true"));
        QCOMPARE(evaluate(fn, params, 2025, QDate(2025, 12, 31), QStringLiteral("\"pilot\"")).status, Status::MissingData);
        // A date range: report years overlapping it.
        const QString range = QStringLiteral(R"({"from": "2017-05-22", "to": "2018-12-31"})");
        QCOMPARE(evaluate(fn, params, 2016, QDate(2016, 12, 31), range).status, Status::NotApplicable);
        QCOMPARE(evaluate(fn, params, 2017, QDate(2017, 12, 31), range).status, Status::MissingData);
        QCOMPARE(evaluate(fn, params, 2018, QDate(2018, 12, 31), range).status, Status::MissingData);
        QCOMPARE(evaluate(fn, params, 2019, QDate(2019, 12, 31), range).status, Status::NotApplicable);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
