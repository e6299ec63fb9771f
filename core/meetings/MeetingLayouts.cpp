#include "meetings/MeetingLayouts.h"

#include "exchange/LayoutSupport.h"
#include "meetings/MeetingStore.h"
#include "settings/SocietySettings.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextDocument>

namespace sd::meetings {

using exchange::ColumnSpec;
using exchange::ImportDecision;
using exchange::ImportPlan;
using exchange::ImportRow;
using storage::Database;
using storage::StorageError;
namespace fields = exchange::fields;

/// The translation context of the meeting registers' messages.
class MeetingLayouts
{
    Q_DECLARE_TR_FUNCTIONS(sd::meetings::MeetingLayouts)
};

namespace {

using storage::isoDate;
using storage::textOrNull;

bool sqlFailed(const Database &db, const QSqlQuery &q, StorageError *error)
{
    error->kind = StorageError::Kind::Sql;
    error->file = db.path();
    error->message = MeetingLayouts::tr("The meetings in %1 could not be read or written (%2).").arg(db.path(), q.lastError().text());
    return false;
}

/// A column of an enum the store keeps: every spelling MeetingText reads (the sheet value, the
/// code, the variants secretariats write) gives the sheet value, with the enum in `number`;
/// anything else is refused with the accepted values named.
template <typename E>
exchange::FieldParser enumField(std::function<std::optional<E>(QStringView)> fromSheet, std::function<QString(E)> sheet,
    const QList<E> &all)
{
    QList<validation::Choice> choices;
    for (const E e : all)
        choices.append({ sheet(e), { MeetingText::code(e) } });
    exchange::FieldParser refuse = fields::choice(choices);
    return [fromSheet = std::move(fromSheet), sheet = std::move(sheet), refuse = std::move(refuse)](
               const exchange::Cell &cell, exchange::FieldContext &context) {
        if (const std::optional<E> e = fromSheet(exchange::shownValue(cell, context.dates1904).trimmed())) {
            exchange::Field f;
            f.state = exchange::Field::State::Valid;
            f.text = sheet(*e);
            f.number = static_cast<qint64>(*e);
            return f;
        }
        return refuse(cell, context);
    };
}

template <typename E>
std::optional<E> enumOf(const exchange::Field &field)
{
    return field.isValid() ? std::optional<E>(static_cast<E>(field.number)) : std::nullopt;
}

/// "2025-理事-01（理事会会议（2025-03-18））": a meeting as messages name it.
QString describe(const Meeting &m)
{
    return MeetingLayouts::tr("%1 (%2)").arg(m.number, MeetingStore::displayTitle(m));
}

/// The register's meetings by number, looked up once per number.
class MeetingCache
{
public:
    explicit MeetingCache(const MeetingStore &store) : m_store(store) { }
    const Meeting *find(const QString &number)
    {
        auto it = m_meetings.find(number);
        if (it == m_meetings.end())
            it = m_meetings.insert(number, m_store.meetingByNumber(number));
        return it->has_value() ? &**it : nullptr;
    }

private:
    const MeetingStore &m_store;
    QHash<QString, std::optional<Meeting>> m_meetings;
};

// --- meetings ----------------------------------------------------------------------------------

enum MeetingColumn { MNumber, MBody, MDate, MMode, MPlace, MChair, MMinutes };

struct MeetingRecord
{
    Meeting meeting;
    QString minutes;
};

class MeetingsLayout final : public exchange::ImportLayout
{
public:
    QString kind() const override { return QStringLiteral("meetings"); }
    QString auditEntity() const override { return QStringLiteral("meeting"); }
    const QList<ColumnSpec> &columns() const override { return meetingColumns(); }

    bool addRow(ImportRow &row) override
    {
        if (row.hasErrors())
            return false;
        MeetingRecord r;
        r.meeting.number = row.field(MNumber).text;
        r.meeting.body = enumOf<MeetingBody>(row.field(MBody)).value_or(MeetingBody::Council);
        r.meeting.date = row.field(MDate).date;
        r.meeting.mode = enumOf<Mode>(row.field(MMode)).value_or(Mode::Onsite);
        r.meeting.place = row.field(MPlace).isValid() ? row.field(MPlace).text : QString();
        r.meeting.chair = row.field(MChair).isValid() ? row.field(MChair).text : QString();
        r.minutes = row.field(MMinutes).isValid() ? row.field(MMinutes).text : QString();
        m_records.append(r);
        return true;
    }

