#include "meetings/MeetingStore.h"

#include "governance/GovernanceStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QDir>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace sd::meetings {

using governance::Body;
using governance::GovernanceStore;
using governance::GovernanceText;
using governance::Role;
using storage::StorageError;

namespace {

using storage::dateOrNull;
using storage::textOrNull;
using storage::idOrNull;
using storage::dateOf;

/// Text as typed, trimmed, or NULL when nothing is left.
QVariant trimmedOrNull(const QString &s)
{
    return textOrNull(s.trimmed());
}

const QString kMeetingColumns = QStringLiteral(
    "SELECT id, number, body, on_date, start_time, mode, place, chair, record_keeper, title, notice_issued_on, "
    "notice_text, reply_by FROM meeting");

Meeting meetingFrom(const QSqlQuery &q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.number = q.value(1).toString();
    m.body = MeetingText::bodyFromCode(q.value(2).toString()).value_or(MeetingBody::Council);
    m.date = dateOf(q.value(3));
    m.startTime = q.value(4).isNull() ? QTime() : QTime::fromString(q.value(4).toString(), QStringLiteral("HH:mm"));
    m.mode = MeetingText::modeFromCode(q.value(5).toString()).value_or(Mode::Onsite);
    m.place = q.value(6).toString();
    m.chair = q.value(7).toString();
    m.recordKeeper = q.value(8).toString();
    m.title = q.value(9).toString();
    m.noticeIssuedOn = dateOf(q.value(10));
    m.noticeText = q.value(11).toString();
    m.replyBy = dateOf(q.value(12));
    return m;
}

const QString kResolutionColumns = QStringLiteral(
    "SELECT r.id, r.meeting_id, r.position, r.text, r.kind, r.votes_for, r.votes_against, r.votes_abstain, r.rule, "
    "r.secret_ballot, r.recorded_outcome, r.branch_id, "
    "(SELECT g.id FROM regulation g WHERE g.resolution_id = r.id ORDER BY g.id LIMIT 1) FROM resolution r");

Resolution resolutionFrom(const QSqlQuery &q)
{
    Resolution r;
    r.id = q.value(0).toLongLong();
    r.meetingId = q.value(1).toLongLong();
    r.position = q.value(2).toInt();
    r.text = q.value(3).toString();
    r.kind = MeetingText::kindFromCode(q.value(4).toString()).value_or(ResolutionKind::Other);
    if (!q.value(5).isNull() || !q.value(6).isNull() || !q.value(7).isNull())
        r.votes = Votes { q.value(5).toInt(), q.value(6).toInt(), q.value(7).toInt() };
    r.rule = MeetingText::ruleFromCode(q.value(8).toString()).value_or(VoteRule::TwoThirds);
    r.secretBallot = q.value(9).toInt() != 0;
    if (!q.value(10).isNull())
        r.recordedOutcome = MeetingText::outcomeFromCode(q.value(10).toString());
    r.branchId = q.value(11).toLongLong();
    r.regulationId = q.value(12).toLongLong();
    return r;
}

const QString kFollowUpColumns = QStringLiteral(
    "SELECT f.id, f.resolution_id, f.owner, f.due_date, f.status, f.completed_on, f.attachment_id, m.number, m.body, "
    "m.on_date, r.text FROM follow_up f JOIN resolution r ON r.id = f.resolution_id JOIN meeting m ON m.id = r.meeting_id");

FollowUp followUpFrom(const QSqlQuery &q)
{
    FollowUp f;
    f.id = q.value(0).toLongLong();
    f.resolutionId = q.value(1).toLongLong();
    f.owner = q.value(2).toString();
    f.due = dateOf(q.value(3));
    f.status = MeetingText::followUpFromCode(q.value(4).toString()).value_or(FollowUpStatus::NotStarted);
    f.completedOn = dateOf(q.value(5));
    f.attachmentId = q.value(6).toLongLong();
    f.meetingNumber = q.value(7).toString();
    f.body = MeetingText::bodyFromCode(q.value(8).toString()).value_or(MeetingBody::Council);
    f.meetingDate = dateOf(q.value(9));
    f.resolutionText = q.value(10).toString();
    return f;
}

/// How strict a rule is, for "weaker than the charter's" warnings: 半数以上 < 过半数 < 三分之二.
int strictness(VoteRule rule)
{
    switch (rule) {
    case VoteRule::AtLeastHalf:
        return 0;
    case VoteRule::MoreThanHalf:
        return 1;
    case VoteRule::TwoThirds:
        return 2;
    }
    return 0;
}

/// One line the roll should have.
struct Expected
{
    qint64 personId = 0;
    qint64 seatId = 0;
    QString name;
    QString role;
};

} // namespace

bool MeetingStore::refuse(StorageError *error, const QString &message) const
{
    if (error) {
        error->kind = StorageError::Kind::Invalid;
        error->file = m_db.path();
        error->message = message;
    }
    return false;
}

bool MeetingStore::failed(StorageError *error, const QString &detail) const
{
    if (error && !error->isError()) {
        error->kind = StorageError::Kind::Sql;
        error->file = m_db.path();
        error->message = tr("The meetings in %1 could not be written (%2).").arg(QDir::toNativeSeparators(m_db.path()), detail);
    }
    return false;
}

// --- meetings

QList<Meeting> MeetingStore::meetings(int year, std::optional<MeetingBody> body) const
{
    QString sql = kMeetingColumns + QStringLiteral(" WHERE 1 = 1");
    if (year > 0)
        sql += QStringLiteral(" AND on_date >= ? AND on_date < ?");
    if (body)
        sql += QStringLiteral(" AND body = ?");
    sql += QStringLiteral(" ORDER BY on_date, number");
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    if (year > 0) {
        q.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
        q.addBindValue(QDate(year + 1, 1, 1).toString(Qt::ISODate));
    }
    if (body)
        q.addBindValue(MeetingText::code(*body));
    QList<Meeting> list;
    if (q.exec()) {
        while (q.next())
            list.append(meetingFrom(q));
    }
    return list;
}

std::optional<Meeting> MeetingStore::meeting(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kMeetingColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Meeting m = meetingFrom(q);
    QSqlQuery a(m_db.connection());
    a.prepare(QStringLiteral("SELECT id, title, presenter FROM agenda_item WHERE meeting_id = ? ORDER BY position"));
    a.addBindValue(id);
    if (a.exec()) {
        while (a.next())
            m.agenda.append(AgendaItem { a.value(0).toLongLong(), a.value(1).toString(), a.value(2).toString() });
    }
    return m;
}

