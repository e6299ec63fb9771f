#include "demo/DemoMeetings.h"

#include "branches/BranchStore.h"
#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace sd::demo {

using namespace sd::meetings;
using governance::Body;
using governance::GovernanceStore;
using governance::Role;
using storage::StorageError;

namespace {

struct Planned
{
    QDate date;
    MeetingBody body;
    QString title;
};

/// "2025-理-01": year, the body's one-character mark, the meeting's number in the year.
QString markOf(MeetingBody body)
{
    switch (body) {
    case MeetingBody::Congress:
        return QStringLiteral("代");
    case MeetingBody::Council:
        return QStringLiteral("理");
    case MeetingBody::StandingCouncil:
        return QStringLiteral("常");
    case MeetingBody::SupervisoryBoard:
        return QStringLiteral("监");
    case MeetingBody::ChairOffice:
        return QStringLiteral("办");
    case MeetingBody::SecretaryGeneralOffice:
        return QStringLiteral("秘");
    }
    return {};
}

class Writer
{
public:
    Writer(storage::Database &db, quint32 seed, QDate today)
        : m_db(db), m_store(db), m_rng(seed ^ 0x3EE7u), m_today(today)
    {
    }

    bool run(StorageError *error);

private:
    bool meeting(const Planned &p, StorageError *error);
    void markRoll(const Meeting &m, QList<AttendanceLine> &lines);
    bool resolve(const Meeting &m, const Quorum &q, const QString &text, ResolutionKind kind, qint64 *resolutionId,
        StorageError *error, qint64 regulationId = 0, qint64 branchId = 0, bool secret = false);
    bool followUp(qint64 resolutionId, const Meeting &m, const QString &owner, int months, StorageError *error);
    bool minutes(const Meeting &m, const QList<AttendanceLine> &lines, bool sign, StorageError *error);