    bool matchRegister(Database &db, ImportPlan &plan, StorageError *) override
    {
        const MeetingStore store(db);
        QHash<QString, Meeting> existing;
        for (const Meeting &m : store.meetings())
            existing.insert(m.number, m);
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            MeetingRecord &r = m_records[i];
            const auto it = existing.constFind(r.meeting.number);
            if (it == existing.constEnd())
                continue;
            plan.duplicate(i, it->id, columnName(MNumber), r.meeting.number, MeetingStore::displayTitle(*it));
            if (plan.decision(i).action != ImportDecision::Action::Update || r.minutes.isEmpty())
                continue;
            if (const std::optional<MinutesVersion> minutes = store.minutes(it->id); minutes && minutes->isSigned())
                plan.reject(i, columnName(MMinutes), r.minutes.left(40),
                    MeetingLayouts::tr("The minutes of meeting %1 were signed off on %2 and are locked; record a "
                                       "correction on the Meetings page instead.")
                        .arg(r.meeting.number, isoDate(minutes->signedOn)));
        }
        return plan.progress(m_records.size());
    }

    bool write(Database &db, ImportPlan &plan, qint64 *inserted, qint64 *updated, StorageError *error) override
    {
        MeetingStore store(db);
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            MeetingRecord &r = m_records[i];
            const ImportDecision &d = plan.decision(i);
            if (d.action == ImportDecision::Action::Insert) {
                if (!store.insertMeeting(r.meeting, error))
                    return false;
                ++*inserted;
            } else if (d.action == ImportDecision::Action::Update) {
                r.meeting.id = d.existingId;
                if (!update(db, store, r, error))
                    return false;
                ++*updated;
            } else {
                continue;
            }
            if (!r.minutes.isEmpty() && !store.insertMinutes(r.meeting.id, r.minutes, error))
                return false;
        }
        return plan.progress(m_records.size());
    }

private:
    /// Updates the meeting from the columns the file has; a new body or date regenerates the roll
    /// (the marks of people still on it stay).
    bool update(Database &db, MeetingStore &store, const MeetingRecord &r, StorageError *error)
    {
        const std::optional<Meeting> before = store.meeting(r.meeting.id);
        if (!before) {
            error->kind = StorageError::Kind::NotFound;
            error->file = db.path();
            error->message = MeetingLayouts::tr("Meeting %1 is no longer recorded; nothing was written.").arg(r.meeting.number);
            return false;
        }
        Meeting m = *before;
        m.body = r.meeting.body;
        m.date = r.meeting.date;
        if (hasColumn(MMode))
            m.mode = r.meeting.mode;
        if (hasColumn(MPlace))
            m.place = r.meeting.place;
        if (hasColumn(MChair))
            m.chair = r.meeting.chair;
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE meeting SET body = ?, on_date = ?, mode = ?, place = ?, chair = ? WHERE id = ?"));
        q.addBindValue(MeetingText::code(m.body));
        q.addBindValue(isoDate(m.date));
        q.addBindValue(MeetingText::code(m.mode));
        q.addBindValue(textOrNull(m.place));
        q.addBindValue(textOrNull(m.chair));
        q.addBindValue(m.id);
        if (!q.exec())
            return sqlFailed(db, q, error);
        if (m.body != before->body || m.date != before->date)
            return store.writeRoll(m.id, error);
        return true;
    }

    QList<MeetingRecord> m_records;
};

// --- attendance --------------------------------------------------------------------------------

enum AttendanceColumn { ANumber, AName, AMemberNo, AStatus, AProxy };

struct AttendanceRecord
{
    QString meetingNumber;
    QString name;
    QString memberNo;
    std::optional<AttendanceStatus> status; ///< none: left as it is
    QString proxyTo;
    AttendanceLine line;                    ///< the roll's line, marked (after matchRegister)
    bool wasMarked = false;
};

class AttendanceLayout final : public exchange::ImportLayout
{
public:
    QString kind() const override { return QStringLiteral("attendance"); }
    QString auditEntity() const override { return QStringLiteral("attendance"); }
    const QList<ColumnSpec> &columns() const override { return attendanceColumns(); }