std::optional<Meeting> MeetingStore::meetingByNumber(const QString &number) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM meeting WHERE number = ?"));
    q.addBindValue(number.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return meeting(q.value(0).toLongLong());
}

QString MeetingStore::meetingProblem(const Meeting &m) const
{
    if (m.number.trimmed().isEmpty())
        return tr("A meeting needs its number.");
    if (m.number.trimmed().size() > 50)
        return tr("A meeting number has at most 50 characters.");
    if (!m.date.isValid())
        return tr("A meeting needs its date.");
    if (const std::optional<Meeting> other = meetingByNumber(m.number); other && other->id != m.id)
        return tr("Meeting number %1 is already used (%2).").arg(m.number.trimmed(), displayTitle(*other));
    for (const AgendaItem &item : m.agenda) {
        if (item.title.trimmed().isEmpty())
            return tr("Every agenda item needs a title.");
    }
    if (m.noticeIssuedOn.isValid() && m.noticeIssuedOn > m.date)
        return tr("The notice is issued on or before the meeting date.");
    if (m.replyBy.isValid() && m.replyBy > m.date)
        return tr("Replies are due on or before the meeting date.");
    return {};
}

QString MeetingStore::displayTitle(const Meeting &m)
{
    if (!m.title.trimmed().isEmpty())
        return m.title.trimmed();
    // 理事长办公会 and 秘书长工作会 are meetings by name: "Chair's office meeting (date)", not "… meeting meeting".
    if (m.body == MeetingBody::ChairOffice || m.body == MeetingBody::SecretaryGeneralOffice)
        return tr("%1 (%2)", "an office meeting and its date").arg(MeetingText::label(m.body), m.date.toString(Qt::ISODate));
    return tr("%1 meeting (%2)").arg(MeetingText::label(m.body), m.date.toString(Qt::ISODate));
}

namespace {

bool writeAgenda(QSqlDatabase connection, qint64 meetingId, const QList<AgendaItem> &agenda, QString *problem)
{
    QSqlQuery d(connection);
    d.prepare(QStringLiteral("DELETE FROM agenda_item WHERE meeting_id = ?"));
    d.addBindValue(meetingId);
    if (!d.exec()) {
        *problem = d.lastError().text();
        return false;
    }
    QSqlQuery q(connection);
    q.prepare(QStringLiteral("INSERT INTO agenda_item (meeting_id, position, title, presenter) VALUES (?, ?, ?, ?)"));
    int position = 0;
    for (const AgendaItem &item : agenda) {
        q.addBindValue(meetingId);
        q.addBindValue(++position);
        q.addBindValue(item.title.trimmed());
        q.addBindValue(trimmedOrNull(item.presenter));
        if (!q.exec()) {
            *problem = q.lastError().text();
            return false;
        }
    }
    return true;
}

void bindMeeting(QSqlQuery &q, const Meeting &m)
{
    q.addBindValue(m.number.trimmed());
    q.addBindValue(MeetingText::code(m.body));
    q.addBindValue(m.date.toString(Qt::ISODate));
    q.addBindValue(m.startTime.isValid() ? QVariant(m.startTime.toString(QStringLiteral("HH:mm")))
                                         : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(MeetingText::code(m.mode));
    q.addBindValue(trimmedOrNull(m.place));
    q.addBindValue(trimmedOrNull(m.chair));
    q.addBindValue(trimmedOrNull(m.recordKeeper));
    q.addBindValue(trimmedOrNull(m.title));
    q.addBindValue(dateOrNull(m.noticeIssuedOn));
    q.addBindValue(trimmedOrNull(m.noticeText));
    q.addBindValue(dateOrNull(m.replyBy));
}

QJsonObject meetingJson(const Meeting &m)
{
    return QJsonObject { { QStringLiteral("number"), m.number.trimmed() }, { QStringLiteral("body"), MeetingText::code(m.body) },
        { QStringLiteral("on"), m.date.toString(Qt::ISODate) }, { QStringLiteral("mode"), MeetingText::code(m.mode) },
        { QStringLiteral("place"), m.place }, { QStringLiteral("chair"), m.chair } };
}

} // namespace

bool MeetingStore::insertMeeting(Meeting &m, StorageError *error)
{
    if (const QString problem = meetingProblem(m); !problem.isEmpty())
        return refuse(error, problem);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO meeting (number, body, on_date, start_time, mode, place, chair, record_keeper, title, "
                             "notice_issued_on, notice_text, reply_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindMeeting(q, m);
    if (!q.exec())
        return failed(error, q.lastError().text());
    m.id = q.lastInsertId().toLongLong();
    QString problem;
    if (!writeAgenda(m_db.connection(), m.id, m.agenda, &problem))
        return failed(error, problem);
    if (!writeRoll(m.id, error))
        return false;
    return m_db.audit().record(QStringLiteral("meeting"), m.id, QStringLiteral("create"), {}, meetingJson(m), error);
}

bool MeetingStore::addMeeting(Meeting &m, StorageError *error)
{
    if (const QString problem = meetingProblem(m); !problem.isEmpty())
        return refuse(error, problem);
    return m_db.transaction([&] { return insertMeeting(m, error); }, error);
}

bool MeetingStore::updateMeeting(const Meeting &m, StorageError *error)
{
    const std::optional<Meeting> before = meeting(m.id);
    if (!before)
        return refuse(error, tr("The meeting is not recorded."));
    if (const QString problem = meetingProblem(m); !problem.isEmpty())
        return refuse(error, problem);
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE meeting SET number = ?, body = ?, on_date = ?, start_time = ?, mode = ?, place = ?, "
                                     "chair = ?, record_keeper = ?, title = ?, notice_issued_on = ?, notice_text = ?, "
                                     "reply_by = ? WHERE id = ?"));
            bindMeeting(q, m);
            q.addBindValue(m.id);
            if (!q.exec())
                return failed(error, q.lastError().text());
            QString problem;
            if (!writeAgenda(m_db.connection(), m.id, m.agenda, &problem))
                return failed(error, problem);
            if ((before->body != m.body || before->date != m.date) && !writeRoll(m.id, error))
                return false;
            return m_db.audit().record(QStringLiteral("meeting"), m.id, QStringLiteral("update"), meetingJson(*before),
                meetingJson(m), error);
        },
        error);
}

