#include "rules/Engine.h"

#include "governance/GovernanceStore.h"
#include "rules/CheckFunctions.h"
#include "settings/SocietySettings.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QJsonArray>

namespace sd::rules {

QDate Engine::referenceDate(int year, QDate explicitDate, QDate today)
{
    if (explicitDate.isValid())
        return explicitDate;
    const QDate yearEnd(year, 12, 31);
    return yearEnd < today ? yearEnd : today;
}

bool Engine::applies(storage::Database &db, const Applicability &applicability, int year, QString *why)
{
    using K = Applicability::Kind;
    switch (applicability.kind) {
    case K::EveryYear:
        return true;
    case K::ElectionYear:
        for (const governance::Term &t : governance::GovernanceStore(db).terms()) {
            if (t.status != governance::TermStatus::Draft && t.startDate.isValid() && t.startDate.year() == year)
                return true;
        }
        if (why)
            *why = tr("Applies only in an election year; no term starts in %1.").arg(year);
        return false;
    case K::Pilot:
        if (storage::ProfileStore(db).settings().flag(SocietySetting::PilotSociety))
            return true;
        if (why)
            *why = tr("Applies only to pilot societies (setting %1).").arg(SocietySettings::label(SocietySetting::PilotSociety));
        return false;
    case K::DateRange: {
        const bool afterStart = !applicability.from.isValid() || applicability.from <= QDate(year, 12, 31);
        const bool beforeEnd = !applicability.to.isValid() || applicability.to >= QDate(year, 1, 1);
        if (afterStart && beforeEnd)
            return true;
        if (why)
            *why = tr("Applies from %1 to %2; not in %3.")
                       .arg(applicability.from.isValid() ? applicability.from.toString(Qt::ISODate) : QStringLiteral("…"),
                           applicability.to.isValid() ? applicability.to.toString(Qt::ISODate) : QStringLiteral("…"))
                       .arg(year);
        return false;
    }
    }
    return false;
}

QList<Finding> Engine::evaluate(storage::Database &db, const QList<RulePack> &packs, int year, QDate referenceDate)
{
    const QDate on = Engine::referenceDate(year, referenceDate, db.clock().today());
    const SocietySettings settings = storage::ProfileStore(db).settings();
    QList<Finding> findings;
    for (const RulePack &pack : packs) {
        for (const Requirement &req : pack.requirements) {
            QString why;
            const bool applicable = applies(db, req.applicability, year, &why);
            for (const CheckSpec &check : req.checks) {
                Finding f;
                if (!applicable) {
                    f.status = Status::NotApplicable;
                    f.hint = why;
                } else if (const CheckFunction *function = CheckFunctions::find(check.function)) {
                    QStringList used;
                    f = function->evaluate(CheckContext { db, year, on, check.params, settings, used });
                    f.settings = used;
                } else {
                    f.status = Status::MissingData;
                    f.hint = tr("Unknown check function %1.").arg(check.function);
                }
                f.check = req.id + u'.' + check.id;
                f.requirement = req.id;
                f.pack = pack.id;
                f.citation = req.citation();
                findings << f;
            }
        }
    }
    return findings;
}

ComplianceRun Engine::run(storage::Database &db, const QList<RulePack> &packs, int year, QDate referenceDate)
{
    ComplianceRun r;
    r.society = storage::ProfileStore(db).profile().name;
    r.referenceDate = Engine::referenceDate(year, referenceDate, db.clock().today());
    r.year = year;
    r.packs = packs;
    r.findings = evaluate(db, packs, year, r.referenceDate);
    return r;
}

bool ComplianceRun::anyFails() const
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.status == Status::Fail; });
}

QJsonObject ComplianceRun::toJson() const
{
    QJsonArray packIds;
    for (const RulePack &p : packs)
        packIds.append(p.id);
    QJsonArray list;
    for (const Finding &f : findings)
        list.append(rules::toJson(f));
    return QJsonObject { { QStringLiteral("society"), society }, { QStringLiteral("reference_date"), referenceDate.toString(Qt::ISODate) },
        { QStringLiteral("year"), year }, { QStringLiteral("packs"), packIds }, { QStringLiteral("findings"), list } };
}

} // namespace sd::rules
