#include "rules/RulePack.h"

#include "rules/CheckFunctions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace sd::rules {

QString Requirement::citation() const
{
    return sourceFile + QStringLiteral(": ") + sourceWording;
}

const Requirement *RulePack::requirement(const QString &requirementId) const
{
    for (const Requirement &r : requirements) {
        if (r.id == requirementId)
            return &r;
    }
    return nullptr;
}

const PackTask *RulePack::task(const QString &taskId) const
{
    for (const PackTask &t : tasks) {
        if (t.id == taskId)
            return &t;
    }
    return nullptr;
}

QString PackError::text() const
{
    if (requirement.isEmpty() && field.isEmpty())
        return PackLoader::tr("%1: %2").arg(file, problem);
    if (requirement.isEmpty())
        return PackLoader::tr("%1: field \"%2\": %3").arg(file, field, problem);
    return PackLoader::tr("%1: requirement %2, field \"%3\": %4").arg(file, requirement, field, problem);
}

namespace {

const QString kPrefix = QStringLiteral(":/rules/");

class Reader
{
public:
    Reader(QString file, PackError *error) : m_file(std::move(file)), m_error(error) { }

    bool refuse(const QString &requirement, const QString &field, const QString &problem)
    {
        if (m_error)
            *m_error = PackError { m_file, requirement, field, problem };
        return false;
    }

    /// A required non-empty string member.
    bool text(const QJsonObject &o, const QString &key, const QString &requirement, const QString &field, QString *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return refuse(requirement, field, PackLoader::tr("missing"));
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return refuse(requirement, field, PackLoader::tr("must be a non-empty string"));
        *out = v.toString();
        return true;
    }

    bool title(const QJsonObject &o, const QString &requirement, QString *zh, QString *en)
    {
        const QJsonValue t = o.value(QLatin1StringView("title"));
        if (t.isUndefined())
            return refuse(requirement, QStringLiteral("title"), PackLoader::tr("missing"));
        if (!t.isObject())
            return refuse(requirement, QStringLiteral("title"), PackLoader::tr("must be an object with \"zh\" and \"en\""));
        return text(t.toObject(), QStringLiteral("zh"), requirement, QStringLiteral("title.zh"), zh)
            && text(t.toObject(), QStringLiteral("en"), requirement, QStringLiteral("title.en"), en);
    }