bool MeetingStore::removeMeeting(qint64 meetingId, StorageError *error)
{
    const std::optional<Meeting> before = meeting(meetingId);
    if (!before)
        return refuse(error, tr("The meeting is not recorded."));
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM meeting WHERE id = ?"));
            q.addBindValue(meetingId);
            if (!q.exec())
                return failed(error, q.lastError().text());
            return m_db.audit().record(QStringLiteral("meeting"), meetingId, QStringLiteral("delete"), meetingJson(*before), {},
                error);
        },
        error);
}

// --- the roll

QList<AttendanceLine> MeetingStore::roll(qint64 meetingId) const
{
    QList<AttendanceLine> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.id, a.person_id, a.seat_id, a.name, m.member_no, a.role, a.reply, a.status, a.proxy_to "
                             "FROM attendance a LEFT JOIN person p ON p.id = a.person_id LEFT JOIN member m ON m.id = p.member_id "
                             "WHERE a.meeting_id = ? ORDER BY a.position, a.id"));
    q.addBindValue(meetingId);
    if (q.exec()) {
        while (q.next()) {
            AttendanceLine l;
            l.id = q.value(0).toLongLong();
            l.personId = q.value(1).toLongLong();
            l.seatId = q.value(2).toLongLong();
            l.name = q.value(3).toString();
            l.memberNo = q.value(4).toString();
            l.role = q.value(5).toString();
            if (!q.value(6).isNull())
                l.reply = MeetingText::replyFromCode(q.value(6).toString());
            if (!q.value(7).isNull())
                l.status = MeetingText::statusFromCode(q.value(7).toString());
            l.proxyTo = q.value(8).toString();
            list.append(l);
        }
    }
    return list;
}

bool MeetingStore::writeRoll(qint64 meetingId, StorageError *error)
{
    const std::optional<Meeting> m = meeting(meetingId);
    if (!m)
        return refuse(error, tr("The meeting is not recorded."));
    GovernanceStore governance(m_db);
    QList<Expected> expected;
    const std::optional<governance::Term> term = governance.termOn(m->date);
    if (term) {
        if (const std::optional<Body> seatBody = MeetingText::seatBody(m->body)) {
            for (const governance::Seat &s : governance.seats(term->id, *seatBody)) {
                if (s.isHeldOn(m->date))
                    expected.append(Expected { s.personId, s.id, s.name, GovernanceText::sheetValue(s.role) });
            }
        } else {
            for (const governance::Seat &s : governance.seats(term->id, Body::Council)) {
                const bool wanted = m->body == MeetingBody::ChairOffice ? GovernanceText::isLeader(s.role)
                                                                        : s.role == Role::SecretaryGeneral;
                if (wanted && s.isHeldOn(m->date))
                    expected.append(Expected { s.personId, s.id, s.name, GovernanceText::sheetValue(s.role) });
            }
        }
    }
    if (m->body == MeetingBody::SecretaryGeneralOffice) {
        QSet<QString> named;
        for (const Expected &e : std::as_const(expected))
            named.insert(e.name);
        for (const governance::StaffMember &s : governance.staff()) {
            if (s.isEmployedOn(m->date) && !named.contains(s.name)) {
                named.insert(s.name);
                expected.append(Expected { 0, 0, s.name, s.role });
            }
        }
    }

    // Keep the marks of people still on the roll; drop the others; add the new.
    const QList<AttendanceLine> existing = roll(meetingId);
    QHash<qint64, qint64> byPerson;
    QHash<QString, qint64> byName; // staff lines
    for (const AttendanceLine &l : existing) {
        if (l.personId > 0)
            byPerson.insert(l.personId, l.id);
        else
            byName.insert(l.name, l.id);
    }
    QSet<qint64> kept;
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE attendance SET seat_id = ?, name = ?, role = ?, position = ? WHERE id = ?"));
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO attendance (meeting_id, person_id, seat_id, name, role, position) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const Expected &e : std::as_const(expected)) {
        ++position;
        const qint64 lineId = e.personId > 0 ? byPerson.value(e.personId) : byName.value(e.name);
        if (lineId > 0) {
            kept.insert(lineId);
            update.addBindValue(idOrNull(e.seatId));
            update.addBindValue(e.name);
            update.addBindValue(trimmedOrNull(e.role));
            update.addBindValue(position);
            update.addBindValue(lineId);
            if (!update.exec())
                return failed(error, update.lastError().text());
        } else {
            insert.addBindValue(meetingId);
            insert.addBindValue(idOrNull(e.personId));
            insert.addBindValue(idOrNull(e.seatId));
            insert.addBindValue(e.name);
            insert.addBindValue(trimmedOrNull(e.role));
            insert.addBindValue(position);
            if (!insert.exec())
                return failed(error, insert.lastError().text());
        }
    }
    QSqlQuery remove(m_db.connection());
    remove.prepare(QStringLiteral("DELETE FROM attendance WHERE id = ?"));
    for (const AttendanceLine &l : existing) {
        if (!kept.contains(l.id)) {
            remove.addBindValue(l.id);
            if (!remove.exec())
                return failed(error, remove.lastError().text());
        }
    }
    return true;
}

bool MeetingStore::generateRoll(qint64 meetingId, StorageError *error)
{
    if (!meeting(meetingId))
        return refuse(error, tr("The meeting is not recorded."));
    return m_db.transaction(
        [&] {
            return writeRoll(meetingId, error)
                && m_db.audit().record(QStringLiteral("meeting"), meetingId, QStringLiteral("roll"), {},
                    QJsonObject { { QStringLiteral("lines"), roll(meetingId).size() } }, error);
        },
        error);
}

