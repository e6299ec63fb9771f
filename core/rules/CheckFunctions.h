#pragma once

#include "rules/Finding.h"
#include "settings/SocietySettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>

namespace sd::storage {
class Database;
}

namespace sd::rules {

/// The types a check function's parameters take in a pack. MonthDay: a due date's month and day
/// ("03-31"), the year being the function's to say (the report year, the next one …). Bands: an
/// array of {"from": members, "cap": limit} with "from" rising from 0 (and "from_assumed": true on
/// a band whose lower bound the source's words do not cover, such as 超过10万).
enum class ParamType { String, Fraction, Int, StringList, Bool, MonthDay, Bands };

struct ParamSpec
{
    QString name;
    ParamType type = ParamType::String;
    bool required = true;
    QStringList choices; ///< String / StringList: the allowed values (empty: any)
};

/// What a check function is evaluated against.
struct CheckContext
{
    storage::Database &db;
    int year = 0;
    QDate referenceDate;
    QJsonObject params; ///< validated
    const SocietySettings &settings; ///< read once per evaluation
    QStringList &usedSettings;       ///< "name=value" of every setting read through the accessors below

    /// A society setting, recorded in usedSettings so the finding names it (reform-requirements.md:
    /// "every finding says which setting it used"). Read settings only through these.
    [[nodiscard]] int integer(SocietySetting key) const;
    [[nodiscard]] Fraction fraction(SocietySetting key) const;
    [[nodiscard]] bool flag(SocietySetting key) const;

private:
    void use(SocietySetting key) const;
};

/// A check's outcome without its ids and citation (the engine adds them).
using Evaluator = std::function<Finding(const CheckContext &)>;

struct CheckFunction
{
    QString name;
    QList<ParamSpec> params;
    Evaluator evaluate;
};

class CheckFunctions
{
    Q_DECLARE_TR_FUNCTIONS(sd::rules::CheckFunctions)

public:
    /// Every registered function, by name.
    static const QList<CheckFunction> &all();
    static const CheckFunction *find(QStringView name);
    /// Whether `value` has `type` ("3/4" for a fraction, an integer for int, an array of
    /// strings for a list); with a reason when not.
    static bool typeMatches(const ParamSpec &spec, const QJsonValue &value, QString *why);
    static QString typeName(ParamType type);
    /// A MonthDay parameter's value in `year` (invalid when it is not "MM-DD"; 02-29 is refused by
    /// typeMatches, so every valid value is a date in every year).
    static QDate monthDay(const QString &value, int year);
};

} // namespace sd::rules
