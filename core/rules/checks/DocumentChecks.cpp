#include "rules/checks/CheckSupport.h"

#include "governance/GovernanceStore.h"
#include "meetings/Meeting.h"

namespace sd::rules::checks {

namespace {

using meetings::MeetingBody;
using meetings::MeetingText;

// --- regulation_adopted {kind, bodies?}
Finding regulationAdopted(const CheckContext &c)
{
    const QString kind = c.params.value(QLatin1StringView("kind")).toString();
    const QStringList bodies = stringList(c.params.value(QLatin1StringView("bodies")));
    QList<governance::Regulation> adopted;
    for (const governance::Regulation &r : governance::GovernanceStore(c.db).regulations()) {
        if (r.kind == kind && (!r.adoptedOn.isValid() || r.adoptedOn <= c.referenceDate))
            adopted << r;
    }
    const QString kindName = governance::Regulation::sheetValue(kind);
    if (bodies.isEmpty()) {
        QList<Evidence> evidence;
        for (const governance::Regulation &r : std::as_const(adopted))
            evidence << Evidence { QString::number(r.id), r.title, RecordKind::Regulation };
        if (adopted.isEmpty())
            return result(Status::Fail, CheckFunctions::tr("no regulation of kind %1").arg(kindName),
                CheckFunctions::tr("a regulation of kind %1 adopted").arg(kindName), {},
                CheckFunctions::tr("Adopt a regulation of kind %1 and record it in the regulations register.").arg(kindName));
        return result(Status::Pass, CheckFunctions::tr("%n regulation(s) of kind %1", nullptr, int(adopted.size())).arg(kindName),
            CheckFunctions::tr("a regulation of kind %1 adopted").arg(kindName), evidence);
    }
    QList<Evidence> evidence;
    QStringList missing;
    for (const QString &code : bodies) {
        const MeetingBody body = MeetingText::bodyFromCode(code).value_or(MeetingBody::Council);
        const auto found = std::find_if(adopted.cbegin(), adopted.cend(), [&](const governance::Regulation &r) {
            return MeetingText::bodyFromSheet(r.body) == body;
        });
        if (found == adopted.cend())
            missing << MeetingText::sheetValue(body);
        else
            evidence << Evidence { QString::number(found->id), found->title, RecordKind::Regulation };
    }
    const QString measured = CheckFunctions::tr("%1 of %2 bodies").arg(bodies.size() - missing.size()).arg(bodies.size());
    QStringList all;
    for (const QString &code : bodies)
        all << MeetingText::sheetValue(MeetingText::bodyFromCode(code).value_or(MeetingBody::Council));
    const QString threshold = CheckFunctions::tr("%1 for each of: %2").arg(kindName, all.join(QStringLiteral("、")));
    if (missing.isEmpty())
        return result(Status::Pass, measured, threshold, evidence);
    return result(Status::Fail, measured, threshold, evidence,
        CheckFunctions::tr("Adopt %1 for: %2.").arg(kindName, missing.join(QStringLiteral("、"))));
}

// --- attestation {kind}
QString attestationNameOf(const QString &kind)
{
    static const std::pair<const char *, const char *> names[] = {
        { "party_organisation", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "party organisation at council level") },
        { "premises", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "office premises") },
        { "secretary_general_appraisal", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "yearly appraisal of the secretary-general") },
        { "leader_age_exception", QT_TRANSLATE_NOOP("sd::rules::CheckFunctions", "approved exception to the leaders' age limit") },
    };
    for (const auto &[code, name] : names) {
        if (kind == QLatin1StringView(code))
            return CheckFunctions::tr(name);
    }
    return kind;
}

Finding attestation(const CheckContext &c)
{
    const QString kind = c.params.value(QLatin1StringView("kind")).toString();
    QList<Evidence> evidence;
    for (const governance::Attestation &a : governance::GovernanceStore(c.db).attestations()) {
        if (a.kind == kind && (!a.date.isValid() || a.date <= c.referenceDate))
            evidence << Evidence { QString::number(a.id),
                QStringLiteral("%1 %2").arg(a.date.toString(Qt::ISODate), a.attestedBy).trimmed(), RecordKind::Attestation };
    }
    const QString threshold = CheckFunctions::tr("an attestation of the %1").arg(attestationNameOf(kind));
    if (evidence.isEmpty())
        return result(Status::MissingData, CheckFunctions::tr("no attestation"), threshold, {},
            CheckFunctions::tr("Record an attestation of the %1 with its document (attest %2).").arg(attestationNameOf(kind), kind));
    return result(Status::Pass, CheckFunctions::tr("%n attestation(s)", nullptr, int(evidence.size())), threshold, evidence);
}

QStringList bodyCodes(const QList<MeetingBody> &bodies)
{
    QStringList out;
    for (const MeetingBody b : bodies)
        out << MeetingText::code(b);
    return out;
}

} // namespace

QString attestationName(const QString &kind)
{
    return attestationNameOf(kind);
}

QList<CheckFunction> documentChecks()
{
    return {
        { QStringLiteral("regulation_adopted"),
            { { QStringLiteral("kind"), ParamType::String, true, governance::Regulation::kinds() },
                { QStringLiteral("bodies"), ParamType::StringList, false, bodyCodes(MeetingText::allBodies()) } },
            regulationAdopted },
        { QStringLiteral("attestation"),
            { { QStringLiteral("kind"), ParamType::String, true, governance::Attestation::kinds() } }, attestation },
    };
}

} // namespace sd::rules::checks
