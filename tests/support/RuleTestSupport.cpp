#include "RuleTestSupport.h"

#include "rules/Engine.h"
#include "rules/RulePack.h"

#include <QDebug>

namespace sd::test {

using namespace sd::rules;

QByteArray onePackJson(const QString &function, const QString &params, const QString &applicability)
{
    return QStringLiteral(R"({"id": "t", "title": {"zh": "测试", "en": "Test"}, "requirements": [
        {"id": "R-1", "title": {"zh": "要求", "en": "Requirement"}, "source": {"file": "seed.txt", "wording": "原文"},
         "applicability": %3, "checks": [{"id": "c", "function": "%1", "params": %2}]}]})")
        .arg(function, params, applicability)
        .toUtf8();
}

Finding evaluateOne(storage::Database &db, const QString &function, const QString &params, int year, QDate on,
    const QString &applicability)
{
    PackError error;
    const std::optional<RulePack> pack = PackLoader::fromJson(onePackJson(function, params, applicability), QStringLiteral("t.json"), &error);
    if (!pack) {
        qWarning() << error.text();
        return {};
    }
    return Engine::evaluate(db, { *pack }, year, on).value(0);
}

Finding shippedCheck(storage::Database &db, const QString &checkId, QDate on, int year)
{
    const QString requirement = checkId.section(u'.', 0, 0);
    const QString id = checkId.section(u'.', 1);
    for (const QString &packId : PackLoader::builtinIds()) {
        PackError error;
        const std::optional<RulePack> pack = PackLoader::builtin(packId, &error);
        if (!pack) {
            qWarning() << error.text();
            return {};
        }
        for (Requirement r : pack->requirements) {
            if (r.id != requirement)
                continue;
            r.checks.removeIf([&](const CheckSpec &c) { return c.id != id; });
            if (r.checks.isEmpty())
                break;
            RulePack one = *pack;
            one.requirements = { r };
            return Engine::evaluate(db, { one }, year > 0 ? year : on.year(), on).value(0);
        }
    }
    qWarning() << "no shipped check" << checkId;
    return {};
}

QStringList evidenceIds(const Finding &f)
{
    QStringList ids;
    for (const Evidence &e : f.evidence)
        ids << e.id;
    return ids;
}

} // namespace sd::test