bool MeetingStore::writeAttendance(const QList<AttendanceLine> &lines, StorageError *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE attendance SET status = ?, proxy_to = ?, reply = ? WHERE id = ?"));
    for (const AttendanceLine &l : lines) {
        if (l.status == AttendanceStatus::Proxy && l.proxyTo.trimmed().isEmpty())
            return refuse(error, tr("%1 is represented by proxy: say by whom.").arg(l.name));
        q.addBindValue(l.status ? QVariant(MeetingText::code(*l.status)) : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(l.status == AttendanceStatus::Proxy ? trimmedOrNull(l.proxyTo) : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(l.reply ? QVariant(MeetingText::code(*l.reply)) : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(l.id);
        if (!q.exec())
            return failed(error, q.lastError().text());
        if (q.numRowsAffected() != 1)
            return refuse(error, tr("%1 is not on the roll.").arg(l.name));
    }
    return true;
}

bool MeetingStore::setAttendance(const QList<AttendanceLine> &lines, StorageError *error)
{
    return m_db.transaction(
        [&] {
            if (!writeAttendance(lines, error))
                return false;
            QJsonObject after;
            for (const AttendanceLine &l : lines)
                after.insert(QString::number(l.id), l.status ? MeetingText::code(*l.status) : QString());
            return m_db.audit().record(QStringLiteral("attendance"), 0, QStringLiteral("update"), {}, after, error);
        },
        error);
}

bool MeetingStore::setAttendance(qint64 lineId, std::optional<AttendanceStatus> status, const QString &proxyTo,
    StorageError *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, reply FROM attendance WHERE id = ?"));
    q.addBindValue(lineId);
    if (!q.exec() || !q.next())
        return refuse(error, tr("The line is not on the roll."));
    AttendanceLine line;
    line.id = lineId;
    line.name = q.value(0).toString();
    if (!q.value(1).isNull())
        line.reply = MeetingText::replyFromCode(q.value(1).toString());
    line.status = status;
    line.proxyTo = proxyTo;
    return setAttendance(QList<AttendanceLine> { line }, error);
}

bool MeetingStore::setReply(qint64 lineId, std::optional<Reply> reply, StorageError *error)
{
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE attendance SET reply = ? WHERE id = ?"));
            q.addBindValue(reply ? QVariant(MeetingText::code(*reply)) : QVariant(QMetaType::fromType<QString>()));
            q.addBindValue(lineId);
            if (!q.exec())
                return failed(error, q.lastError().text());
            if (q.numRowsAffected() != 1)
                return refuse(error, tr("The line is not on the roll."));
            return m_db.audit().record(QStringLiteral("attendance"), lineId, QStringLiteral("reply"), {},
                QJsonObject { { QStringLiteral("reply"), reply ? MeetingText::code(*reply) : QString() } }, error);
        },
        error);
}

Quorum MeetingStore::quorum(MeetingBody body, const QList<AttendanceLine> &lines) const
{
    const SocietySettings settings = storage::ProfileStore(m_db).settings();
    Quorum quorum;
    const std::optional<Fraction> share = Voting::quorumShare(body, settings);
    quorum.applicable = share.has_value();
    quorum.required = share.value_or(Fraction());
    const bool proxies = settings.flag(SocietySetting::ProxyCountsForQuorum);
    for (const AttendanceLine &l : lines) {
        if (quorum.applicable && l.personId <= 0)
            continue; // only seats count towards a body's quorum
        ++quorum.seats;
        if (!l.status)
            ++quorum.unrecorded;
        else if (*l.status == AttendanceStatus::Present || (proxies && *l.status == AttendanceStatus::Proxy))
            ++quorum.present;
    }
    return quorum;
}

Quorum MeetingStore::quorum(qint64 meetingId) const
{
    const std::optional<Meeting> m = meeting(meetingId);
    if (!m)
        return {};
    return quorum(m->body, roll(meetingId));
}

// --- minutes

QList<MinutesVersion> MeetingStore::minutesVersions(qint64 meetingId) const
{
    QList<MinutesVersion> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, version, text, note, saved_at, signed_by, signed_on FROM minutes_version "
                             "WHERE meeting_id = ? ORDER BY version"));
    q.addBindValue(meetingId);
    if (q.exec()) {
        while (q.next()) {
            MinutesVersion v;
            v.id = q.value(0).toLongLong();
            v.version = q.value(1).toInt();
            v.text = q.value(2).toString();
            v.note = q.value(3).toString();
            v.savedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
            v.signedBy = q.value(5).toString();
            v.signedOn = dateOf(q.value(6));
            list.append(v);
        }
    }
    return list;
}

std::optional<MinutesVersion> MeetingStore::minutes(qint64 meetingId) const
{
    const QList<MinutesVersion> versions = minutesVersions(meetingId);
    if (versions.isEmpty())
        return std::nullopt;
    return versions.constLast();
}

bool MeetingStore::insertMinutes(qint64 meetingId, const QString &text, StorageError *error)
{
    const std::optional<MinutesVersion> latest = minutes(meetingId);
    if (latest && latest->isSigned())
        return refuse(error, tr("The minutes were signed off on %1 and are locked; record a correction with a note.")
                                 .arg(latest->signedOn.toString(Qt::ISODate)));
    QSqlQuery q(m_db.connection());
    if (latest) {
        q.prepare(QStringLiteral("UPDATE minutes_version SET text = ?, saved_at = ? WHERE id = ?"));
        q.addBindValue(text);
        q.addBindValue(m_db.clock().now().toString(Qt::ISODate));
        q.addBindValue(latest->id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO minutes_version (meeting_id, version, text, saved_at) VALUES (?, 1, ?, ?)"));
        q.addBindValue(meetingId);
        q.addBindValue(text);
        q.addBindValue(m_db.clock().now().toString(Qt::ISODate));
    }
    if (!q.exec())
        return failed(error, q.lastError().text());
    return true;
}

bool MeetingStore::saveMinutes(qint64 meetingId, const QString &text, StorageError *error)
{
    if (!meeting(meetingId))
        return refuse(error, tr("The meeting is not recorded."));
    return m_db.transaction(
        [&] {
            return insertMinutes(meetingId, text, error)
                && m_db.audit().record(QStringLiteral("minutes"), meetingId, QStringLiteral("save"), {},
                    QJsonObject { { QStringLiteral("characters"), text.size() } }, error);
        },
        error);
}

bool MeetingStore::signMinutes(qint64 meetingId, const QString &chair, QDate date, StorageError *error)
{
    const std::optional<Meeting> m = meeting(meetingId);
    if (!m)
        return refuse(error, tr("The meeting is not recorded."));
    const std::optional<MinutesVersion> latest = minutes(meetingId);
    if (!latest || latest->text.trimmed().isEmpty())
        return refuse(error, tr("There are no minutes to sign off yet."));
    if (latest->isSigned())
        return refuse(error, tr("The minutes were already signed off on %1.").arg(latest->signedOn.toString(Qt::ISODate)));
    if (chair.trimmed().isEmpty())
        return refuse(error, tr("Say who signs the minutes off (the chair of the meeting)."));
    if (!date.isValid() || date < m->date)
        return refuse(error, tr("Minutes are signed off on or after the meeting date (%1).").arg(m->date.toString(Qt::ISODate)));
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE minutes_version SET signed_by = ?, signed_on = ? WHERE id = ?"));
            q.addBindValue(chair.trimmed());
            q.addBindValue(date.toString(Qt::ISODate));
            q.addBindValue(latest->id);
            if (!q.exec())
                return failed(error, q.lastError().text());
            return m_db.audit().record(QStringLiteral("minutes"), meetingId, QStringLiteral("sign"), {},
                QJsonObject { { QStringLiteral("version"), latest->version }, { QStringLiteral("signed_by"), chair.trimmed() },
                    { QStringLiteral("signed_on"), date.toString(Qt::ISODate) } },
                error);
        },
        error);
}