    bool addRow(ImportRow &row) override
    {
        AttendanceRecord r;
        r.meetingNumber = row.field(ANumber).text;
        r.name = row.field(AName).isValid() ? row.field(AName).text : QString();
        r.memberNo = row.field(AMemberNo).isValid() ? row.field(AMemberNo).text : QString();
        r.status = enumOf<AttendanceStatus>(row.field(AStatus));
        r.proxyTo = row.field(AProxy).isValid() ? row.field(AProxy).text : QString();
        if (row.field(AName).isEmpty() && row.field(AMemberNo).isEmpty())
            row.error(AName, MeetingLayouts::tr("Give the %1 or the %2 of the person on the meeting's roll.")
                                 .arg(row.columnName(AName), row.columnName(AMemberNo)));
        if (r.status == AttendanceStatus::Proxy && row.field(AProxy).isEmpty())
            row.error(row.hasColumn(AProxy) ? AProxy : AStatus,
                MeetingLayouts::tr("委托 (proxy) needs the person who attends in their place: give the name in the "
                                   "column %1 (proxy_to).")
                    .arg(row.columnName(AProxy)));
        else if (!r.proxyTo.isEmpty() && r.status != AttendanceStatus::Proxy)
            row.warning(AProxy, MeetingLayouts::tr("%1 is only read for 委托 (proxy); it was ignored.").arg(row.columnName(AProxy)));
        if (!row.hasColumn(AStatus))
            row.error(AStatus, MeetingLayouts::tr("The file has no column %1 (status): say who was 出席, 请假, 缺席 or 委托.")
                                   .arg(row.columnName(AStatus)));
        if (row.hasErrors())
            return false;
        if (r.status != AttendanceStatus::Proxy)
            r.proxyTo.clear();
        m_records.append(r);
        return true;
    }

    bool matchRegister(Database &db, ImportPlan &plan, StorageError *) override
    {
        const MeetingStore store(db);
        MeetingCache meetings(store);
        QHash<qint64, QList<AttendanceLine>> rolls;
        QHash<qint64, int> marked; // roll line -> the file's line that marks it
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            AttendanceRecord &r = m_records[i];
            const Meeting *m = meetings.find(r.meetingNumber);
            if (!m) {
                plan.reject(i, columnName(ANumber), r.meetingNumber,
                    MeetingLayouts::tr("There is no meeting numbered %1; import the meetings first.").arg(r.meetingNumber));
                continue;
            }
            if (!r.status)
                continue; // an unmarked line (as exports write them): nothing to match or write
            auto roll = rolls.find(m->id);
            if (roll == rolls.end())
                roll = rolls.insert(m->id, store.roll(m->id));
            if (roll->isEmpty()) {
                plan.reject(i, columnName(ANumber), r.meetingNumber,
                    MeetingLayouts::tr("The roll of meeting %1 is empty: no term in office on %2 has seats on its body. "
                                       "Import the terms and seats first.")
                        .arg(describe(*m), isoDate(m->date)));
                continue;
            }
            const AttendanceLine *line = nullptr;
            if (!r.memberNo.isEmpty()) {
                for (const AttendanceLine &l : std::as_const(*roll)) {
                    if (l.memberNo == r.memberNo) {
                        line = &l;
                        break;
                    }
                }
                if (!line) {
                    plan.reject(i, columnName(AMemberNo), r.memberNo,
                        MeetingLayouts::tr("Member number %1 is not on the roll of meeting %2.").arg(r.memberNo, describe(*m)));
                    continue;
                }
                if (!r.name.isEmpty() && line->name != r.name) {
                    plan.reject(i, columnName(AName), r.name,
                        MeetingLayouts::tr("Member number %1 is %2 on the roll of meeting %3, not %4.")
                            .arg(r.memberNo, line->name, describe(*m), r.name));
                    continue;
                }
            } else {
                int found = 0;
                for (const AttendanceLine &l : std::as_const(*roll)) {
                    if (l.name == r.name) {
                        line = &l;
                        ++found;
                    }
                }
                if (found == 0) {
                    plan.reject(i, columnName(AName), r.name,
                        MeetingLayouts::tr("%1 is not on the roll of meeting %2.").arg(r.name, describe(*m)));
                    continue;
                }
                if (found > 1) {
                    plan.reject(i, columnName(AName), r.name,
                        MeetingLayouts::tr("%1 people named %2 are on the roll of meeting %3; give the %4 to say which.")
                            .arg(found)
                            .arg(r.name, describe(*m), columnName(AMemberNo)));
                    continue;
                }
            }
            if (const auto seen = marked.constFind(line->id); seen != marked.constEnd()) {
                plan.reject(i, columnName(r.memberNo.isEmpty() ? AName : AMemberNo),
                    r.memberNo.isEmpty() ? r.name : r.memberNo,
                    MeetingLayouts::tr("%1 is already marked for meeting %2 on line %3; this later row is a duplicate.")
                        .arg(line->name, r.meetingNumber)
                        .arg(*seen));
                continue;
            }
            marked.insert(line->id, plan.line(i));
            r.line = *line;
            r.wasMarked = line->status.has_value();
            if (r.wasMarked) {
                plan.duplicate(i, line->id, columnName(AStatus), MeetingText::sheetValue(*r.status),
                    MeetingLayouts::tr("%1 at meeting %2: %3").arg(line->name, r.meetingNumber, MeetingText::sheetValue(*line->status)));
            }
            r.line.status = r.status;
            r.line.proxyTo = r.proxyTo;
        }
        return plan.progress(m_records.size());
    }

    bool write(Database &db, ImportPlan &plan, qint64 *inserted, qint64 *updated, StorageError *error) override
    {
        QList<AttendanceLine> lines;
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            const AttendanceRecord &r = m_records.at(i);
            const ImportDecision &d = plan.decision(i);
            if (!r.status || (d.action != ImportDecision::Action::Insert && d.action != ImportDecision::Action::Update))
                continue;
            lines.append(r.line);
            ++*(r.wasMarked ? updated : inserted);
        }
        if (!MeetingStore(db).writeAttendance(lines, error))
            return false;
        return plan.progress(m_records.size());
    }

