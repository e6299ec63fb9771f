#include "rules/checks/CheckSupport.h"

#include "governance/Governance.h"
#include "meetings/MeetingStore.h"

namespace sd::rules::checks {

using meetings::Meeting;
using meetings::MeetingBody;
using meetings::MeetingStore;

Finding result(Status status, QString measured, QString threshold, QList<Evidence> evidence, QString hint)
{
    Finding f;
    f.status = status;
    f.measured = std::move(measured);
    f.threshold = std::move(threshold);
    f.evidence = std::move(evidence);
    f.hint = std::move(hint);
    return f;
}

QString param(const CheckContext &c, const char *name)
{
    return c.params.value(QLatin1StringView(name)).toString();
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a)
        out << e.toString();
    return out;
}

QString andMore(qint64 listed, qint64 total)
{
    return total > listed ? CheckFunctions::tr(" …and %1 more").arg(total - listed) : QString();
}

QString names(const QList<Evidence> &evidence)
{
    QStringList out;
    for (const Evidence &e : evidence)
        out << e.name;
    return out.join(QStringLiteral("、"));
}

Evidence meetingEvidence(const Meeting &m)
{
    return { m.number, MeetingStore::displayTitle(m), RecordKind::Meeting };
}

QList<Meeting> heldMeetings(const CheckContext &c, std::optional<MeetingBody> body)
{
    QList<Meeting> held;
    const QList<Meeting> all = MeetingStore(c.db).meetings(c.year, body);
    for (const Meeting &m : all) {
        if (m.date.isValid() && m.date <= c.referenceDate)
            held << m;
    }
    return held;
}

Evidence seatEvidence(const governance::Seat &seat)
{
    return { QString::number(seat.id), seat.memberNo.isEmpty() ? seat.name : QStringLiteral("%1 %2").arg(seat.memberNo, seat.name),
        RecordKind::Seat };
}

Evidence staffEvidence(const governance::StaffMember &staff)
{
    return { QString::number(staff.id), QStringLiteral("%1 %2").arg(staff.name, staff.role).trimmed(), RecordKind::Staff };
}

Evidence termEvidence(const governance::Term &term)
{
    return { QString::number(term.number), governance::GovernanceText::termLabel(term.number), RecordKind::Term };
}

Finding noTermInOffice(const QString &threshold)
{
    return result(Status::MissingData, CheckFunctions::tr("no term in office"), threshold, {},
        CheckFunctions::tr("Record the term in office and its seats."));
}

bool isSecretaryGeneralLevel(const QString &role)
{
    const QString r = role.trimmed();
    if (r.contains(u"秘书长"))
        return !r.contains(u"助理");
    return r.compare(u"secretary-general", Qt::CaseInsensitive) == 0
        || r.compare(u"deputy secretary-general", Qt::CaseInsensitive) == 0;
}

bool isSecretaryGeneral(const QString &role)
{
    const QString r = role.trimmed();
    return isSecretaryGeneralLevel(r) && !r.contains(u"副") && !r.startsWith(u"deputy", Qt::CaseInsensitive);
}

CouncilResolutions councilResolutions(const CheckContext &c, const governance::Term &term, meetings::ResolutionKind kind)
{
    CouncilResolutions found;
    const MeetingStore store(c.db);
    for (const meetings::Resolution &r : store.resolutionsOfKind(kind)) {
        const std::optional<Meeting> m = store.meeting(r.meetingId);
        if (!m || m->body != MeetingBody::Council || !m->date.isValid() || m->date < term.startDate
            || m->date > c.referenceDate || (term.endDate.isValid() && m->date > term.endDate))
            continue;
        const Evidence e { QString::number(r.id), QStringLiteral("%1: %2").arg(m->number, r.text), RecordKind::Resolution };
        (store.check(r).outcome == meetings::Outcome::Adopted ? found.adopted : found.other) << e;
    }
    return found;
}

} // namespace sd::rules::checks