bool MeetingStore::correctMinutes(qint64 meetingId, const QString &text, const QString &note, StorageError *error)
{
    const std::optional<MinutesVersion> latest = minutes(meetingId);
    if (!latest || !latest->isSigned())
        return refuse(error, tr("Only signed-off minutes are corrected; edit the draft instead."));
    if (note.trimmed().isEmpty())
        return refuse(error, tr("A correction needs a note saying what it corrects."));
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO minutes_version (meeting_id, version, text, note, saved_at) VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(meetingId);
            q.addBindValue(latest->version + 1);
            q.addBindValue(text);
            q.addBindValue(note.trimmed());
            q.addBindValue(m_db.clock().now().toString(Qt::ISODate));
            if (!q.exec())
                return failed(error, q.lastError().text());
            return m_db.audit().record(QStringLiteral("minutes"), meetingId, QStringLiteral("correct"), {},
                QJsonObject { { QStringLiteral("version"), latest->version + 1 }, { QStringLiteral("note"), note.trimmed() } },
                error);
        },
        error);
}

// --- resolutions

QList<Resolution> MeetingStore::resolutions(qint64 meetingId) const
{
    QList<Resolution> list;
    QSqlQuery q(m_db.connection());
    q.prepare(kResolutionColumns + QStringLiteral(" WHERE r.meeting_id = ? ORDER BY r.position"));
    q.addBindValue(meetingId);
    if (q.exec()) {
        while (q.next())
            list.append(resolutionFrom(q));
    }
    return list;
}