private:
    QList<AttendanceRecord> m_records;
};

// --- resolutions -------------------------------------------------------------------------------

enum ResolutionColumn { RNumber, RText, RKind, RFor, RAgainst, RAbstain, RRule, ROwner, RDue, RFollowUp };

struct ResolutionRecord
{
    QString meetingNumber;
    QString key;                     ///< number + text: the rows of one resolution share it
    Resolution resolution;
    bool kindGiven = false;
    bool votesGiven = false;
    std::optional<VoteRule> rule;    ///< none: the charter's default
    std::optional<FollowUp> followUp;
    bool dueGiven = false;
    bool statusGiven = false;
    MeetingBody body = MeetingBody::Council;
};

/// What the first row of a resolution said, for the rows that follow it.
struct ResolutionGroup
{
    int line = 0;
    ResolutionKind kind = ResolutionKind::Other;
    std::optional<Votes> votes;
    std::optional<VoteRule> rule;
    QSet<QString> followUps; ///< owner|due|status of the rows so far
};

bool sameVotes(const std::optional<Votes> &a, const std::optional<Votes> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->inFavour == b->inFavour && a->against == b->against && a->abstain == b->abstain);
}

QString votesText(const std::optional<Votes> &v)
{
    return v ? QStringLiteral("%1/%2/%3").arg(v->inFavour).arg(v->against).arg(v->abstain) : QString();
}

class ResolutionsLayout final : public exchange::ImportLayout
{
public:
    QString kind() const override { return QStringLiteral("resolutions"); }
    QString auditEntity() const override { return QStringLiteral("resolution"); }
    const QList<ColumnSpec> &columns() const override { return resolutionColumns(); }