    storage::Database &m_db;
    MeetingStore m_store;
    QRandomGenerator m_rng;
    QDate m_today;
    QDate m_termStart;
    QString m_chair;
    QString m_secretaryGeneral;
    qint64 m_truant = 0;          ///< the councillor absent without leave twice in a row
    QSet<QDate> m_truantMeetings; ///< …at these council meetings
    QList<governance::Regulation> m_regulations;
    qint64 m_dissolvedBranch = 0;
    QString m_dissolvedName;
    QDate m_dissolvedOn;
    QHash<QString, int> m_numbers; ///< "2025-理" → meetings so far
    QDate m_latest;
};

bool Writer::run(StorageError *error)
{
    if (!m_store.meetings().isEmpty())
        return true;
    GovernanceStore governance(m_db);
    const std::optional<governance::Term> term = governance.termOn(m_today);
    if (!term)
        return true;
    m_termStart = term->startDate;
    const QList<governance::Seat> council = governance.seats(term->id, Body::Council);
    for (const governance::Seat &s : council) {
        if (s.role == Role::Chair)
            m_chair = s.name;
        else if (s.role == Role::SecretaryGeneral)
            m_secretaryGeneral = s.name;
    }
    if (council.size() > 40)
        m_truant = council.at(37).personId; // an ordinary councillor
    m_regulations = governance.regulations();
    branches::BranchStore branchStore(m_db);
    for (const branches::Branch &b : branchStore.branches()) {
        if (b.status == branches::BranchStatus::Dissolved) {
            m_dissolvedBranch = b.id;
            m_dissolvedName = b.name;
            m_dissolvedOn = b.dissolvedOn;
        }
    }

    // The plan: three calendar years up to today.
    QList<Planned> plan;
    for (int y = m_today.year() - 2; y <= m_today.year(); ++y) {
        plan << Planned { QDate(y, 4, 16), MeetingBody::Council, {} };
        plan << Planned { QDate(y, 1, 12), MeetingBody::StandingCouncil, {} };
        plan << Planned { QDate(y, 8, 21), MeetingBody::StandingCouncil, {} };
        plan << Planned { QDate(y, 6, 12), MeetingBody::SupervisoryBoard, {} };
        for (int quarter = 0; quarter < 4; ++quarter) {
            plan << Planned { QDate(y, 3 * quarter + 1, 8), MeetingBody::ChairOffice, {} };
            plan << Planned { QDate(y, 3 * quarter + 2, 5), MeetingBody::SecretaryGeneralOffice, {} };
        }
    }
    if (m_termStart.year() >= m_today.year() - 2) {
        plan << Planned { m_termStart, MeetingBody::Congress, QStringLiteral("第九次会员代表大会") };
        plan << Planned { m_termStart.addDays(1), MeetingBody::Council, QStringLiteral("第九届理事会第一次会议") };
    }
    if (m_dissolvedOn.isValid() && m_dissolvedOn.year() >= m_today.year() - 2)
        plan << Planned { m_dissolvedOn.addDays(-10), MeetingBody::StandingCouncil, {} };
    std::sort(plan.begin(), plan.end(), [](const Planned &a, const Planned &b) { return a.date < b.date; });
    plan.erase(std::remove_if(plan.begin(), plan.end(), [&](const Planned &p) { return p.date > m_today.addDays(-7); }),
        plan.end());

    // The truant misses the last two council meetings of the term (unexcused).
    QList<QDate> termCouncil;
    for (const Planned &p : std::as_const(plan)) {
        if (p.body == MeetingBody::Council && p.date >= m_termStart)
            termCouncil << p.date;
    }
    if (termCouncil.size() >= 3) {
        m_truantMeetings.insert(termCouncil.at(termCouncil.size() - 1));
        m_truantMeetings.insert(termCouncil.at(termCouncil.size() - 2));
    }
    if (!plan.isEmpty())
        m_latest = plan.constLast().date;

    return m_db.transaction(
        [&] {
            for (const Planned &p : std::as_const(plan)) {
                if (!meeting(p, error))
                    return false;
            }
            return true;
        },
        error);
}

void Writer::markRoll(const Meeting &m, QList<AttendanceLine> &lines)
{
    const bool council = m.body == MeetingBody::Council;
    QStringList present;
    for (AttendanceLine &l : lines) {
        const quint32 roll = m_rng.bounded(100);
        l.reply = Reply::Attending;
        if (l.name == m.chair || l.name == m.recordKeeper) {
            l.status = AttendanceStatus::Present; // who chairs and who takes the minutes are there
            present << l.name;
        } else if (council && l.personId == m_truant && m_truantMeetings.contains(m.date)) {
            l.status = AttendanceStatus::Absent;
            l.reply.reset(); // never replied
        } else if (roll < 86) {
            l.status = AttendanceStatus::Present;
            present << l.name;
        } else if (roll < 95) {
            l.status = AttendanceStatus::Excused;
            l.reply = Reply::Excused;
        } else if (roll < 98 && !present.isEmpty()) {
            l.status = AttendanceStatus::Proxy;
            l.reply = Reply::Proxy;
            l.proxyTo = present.at(int(m_rng.bounded(quint32(present.size()))));
        } else if (!council) {
            l.status = AttendanceStatus::Absent;
            l.reply.reset();
        } else {
            l.status = AttendanceStatus::Excused;
            l.reply = Reply::Excused;
        }
    }
}

bool Writer::resolve(const Meeting &m, const Quorum &q, const QString &text, ResolutionKind kind, qint64 *resolutionId,
    StorageError *error, qint64 regulationId, qint64 branchId, bool secret)
{
    const SocietySettings settings = storage::ProfileStore(m_db).settings();
    Resolution r;
    r.meetingId = m.id;
    r.text = text;
    r.kind = kind;
    r.rule = Voting::defaultRule(m.body, kind, settings);
    r.secretBallot = secret;
    r.regulationId = regulationId;
    r.branchId = branchId;
    const int present = q.present > 0 ? q.present : q.seats;
    if (present > 0) {
        const int against = present >= 20 ? int(m_rng.bounded(3)) : 0;
        const int abstain = present >= 20 ? int(m_rng.bounded(4)) : 0;
        r.votes = Votes { present - against - abstain, against, abstain };
    }
    r.recordedOutcome = Outcome::Adopted;
    if (!m_store.insertResolution(r, error))
        return false;
    *resolutionId = r.id;
    return true;
}

bool Writer::followUp(qint64 resolutionId, const Meeting &m, const QString &owner, int months, StorageError *error)
{
    FollowUp f;
    f.resolutionId = resolutionId;
    f.owner = owner;
    f.due = m.date.addMonths(months);
    // Most are done; a few of last year's are past due and still in progress.
    const bool late = f.due < m_today && f.due > m_today.addMonths(-10) && m_rng.bounded(100) < 45;
    if (f.due < m_today && !late) {
        f.status = FollowUpStatus::Completed;
        f.completedOn = f.due.addDays(-int(m_rng.bounded(20)));
    } else {
        f.status = f.due < m_today.addMonths(1) || late ? FollowUpStatus::InProgress : FollowUpStatus::NotStarted;
    }
    if (!m_store.insertFollowUp(f, error))
        return false;
    if (f.status != FollowUpStatus::NotStarted) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO follow_up_note (follow_up_id, on_date, text) VALUES (?, ?, ?)"));
        q.addBindValue(f.id);
        q.addBindValue(m.date.addDays(30).toString(Qt::ISODate));
        q.addBindValue(QStringLiteral("已制定落实方案，明确分工和时间节点。"));
        if (!q.exec()) {
            error->kind = StorageError::Kind::Sql;
            error->message = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool Writer::minutes(const Meeting &m, const QList<AttendanceLine> &lines, bool sign, StorageError *error)
{
    int present = 0;
    int excused = 0;
    int proxies = 0;
    for (const AttendanceLine &l : lines) {
        present += l.status == AttendanceStatus::Present ? 1 : 0;
        excused += l.status == AttendanceStatus::Excused ? 1 : 0;
        proxies += l.status == AttendanceStatus::Proxy ? 1 : 0;
    }
    QString html = QStringLiteral("<p>%1年%2月%3日，%4在%5召开。会议由%6主持，应到%7人，实到%8人，请假%9人，委托出席%10人。</p>")
                       .arg(m.date.year())
                       .arg(m.date.month())
                       .arg(m.date.day())
                       .arg(MeetingStore::displayTitle(m), m.place.isEmpty() ? QStringLiteral("学会会议室") : m.place,
                           m.chair)
                       .arg(lines.size())
                       .arg(present)
                       .arg(excused)
                       .arg(proxies);
    html += QStringLiteral("<p>会议逐项审议了议程所列事项，与会人员进行了认真讨论，形成决议如下（详见决议事项）。</p>"
                           "<p>会议要求秘书处按照决议明确责任人和完成时限，抓好落实，并在下次会议上报告落实情况。</p>");
    if (!m_store.insertMinutes(m.id, html, error))
        return false;
    if (!sign)
        return true;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE minutes_version SET signed_by = ?, signed_on = ? WHERE meeting_id = ?"));
    q.addBindValue(m.chair);
    q.addBindValue(m.date.addDays(5).toString(Qt::ISODate));
    q.addBindValue(m.id);
    if (!q.exec()) {
        error->kind = StorageError::Kind::Sql;
        error->message = q.lastError().text();
        return false;
    }
    return true;
}

bool Writer::meeting(const Planned &p, StorageError *error)
{
    Meeting m;
    const QString key = QStringLiteral("%1-%2").arg(p.date.year()).arg(markOf(p.body));
    m.number = QStringLiteral("%1-%2").arg(key).arg(++m_numbers[key], 2, 10, QLatin1Char('0'));
    m.body = p.body;
    m.date = p.date;
    m.startTime = QTime(p.body == MeetingBody::Congress ? 9 : 14, 30);
    // 2025年第1次常务理事会, 2025年第2次理事长办公会.
    const int nth = m_numbers.value(key);
    const QString body = MeetingText::sheetValue(p.body);
    m.title = !p.title.isEmpty() ? p.title : QStringLiteral("%1年第%2次%3").arg(p.date.year()).arg(nth).arg(body);
    m.mode = p.body == MeetingBody::SecretaryGeneralOffice ? Mode::Onsite
        : p.body == MeetingBody::StandingCouncil           ? (p.date.month() == 8 ? Mode::Video : Mode::Hybrid)
                                                           : Mode::Onsite;
    m.place = p.body == MeetingBody::Congress ? QStringLiteral("福州市海峡国际会展中心")
        : m.mode == Mode::Video                ? QStringLiteral("腾讯会议")
                                               : QStringLiteral("学会三楼会议室");
    m.chair = p.body == MeetingBody::SecretaryGeneralOffice ? m_secretaryGeneral : m_chair;
    m.recordKeeper = QStringLiteral("罗丹");
    if (p.body == MeetingBody::Congress || p.body == MeetingBody::Council || p.body == MeetingBody::StandingCouncil) {
        m.noticeIssuedOn = p.date.addDays(-20);
        m.replyBy = p.date.addDays(-7);
        m.noticeText = QStringLiteral("请各位委员按时参会，并于回执截止日前将参会回执反馈至秘书处。");
    }

    // The agenda and the resolutions, by body.
    struct Item
    {
        QString text;
        ResolutionKind kind;
        QString owner; ///< empty: no follow-up
        qint64 regulationId = 0;
        qint64 branchId = 0;
        bool secret = false;
    };
    QList<Item> items;
    const int y = p.date.year();
    switch (p.body) {
    case MeetingBody::Congress:
        items << Item { QStringLiteral("审议第八届理事会工作报告"), ResolutionKind::Other, {} };
        items << Item { QStringLiteral("选举产生第九届理事会理事、监事会监事"), ResolutionKind::Election, {} };
        items << Item { QStringLiteral("审议通过《会费标准调整方案》"), ResolutionKind::DuesChange, QStringLiteral("会员部"), 0, 0, true };
        break;
    case MeetingBody::Council:
        if (p.date == m_termStart.addDays(1)) {
            items << Item { QStringLiteral("聘任%1为学会秘书长").arg(m_secretaryGeneral), ResolutionKind::AppointSecretaryGeneral, {} };
            for (const governance::Regulation &r : std::as_const(m_regulations)) {
                if (r.adoptedOn.isValid() && r.adoptedOn <= p.date)
                    items << Item { QStringLiteral("审议通过《%1》").arg(r.title), ResolutionKind::AdoptRegulation, {}, r.id };
            }
        } else {
            items << Item { QStringLiteral("审议%1年度工作报告和%2年度工作计划").arg(y - 1).arg(y), ResolutionKind::Other,
                QStringLiteral("秘书处") };
            items << Item { QStringLiteral("审议通过%1年度财务预算").arg(y), ResolutionKind::Budget, QStringLiteral("财务部") };
            items << Item { QStringLiteral("审议新增理事、调整理事事项"), ResolutionKind::Other, QStringLiteral("组织部") };
        }
        break;
    case MeetingBody::StandingCouncil:
        if (m_dissolvedOn.isValid() && p.date == m_dissolvedOn.addDays(-10)) {
            items << Item { QStringLiteral("同意撤销%1").arg(m_dissolvedName), ResolutionKind::BranchDecision,
                QStringLiteral("组织部"), 0, m_dissolvedBranch };
        } else if (p.date.month() == 1) {
            items << Item { QStringLiteral("审议%1年学术年会筹备方案").arg(y), ResolutionKind::Other, QStringLiteral("学术部") };
            items << Item { QStringLiteral("审议发展新会员名单"), ResolutionKind::Other, QStringLiteral("会员部") };
        } else {
            items << Item { QStringLiteral("审议%1年上半年工作总结").arg(y), ResolutionKind::Other, {} };
            items << Item { QStringLiteral("审议科普活动周实施方案"), ResolutionKind::Other, QStringLiteral("科普部") };
        }
        break;
    case MeetingBody::SupervisoryBoard:
        items << Item { QStringLiteral("审议%1年度财务收支情况监督报告").arg(y - 1), ResolutionKind::Other, QStringLiteral("监事会") };
        break;
    case MeetingBody::ChairOffice:
        items << Item { QStringLiteral("研究部署第%1季度重点工作").arg((p.date.month() - 1) / 3 + 1), ResolutionKind::Other,
            QStringLiteral("秘书处") };
        break;
    case MeetingBody::SecretaryGeneralOffice:
        items << Item { QStringLiteral("落实理事长办公会议定事项"), ResolutionKind::Other, QStringLiteral("综合办公室") };
        break;
    }
    for (const Item &item : std::as_const(items)) {
        // The agenda names what is to be decided: 审议通过《…》 → 审议《…》, 同意撤销… → 审议撤销…事项.
        QString agenda = item.text;
        if (agenda.startsWith(QStringLiteral("审议通过")))
            agenda = QStringLiteral("审议") + agenda.mid(4);
        else if (agenda.startsWith(QStringLiteral("同意")))
            agenda = QStringLiteral("审议") + agenda.mid(2) + QStringLiteral("事项");
        else if (agenda.startsWith(QStringLiteral("聘任")))
            agenda = QStringLiteral("审议") + agenda;
        m.agenda << AgendaItem { 0, agenda, {} };
    }

    if (!m_store.insertMeeting(m, error))
        return false;
    QList<AttendanceLine> lines = m_store.roll(m.id);
    markRoll(m, lines);
    if (!m_store.writeAttendance(lines, error))
        return false;
    const Quorum q = m_store.quorum(m.body, lines);
    for (const Item &item : std::as_const(items)) {
        qint64 id = 0;
        if (!resolve(m, q, item.text, item.kind, &id, error, item.regulationId, item.branchId, item.secret))
            return false;
        if (!item.owner.isEmpty() && !followUp(id, m, item.owner, item.kind == ResolutionKind::Budget ? 8 : 3, error))
            return false;
        if (item.branchId > 0) {
            QSqlQuery f(m_db.connection());
            f.prepare(QStringLiteral("UPDATE filing SET resolution_id = ? WHERE branch_id = ? AND kind = 'dissolve'"));
            f.addBindValue(id);
            f.addBindValue(item.branchId);
            if (!f.exec()) {
                error->kind = StorageError::Kind::Sql;
                error->message = f.lastError().text();
                return false;
            }
        }
    }
    return minutes(m, lines, m.date != m_latest, error);
}

} // namespace

bool writeMeetings(storage::Database &db, quint32 seed, QDate today, StorageError *error)
{
    return Writer(db, seed, today).run(error);
}

} // namespace sd::demo