std::optional<Resolution> MeetingStore::resolution(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kResolutionColumns + QStringLiteral(" WHERE r.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return resolutionFrom(q);
}

QList<Resolution> MeetingStore::resolutionsOfKind(ResolutionKind kind) const
{
    QList<Resolution> list;
    QSqlQuery q(m_db.connection());
    q.prepare(kResolutionColumns
        + QStringLiteral(" JOIN meeting m ON m.id = r.meeting_id WHERE r.kind = ? ORDER BY m.on_date, m.number, r.position"));
    q.addBindValue(MeetingText::code(kind));
    if (q.exec()) {
        while (q.next())
            list.append(resolutionFrom(q));
    }
    return list;
}

QString MeetingStore::resolutionProblem(const Resolution &r) const
{
    if (r.text.trimmed().isEmpty())
        return tr("A resolution needs its text.");
    if (r.votes && (r.votes->inFavour < 0 || r.votes->against < 0 || r.votes->abstain < 0))
        return tr("Votes cannot be negative.");
    if (!meeting(r.meetingId))
        return tr("The meeting is not recorded.");
    return {};
}

namespace {

void bindResolution(QSqlQuery &q, const Resolution &r)
{
    q.addBindValue(r.text.trimmed());
    q.addBindValue(MeetingText::code(r.kind));
    q.addBindValue(r.votes ? QVariant(r.votes->inFavour) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(r.votes ? QVariant(r.votes->against) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(r.votes ? QVariant(r.votes->abstain) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(MeetingText::code(r.rule));
    q.addBindValue(r.secretBallot ? 1 : 0);
    q.addBindValue(r.recordedOutcome ? QVariant(MeetingText::code(*r.recordedOutcome)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(idOrNull(r.branchId));
}

QJsonObject resolutionJson(const Resolution &r)
{
    QJsonObject o { { QStringLiteral("text"), r.text.trimmed() }, { QStringLiteral("kind"), MeetingText::code(r.kind) },
        { QStringLiteral("rule"), MeetingText::code(r.rule) } };
    if (r.votes) {
        o.insert(QStringLiteral("for"), r.votes->inFavour);
        o.insert(QStringLiteral("against"), r.votes->against);
        o.insert(QStringLiteral("abstain"), r.votes->abstain);
    }
    return o;
}

} // namespace

bool MeetingStore::insertResolution(Resolution &r, StorageError *error)
{
    if (const QString problem = resolutionProblem(r); !problem.isEmpty())
        return refuse(error, problem);
    QSqlQuery p(m_db.connection());
    p.prepare(QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM resolution WHERE meeting_id = ?"));
    p.addBindValue(r.meetingId);
    if (!p.exec() || !p.next())
        return failed(error, p.lastError().text());
    r.position = p.value(0).toInt();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO resolution (text, kind, votes_for, votes_against, votes_abstain, rule, secret_ballot, "
                             "recorded_outcome, branch_id, meeting_id, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindResolution(q, r);
    q.addBindValue(r.meetingId);
    q.addBindValue(r.position);
    if (!q.exec())
        return failed(error, q.lastError().text());
    r.id = q.lastInsertId().toLongLong();
    if (r.regulationId > 0) {
        QSqlQuery l(m_db.connection());
        l.prepare(QStringLiteral("UPDATE regulation SET resolution_id = ? WHERE id = ?"));
        l.addBindValue(r.id);
        l.addBindValue(r.regulationId);
        if (!l.exec())
            return failed(error, l.lastError().text());
        if (l.numRowsAffected() != 1)
            return refuse(error, tr("The adopted regulation is not recorded."));
    }
    return m_db.audit().record(QStringLiteral("resolution"), r.id, QStringLiteral("create"), {}, resolutionJson(r), error);
}

bool MeetingStore::addResolution(Resolution &r, StorageError *error)
{
    if (const QString problem = resolutionProblem(r); !problem.isEmpty())
        return refuse(error, problem);
    return m_db.transaction([&] { return insertResolution(r, error); }, error);
}

bool MeetingStore::updateResolution(const Resolution &r, StorageError *error)
{
    const std::optional<Resolution> before = resolution(r.id);
    if (!before)
        return refuse(error, tr("The resolution is not recorded."));
    Resolution changed = r;
    changed.meetingId = before->meetingId;
    if (const QString problem = resolutionProblem(changed); !problem.isEmpty())
        return refuse(error, problem);
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE resolution SET text = ?, kind = ?, votes_for = ?, votes_against = ?, votes_abstain = ?, "
                                     "rule = ?, secret_ballot = ?, recorded_outcome = ?, branch_id = ? WHERE id = ?"));
            bindResolution(q, changed);
            q.addBindValue(r.id);
            if (!q.exec())
                return failed(error, q.lastError().text());
            if (changed.regulationId != before->regulationId) {
                QSqlQuery u(m_db.connection());
                u.prepare(QStringLiteral("UPDATE regulation SET resolution_id = NULL WHERE resolution_id = ?"));
                u.addBindValue(r.id);
                if (!u.exec())
                    return failed(error, u.lastError().text());
                if (changed.regulationId > 0) {
                    QSqlQuery l(m_db.connection());
                    l.prepare(QStringLiteral("UPDATE regulation SET resolution_id = ? WHERE id = ?"));
                    l.addBindValue(r.id);
                    l.addBindValue(changed.regulationId);
                    if (!l.exec())
                        return failed(error, l.lastError().text());
                    if (l.numRowsAffected() != 1)
                        return refuse(error, tr("The adopted regulation is not recorded."));
                }
            }
            return m_db.audit().record(QStringLiteral("resolution"), r.id, QStringLiteral("update"), resolutionJson(*before),
                resolutionJson(changed), error);
        },
        error);
}

bool MeetingStore::removeResolution(qint64 resolutionId, StorageError *error)
{
    const std::optional<Resolution> before = resolution(resolutionId);
    if (!before)
        return refuse(error, tr("The resolution is not recorded."));
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM resolution WHERE id = ?"));
            q.addBindValue(resolutionId);
            if (!q.exec())
                return failed(error, q.lastError().text());
            return m_db.audit().record(QStringLiteral("resolution"), resolutionId, QStringLiteral("delete"),
                resolutionJson(*before), {}, error);
        },
        error);
}

ResolutionCheck MeetingStore::check(const Resolution &r, MeetingBody body, const Quorum &quorum)
{
    ResolutionCheck c;
    const bool attendanceKnown = quorum.seats > 0 && quorum.unrecorded < quorum.seats;
    c.present = attendanceKnown ? quorum.present : (r.votes ? r.votes->total() : 0);
    if (r.votes) {
        if (!attendanceKnown)
            c.warnings << tr("Attendance is not recorded: the %1 votes cast are taken as those present.").arg(r.votes->total());
        else if (r.votes->total() > quorum.present)
            c.warnings << tr("%1 votes are recorded but only %2 were present.").arg(r.votes->total()).arg(quorum.present);
        c.needed = Voting::neededInFavour(r.rule, c.present);
        c.outcome = Voting::carries(r.rule, r.votes->inFavour, c.present) ? Outcome::Adopted : Outcome::Rejected;
        if (r.recordedOutcome && *r.recordedOutcome != *c.outcome)
            c.warnings << tr("The minutes record “%1” but %2 in favour of %3 present gives “%4” (%5).")
                              .arg(MeetingText::label(*r.recordedOutcome))
                              .arg(r.votes->inFavour)
                              .arg(c.present)
                              .arg(MeetingText::label(*c.outcome), MeetingText::label(r.rule));
    } else if (r.recordedOutcome) {
        c.outcome = r.recordedOutcome;
        c.warnings << tr("No votes are recorded; the outcome is taken from the minutes.");
    }
    if (quorum.applicable && attendanceKnown && quorum.unrecorded == 0 && !quorum.isQuorate())
        c.warnings << tr("The meeting was not quorate (%1 of %2 present, %3 needed): its resolutions are not valid.")
                          .arg(quorum.present)
                          .arg(quorum.seats)
                          .arg(quorum.needed());
    if (r.kind == ResolutionKind::DuesChange) {
        if (body != MeetingBody::Congress)
            c.warnings << tr("A change of dues is decided by the congress.");
        if (!r.secretBallot)
            c.warnings << tr("A change of dues is voted by secret ballot.");
    }
    return c;
}

ResolutionCheck MeetingStore::check(const Resolution &r, MeetingBody body, const Quorum &quorum, const SocietySettings &settings)
{
    ResolutionCheck c = check(r, body, quorum);
    const VoteRule charter = Voting::defaultRule(body, r.kind, settings);
    if (strictness(r.rule) < strictness(charter))
        c.warnings << tr("The rule “%1” is weaker than the charter's “%2” for this body.")
                          .arg(MeetingText::label(r.rule), MeetingText::label(charter));
    return c;
}

ResolutionCheck MeetingStore::check(const Resolution &r) const
{
    const std::optional<Meeting> m = meeting(r.meetingId);
    if (!m)
        return {};
    return check(r, m->body, quorum(m->body, roll(m->id)), storage::ProfileStore(m_db).settings());
}

bool MeetingStore::linkRegulation(qint64 resolutionId, qint64 regulationId, StorageError *error)
{
    std::optional<Resolution> r = resolution(resolutionId);
    if (!r)
        return refuse(error, tr("The resolution is not recorded."));
    r->regulationId = regulationId;
    return updateResolution(*r, error);
}

bool MeetingStore::linkFiling(qint64 resolutionId, qint64 filingId, StorageError *error)
{
    if (!resolution(resolutionId))
        return refuse(error, tr("The resolution is not recorded."));
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE filing SET resolution_id = ? WHERE id = ?"));
            q.addBindValue(resolutionId);
            q.addBindValue(filingId);
            if (!q.exec())
                return failed(error, q.lastError().text());
            if (q.numRowsAffected() != 1)
                return refuse(error, tr("The filing is not recorded."));
            return m_db.audit().record(QStringLiteral("filing"), filingId, QStringLiteral("link"), {},
                QJsonObject { { QStringLiteral("resolution_id"), resolutionId } }, error);
        },
        error);
}