    bool addRow(ImportRow &row) override
    {
        ResolutionRecord r;
        r.meetingNumber = row.field(RNumber).text;
        r.resolution.text = row.field(RText).text;
        r.key = QString(r.meetingNumber + QChar(0x1F) + r.resolution.text);
        r.kindGiven = row.field(RKind).isValid();
        r.resolution.kind = enumOf<ResolutionKind>(row.field(RKind)).value_or(ResolutionKind::Other);
        r.votesGiven = row.field(RFor).isValid() || row.field(RAgainst).isValid() || row.field(RAbstain).isValid();
        if (r.votesGiven)
            r.resolution.votes = Votes { static_cast<int>(row.field(RFor).number), static_cast<int>(row.field(RAgainst).number),
                static_cast<int>(row.field(RAbstain).number) };
        r.rule = enumOf<VoteRule>(row.field(RRule));
        const bool owner = !row.field(ROwner).isEmpty();
        r.dueGiven = !row.field(RDue).isEmpty();
        r.statusGiven = !row.field(RFollowUp).isEmpty();
        if (!owner && (r.dueGiven || r.statusGiven))
            row.error(ROwner, MeetingLayouts::tr("A follow-up's %1 or %2 needs its %3: the person responsible for carrying the "
                                                 "resolution out.")
                                  .arg(row.columnName(RDue), row.columnName(RFollowUp), row.columnName(ROwner)));
        if (owner && row.field(ROwner).isValid()) {
            FollowUp f;
            f.owner = row.field(ROwner).text;
            f.due = row.field(RDue).date;
            f.status = enumOf<FollowUpStatus>(row.field(RFollowUp)).value_or(FollowUpStatus::NotStarted);
            r.followUp = f;
        }
        if (row.hasErrors())
            return false;

        const QString followUpKey = r.followUp
            ? QString(r.followUp->owner + u'|' + isoDate(r.followUp->due) + u'|' + MeetingText::code(r.followUp->status))
            : QString();
        const auto group = m_groups.find(r.key);
        if (group != m_groups.end()) {
            const auto disagree = [&](int column, const QString &what) {
                row.error(column, MeetingLayouts::tr("Line %1 gives this resolution of meeting %2 with %3 %4; the rows of one "
                                                     "resolution (one row per follow-up) must agree.")
                                      .arg(group->line)
                                      .arg(r.meetingNumber, row.columnName(column), what));
            };
            if (group->kind != r.resolution.kind)
                disagree(RKind, MeetingText::sheetValue(group->kind));
            if (!sameVotes(group->votes, r.resolution.votes))
                disagree(RFor, group->votes ? votesText(group->votes) : MeetingLayouts::tr("no votes"));
            if (group->rule != r.rule)
                disagree(RRule, group->rule ? MeetingText::sheetValue(*group->rule) : MeetingLayouts::tr("no rule"));
            if (group->followUps.contains(followUpKey))
                row.error(r.followUp ? ROwner : RText,
                    MeetingLayouts::tr("Line %1 already gives this resolution of meeting %2%3; this later row is a duplicate.")
                        .arg(group->line)
                        .arg(r.meetingNumber,
                            r.followUp ? MeetingLayouts::tr(" with this follow-up") : QString()));
            if (row.hasErrors())
                return false;
            group->followUps.insert(followUpKey);
        } else {
            m_groups.insert(r.key, ResolutionGroup { row.line(), r.resolution.kind, r.resolution.votes, r.rule, { followUpKey } });
        }
        m_records.append(r);
        return true;
    }

    bool matchRegister(Database &db, ImportPlan &plan, StorageError *) override
    {
        const MeetingStore store(db);
        const SocietySettings settings = storage::ProfileStore(db).settings();
        MeetingCache meetings(store);
        QHash<qint64, QList<Resolution>> existing;
        QHash<qint64, Quorum> quorums;
        QSet<QString> checked;
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            ResolutionRecord &r = m_records[i];
            const Meeting *m = meetings.find(r.meetingNumber);
            if (!m) {
                plan.reject(i, columnName(RNumber), r.meetingNumber,
                    MeetingLayouts::tr("There is no meeting numbered %1; import the meetings first.").arg(r.meetingNumber));
                continue;
            }
            r.resolution.meetingId = m->id;
            r.body = m->body;
            r.resolution.rule = r.rule.value_or(Voting::defaultRule(m->body, r.resolution.kind, settings));
            auto listed = existing.find(m->id);
            if (listed == existing.end())
                listed = existing.insert(m->id, store.resolutions(m->id));
            for (const Resolution &e : std::as_const(*listed)) {
                if (e.text == r.resolution.text) {
                    plan.duplicate(i, e.id, columnName(RText), r.resolution.text,
                        MeetingLayouts::tr("resolution %1 of meeting %2").arg(e.position).arg(r.meetingNumber));
                    break;
                }
            }
            // What a reviewer should see, once per resolution: votes beyond those present, no quorum.
            if (!r.resolution.votes || checked.contains(r.key))
                continue;
            checked.insert(r.key);
            auto quorum = quorums.find(m->id);
            if (quorum == quorums.end())
                quorum = quorums.insert(m->id, store.quorum(m->id));
            if (quorum->seats == 0 || quorum->unrecorded == quorum->seats)
                continue; // no attendance recorded yet: nothing to compare the votes with
            for (const QString &w : MeetingStore::check(r.resolution, m->body, *quorum).warnings)
                plan.warning(i, columnName(RFor), votesText(r.resolution.votes), w);
        }
        return plan.progress(m_records.size());
    }

    bool write(Database &db, ImportPlan &plan, qint64 *inserted, qint64 *updated, StorageError *error) override
    {
        MeetingStore store(db);
        QHash<QString, qint64> written; // key -> the resolution inserted or updated
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            ResolutionRecord &r = m_records[i];
            const ImportDecision &d = plan.decision(i);
            if (d.action == ImportDecision::Action::Insert) {
                if (!written.contains(r.key)) {
                    if (!store.insertResolution(r.resolution, error))
                        return false;
                    written.insert(r.key, r.resolution.id);
                }
                if (r.followUp) {
                    r.followUp->resolutionId = written.value(r.key);
                    if (!store.insertFollowUp(*r.followUp, error))
                        return false;
                }
                ++*inserted;
            } else if (d.action == ImportDecision::Action::Update) {
                if (!written.contains(r.key)) {
                    if (!updateResolution(db, d.existingId, r, error))
                        return false;
                    written.insert(r.key, d.existingId);
                }
                if (r.followUp && !updateFollowUp(db, store, d.existingId, r, error))
                    return false;
                ++*updated;
            }
        }
        return plan.progress(m_records.size());
    }

