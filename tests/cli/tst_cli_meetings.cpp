// The meeting commands: `meetings list`, `followups` and `absences` — their JSON field names
// exactly as documented, their filters and exit codes — and the meeting registers through
// import, export and template.

#include "TestSupport.h"

#include "domain/Member.h"
#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "members/MemberStore.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::meetings;

namespace {

using Run = sd::test::CliRun;

Run cli(const QStringList &args)
{
    return sd::test::runCli(args);
}

bool write(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
}

QStringList keysOf(const QJsonValue &v)
{
    QStringList keys = v.toObject().keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestCliMeetings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_chenNo;

    Run run(QStringList args)
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        return cli(args);
    }

    QJsonDocument json(const QStringList &args, int expectedCode = 0)
    {
        const Run r = run(args + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
        if (r.code != expectedCode)
            qWarning() << args << r.code << r.err;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << "not JSON:" << r.out;
        return doc;
    }

    /// Term 9 (2024-05-01) with six council seats, three council meetings and a chair's office
    /// meeting; 赵敏 is absent, excused, absent (a run of two: 请假 breaks nothing), 刘洋 absent
    /// twice and then present; minutes signed, drafted, none; two resolutions with follow-ups.
    void buildSociety()
    {
        auto db = test::createDatabase(m_dir, QStringLiteral("meetings.societydesk"));
        QVERIFY(db);
        m_db = db->path();
        storage::StorageError error;
        members::MemberStore members(*db);
        Member chen;
        chen.name = QStringLiteral("陈静");
        chen.joinDate = QDate(2015, 1, 1);
        QList<Member> list { chen };
        QVERIFY2(db->transaction([&] { return members.insertMembers(list, &error); }), qPrintable(error.message));
        m_chenNo = list.first().memberNo;

        governance::GovernanceStore governance(*db);
        governance::Term term;
        term.number = 9;
        term.startDate = QDate(2024, 5, 1);
        term.endDate = QDate(2029, 4, 30);
        QVERIFY2(governance.addTerm(term, &error), qPrintable(error.message));
        const QStringList names { QStringLiteral("张伟"), QStringLiteral("陈静"), QStringLiteral("赵敏"), QStringLiteral("刘洋"),
            QStringLiteral("李娜"), QStringLiteral("王芳") };
        for (const QString &name : names) {
            governance::Seat s;
            s.termId = term.id;
            s.body = governance::Body::Council;
            s.role = name == u"张伟" ? governance::Role::Chair : governance::Role::Councillor;
            s.startDate = term.startDate;
            governance::PersonRef who;
            who.name = name;
            if (name == u"陈静")
                who.memberNo = m_chenNo;
            QVERIFY2(governance.addSeat(s, who, &error), qPrintable(error.message));
        }

        MeetingStore store(*db);
        const auto meeting = [&](const QString &number, MeetingBody body, QDate date, Mode mode, const QString &place,
                                 const QHash<QString, AttendanceStatus> &marks) {
            Meeting m;
            m.number = number;
            m.body = body;
            m.date = date;
            m.mode = mode;
            m.place = place;
            m.chair = QStringLiteral("张伟");
            if (!store.addMeeting(m, &error))
                return qint64(0);
            QList<AttendanceLine> lines = store.roll(m.id);
            for (AttendanceLine &l : lines) {
                l.status = marks.value(l.name, AttendanceStatus::Present);
                if (l.status == AttendanceStatus::Proxy)
                    l.proxyTo = QStringLiteral("张伟");
            }
            if (!marks.isEmpty() && !store.setAttendance(lines, &error))
                return qint64(0);
            return m.id;
        };
        const qint64 first = meeting(QStringLiteral("九届-理事-01"), MeetingBody::Council, QDate(2024, 6, 1), Mode::Onsite,
            QStringLiteral("福州"),
            { { QStringLiteral("赵敏"), AttendanceStatus::Absent }, { QStringLiteral("刘洋"), AttendanceStatus::Absent },
                { QStringLiteral("李娜"), AttendanceStatus::Proxy } });
        QVERIFY2(first, qPrintable(error.message));
        const qint64 second = meeting(QStringLiteral("九届-理事-02"), MeetingBody::Council, QDate(2024, 12, 20), Mode::Video, {},
            { { QStringLiteral("赵敏"), AttendanceStatus::Excused }, { QStringLiteral("刘洋"), AttendanceStatus::Absent } });
        QVERIFY2(second, qPrintable(error.message));
        const qint64 office
            = meeting(QStringLiteral("九届-办公-01"), MeetingBody::ChairOffice, QDate(2025, 1, 15), Mode::Onsite, {}, {});
        QVERIFY2(office, qPrintable(error.message));
        const qint64 third = meeting(QStringLiteral("九届-理事-03"), MeetingBody::Council, QDate(2025, 6, 10), Mode::Hybrid, {},
            { { QStringLiteral("赵敏"), AttendanceStatus::Absent } });
        QVERIFY2(third, qPrintable(error.message));

        QVERIFY(store.saveMinutes(first, QStringLiteral("审议预算。"), &error));
        QVERIFY(store.signMinutes(first, QStringLiteral("张伟"), QDate(2024, 6, 3), &error));
        QVERIFY(store.saveMinutes(second, QStringLiteral("草稿"), &error));

        const auto resolution = [&](qint64 meetingId, const QString &text, ResolutionKind kind) {
            Resolution r;
            r.meetingId = meetingId;
            r.text = text;
            r.kind = kind;
            r.votes = Votes { 4, 0, 0 };
            r.rule = VoteRule::TwoThirds;
            return store.addResolution(r, &error) ? r.id : qint64(0);
        };
        const auto followUp = [&](qint64 resolutionId, const QString &owner, QDate due, FollowUpStatus status) {
            FollowUp f;
            f.resolutionId = resolutionId;
            f.owner = owner;
            f.due = due;
            f.status = status;
            return store.addFollowUp(f, &error);
        };
        const qint64 budget = resolution(first, QStringLiteral("通过2024年预算"), ResolutionKind::Budget);
        QVERIFY(budget);
        QVERIFY(resolution(first, QStringLiteral("通过《会议制度》"), ResolutionKind::AdoptRegulation));
        QVERIFY(followUp(budget, QStringLiteral("陈静"), QDate(2024, 12, 31), FollowUpStatus::InProgress));
        QVERIFY(followUp(budget, QStringLiteral("李娜"), QDate(2025, 3, 31), FollowUpStatus::Completed));
        const qint64 branch = resolution(second, QStringLiteral("设立青年工作委员会"), ResolutionKind::BranchDecision);
        QVERIFY(branch);
        QVERIFY(followUp(branch, QStringLiteral("刘洋"), QDate(2025, 6, 30), FollowUpStatus::NotStarted));
    }

private slots:
    void initTestCase() { buildSociety(); }

    void meetingsList_jsonFieldsAndValues()
    {
        const QJsonDocument doc = json({ QStringLiteral("meetings"), QStringLiteral("list") });
        QCOMPARE(doc.object().keys(), QStringList { QStringLiteral("meetings") });
        const QJsonArray list = doc.object().value(QStringLiteral("meetings")).toArray();
        QCOMPARE(list.size(), 4);
        for (const QJsonValue &m : list) {
            QCOMPARE(keysOf(m),
                sorted({ QStringLiteral("number"), QStringLiteral("body"), QStringLiteral("date"), QStringLiteral("mode"),
                    QStringLiteral("place"), QStringLiteral("chair"), QStringLiteral("seats"), QStringLiteral("present"),
                    QStringLiteral("quorate"), QStringLiteral("resolutions"), QStringLiteral("minutes") }));
        }
        const QJsonObject first = list.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("number")).toString(), QStringLiteral("九届-理事-01"));
        QCOMPARE(first.value(QStringLiteral("body")).toString(), QStringLiteral("council"));
        QCOMPARE(first.value(QStringLiteral("date")).toString(), QStringLiteral("2024-06-01"));
        QCOMPARE(first.value(QStringLiteral("mode")).toString(), QStringLiteral("onsite"));
        QCOMPARE(first.value(QStringLiteral("place")).toString(), QStringLiteral("福州"));
        QCOMPARE(first.value(QStringLiteral("chair")).toString(), QStringLiteral("张伟"));
        QCOMPARE(first.value(QStringLiteral("seats")).toInt(), 6);
        QCOMPARE(first.value(QStringLiteral("present")).toInt(), 3); // a proxy does not count by default
        QCOMPARE(first.value(QStringLiteral("quorate")), QJsonValue(false));
        QCOMPARE(first.value(QStringLiteral("resolutions")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("minutes")).toString(), QStringLiteral("signed"));
        const QJsonObject second = list.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("present")).toInt(), 4);
        QCOMPARE(second.value(QStringLiteral("quorate")), QJsonValue(true)); // 4 of 6 is exactly 2/3
        QCOMPARE(second.value(QStringLiteral("minutes")).toString(), QStringLiteral("draft"));
        QCOMPARE(second.value(QStringLiteral("mode")).toString(), QStringLiteral("video"));
        QVERIFY(second.value(QStringLiteral("place")).isNull());
        const QJsonObject office = list.at(2).toObject();
        QCOMPARE(office.value(QStringLiteral("body")).toString(), QStringLiteral("chair_office"));
        QVERIFY(office.value(QStringLiteral("quorate")).isNull()); // no quorum, nothing marked
        QCOMPARE(office.value(QStringLiteral("minutes")).toString(), QStringLiteral("none"));
        QCOMPARE(list.at(3).toObject().value(QStringLiteral("resolutions")).toInt(), 0);
    }

    void meetingsList_filtersAndUsage()
    {
        QJsonArray list = json({ QStringLiteral("meetings"), QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2025") })
                              .object()
                              .value(QStringLiteral("meetings"))
                              .toArray();
        QCOMPARE(list.size(), 2);
        list = json({ QStringLiteral("meetings"), QStringLiteral("list"), QStringLiteral("--body"), QStringLiteral("理事会") })
                   .object()
                   .value(QStringLiteral("meetings"))
                   .toArray();
        QCOMPARE(list.size(), 3);
        list = json({ QStringLiteral("meetings"), QStringLiteral("list"), QStringLiteral("--body"), QStringLiteral("chair_office"),
                        QStringLiteral("--year"), QStringLiteral("2024") })
                   .object()
                   .value(QStringLiteral("meetings"))
                   .toArray();
        QCOMPARE(list.size(), 0);

        const Run text = run({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("meetings"), QStringLiteral("list"),
            QStringLiteral("--year"), QStringLiteral("2024") });
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("present 3 of 6 (not quorate, 4 needed)")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("minutes signed off on 2024-06-03")), qPrintable(text.out));

        QCOMPARE(run({ QStringLiteral("meetings"), QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("20x5") }).code, 2);
        const Run body = run({ QStringLiteral("meetings"), QStringLiteral("list"), QStringLiteral("--body"), QStringLiteral("董事会") });
        QCOMPARE(body.code, 2);
        QVERIFY2(body.err.contains(QStringLiteral("standing_council")), qPrintable(body.err));
        QCOMPARE(run({ QStringLiteral("meetings"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml") }).code, 2);
        QCOMPARE(run({ QStringLiteral("meetings"), QStringLiteral("purge") }).code, 2);
        QCOMPARE(run({ QStringLiteral("meetings"), QStringLiteral("--help") }).code, 0);
        QCOMPARE(cli({ QStringLiteral("--db"), m_dir.filePath(QStringLiteral("missing.societydesk")), QStringLiteral("meetings"),
                     QStringLiteral("list") })
                     .code,
            4);
    }

    void followups_jsonFieldsOverdueAndOwner()
    {
        QJsonDocument doc = json({ QStringLiteral("followups") });
        QCOMPARE(doc.object().keys(), QStringList { QStringLiteral("followups") });
        QJsonArray list = doc.object().value(QStringLiteral("followups")).toArray();
        QCOMPARE(list.size(), 3);
        for (const QJsonValue &f : list) {
            QCOMPARE(keysOf(f),
                sorted({ QStringLiteral("meeting"), QStringLiteral("resolution"), QStringLiteral("owner"), QStringLiteral("due"),
                    QStringLiteral("status"), QStringLiteral("overdue") }));
        }
        const QJsonObject first = list.at(0).toObject(); // by due date
        QCOMPARE(first.value(QStringLiteral("meeting")).toString(), QStringLiteral("九届-理事-01"));
        QCOMPARE(first.value(QStringLiteral("resolution")).toString(), QStringLiteral("通过2024年预算"));
        QCOMPARE(first.value(QStringLiteral("owner")).toString(), QStringLiteral("陈静"));
        QCOMPARE(first.value(QStringLiteral("due")).toString(), QStringLiteral("2024-12-31"));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(first.value(QStringLiteral("overdue")), QJsonValue(true)); // today is later
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("overdue")), QJsonValue(false));

        // Overdue on a date: due before it and not completed. Finding some still exits 0.
        list = json({ QStringLiteral("followups"), QStringLiteral("--overdue-on"), QStringLiteral("2025-01-01") })
                   .object()
                   .value(QStringLiteral("followups"))
                   .toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("owner")).toString(), QStringLiteral("陈静"));
        list = json({ QStringLiteral("followups"), QStringLiteral("--overdue-on"), QStringLiteral("2025-06-30") })
                   .object()
                   .value(QStringLiteral("followups"))
                   .toArray();
        QCOMPARE(list.size(), 1); // 刘洋's is due that day: not yet overdue
        list = json({ QStringLiteral("followups"), QStringLiteral("--overdue-on"), QStringLiteral("2025-07-01") })
                   .object()
                   .value(QStringLiteral("followups"))
                   .toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("overdue")), QJsonValue(true));
        list = json({ QStringLiteral("followups"), QStringLiteral("--overdue-on"), QStringLiteral("2024-06-01") })
                   .object()
                   .value(QStringLiteral("followups"))
                   .toArray();
        QCOMPARE(list.size(), 0);
        list = json({ QStringLiteral("followups"), QStringLiteral("--owner"), QStringLiteral("刘洋") })
                   .object()
                   .value(QStringLiteral("followups"))
                   .toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("resolution")).toString(), QStringLiteral("设立青年工作委员会"));

        const Run text = run({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("followups"), QStringLiteral("--overdue-on"),
            QStringLiteral("2025-07-01") });
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Follow-ups overdue on 2025-07-01: 2")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("OVERDUE")), qPrintable(text.out));
        QCOMPARE(run({ QStringLiteral("followups"), QStringLiteral("--overdue-on"), QStringLiteral("2025-07") }).code, 2);
        QCOMPARE(run({ QStringLiteral("followups"), QStringLiteral("--owner"), QStringLiteral(" ") }).code, 2);
        QCOMPARE(run({ QStringLiteral("followups"), QStringLiteral("extra") }).code, 2);
    }

    void absences_jsonArrayOfRunsReachingTheThreshold()
    {
        QJsonDocument doc = json({ QStringLiteral("absences"), QStringLiteral("--on"), QStringLiteral("2025-07-01") });
        QVERIFY(doc.isArray());
        QJsonArray list = doc.array();
        QCOMPARE(list.size(), 2);
        for (const QJsonValue &a : list)
            QCOMPARE(keysOf(a), sorted({ QStringLiteral("member_no"), QStringLiteral("name"), QStringLiteral("run"), QStringLiteral("meetings") }));
        QJsonObject zhao = list.at(0).toObject();
        QCOMPARE(zhao.value(QStringLiteral("name")).toString(), QStringLiteral("赵敏"));
        QCOMPARE(zhao.value(QStringLiteral("run")).toInt(), 2); // absent, excused, absent
        QCOMPARE(zhao.value(QStringLiteral("meetings")).toArray(),
            (QJsonArray { QStringLiteral("九届-理事-01"), QStringLiteral("九届-理事-03") }));
        QVERIFY(zhao.value(QStringLiteral("member_no")).isNull());
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("刘洋"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("meetings")).toArray(),
            (QJsonArray { QStringLiteral("九届-理事-01"), QStringLiteral("九届-理事-02") }));

        list = json({ QStringLiteral("absences"), QStringLiteral("--on"), QStringLiteral("2024-12-31") }).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("刘洋"));
        QCOMPARE(json({ QStringLiteral("absences"), QStringLiteral("--on"), QStringLiteral("2024-07-01") }).array().size(), 0);
        QCOMPARE(json({ QStringLiteral("absences"), QStringLiteral("--on"), QStringLiteral("2020-01-01") }).array().size(), 0);

        const Run text = run({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("absences"), QStringLiteral("--on"),
            QStringLiteral("2025-07-01") });
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("2 in a row: 九届-理事-01, 九届-理事-03")), qPrintable(text.out));
        QCOMPARE(run({ QStringLiteral("absences"), QStringLiteral("--on"), QStringLiteral("someday") }).code, 2);
    }

    void registers_importExportTemplate_exitCodes()
    {
        QTemporaryDir dir;
        for (const QString &kind : { QStringLiteral("meetings"), QStringLiteral("attendance"), QStringLiteral("resolutions") }) {
            const QString out = dir.filePath(kind + QStringLiteral(".xlsx"));
            const Run t = cli({ QStringLiteral("template"), kind, QStringLiteral("--out"), out });
            QVERIFY2(t.code == 0, qPrintable(kind + t.err));
            const QString exported = dir.filePath(kind + QStringLiteral(".csv"));
            const Run e = run({ QStringLiteral("export"), kind, QStringLiteral("--out"), exported });
            QVERIFY2(e.code == 0, qPrintable(kind + e.err));
            // What was exported is already in the register: skipped on the way back in.
            const Run i = run({ QStringLiteral("import"), kind, exported, QStringLiteral("--on-duplicate"), QStringLiteral("skip"),
                QStringLiteral("--dry-run") });
            QVERIFY2(i.code == 0, qPrintable(kind + i.out + i.err));
        }
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(write(bad, QStringLiteral("会议编号,姓名,出席情况\n九届-理事-01,王五,出席\n")));
        const Run r = run({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), QStringLiteral("attendance"), bad });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(QStringLiteral("王五 is not on the roll of meeting 九届-理事-01")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliMeetings)
#include "tst_cli_meetings.moc"