// --- follow-up

namespace {

void loadNotes(QSqlDatabase connection, QList<FollowUp> &list)
{
    QSqlQuery q(connection);
    q.prepare(QStringLiteral("SELECT id, on_date, text FROM follow_up_note WHERE follow_up_id = ? ORDER BY on_date, id"));
    for (FollowUp &f : list) {
        q.addBindValue(f.id);
        if (!q.exec())
            continue;
        while (q.next())
            f.notes.append(FollowUpNote { q.value(0).toLongLong(), dateOf(q.value(1)), q.value(2).toString() });
    }
}

} // namespace

QList<FollowUp> MeetingStore::followUps(qint64 resolutionId) const
{
    QList<FollowUp> list;
    QSqlQuery q(m_db.connection());
    q.prepare(kFollowUpColumns + QStringLiteral(" WHERE f.resolution_id = ? ORDER BY f.id"));
    q.addBindValue(resolutionId);
    if (q.exec()) {
        while (q.next())
            list.append(followUpFrom(q));
    }
    loadNotes(m_db.connection(), list);
    return list;
}

QList<FollowUp> MeetingStore::allFollowUps(const QString &owner) const
{
    QList<FollowUp> list;
    QSqlQuery q(m_db.connection());
    q.prepare(kFollowUpColumns + (owner.trimmed().isEmpty() ? QString() : QStringLiteral(" WHERE f.owner = ?"))
        + QStringLiteral(" ORDER BY f.due_date IS NULL, f.due_date, m.on_date, r.position, f.id"));
    if (!owner.trimmed().isEmpty())
        q.addBindValue(owner.trimmed());
    if (q.exec()) {
        while (q.next())
            list.append(followUpFrom(q));
    }
    loadNotes(m_db.connection(), list);
    return list;
}

QList<FollowUp> MeetingStore::overdueFollowUps(QDate date) const
{
    QList<FollowUp> list;
    QSqlQuery q(m_db.connection());
    q.prepare(kFollowUpColumns + QStringLiteral(" WHERE f.status <> 'completed' AND f.due_date < ? ORDER BY f.due_date, f.id"));
    q.addBindValue(date.toString(Qt::ISODate));
    if (q.exec()) {
        while (q.next())
            list.append(followUpFrom(q));
    }
    loadNotes(m_db.connection(), list);
    return list;
}

QList<FollowUp> MeetingStore::carriedOver(qint64 meetingId) const
{
    const std::optional<Meeting> m = meeting(meetingId);
    if (!m)
        return {};
    QList<FollowUp> list;
    QSqlQuery q(m_db.connection());
    q.prepare(kFollowUpColumns
        + QStringLiteral(" WHERE f.status <> 'completed' AND m.body = ? AND (m.on_date < ? OR (m.on_date = ? AND m.number < ?)) "
                         "ORDER BY m.on_date, m.number, r.position, f.id"));
    q.addBindValue(MeetingText::code(m->body));
    q.addBindValue(m->date.toString(Qt::ISODate));
    q.addBindValue(m->date.toString(Qt::ISODate));
    q.addBindValue(m->number);
    if (q.exec()) {
        while (q.next())
            list.append(followUpFrom(q));
    }
    loadNotes(m_db.connection(), list);
    return list;
}

namespace {

QJsonObject followUpJson(const FollowUp &f)
{
    return QJsonObject { { QStringLiteral("resolution_id"), f.resolutionId }, { QStringLiteral("owner"), f.owner.trimmed() },
        { QStringLiteral("due"), f.due.toString(Qt::ISODate) }, { QStringLiteral("status"), MeetingText::code(f.status) } };
}

} // namespace

bool MeetingStore::insertFollowUp(FollowUp &f, StorageError *error)
{
    if (f.owner.trimmed().isEmpty())
        return refuse(error, tr("A follow-up needs the person responsible."));
    if (!resolution(f.resolutionId))
        return refuse(error, tr("The resolution is not recorded."));
    if (f.status == FollowUpStatus::Completed && !f.completedOn.isValid())
        f.completedOn = m_db.clock().today();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO follow_up (resolution_id, owner, due_date, status, completed_on, attachment_id) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(f.resolutionId);
    q.addBindValue(f.owner.trimmed());
    q.addBindValue(dateOrNull(f.due));
    q.addBindValue(MeetingText::code(f.status));
    q.addBindValue(f.status == FollowUpStatus::Completed ? dateOrNull(f.completedOn) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(idOrNull(f.attachmentId));
    if (!q.exec())
        return failed(error, q.lastError().text());
    f.id = q.lastInsertId().toLongLong();
    return m_db.audit().record(QStringLiteral("follow_up"), f.id, QStringLiteral("create"), {}, followUpJson(f), error);
}

bool MeetingStore::addFollowUp(FollowUp &f, StorageError *error)
{
    if (f.owner.trimmed().isEmpty())
        return refuse(error, tr("A follow-up needs the person responsible."));
    return m_db.transaction([&] { return insertFollowUp(f, error); }, error);
}

bool MeetingStore::updateFollowUp(const FollowUp &f, StorageError *error)
{
    if (f.owner.trimmed().isEmpty())
        return refuse(error, tr("A follow-up needs the person responsible."));
    QSqlQuery b(m_db.connection());
    b.prepare(kFollowUpColumns + QStringLiteral(" WHERE f.id = ?"));
    b.addBindValue(f.id);
    if (!b.exec() || !b.next())
        return refuse(error, tr("The follow-up is not recorded."));
    const FollowUp before = followUpFrom(b);
    QDate completedOn;
    if (f.status == FollowUpStatus::Completed)
        completedOn = f.completedOn.isValid() ? f.completedOn
            : before.completedOn.isValid()    ? before.completedOn
                                              : m_db.clock().today();
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE follow_up SET owner = ?, due_date = ?, status = ?, completed_on = ?, attachment_id = ? "
                                     "WHERE id = ?"));
            q.addBindValue(f.owner.trimmed());
            q.addBindValue(dateOrNull(f.due));
            q.addBindValue(MeetingText::code(f.status));
            q.addBindValue(dateOrNull(completedOn));
            q.addBindValue(idOrNull(f.attachmentId));
            q.addBindValue(f.id);
            if (!q.exec())
                return failed(error, q.lastError().text());
            return m_db.audit().record(QStringLiteral("follow_up"), f.id, QStringLiteral("update"), followUpJson(before),
                followUpJson(f), error);
        },
        error);
}

