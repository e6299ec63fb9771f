#include "rules/CheckFunctions.h"

#include "domain/Fraction.h"
#include "rules/checks/CheckSupport.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sd::rules {

void CheckContext::use(SocietySetting key) const
{
    const QString entry = QLatin1StringView(SocietySettings::spec(key).name) + u'=' + settings.stored(key);
    if (!usedSettings.contains(entry))
        usedSettings << entry;
}

int CheckContext::integer(SocietySetting key) const
{
    use(key);
    return settings.integer(key);
}

Fraction CheckContext::fraction(SocietySetting key) const
{
    use(key);
    return settings.fraction(key);
}

bool CheckContext::flag(SocietySetting key) const
{
    use(key);
    return settings.flag(key);
}

QString CheckFunctions::typeName(ParamType type)
{
    switch (type) {
    case ParamType::String:
        return tr("a string");
    case ParamType::Fraction:
        return tr("a fraction such as \"3/4\"");
    case ParamType::Int:
        return tr("an integer");
    case ParamType::StringList:
        return tr("a list of strings");
    case ParamType::Bool:
        return tr("true or false");
    case ParamType::MonthDay:
        return tr("a month and day such as \"03-31\"");
    }
    return {};
}

QDate CheckFunctions::monthDay(const QString &value, int year)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d\\d)-(\\d\\d)$"));
    const QRegularExpressionMatch m = pattern.match(value);
    if (!m.hasMatch())
        return {};
    return QDate(year, m.captured(1).toInt(), m.captured(2).toInt());
}

bool CheckFunctions::typeMatches(const ParamSpec &spec, const QJsonValue &value, QString *why)
{
    bool ok = false;
    switch (spec.type) {
    case ParamType::String:
        ok = value.isString();
        break;
    case ParamType::Fraction:
        ok = value.isString() && Fraction::parse(value.toString()).isValid();
        break;
    case ParamType::Int:
        ok = value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
        break;
    case ParamType::StringList: {
        ok = value.isArray();
        const QJsonArray a = value.toArray();
        for (const QJsonValue &e : a)
            ok = ok && e.isString();
        break;
    }
    case ParamType::Bool:
        ok = value.isBool();
        break;
    case ParamType::MonthDay:
        // 2001 is not a leap year: 02-29 would be no date in most years.
        ok = value.isString() && monthDay(value.toString(), 2001).isValid();
        break;
    }
    if (!ok) {
        if (why)
            *why = tr("must be %1").arg(typeName(spec.type));
        return false;
    }
    if (!spec.choices.isEmpty()) {
        const QStringList values = spec.type == ParamType::StringList ? checks::stringList(value) : QStringList { value.toString() };
        for (const QString &v : values) {
            if (!spec.choices.contains(v)) {
                if (why)
                    *why = tr("\"%1\" is not one of: %2").arg(v, spec.choices.join(QStringLiteral(", ")));
                return false;
            }
        }
    }
    return true;
}

const QList<CheckFunction> &CheckFunctions::all()
{
    static const QList<CheckFunction> functions = [] {
        QList<CheckFunction> all;
        all << checks::documentChecks() << checks::meetingChecks() << checks::governanceChecks() << checks::memberChecks()
            << checks::branchChecks();
        return all;
    }();
    return functions;
}

const CheckFunction *CheckFunctions::find(QStringView name)
{
    for (const CheckFunction &f : all()) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

} // namespace sd::rules