private:
    /// The cells the row has replace the register's; empty ones keep it.
    bool updateResolution(Database &db, qint64 id, const ResolutionRecord &r, StorageError *error)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE resolution SET kind = coalesce(?, kind), votes_for = coalesce(?, votes_for), "
                                 "votes_against = coalesce(?, votes_against), votes_abstain = coalesce(?, votes_abstain), "
                                 "rule = coalesce(?, rule) WHERE id = ?"));
        const QVariant noText(QMetaType::fromType<QString>());
        const QVariant noNumber(QMetaType::fromType<int>());
        const std::optional<Votes> &v = r.resolution.votes;
        q.addBindValue(r.kindGiven ? QVariant(MeetingText::code(r.resolution.kind)) : noText);
        q.addBindValue(v ? QVariant(v->inFavour) : noNumber);
        q.addBindValue(v ? QVariant(v->against) : noNumber);
        q.addBindValue(v ? QVariant(v->abstain) : noNumber);
        q.addBindValue(r.rule ? QVariant(MeetingText::code(*r.rule)) : noText);
        q.addBindValue(id);
        return q.exec() || sqlFailed(db, q, error);
    }

    /// The follow-up of the same owner is updated from the row's cells; else one is added.
    bool updateFollowUp(Database &db, MeetingStore &store, qint64 resolutionId, ResolutionRecord &r, StorageError *error)
    {
        for (const FollowUp &f : store.followUps(resolutionId)) {
            if (f.owner != r.followUp->owner)
                continue;
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("UPDATE follow_up SET due_date = coalesce(?, due_date), status = ?, completed_on = ? "
                                     "WHERE id = ?"));
            const FollowUpStatus status = r.statusGiven ? r.followUp->status : f.status;
            const QDate completed = status != FollowUpStatus::Completed ? QDate()
                : f.completedOn.isValid()                               ? f.completedOn
                                                                        : db.clock().today();
            q.addBindValue(r.dueGiven ? QVariant(isoDate(r.followUp->due)) : QVariant(QMetaType::fromType<QString>()));
            q.addBindValue(MeetingText::code(status));
            q.addBindValue(textOrNull(isoDate(completed)));
            q.addBindValue(f.id);
            return q.exec() || sqlFailed(db, q, error);
        }
        r.followUp->resolutionId = resolutionId;
        return store.insertFollowUp(*r.followUp, error);
    }

    QList<ResolutionRecord> m_records;
    QHash<QString, ResolutionGroup> m_groups;
};

} // namespace