bool MeetingStore::addFollowUpNote(qint64 followUpId, QDate date, const QString &text, StorageError *error)
{
    if (text.trimmed().isEmpty())
        return refuse(error, tr("A progress note needs its text."));
    if (!date.isValid())
        return refuse(error, tr("A progress note needs its date."));
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO follow_up_note (follow_up_id, on_date, text) "
                                     "SELECT id, ?, ? FROM follow_up WHERE id = ?"));
            q.addBindValue(date.toString(Qt::ISODate));
            q.addBindValue(text.trimmed());
            q.addBindValue(followUpId);
            if (!q.exec())
                return failed(error, q.lastError().text());
            if (q.numRowsAffected() != 1)
                return refuse(error, tr("The follow-up is not recorded."));
            return m_db.audit().record(QStringLiteral("follow_up"), followUpId, QStringLiteral("note"), {},
                QJsonObject { { QStringLiteral("on"), date.toString(Qt::ISODate) }, { QStringLiteral("text"), text.trimmed() } },
                error);
        },
        error);
}

// --- absences and frequency

QList<AbsenceRun> MeetingStore::absences(QDate date, int threshold) const
{
    if (threshold <= 0)
        threshold = storage::ProfileStore(m_db).settings().integer(SocietySetting::AbsenceThreshold);
    GovernanceStore governance(m_db);
    const std::optional<governance::Term> term = governance.termOn(date);
    if (!term)
        return {};
    // The term's council members, in seat order.
    QList<AbsenceRun> people;
    QHash<qint64, qsizetype> index;
    for (const governance::Seat &s : governance.seats(term->id, Body::Council)) {
        if (index.contains(s.personId))
            continue;
        index.insert(s.personId, people.size());
        people.append(AbsenceRun { s.personId, s.memberNo, s.name, 0, {} });
    }
    struct Run
    {
        int length = 0;
        QStringList meetings;
    };
    QList<Run> current(people.size());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT m.number, a.person_id, a.status FROM meeting m JOIN attendance a ON a.meeting_id = m.id "
                             "WHERE m.body = 'council' AND m.on_date >= ? AND m.on_date <= ? AND a.person_id IS NOT NULL "
                             "ORDER BY m.on_date, m.number"));
    q.addBindValue(term->startDate.toString(Qt::ISODate));
    q.addBindValue(date.toString(Qt::ISODate));
    if (q.exec()) {
        while (q.next()) {
            const auto it = index.constFind(q.value(1).toLongLong());
            if (it == index.cend())
                continue;
            const std::optional<AttendanceStatus> status = q.value(2).isNull()
                ? std::nullopt
                : MeetingText::statusFromCode(q.value(2).toString());
            Run &run = current[*it];
            if (status == AttendanceStatus::Absent) {
                ++run.length;
                run.meetings.append(q.value(0).toString());
                AbsenceRun &person = people[*it];
                if (run.length > person.run) {
                    person.run = run.length;
                    person.meetings = run.meetings;
                }
            } else if (status == AttendanceStatus::Present || status == AttendanceStatus::Proxy) {
                run = Run {};
            }
            // 请假 and an unmarked line break nothing.
        }
    }
    QList<AbsenceRun> flagged;
    for (const AbsenceRun &p : std::as_const(people)) {
        if (p.run >= threshold)
            flagged.append(p);
    }
    return flagged;
}

Frequency MeetingStore::frequency(int year) const
{
    Frequency f;
    f.year = year;
    for (MeetingBody body : MeetingText::allBodies())
        f.meetings.insert(body, 0);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT body, on_date FROM meeting WHERE on_date >= ? AND on_date < ?"));
    q.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    q.addBindValue(QDate(year + 1, 1, 1).toString(Qt::ISODate));
    if (q.exec()) {
        while (q.next()) {
            const std::optional<MeetingBody> body = MeetingText::bodyFromCode(q.value(0).toString());
            if (!body)
                continue;
            ++f.meetings[*body];
            if (*body == MeetingBody::StandingCouncil) {
                if (dateOf(q.value(1)).month() <= 6)
                    ++f.standingFirstHalf;
                else
                    ++f.standingSecondHalf;
            }
        }
    }
    return f;
}

// --- attachments

bool MeetingStore::attachToMeeting(qint64 meetingId, qint64 attachmentId, StorageError *error)
{
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO meeting_attachment (meeting_id, attachment_id) "
                                     "SELECT m.id, a.id FROM meeting m, attachment a WHERE m.id = ? AND a.id = ?"));
            q.addBindValue(meetingId);
            q.addBindValue(attachmentId);
            if (!q.exec())
                return failed(error, q.lastError().text());
            if (q.numRowsAffected() != 1 && !meetingAttachments(meetingId).contains(attachmentId))
                return refuse(error, tr("The meeting or the document is not recorded."));
            return m_db.audit().record(QStringLiteral("meeting"), meetingId, QStringLiteral("attach"), {},
                QJsonObject { { QStringLiteral("attachment_id"), attachmentId } }, error);
        },
        error);
}

bool MeetingStore::detachFromMeeting(qint64 meetingId, qint64 attachmentId, StorageError *error)
{
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM meeting_attachment WHERE meeting_id = ? AND attachment_id = ?"));
            q.addBindValue(meetingId);
            q.addBindValue(attachmentId);
            if (!q.exec())
                return failed(error, q.lastError().text());
            if (q.numRowsAffected() != 1)
                return refuse(error, tr("The document is not attached to the meeting."));
            return m_db.audit().record(QStringLiteral("meeting"), meetingId, QStringLiteral("detach"),
                QJsonObject { { QStringLiteral("attachment_id"), attachmentId } }, {}, error);
        },
        error);
}

QList<qint64> MeetingStore::meetingAttachments(qint64 meetingId) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT attachment_id FROM meeting_attachment WHERE meeting_id = ? ORDER BY attachment_id"));
    q.addBindValue(meetingId);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

} // namespace sd::meetings
