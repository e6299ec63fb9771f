// The meeting registers as spreadsheets (interchange.md): the meetings, attendance and
// resolutions importers' good and bad paths — every bad row reported with its line and column,
// nothing written on rejection — duplicates in the file and against the register, and
// export → import round trips that give the same files back without ID numbers or phones.

#include "TestSupport.h"

#include "domain/Member.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "governance/GovernanceStore.h"
#include "meetings/MeetingLayouts.h"
#include "meetings/MeetingStore.h"
#include "members/MemberStore.h"
#include "registers/Registers.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::meetings;

namespace {

const QString kMeeting = QStringLiteral("九届-理事-01");

QString describe(const QList<exchange::ImportIssue> &issues)
{
    QStringList lines;
    for (const exchange::ImportIssue &i : issues)
        lines << QStringLiteral("%1 %2 [%3] %4").arg(i.line).arg(i.column, i.value, i.reason);
    return lines.join(u'\n');
}

/// line -> the columns of its errors.
QMultiMap<int, QString> errorColumns(const exchange::ImportReport &r)
{
    QMultiMap<int, QString> map;
    for (const exchange::ImportIssue &e : r.errors)
        map.insert(e.line, e.column);
    return map;
}

QString reasonOn(const exchange::ImportReport &r, int line)
{
    QStringList reasons;
    for (const exchange::ImportIssue &e : r.errors) {
        if (e.line == line)
            reasons << e.reason;
    }
    return reasons.join(u' ');
}

qint64 countOf(storage::Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : -1;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestMeetingsIo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    int m_files = 0;
    QString m_chenNo; ///< 陈静's member number

    /// Term 9 from 2024-05-01 with six council seats — 张伟 (chair), 陈静 (a member, with an ID
    /// number and a mobile), two councillors both named 李强, 赵敏 and 刘洋 — and council meeting
    /// 九届-理事-01 on 2024-06-01 with its roll.
    void buildSociety(storage::Database &db, bool withMeeting = true)
    {
        storage::StorageError error;
        members::MemberStore members(db);
        Member chen;
        chen.name = QStringLiteral("陈静");
        chen.idNumber = QStringLiteral("11010519491231002X");
        chen.mobile = QStringLiteral("13912345678");
        chen.joinDate = QDate(2015, 1, 1);
        QList<Member> list { chen };
        QVERIFY2(db.transaction([&] { return members.insertMembers(list, &error); }), qPrintable(error.message));
        m_chenNo = list.first().memberNo;
        QVERIFY(!m_chenNo.isEmpty());

        governance::GovernanceStore governance(db);
        governance::Term term;
        term.number = 9;
        term.startDate = QDate(2024, 5, 1);
        term.endDate = QDate(2029, 4, 30);
        QVERIFY2(governance.addTerm(term, &error), qPrintable(error.message));
        const auto seat = [&](const QString &name, governance::Role role, QDate birth, const QString &memberNo = {}) {
            governance::Seat s;
            s.termId = term.id;
            s.body = governance::Body::Council;
            s.role = role;
            s.startDate = term.startDate;
            governance::PersonRef who;
            who.name = name;
            who.birthDate = birth;
            who.memberNo = memberNo;
            return governance.addSeat(s, who, &error);
        };
        QVERIFY2(seat(QStringLiteral("张伟"), governance::Role::Chair, QDate(1965, 3, 1)), qPrintable(error.message));
        QVERIFY2(seat(QStringLiteral("陈静"), governance::Role::Councillor, QDate(1949, 12, 31), m_chenNo), qPrintable(error.message));
        QVERIFY2(seat(QStringLiteral("李强"), governance::Role::Councillor, QDate(1970, 1, 1)), qPrintable(error.message));
        QVERIFY2(seat(QStringLiteral("李强"), governance::Role::Councillor, QDate(1980, 1, 1)), qPrintable(error.message));
        QVERIFY2(seat(QStringLiteral("赵敏"), governance::Role::Councillor, QDate(1975, 6, 1)), qPrintable(error.message));
        QVERIFY2(seat(QStringLiteral("刘洋"), governance::Role::Councillor, QDate(1982, 9, 9)), qPrintable(error.message));
        if (!withMeeting)
            return;
        Meeting m;
        m.number = kMeeting;
        m.body = MeetingBody::Council;
        m.date = QDate(2024, 6, 1);
        m.place = QStringLiteral("福州");
        m.chair = QStringLiteral("张伟");
        QVERIFY2(MeetingStore(db).addMeeting(m, &error), qPrintable(error.message));
        QCOMPARE(MeetingStore(db).roll(m.id).size(), 6);
    }

    exchange::ImportReport importInto(storage::Database &db, const QString &kind, const QString &text,
        exchange::ImportOptions options = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-%2.csv").arg(kind).arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) <= 0)
            return {};
        f.close();
        exchange::Importer importer(registers::importLayout(kind), path, std::move(options));
        return importer.run(db);
    }

    exchange::ImportReport importText(const QString &kind, const QString &text, exchange::ImportOptions options = {})
    {
        return importInto(*m_db, kind, text, std::move(options));
    }

    static exchange::ImportOptions onDuplicate(exchange::OnDuplicate policy)
    {
        exchange::ImportOptions o;
        o.onDuplicate = policy;
        return o;
    }

    std::optional<AttendanceLine> lineOf(const QString &meeting, const QString &name)
    {
        const MeetingStore store(*m_db);
        const std::optional<Meeting> m = store.meetingByNumber(meeting);
        if (!m)
            return std::nullopt;
        for (const AttendanceLine &l : store.roll(m->id)) {
            if (l.name == name)
                return l;
        }
        return std::nullopt;
    }

    int marked(const QString &meeting)
    {
        const MeetingStore store(*m_db);
        int n = 0;
        for (const AttendanceLine &l : store.roll(store.meetingByNumber(meeting)->id))
            n += l.status ? 1 : 0;
        return n;
    }

private slots:
    void init()
    {
        m_db = test::createDatabase(m_dir, QStringLiteral("m%1.societydesk").arg(++m_files));
        QVERIFY(m_db);
        buildSociety(*m_db);
    }
    void cleanup() { m_db.reset(); }

    void registers_listTheThreeKinds()
    {
        const QStringList kinds = registers::kinds();
        for (const QString &kind : { QStringLiteral("meetings"), QStringLiteral("attendance"), QStringLiteral("resolutions") }) {
            QVERIFY2(kinds.contains(kind), qPrintable(kind));
            QVERIFY(registers::importLayout(kind));
            const auto source = registers::exportSource(kind);
            QVERIFY(source);
            QCOMPARE(source->headers().size(), registers::importLayout(kind)->columns().size());
            QCOMPARE(source->exampleRow().size(), source->headers().size());
        }
        QCOMPARE(registers::exportSource(u"attendance")->headers(),
            (QStringList { QStringLiteral("会议编号"), QStringLiteral("姓名"), QStringLiteral("会员编号"), QStringLiteral("出席情况"),
                QStringLiteral("受托人") }));
    }

    // --- meetings ----------------------------------------------------------------------------

    void meetings_goodRows_writtenWithRollAndMinutesDraft()
    {
        const qint64 audits = m_db->audit().count();
        const exchange::ImportReport r = importText(QStringLiteral("meetings"),
            QStringLiteral("会议编号,机构,日期,形式,地点,主持人,纪要\n"
                           "九届-理事-02,理事会,2024-12-20,视频,线上,张伟,审议年度工作报告。\n"
                           "九届-常务-01,standing_council,2025年3月1日,混合,福州,张　伟,\n"
                           "九届-办公-01,理事长办公会,2025/4/2,现场会议,,,\n"));
        QVERIFY2(r.outcome == exchange::ImportOutcome::Written, qPrintable(describe(r.errors)));
        QCOMPARE(r.rowsInserted, 3);
        const MeetingStore store(*m_db);
        const std::optional<Meeting> council = store.meetingByNumber(QStringLiteral("九届-理事-02"));
        QVERIFY(council);
        QCOMPARE(council->body, MeetingBody::Council);
        QCOMPARE(council->date, QDate(2024, 12, 20));
        QCOMPARE(council->mode, Mode::Video);
        QCOMPARE(council->place, QStringLiteral("线上"));
        QCOMPARE(store.roll(council->id).size(), 6);
        QCOMPARE(store.minutes(council->id)->text, QStringLiteral("审议年度工作报告。"));
        QVERIFY(!store.minutes(council->id)->isSigned());
        const std::optional<Meeting> standing = store.meetingByNumber(QStringLiteral("九届-常务-01"));
        QCOMPARE(standing->body, MeetingBody::StandingCouncil);
        QCOMPARE(standing->date, QDate(2025, 3, 1));
        QCOMPARE(standing->mode, Mode::Hybrid);
        QCOMPARE(standing->chair, QStringLiteral("张伟")); // normalised, with a warning
        QVERIFY(!store.minutes(standing->id));
        QCOMPARE(store.meetingByNumber(QStringLiteral("九届-办公-01"))->mode, Mode::Onsite);
        QCOMPARE(store.meetingByNumber(QStringLiteral("九届-办公-01"))->body, MeetingBody::ChairOffice);
        QVERIFY(m_db->audit().count() > audits);
    }

    void meetings_badRows_everyOneReported_nothingWritten()
    {
        const qint64 audits = m_db->audit().count();
        const exchange::ImportReport r = importText(QStringLiteral("meetings"),
            QStringLiteral("会议编号,机构,日期,形式\n"
                           "九届-理事-01,理事会,2024-07-01,现场\n"  // 2: already in the register
                           "九届-理事-03,理事会,2024-08-01,现场\n"  // 3: fine
                           "九届-理事-03,理事会,2024-08-02,现场\n"  // 4: twice in the file
                           "九届-理事-04,董事会,2024-09-01,现场\n"  // 5: not a body
                           "九届-理事-05,理事会,2024-13-01,现场\n"  // 6: not a date
                           "九届-理事-06,理事会,2024-10-01,电话\n"  // 7: not a mode
                           ",理事会,2024-10-02,现场\n"              // 8: no number
                           "九届-理事-07,,2024-10-03,现场\n"        // 9: no body
                           "九届-理事-08,理事会,,现场\n"));         // 10: no date
        QCOMPARE(r.outcome, exchange::ImportOutcome::Rejected);
        const QMultiMap<int, QString> errors = errorColumns(r);
        QCOMPARE(errors.uniqueKeys(), (QList<int> { 2, 4, 5, 6, 7, 8, 9, 10 }));
        QCOMPARE(errors.value(2), QStringLiteral("会议编号"));
        QVERIFY2(reasonOn(r, 2).contains(QStringLiteral("already in the register")), qPrintable(reasonOn(r, 2)));
        QCOMPARE(errors.value(4), QStringLiteral("会议编号"));
        QVERIFY2(reasonOn(r, 4).contains(QStringLiteral("line 3")), qPrintable(reasonOn(r, 4)));
        QCOMPARE(errors.value(5), QStringLiteral("机构"));
        QVERIFY2(reasonOn(r, 5).contains(QStringLiteral("董事会")) && reasonOn(r, 5).contains(QStringLiteral("理事会")),
            qPrintable(reasonOn(r, 5)));
        QCOMPARE(errors.value(6), QStringLiteral("日期"));
        QCOMPARE(errors.value(7), QStringLiteral("形式"));
        QCOMPARE(errors.value(8), QStringLiteral("会议编号"));
        QCOMPARE(errors.value(9), QStringLiteral("机构"));
        QCOMPARE(errors.value(10), QStringLiteral("日期"));
        for (const exchange::ImportIssue &e : r.errors)
            QVERIFY2(!e.reason.isEmpty(), qPrintable(describe(r.errors)));
        QCOMPARE(r.errors.at(0).value, kMeeting);
        QCOMPARE(countOf(*m_db, QStringLiteral("meeting")), 1);
        QCOMPARE(countOf(*m_db, QStringLiteral("attendance")), 6);
        QCOMPARE(m_db->audit().count(), audits);
    }

    void meetings_missingRequiredColumn_noRowRead()
    {
        const exchange::ImportReport r
            = importText(QStringLiteral("meetings"), QStringLiteral("会议编号,日期\n九届-理事-09,2025-01-01\n"));
        QCOMPARE(r.outcome, exchange::ImportOutcome::Rejected);
        QCOMPARE(r.rowsRead, 0);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().column, QStringLiteral("机构"));
        QCOMPARE(countOf(*m_db, QStringLiteral("meeting")), 1);
    }