    bool applicability(const QJsonValue &v, const QString &requirement, Applicability *out)
    {
        const QString field = QStringLiteral("applicability");
        if (v.isUndefined())
            return refuse(requirement, field, PackLoader::tr("missing"));
        if (v.isString()) {
            const QString s = v.toString();
            if (s == u"every_year")
                out->kind = Applicability::Kind::EveryYear;
            else if (s == u"election_year")
                out->kind = Applicability::Kind::ElectionYear;
            else if (s == u"pilot")
                out->kind = Applicability::Kind::Pilot;
            else
                return refuse(requirement, field,
                    PackLoader::tr("\"%1\" is not every_year, election_year, pilot or {\"from\", \"to\"}").arg(s));
            return true;
        }
        if (!v.isObject())
            return refuse(requirement, field, PackLoader::tr("must be every_year, election_year, pilot or {\"from\", \"to\"}"));
        const QJsonObject o = v.toObject();
        out->kind = Applicability::Kind::DateRange;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != u"from" && it.key() != u"to")
                return refuse(requirement, field + u'.' + it.key(), PackLoader::tr("unknown field"));
            const QDate d = QDate::fromString(it.value().toString(), Qt::ISODate);
            if (!it.value().isString() || !d.isValid())
                return refuse(requirement, field + u'.' + it.key(), PackLoader::tr("must be a date such as 2017-01-01"));
            (it.key() == u"from" ? out->from : out->to) = d;
        }
        if (!out->from.isValid() && !out->to.isValid())
            return refuse(requirement, field, PackLoader::tr("a date range needs \"from\" or \"to\""));
        if (out->from.isValid() && out->to.isValid() && out->to < out->from)
            return refuse(requirement, field, PackLoader::tr("\"to\" is before \"from\""));
        return true;
    }

    bool check(const QJsonValue &v, const QString &requirement, const QString &field, CheckSpec *out)
    {
        static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
        if (!v.isObject())
            return refuse(requirement, field, PackLoader::tr("must be an object with id, function and params"));
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != u"id" && it.key() != u"function" && it.key() != u"params")
                return refuse(requirement, field + u'.' + it.key(), PackLoader::tr("unknown field"));
        }
        if (!text(o, QStringLiteral("id"), requirement, field + QStringLiteral(".id"), &out->id))
            return false;
        if (!idPattern.match(out->id).hasMatch())
            return refuse(requirement, field + QStringLiteral(".id"),
                PackLoader::tr("\"%1\" is not a check id (lower case letters, digits and _)").arg(out->id));
        if (!text(o, QStringLiteral("function"), requirement, field + QStringLiteral(".function"), &out->function))
            return false;
        const CheckFunction *function = CheckFunctions::find(out->function);
        if (!function)
            return refuse(requirement, field + QStringLiteral(".function"),
                PackLoader::tr("unknown check function \"%1\"").arg(out->function));
        const QJsonValue params = o.value(QLatin1StringView("params"));
        if (!params.isUndefined() && !params.isObject())
            return refuse(requirement, field + QStringLiteral(".params"), PackLoader::tr("must be an object"));
        out->params = params.toObject();
        for (auto it = out->params.begin(); it != out->params.end(); ++it) {
            const QString pfield = field + QStringLiteral(".params.") + it.key();
            const auto spec = std::find_if(function->params.begin(), function->params.end(),
                [&](const ParamSpec &p) { return p.name == it.key(); });
            if (spec == function->params.end())
                return refuse(requirement, pfield,
                    PackLoader::tr("unknown parameter of %1").arg(function->name));
            QString why;
            if (!CheckFunctions::typeMatches(*spec, it.value(), &why))
                return refuse(requirement, pfield, why);
        }
        for (const ParamSpec &p : function->params) {
            if (p.required && !out->params.contains(p.name))
                return refuse(requirement, field + QStringLiteral(".params.") + p.name,
                    PackLoader::tr("missing (%1 needs it)").arg(function->name));
        }
        return true;
    }

    bool requirement(const QJsonValue &v, int index, Requirement *out)
    {
        const QString where = QStringLiteral("requirements[%1]").arg(index);
        if (!v.isObject())
            return refuse({}, where, PackLoader::tr("must be an object"));
        const QJsonObject o = v.toObject();
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*$"));
        if (!text(o, QStringLiteral("id"), {}, where + QStringLiteral(".id"), &out->id))
            return false;
        const QString &id = out->id;
        if (!idPattern.match(id).hasMatch())
            return refuse(id, QStringLiteral("id"), PackLoader::tr("not a requirement id (letters, digits, - and _)"));
        static const QSet<QString> known { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("source"),
            QStringLiteral("applicability"), QStringLiteral("deadline"), QStringLiteral("checks") };
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                return refuse(id, it.key(), PackLoader::tr("unknown field"));
        }
        if (!title(o, id, &out->titleZh, &out->titleEn))
            return false;
        const QJsonValue source = o.value(QLatin1StringView("source"));
        if (source.isUndefined())
            return refuse(id, QStringLiteral("source"), PackLoader::tr("missing"));
        if (!source.isObject())
            return refuse(id, QStringLiteral("source"), PackLoader::tr("must be an object with \"file\" and \"wording\""));
        if (!text(source.toObject(), QStringLiteral("file"), id, QStringLiteral("source.file"), &out->sourceFile)
            || !text(source.toObject(), QStringLiteral("wording"), id, QStringLiteral("source.wording"), &out->sourceWording))
            return false;
        if (!applicability(o.value(QLatin1StringView("applicability")), id, &out->applicability))
            return false;
        const QJsonValue deadline = o.value(QLatin1StringView("deadline"));
        if (!deadline.isUndefined()) {
            static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            out->deadline = QDate::fromString(deadline.toString(), Qt::ISODate);
            if (!deadline.isString() || !isoDate.match(deadline.toString()).hasMatch() || !out->deadline.isValid())
                return refuse(id, QStringLiteral("deadline"), PackLoader::tr("must be a date such as 2017-12-31"));
        }
        const QJsonValue checks = o.value(QLatin1StringView("checks"));
        if (checks.isUndefined())
            return refuse(id, QStringLiteral("checks"), PackLoader::tr("missing"));
        if (!checks.isArray() || checks.toArray().isEmpty())
            return refuse(id, QStringLiteral("checks"), PackLoader::tr("must be a non-empty array"));
        QSet<QString> seen;
        const QJsonArray list = checks.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            CheckSpec c;
            const QString field = QStringLiteral("checks[%1]").arg(i);
            if (!check(list.at(i), id, field, &c))
                return false;
            if (seen.contains(c.id))
                return refuse(id, field + QStringLiteral(".id"), PackLoader::tr("duplicate check id \"%1\"").arg(c.id));
            seen.insert(c.id);
            out->checks.append(c);
        }
        return true;
    }

    std::optional<RulePack> pack(const QByteArray &json)
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            refuse({}, {}, PackLoader::tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
            return std::nullopt;
        }
        if (!doc.isObject()) {
            refuse({}, {}, PackLoader::tr("a rule pack is a JSON object"));
            return std::nullopt;
        }
        const QJsonObject o = doc.object();
        RulePack p;
        p.fileName = m_file;
        static const QSet<QString> known { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("partial"),
            QStringLiteral("requirements"), QStringLiteral("tasks") };
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key())) {
                refuse({}, it.key(), PackLoader::tr("unknown field"));
                return std::nullopt;
            }
        }
        if (!text(o, QStringLiteral("id"), {}, QStringLiteral("id"), &p.id) || !title(o, {}, &p.titleZh, &p.titleEn))
            return std::nullopt;
        const QJsonValue partial = o.value(QLatin1StringView("partial"));
        if (!partial.isUndefined() && !partial.isBool()) {
            refuse({}, QStringLiteral("partial"), PackLoader::tr("must be true or false"));
            return std::nullopt;
        }
        p.partial = partial.toBool();
        const QJsonValue reqs = o.value(QLatin1StringView("requirements"));
        if (reqs.isUndefined() || !reqs.isArray() || reqs.toArray().isEmpty()) {
            refuse({}, QStringLiteral("requirements"),
                reqs.isUndefined() ? PackLoader::tr("missing") : PackLoader::tr("must be a non-empty array"));
            return std::nullopt;
        }
        QSet<QString> seen;
        const QJsonArray list = reqs.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            Requirement r;
            if (!requirement(list.at(i), int(i), &r))
                return std::nullopt;
            if (seen.contains(r.id)) {
                refuse(r.id, QStringLiteral("id"), PackLoader::tr("duplicate requirement id"));
                return std::nullopt;
            }
            seen.insert(r.id);
            p.requirements.append(r);
        }
        const QJsonValue tasks = o.value(QLatin1StringView("tasks"));
        if (!tasks.isUndefined() && !tasks.isArray()) {
            refuse({}, QStringLiteral("tasks"), PackLoader::tr("must be an array"));
            return std::nullopt;
        }
        const QJsonArray taskList = tasks.toArray();
        for (qsizetype i = 0; i < taskList.size(); ++i) {
            const QString where = QStringLiteral("tasks[%1]").arg(i);
            if (!taskList.at(i).isObject()) {
                refuse({}, where, PackLoader::tr("must be an object with id and title"));
                return std::nullopt;
            }
            const QJsonObject t = taskList.at(i).toObject();
            for (auto it = t.begin(); it != t.end(); ++it) {
                if (it.key() != u"id" && it.key() != u"title") {
                    refuse({}, where + u'.' + it.key(), PackLoader::tr("unknown field"));
                    return std::nullopt;
                }
            }
            PackTask task;
            if (!text(t, QStringLiteral("id"), {}, where + QStringLiteral(".id"), &task.id)
                || !title(t, task.id, &task.titleZh, &task.titleEn))
                return std::nullopt;
            if (seen.contains(task.id)) {
                refuse(task.id, QStringLiteral("id"), PackLoader::tr("duplicate requirement or task id"));
                return std::nullopt;
            }
            seen.insert(task.id);
            p.tasks.append(task);
        }
        return p;
    }

private:
    QString m_file;
    PackError *m_error;
};

} // namespace

QStringList PackLoader::builtinIds()
{
    QStringList ids;
    const QStringList files = QDir(kPrefix).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &f : files)
        ids << QFileInfo(f).completeBaseName();
    return ids;
}

std::optional<RulePack> PackLoader::builtin(const QString &id, PackError *error)
{
    const QString name = id + QStringLiteral(".json");
    QFile f(kPrefix + name);
    if (!builtinIds().contains(id) || !f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = PackError { name, {}, {}, tr("no rule pack \"%1\" is shipped (packs list shows them)").arg(id) };
        return std::nullopt;
    }
    return fromJson(f.readAll(), name, error);
}

std::optional<RulePack> PackLoader::fromFile(const QString &path, PackError *error)
{
    QFile f(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = PackError { name, {}, {}, tr("cannot be read: %1").arg(f.errorString()) };
        return std::nullopt;
    }
    return fromJson(f.readAll(), name, error);
}

std::optional<RulePack> PackLoader::fromJson(const QByteArray &json, const QString &fileName, PackError *error)
{
    return Reader(fileName, error).pack(json);
}

} // namespace sd::rules