QString minutesCellText(const QString &minutes)
{
    if (!Qt::mightBeRichText(minutes))
        return minutes;
    QString t = minutes;
    static const QRegularExpression kHidden(QStringLiteral("<(head|style|script)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression kSourceBreaks(QStringLiteral("[\\r\\n]+"));
    static const QRegularExpression kBreaks(QStringLiteral("<br\\s*/?>|</(p|div|li|h[1-6]|tr)\\s*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kTags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression kNumeric(QStringLiteral("&#(x[0-9a-fA-F]+|[0-9]+);"));
    t.remove(kHidden);
    t.replace(kSourceBreaks, QStringLiteral(" "));
    t.replace(kBreaks, QStringLiteral("\n"));
    t.remove(kTags);
    QString decoded;
    qsizetype from = 0;
    for (QRegularExpressionMatchIterator it = kNumeric.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        decoded += QStringView(t).mid(from, match.capturedStart() - from);
        const QString digits = match.captured(1);
        bool ok = false;
        const uint code = digits.startsWith(u'x') ? digits.mid(1).toUInt(&ok, 16) : digits.toUInt(&ok);
        if (ok && code > 0 && code <= 0x10FFFF) {
            const char32_t c = code;
            decoded += QString::fromUcs4(&c, 1);
        }
        from = match.capturedEnd();
    }
    decoded += QStringView(t).mid(from);
    decoded.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    QStringList lines = decoded.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    return lines.join(u'\n');
}

QStringList registerKinds()
{
    return { QStringLiteral("meetings"), QStringLiteral("attendance"), QStringLiteral("resolutions") };
}

std::unique_ptr<exchange::ImportLayout> importLayout(QStringView kind)
{
    if (kind == u"meetings")
        return std::make_unique<MeetingsLayout>();
    if (kind == u"attendance")
        return std::make_unique<AttendanceLayout>();
    if (kind == u"resolutions")
        return std::make_unique<ResolutionsLayout>();
    return nullptr;
}

std::unique_ptr<exchange::ExportSource> exportSource(QStringView kind)
{
    if (kind == u"meetings") {
        return std::make_unique<exchange::QueryExport>(QStringLiteral("meetings"), QStringLiteral("meeting"), meetingColumns(),
            QStringList { QStringLiteral("2025-理事-01"), QStringLiteral("理事会"), QStringLiteral("2025-03-18"), QStringLiteral("现场"),
                QStringLiteral("福州市鼓楼区学会会议室"), QStringLiteral("张伟"),
                QStringLiteral("审议通过2024年工作报告和2025年工作计划。") },
            QStringLiteral("SELECT m.number, m.body, m.on_date, m.mode, m.place, m.chair, "
                           "(SELECT v.text FROM minutes_version v WHERE v.meeting_id = m.id ORDER BY v.version DESC LIMIT 1) "
                           "FROM meeting m ORDER BY m.on_date, m.number"),
            [](const QSqlQuery &q, bool) {
                return QStringList { q.value(0).toString(),
                    MeetingText::sheetValue(MeetingText::bodyFromCode(q.value(1).toString()).value_or(MeetingBody::Council)),
                    q.value(2).toString(), MeetingText::sheetValue(MeetingText::modeFromCode(q.value(3).toString()).value_or(Mode::Onsite)),
                    q.value(4).toString(), q.value(5).toString(), minutesCellText(q.value(6).toString()) };
            });
    }
    if (kind == u"attendance") {
        return std::make_unique<exchange::QueryExport>(QStringLiteral("attendance"), QStringLiteral("attendance"),
            attendanceColumns(),
            QStringList { QStringLiteral("2025-理事-01"), QStringLiteral("李娜"), QStringLiteral("M000123"), QStringLiteral("委托"),
                QStringLiteral("王强") },
            QStringLiteral("SELECT m.number, a.name, mb.member_no, a.status, a.proxy_to FROM attendance a "
                           "JOIN meeting m ON m.id = a.meeting_id LEFT JOIN person p ON p.id = a.person_id "
                           "LEFT JOIN member mb ON mb.id = p.member_id ORDER BY m.on_date, m.number, a.position, a.id"),
            [](const QSqlQuery &q, bool) {
                const std::optional<AttendanceStatus> status = MeetingText::statusFromCode(q.value(3).toString());
                return QStringList { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    status ? MeetingText::sheetValue(*status) : QString(), q.value(4).toString() };
            });
    }
    if (kind == u"resolutions") {
        return std::make_unique<exchange::QueryExport>(QStringLiteral("resolutions"), QStringLiteral("resolution"),
            resolutionColumns(),
            QStringList { QStringLiteral("2025-理事-01"), QStringLiteral("通过《学会财务管理办法》"), QStringLiteral("adopt_regulation"),
                QStringLiteral("58"), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("三分之二"), QStringLiteral("王强"),
                QStringLiteral("2025-06-30"), QStringLiteral("进行中") },
            QStringLiteral("SELECT m.number, r.text, r.kind, r.votes_for, r.votes_against, r.votes_abstain, r.rule, f.owner, "
                           "f.due_date, f.status FROM resolution r JOIN meeting m ON m.id = r.meeting_id "
                           "LEFT JOIN follow_up f ON f.resolution_id = r.id ORDER BY m.on_date, m.number, r.position, f.id"),
            [](const QSqlQuery &q, bool) {
                const bool votes = !q.value(3).isNull() || !q.value(4).isNull() || !q.value(5).isNull();
                const auto count = [&](int column) { return votes ? QString::number(q.value(column).toInt()) : QString(); };
                const bool followUp = !q.value(7).isNull();
                return QStringList { q.value(0).toString(), q.value(1).toString(),
                    MeetingText::sheetValue(MeetingText::kindFromCode(q.value(2).toString()).value_or(ResolutionKind::Other)),
                    count(3), count(4), count(5),
                    MeetingText::sheetValue(MeetingText::ruleFromCode(q.value(6).toString()).value_or(VoteRule::TwoThirds)),
                    q.value(7).toString(), q.value(8).toString(),
                    followUp ? MeetingText::sheetValue(
                                   MeetingText::followUpFromCode(q.value(9).toString()).value_or(FollowUpStatus::NotStarted))
                             : QString() };
            });
    }
    return nullptr;
}

const QList<ColumnSpec> &meetingColumns()
{
    static const QList<ColumnSpec> columns {
        exchange::column(u"会议编号", "number", true, fields::code(50), { QStringLiteral("编号") }, true),
        exchange::column(u"机构", "body", true,
            enumField<MeetingBody>(&MeetingText::bodyFromSheet, [](MeetingBody b) { return MeetingText::sheetValue(b); },
                MeetingText::allBodies()),
            { QStringLiteral("会议类型") }),
        exchange::column(u"日期", "date", true, fields::date(), { QStringLiteral("会议日期") }),
        exchange::column(u"形式", "mode", false,
            enumField<Mode>(&MeetingText::modeFromSheet, [](Mode m) { return MeetingText::sheetValue(m); },
                { Mode::Onsite, Mode::Video, Mode::Hybrid, Mode::Written }),
            { QStringLiteral("会议形式") }),
        exchange::column(u"地点", "place", false, fields::text(200), { QStringLiteral("会议地点") }),
        exchange::column(u"主持人", "chair", false, fields::name(50)),
        exchange::column(u"纪要", "minutes", false, fields::text(), { QStringLiteral("会议纪要") }),
    };
    return columns;
}

const QList<ColumnSpec> &attendanceColumns()
{
    static const QList<ColumnSpec> columns {
        exchange::column(u"会议编号", "meeting", true, fields::code(50), { QStringLiteral("number") }),
        exchange::column(u"姓名", "name", false, fields::name(50)),
        exchange::column(u"会员编号", "member_no", false, fields::code(30)),
        exchange::column(u"出席情况", "status", false,
            enumField<AttendanceStatus>(&MeetingText::statusFromSheet,
                [](AttendanceStatus s) { return MeetingText::sheetValue(s); },
                { AttendanceStatus::Present, AttendanceStatus::Excused, AttendanceStatus::Absent, AttendanceStatus::Proxy }),
            { QStringLiteral("出席"), QStringLiteral("签到") }),
        exchange::column(u"受托人", "proxy_to", false, fields::name(50),
            { QStringLiteral("委托人"), QStringLiteral("委托给"), QStringLiteral("代理人") }),
    };
    return columns;
}

const QList<ColumnSpec> &resolutionColumns()
{
    const auto votes = [] { return fields::wholeNumber(0, 1'000'000); };
    static const QList<ColumnSpec> columns {
        exchange::column(u"会议编号", "meeting", true, fields::code(50), { QStringLiteral("number") }),
        exchange::column(u"决议事项", "text", true, fields::text(2000), { QStringLiteral("决议") }),
        exchange::column(u"类别", "kind", false,
            enumField<ResolutionKind>(&MeetingText::kindFromSheet, [](ResolutionKind k) { return MeetingText::sheetValue(k); },
                { ResolutionKind::AppointSecretaryGeneral, ResolutionKind::AdoptRegulation, ResolutionKind::Budget,
                    ResolutionKind::Election, ResolutionKind::DuesChange, ResolutionKind::BranchDecision, ResolutionKind::Other }),
            { QStringLiteral("决议类别") }),
        exchange::column(u"赞成", "for", false, votes(), { QStringLiteral("赞成票") }),
        exchange::column(u"反对", "against", false, votes(), { QStringLiteral("反对票") }),
        exchange::column(u"弃权", "abstain", false, votes(), { QStringLiteral("弃权票") }),
        exchange::column(u"表决规则", "rule", false,
            enumField<VoteRule>(&MeetingText::ruleFromSheet, [](VoteRule r) { return MeetingText::sheetValue(r); },
                { VoteRule::MoreThanHalf, VoteRule::AtLeastHalf, VoteRule::TwoThirds })),
        exchange::column(u"落实责任人", "owner", false, fields::name(50), { QStringLiteral("责任人") }),
        exchange::column(u"落实期限", "due", false, fields::date(), { QStringLiteral("完成期限") }),
        exchange::column(u"落实情况", "follow_up", false,
            enumField<FollowUpStatus>(&MeetingText::followUpFromSheet,
                [](FollowUpStatus s) { return MeetingText::sheetValue(s); },
                { FollowUpStatus::NotStarted, FollowUpStatus::InProgress, FollowUpStatus::Completed }),
            { QStringLiteral("落实状态") }),
    };
    return columns;
}

} // namespace sd::meetings