    void meetings_duplicateAgainstRegister_skipOrUpdate()
    {
        const QString file = QStringLiteral("会议编号,机构,日期,地点,纪要\n九届-理事-01,理事会,2024-06-01,厦门,修订后的纪要\n");
        exchange::ImportReport r = importText(QStringLiteral("meetings"), file, onDuplicate(exchange::OnDuplicate::Skip));
        QCOMPARE(r.outcome, exchange::ImportOutcome::Written);
        QCOMPARE(r.rowsSkipped, 1);
        const MeetingStore store(*m_db);
        QCOMPARE(store.meetingByNumber(kMeeting)->place, QStringLiteral("福州"));
        r = importText(QStringLiteral("meetings"), file, onDuplicate(exchange::OnDuplicate::Update));
        QVERIFY2(r.outcome == exchange::ImportOutcome::Written, qPrintable(describe(r.errors)));
        QCOMPARE(r.rowsUpdated, 1);
        const Meeting m = *store.meetingByNumber(kMeeting);
        QCOMPARE(m.place, QStringLiteral("厦门"));
        QCOMPARE(m.chair, QStringLiteral("张伟")); // no 主持人 column: kept
        QCOMPARE(store.minutes(m.id)->text, QStringLiteral("修订后的纪要"));
        // Signed-off minutes are locked: an update that carries minutes is refused.
        storage::StorageError error;
        QVERIFY2(MeetingStore(*m_db).signMinutes(m.id, QStringLiteral("张伟"), QDate(2024, 6, 5), &error), qPrintable(error.message));
        r = importText(QStringLiteral("meetings"), file, onDuplicate(exchange::OnDuplicate::Update));
        QCOMPARE(r.outcome, exchange::ImportOutcome::Rejected);
        QCOMPARE(r.errors.first().column, QStringLiteral("纪要"));
        QVERIFY2(r.errors.first().reason.contains(QStringLiteral("2024-06-05")), qPrintable(describe(r.errors)));
    }

