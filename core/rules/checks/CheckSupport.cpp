#include "rules/checks/CheckSupport.h"

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

} // namespace sd::rules::checks
