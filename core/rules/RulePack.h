#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd::rules {

/// When a requirement applies (reform-requirements.md): every year, in a year a term starts
/// (换届), to pilot societies only, or for report years overlapping a date range.
struct Applicability
{
    enum class Kind { EveryYear, ElectionYear, Pilot, DateRange };
    Kind kind = Kind::EveryYear;
    QDate from; ///< DateRange: first day (invalid: open)
    QDate to;   ///< DateRange: last day (invalid: open)
};

struct CheckSpec
{
    QString id;       ///< "minutes"
    QString function; ///< a registered check function ("meeting_minutes")
    QJsonObject params; ///< validated against the function's parameter spec
};

struct Requirement
{
    QString id;       ///< "CAST17-01"
    QString titleZh;
    QString titleEn;
    QString sourceFile;    ///< seed file name
    QString sourceWording; ///< the requirement's wording in Chinese
    Applicability applicability;
    /// When what the requirement asks for is due once, on a fixed day (a reform plan's deadline:
    /// HB17-01's 2017-12-31); invalid when it has none. The Home page lists it until it is met.
    QDate deadline;
    QList<CheckSpec> checks;

    [[nodiscard]] QString citation() const;
};

/// A task a pack names without a requirement of its own: an optional reform-plan task
/// (CAST17-12 … CAST17-24) that its `plan_selected` check offers. The pack's "tasks" array
/// gives each its short title, so a plan and its document can name it.
struct PackTask
{
    QString id;      ///< "CAST17-12"
    QString titleZh; ///< "搭建高水平学术交流平台"
    QString titleEn;
};

struct RulePack
{
    QString id;
    QString titleZh;
    QString titleEn;
    bool partial = false; ///< knowingly covers only part of its source
    QString fileName;     ///< where it was loaded from (for messages)
    QList<Requirement> requirements;
    QList<PackTask> tasks; ///< the optional tasks' titles (empty for most packs)

    /// The requirement or task with `id`; null when the pack has none.
    [[nodiscard]] const Requirement *requirement(const QString &requirementId) const;
    [[nodiscard]] const PackTask *task(const QString &taskId) const;
};

/// Why a pack was refused: the file, the requirement (empty: the pack itself) and the field
/// ("checks[1].params.bodies").
struct PackError
{
    QString file;
    QString requirement;
    QString field;
    QString problem; ///< translated

    [[nodiscard]] QString text() const; ///< one line naming all of them
};

/// Reads rule packs from JSON and refuses them whole, with a PackError, when they do not parse,
/// lack a field, repeat an id, name an unknown check function or an unknown or ill-typed
/// parameter.
class PackLoader
{
    Q_DECLARE_TR_FUNCTIONS(sd::rules::PackLoader)

public:
    /// Packs shipped with the application (resources/rules/<id>.json), sorted.
    static QStringList builtinIds();
    /// A shipped pack; nullopt with `error` when it has no such id.
    static std::optional<RulePack> builtin(const QString &id, PackError *error);
    /// A pack file from disk, validated as a shipped one is.
    static std::optional<RulePack> fromFile(const QString &path, PackError *error);
    /// A pack from bytes; `fileName` names it in messages.
    static std::optional<RulePack> fromJson(const QByteArray &json, const QString &fileName, PackError *error);
};

} // namespace sd::rules