    // --- attendance --------------------------------------------------------------------------

    void attendance_goodRows_byMemberNumberElseByName()
    {
        const exchange::ImportReport r = importText(QStringLiteral("attendance"),
            QStringLiteral("会议编号,姓名,会员编号,出席情况,受托人\n"
                           "九届-理事-01,张伟,,出席,\n"
                           "九届-理事-01,,%1,委托,张伟\n"
                           "九届-理事-01,赵敏,,因病请假,\n"
                           "九届-理事-01,刘洋,,absent,\n")
                .arg(m_chenNo));
        QVERIFY2(r.outcome == exchange::ImportOutcome::Written, qPrintable(describe(r.errors)));
        QCOMPARE(r.rowsInserted, 4);
        QCOMPARE(lineOf(kMeeting, QStringLiteral("张伟"))->status, AttendanceStatus::Present);
        QCOMPARE(lineOf(kMeeting, QStringLiteral("陈静"))->status, AttendanceStatus::Proxy);
        QCOMPARE(lineOf(kMeeting, QStringLiteral("陈静"))->proxyTo, QStringLiteral("张伟"));
        QCOMPARE(lineOf(kMeeting, QStringLiteral("赵敏"))->status, AttendanceStatus::Excused);
        QCOMPARE(lineOf(kMeeting, QStringLiteral("刘洋"))->status, AttendanceStatus::Absent);
        QCOMPARE(marked(kMeeting), 4);
        const Quorum q = MeetingStore(*m_db).quorum(MeetingStore(*m_db).meetingByNumber(kMeeting)->id);
        QCOMPARE(q.present, 1);
        QCOMPARE(q.unrecorded, 2);
        // 委托人 is read as the same column; a name with its member number is checked against it.
        const exchange::ImportReport again = importText(QStringLiteral("attendance"),
            QStringLiteral("会议编号,姓名,会员编号,出席情况,委托人\n九届-理事-01,陈静,%1,委托,赵敏\n").arg(m_chenNo),
            onDuplicate(exchange::OnDuplicate::Update));
        QVERIFY2(again.outcome == exchange::ImportOutcome::Written, qPrintable(describe(again.errors)));
        QCOMPARE(again.rowsUpdated, 1);
        QCOMPARE(lineOf(kMeeting, QStringLiteral("陈静"))->proxyTo, QStringLiteral("赵敏"));
    }

