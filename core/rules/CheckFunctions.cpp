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

namespace {

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
}

/// [{"from": 0, "cap": 150}, …]: "from" starts at 0 and rises, "cap" is positive, nothing else
/// but an optional "from_assumed": true/false.
bool bandsMatch(const QJsonValue &value)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return false;
    qint64 previous = -1;
    const QJsonArray bands = value.toArray();
    for (const QJsonValue &b : bands) {
        if (!b.isObject())
            return false;
        const QJsonObject o = b.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != u"from" && it.key() != u"cap" && it.key() != u"from_assumed")
                return false;
        }
        const QJsonValue from = o.value(QLatin1StringView("from"));
        const QJsonValue cap = o.value(QLatin1StringView("cap"));
        const QJsonValue assumed = o.value(QLatin1StringView("from_assumed"));
        if (!isInteger(from) || !isInteger(cap) || cap.toDouble() <= 0 || (!assumed.isUndefined() && !assumed.isBool()))
            return false;
        const qint64 f = qint64(from.toDouble());
        if ((previous < 0 && f != 0) || (previous >= 0 && f <= previous))
            return false;
        previous = f;
    }
    return true;
}

} // namespace

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
    case ParamType::Bands:
        return tr("a list of bands such as [{\"from\": 0, \"cap\": 150}, {\"from\": 20000, \"cap\": 180}]");
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
        ok = isInteger(value);
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
    case ParamType::Bands:
        ok = bandsMatch(value);
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
            << checks::branchChecks()
            << checks::seatChecks();
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