    void attendance_badRows_everyOneReported_nothingWritten()
    {
        const exchange::ImportReport r = importText(QStringLiteral("attendance"),
            QStringLiteral("会议编号,姓名,会员编号,出席情况,受托人\n"
                           "九届-理事-99,张伟,,出席,\n"     // 2: no such meeting
                           "九届-理事-01,王五,,出席,\n"     // 3: not on the roll
                           "九届-理事-01,李强,,出席,\n"     // 4: two 李强 on the roll
                           "九届-理事-01,赵敏,,委托,\n"     // 5: proxy to whom?
                           "九届-理事-01,刘洋,,迟到,\n"     // 6: not a status
                           "九届-理事-01,,M999999,出席,\n"  // 7: member number not on the roll
                           "九届-理事-01,张伟,,出席,\n"     // 8: fine
                           "九届-理事-01,张伟,,缺席,\n"     // 9: 张伟 again
                           "九届-理事-01,,,出席,\n"         // 10: nobody named
                           "九届-理事-01,刘洋,%1,出席,\n")  // 11: that number is 陈静's
                .arg(m_chenNo));
        QCOMPARE(r.outcome, exchange::ImportOutcome::Rejected);
        const QMultiMap<int, QString> errors = errorColumns(r);
        QCOMPARE(errors.uniqueKeys(), (QList<int> { 2, 3, 4, 5, 6, 7, 9, 10, 11 }));
        QCOMPARE(errors.value(2), QStringLiteral("会议编号"));
        QCOMPARE(errors.value(3), QStringLiteral("姓名"));
        QVERIFY2(reasonOn(r, 3).contains(kMeeting) && reasonOn(r, 3).contains(QStringLiteral("王五")), qPrintable(reasonOn(r, 3)));
        QCOMPARE(errors.value(4), QStringLiteral("姓名"));
        QVERIFY2(reasonOn(r, 4).contains(kMeeting) && reasonOn(r, 4).contains(QStringLiteral("会员编号")), qPrintable(reasonOn(r, 4)));
        QCOMPARE(errors.value(5), QStringLiteral("受托人"));
        QCOMPARE(errors.value(6), QStringLiteral("出席情况"));
        QVERIFY2(reasonOn(r, 6).contains(QStringLiteral("迟到")), qPrintable(reasonOn(r, 6)));
        QCOMPARE(errors.value(7), QStringLiteral("会员编号"));
        QVERIFY2(reasonOn(r, 7).contains(kMeeting), qPrintable(reasonOn(r, 7)));
        QVERIFY2(reasonOn(r, 9).contains(QStringLiteral("line 8")), qPrintable(reasonOn(r, 9)));
        QCOMPARE(errors.value(10), QStringLiteral("姓名"));
        QVERIFY2(reasonOn(r, 11).contains(QStringLiteral("陈静")), qPrintable(reasonOn(r, 11)));
        QCOMPARE(marked(kMeeting), 0);

        // Without the 受托人 column, the 委托 row's error names the column to add.
        const exchange::ImportReport noColumn = importText(QStringLiteral("attendance"),
            QStringLiteral("会议编号,姓名,出席情况\n九届-理事-01,赵敏,委托\n九届-理事-01,张伟,出席\n"));
        QCOMPARE(noColumn.outcome, exchange::ImportOutcome::Rejected);
        QCOMPARE(noColumn.errors.size(), 1);
        QCOMPARE(noColumn.errors.first().column, QStringLiteral("出席情况"));
        QVERIFY2(noColumn.errors.first().reason.contains(QStringLiteral("受托人")), qPrintable(describe(noColumn.errors)));
        // Without the 出席情况 column nothing can be marked.
        const exchange::ImportReport noStatus = importText(QStringLiteral("attendance"),
            QStringLiteral("会议编号,姓名\n九届-理事-01,赵敏\n"));
        QCOMPARE(noStatus.outcome, exchange::ImportOutcome::Rejected);
        QCOMPARE(noStatus.errors.first().column, QStringLiteral("出席情况"));
        QCOMPARE(marked(kMeeting), 0);
    }

    void attendance_aMeetingWithoutRoll_saysWhy()
    {
        storage::StorageError error;
        Meeting early;
        early.number = QStringLiteral("八届-理事-09");
        early.body = MeetingBody::Council;
        early.date = QDate(2023, 12, 1); // before term 9
        QVERIFY(MeetingStore(*m_db).addMeeting(early, &error));
        const exchange::ImportReport r = importText(QStringLiteral("attendance"),
            QStringLiteral("会议编号,姓名,出席情况\n八届-理事-09,张伟,出席\n"));
        QCOMPARE(r.outcome, exchange::ImportOutcome::Rejected);
        QVERIFY2(r.errors.first().reason.contains(QStringLiteral("2023-12-01")), qPrintable(describe(r.errors)));
    }

    void attendance_alreadyMarked_isADuplicate()
    {
        const QString first = QStringLiteral("会议编号,姓名,出席情况\n九届-理事-01,张伟,出席\n九届-理事-01,赵敏,请假\n");
        QCOMPARE(importText(QStringLiteral("attendance"), first).outcome, exchange::ImportOutcome::Written);
        const QString second = QStringLiteral("会议编号,姓名,出席情况\n九届-理事-01,张伟,缺席\n九届-理事-01,刘洋,出席\n");
        exchange::ImportReport r = importText(QStringLiteral("attendance"), second);
        QCOMPARE(r.outcome, exchange::ImportOutcome::Rejected);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().line, 2);
        QVERIFY2(r.errors.first().reason.contains(QStringLiteral("九届-理事-01: 出席")), qPrintable(describe(r.errors)));
        QVERIFY(!lineOf(kMeeting, QStringLiteral("刘洋"))->status);
        r = importText(QStringLiteral("attendance"), second, onDuplicate(exchange::OnDuplicate::Skip));
        QCOMPARE(r.rowsSkipped, 1);
        QCOMPARE(lineOf(kMeeting, QStringLiteral("张伟"))->status, AttendanceStatus::Present);
        QCOMPARE(lineOf(kMeeting, QStringLiteral("刘洋"))->status, AttendanceStatus::Present);
        r = importText(QStringLiteral("attendance"), second, onDuplicate(exchange::OnDuplicate::Update));
        QCOMPARE(r.rowsUpdated, 2);
        QCOMPARE(lineOf(kMeeting, QStringLiteral("张伟"))->status, AttendanceStatus::Absent);
    }

    // --- resolutions -------------------------------------------------------------------------

    void resolutions_goodRows_groupedWithFollowUpsAndCharterRules()
    {
        // Two present: the budget's five votes exceed them (a warning, not an error).
        QCOMPARE(importText(QStringLiteral("attendance"),
                     QStringLiteral("会议编号,姓名,出席情况\n九届-理事-01,张伟,出席\n九届-理事-01,赵敏,出席\n"))
                     .outcome,
            exchange::ImportOutcome::Written);
        const exchange::ImportReport r = importText(QStringLiteral("resolutions"),
            QStringLiteral("会议编号,决议事项,类别,赞成,反对,弃权,表决规则,落实责任人,落实期限,落实情况\n"
                           "九届-理事-01,通过2024年预算,预算,5,0,0,,陈静,2024-12-31,进行中\n"
                           "九届-理事-01,通过2024年预算,budget,5,0,0,,赵敏,2024-09-30,已完成\n"
                           "九届-理事-01,调整会费标准,会费调整,2,0,,,,,\n"
                           "九届-理事-01,选举副理事长,election,,,,,,,\n"
                           "九届-理事-01,设立青年工作委员会,branch_decision,1,1,0,过半数,刘洋,,\n"));
        QVERIFY2(r.outcome == exchange::ImportOutcome::Written, qPrintable(describe(r.errors)));
        QCOMPARE(r.rowsInserted, 5);
        bool warned = false;
        for (const exchange::ImportIssue &w : r.warnings)
            warned = warned || (w.line == 2 && w.column == QStringLiteral("赞成") && w.reason.contains(u'5'));
        QVERIFY2(warned, qPrintable(describe(r.warnings)));

        MeetingStore store(*m_db);
        const QList<Resolution> list = store.resolutions(store.meetingByNumber(kMeeting)->id);
        QCOMPARE(list.size(), 4);
        QCOMPARE(list.at(0).text, QStringLiteral("通过2024年预算"));
        QCOMPARE(list.at(0).kind, ResolutionKind::Budget);
        QCOMPARE(list.at(0).rule, VoteRule::TwoThirds); // the council's majority setting, 2/3
        QCOMPARE(list.at(0).votes->inFavour, 5);
        const QList<FollowUp> followUps = store.followUps(list.at(0).id);
        QCOMPARE(followUps.size(), 2);
        QCOMPARE(followUps.at(0).owner, QStringLiteral("陈静"));
        QCOMPARE(followUps.at(0).due, QDate(2024, 12, 31));
        QCOMPARE(followUps.at(0).status, FollowUpStatus::InProgress);
        QCOMPARE(followUps.at(1).status, FollowUpStatus::Completed);
        QCOMPARE(list.at(1).kind, ResolutionKind::DuesChange);
        QCOMPARE(list.at(1).rule, VoteRule::AtLeastHalf);
        QCOMPARE(list.at(1).votes->abstain, 0);
        QCOMPARE(list.at(2).kind, ResolutionKind::Election);
        QCOMPARE(list.at(2).rule, VoteRule::MoreThanHalf);
        QVERIFY(!list.at(2).votes);
        QVERIFY(store.followUps(list.at(2).id).isEmpty());
        QCOMPARE(list.at(3).rule, VoteRule::MoreThanHalf);
        QCOMPARE(store.followUps(list.at(3).id).constFirst().status, FollowUpStatus::NotStarted);
        QVERIFY(!store.followUps(list.at(3).id).constFirst().due.isValid());
    }

    void resolutions_badRows_everyOneReported_nothingWritten()
    {
        const exchange::ImportReport r = importText(QStringLiteral("resolutions"),
            QStringLiteral("会议编号,决议事项,类别,赞成,反对,弃权,表决规则,落实责任人,落实期限,落实情况\n"
                           "九届-理事-99,甲,other,1,0,0,,,,\n"             // 2: no such meeting
                           "九届-理事-01,乙,人事,1,0,0,,,,\n"              // 3: not a kind
                           "九届-理事-01,丙,other,1,0,0,全票,,,\n"         // 4: not a rule
                           "九届-理事-01,丁,other,1,-1,0,,,,\n"            // 5: negative
                           "九届-理事-01,戊,other,五,0,0,,,,\n"            // 6: not a number
                           "九届-理事-01,己,other,1,0,0,,,2024-12-31,\n"   // 7: due without owner
                           "九届-理事-01,庚,other,1,0,0,,,,进行中\n"       // 8: status without owner
                           "九届-理事-01,辛,other,1,0,0,,王强,2024-02-30,\n" // 9: not a date
                           "九届-理事-01,,other,1,0,0,,,,\n"               // 10: no text
                           "九届-理事-01,壬,other,5,0,0,,王强,,\n"         // 11: fine
                           "九届-理事-01,壬,other,4,0,0,,李娜,,\n"         // 12: disagrees with line 11
                           "九届-理事-01,癸,other,1,0,0,,王强,,完成了\n"   // 13: not a follow-up status
                           "九届-理事-01,壬,other,5,0,0,,王强,,\n"));      // 14: repeats line 11
        QCOMPARE(r.outcome, exchange::ImportOutcome::Rejected);
        const QMultiMap<int, QString> errors = errorColumns(r);
        QCOMPARE(errors.uniqueKeys(), (QList<int> { 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14 }));
        QCOMPARE(errors.value(2), QStringLiteral("会议编号"));
        QCOMPARE(errors.value(3), QStringLiteral("类别"));
        QCOMPARE(errors.value(4), QStringLiteral("表决规则"));
        QCOMPARE(errors.value(5), QStringLiteral("反对"));
        QCOMPARE(errors.value(6), QStringLiteral("赞成"));
        QCOMPARE(errors.value(7), QStringLiteral("落实责任人"));
        QVERIFY2(reasonOn(r, 7).contains(QStringLiteral("落实期限")), qPrintable(reasonOn(r, 7)));
        QCOMPARE(errors.value(8), QStringLiteral("落实责任人"));
        QCOMPARE(errors.value(9), QStringLiteral("落实期限"));
        QCOMPARE(errors.value(10), QStringLiteral("决议事项"));
        QCOMPARE(errors.value(12), QStringLiteral("赞成"));
        QVERIFY2(reasonOn(r, 12).contains(QStringLiteral("Line 11")), qPrintable(reasonOn(r, 12)));
        QCOMPARE(errors.value(13), QStringLiteral("落实情况"));
        QVERIFY2(reasonOn(r, 14).contains(QStringLiteral("Line 11")), qPrintable(reasonOn(r, 14)));
        QCOMPARE(countOf(*m_db, QStringLiteral("resolution")), 0);
        QCOMPARE(countOf(*m_db, QStringLiteral("follow_up")), 0);
    }

    void resolutions_duplicateAgainstRegister_errorOrUpdate()
    {
        const QString header = QStringLiteral("会议编号,决议事项,类别,赞成,反对,弃权,表决规则,落实责任人,落实期限,落实情况\n");
        QCOMPARE(importText(QStringLiteral("resolutions"), header + QStringLiteral("九届-理事-01,通过预算,budget,4,0,0,,陈静,2024-12-31,\n"))
                     .outcome,
            exchange::ImportOutcome::Written);
        const QString again = header + QStringLiteral("九届-理事-01,通过预算,,5,0,1,,陈静,,已完成\n九届-理事-01,通过预算,,5,0,1,,刘洋,2025-03-31,\n");
        exchange::ImportReport r = importText(QStringLiteral("resolutions"), again);
        QCOMPARE(r.outcome, exchange::ImportOutcome::Rejected);
        QCOMPARE(r.errors.size(), 2);
        QCOMPARE(r.errors.first().column, QStringLiteral("决议事项"));
        r = importText(QStringLiteral("resolutions"), again, onDuplicate(exchange::OnDuplicate::Update));
        QVERIFY2(r.outcome == exchange::ImportOutcome::Written, qPrintable(describe(r.errors)));
        QCOMPARE(r.rowsUpdated, 2);
        MeetingStore store(*m_db);
        const QList<Resolution> list = store.resolutions(store.meetingByNumber(kMeeting)->id);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().kind, ResolutionKind::Budget); // empty 类别 keeps it
        QCOMPARE(list.first().votes->inFavour, 5);
        QCOMPARE(list.first().votes->abstain, 1);
        const QList<FollowUp> followUps = store.followUps(list.first().id);
        QCOMPARE(followUps.size(), 2);
        QCOMPARE(followUps.at(0).status, FollowUpStatus::Completed);
        QCOMPARE(followUps.at(0).due, QDate(2024, 12, 31)); // empty 落实期限 keeps it
        QCOMPARE(followUps.at(1).owner, QStringLiteral("刘洋"));
    }

    // --- exports -----------------------------------------------------------------------------

    void exportThenImport_givesTheSameFilesBack_withoutIdsOrPhones_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
    }

    void exportThenImport_givesTheSameFilesBack_withoutIdsOrPhones()
    {
        QFETCH(QString, suffix);
        storage::StorageError error;
        MeetingStore store(*m_db);
        const qint64 meetingId = store.meetingByNumber(kMeeting)->id;
        QVERIFY(store.saveMinutes(meetingId, QStringLiteral("<html><head><style>p { margin: 0 }</style></head><body>\n"
                                                            "<p>第一项：审议预算 &amp; 决算。</p>\n<p>第二项：选举。</p></body></html>"),
            &error));
        Meeting second;
        second.number = QStringLiteral("九届-理事-02");
        second.body = MeetingBody::Council;
        second.date = QDate(2024, 12, 20);
        second.mode = Mode::Written;
        QVERIFY(store.addMeeting(second, &error));
        QCOMPARE(importText(QStringLiteral("attendance"),
                     QStringLiteral("会议编号,姓名,会员编号,出席情况,受托人\n九届-理事-01,张伟,,出席,\n九届-理事-01,,%1,委托,张伟\n"
                                    "九届-理事-02,刘洋,,缺席,\n")
                         .arg(m_chenNo))
                     .outcome,
            exchange::ImportOutcome::Written);
        QCOMPARE(importText(QStringLiteral("resolutions"),
                     QStringLiteral("会议编号,决议事项,类别,赞成,反对,弃权,表决规则,落实责任人,落实期限,落实情况\n"
                                    "九届-理事-01,通过预算,budget,2,0,0,,陈静,2024-12-31,进行中\n"
                                    "九届-理事-01,通过预算,budget,2,0,0,,赵敏,,未开始\n"
                                    "九届-理事-02,=SUM(A1),other,,,,过半数,,,\n"))
                     .outcome,
            exchange::ImportOutcome::Written);

        QTemporaryDir dir;
        const QStringList kinds { QStringLiteral("meetings"), QStringLiteral("attendance"), QStringLiteral("resolutions") };
        QHash<QString, QByteArray> first;
        for (const QString &kind : kinds) {
            const QString path = dir.filePath(QStringLiteral("a-%1.%2").arg(kind, suffix));
            const exchange::ExportResult result = exchange::Exporter::run(*m_db, *registers::exportSource(kind), path, {});
            QCOMPARE(result.outcome, exchange::ExportResult::Outcome::Written);
            first.insert(kind, readAll(path));
        }
        if (suffix == u"csv") {
            const QString meetingsCsv = QString::fromUtf8(first.value(QStringLiteral("meetings")));
            QVERIFY2(meetingsCsv.contains(QStringLiteral("\"第一项：审议预算 & 决算。\n第二项：选举。\"")), qPrintable(meetingsCsv));
            QVERIFY2(!meetingsCsv.contains(QStringLiteral("<p>")), qPrintable(meetingsCsv));
            QVERIFY(meetingsCsv.contains(QStringLiteral("九届-理事-02,理事会,2024-12-20,通讯")));
            const QString attendanceCsv = QString::fromUtf8(first.value(QStringLiteral("attendance")));
            QVERIFY2(attendanceCsv.contains(QStringLiteral("九届-理事-01,陈静,%1,委托,张伟").arg(m_chenNo)), qPrintable(attendanceCsv));
            QCOMPARE(attendanceCsv.count(u'\n'), 1 + 6 + 6); // the header and every roll line of both meetings
            const QString resolutionsCsv = QString::fromUtf8(first.value(QStringLiteral("resolutions")));
            QVERIFY2(resolutionsCsv.contains(QStringLiteral("九届-理事-01,通过预算,budget,2,0,0,三分之二,陈静,2024-12-31,进行中")),
                qPrintable(resolutionsCsv));
            QVERIFY2(resolutionsCsv.contains(QStringLiteral("'=SUM(A1)")), qPrintable(resolutionsCsv)); // never a formula
        }
        for (const QByteArray &bytes : std::as_const(first)) {
            for (const QString &secret : { QStringLiteral("11010519491231002X"), QStringLiteral("110105"),
                     QStringLiteral("13912345678"), QStringLiteral("1391") })
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        }

        // The same society without meetings takes the files back and gives the same files.
        auto other = test::createDatabase(m_dir, QStringLiteral("round-trip-%1.societydesk").arg(++m_files));
        QVERIFY(other);
        buildSociety(*other, false);
        for (const QString &kind : kinds) {
            exchange::Importer importer(
                registers::importLayout(kind), dir.filePath(QStringLiteral("a-%1.%2").arg(kind, suffix)), {});
            const exchange::ImportReport r = importer.run(*other);
            QVERIFY2(r.outcome == exchange::ImportOutcome::Written, qPrintable(kind + u'\n' + describe(r.errors)));
        }
        for (const QString &kind : kinds) {
            const QString path = dir.filePath(QStringLiteral("b-%1.%2").arg(kind, suffix));
            QCOMPARE(exchange::Exporter::run(*other, *registers::exportSource(kind), path, {}).outcome,
                exchange::ExportResult::Outcome::Written);
            if (suffix == u"csv")
                QCOMPARE(QString::fromUtf8(readAll(path)), QString::fromUtf8(first.value(kind)));
            else
                QCOMPARE(readAll(path), first.value(kind));
        }
        const MeetingStore copy(*other);
        const qint64 copiedId = copy.meetingByNumber(kMeeting)->id;
        QCOMPARE(copy.roll(copiedId).size(), 6);
        QCOMPARE(copy.quorum(copiedId).present, 1);
        QCOMPARE(copy.resolutions(copiedId).size(), 1);
        QCOMPARE(copy.followUps(copy.resolutions(copiedId).constFirst().id).size(), 2);
        QCOMPARE(copy.minutes(copiedId)->text, QStringLiteral("第一项：审议预算 & 决算。\n第二项：选举。"));
        QCOMPARE(copy.resolutions(copy.meetingByNumber(QStringLiteral("九届-理事-02"))->id).constFirst().text,
            QStringLiteral("=SUM(A1)"));
    }

    void minutesCellText_plainStaysRichBecomesPlain()
    {
        QCOMPARE(minutesCellText(QStringLiteral("一、审议预算\n二、选举")), QStringLiteral("一、审议预算\n二、选举"));
        QCOMPARE(minutesCellText(QStringLiteral("<p>甲 &lt;乙&gt;</p><p>丙<br/>丁&#20013;</p>")), QStringLiteral("甲 <乙>\n丙\n丁中"));
    }
};

QTEST_GUILESS_MAIN(TestMeetingsIo)
#include "tst_meetings_io.moc"
