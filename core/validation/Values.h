#pragma once

#include "domain/Member.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd::validation {

/// The domain's Gender (domain/Member.h): validators and records speak the same enum.
using sd::Gender;

/// 是/否, Y/N, yes/no, true/false, 1/0 in any case, full-width folded. Empty means unknown
/// (nullopt), never "no".
struct YesNoResult
{
    enum class Problem { None, Unrecognized };
    Problem problem = Problem::None;
    std::optional<bool> value;
    QString message; ///< translated, one sentence; empty when valid
    [[nodiscard]] bool isValid() const { return problem == Problem::None; }
};

[[nodiscard]] YesNoResult parseYesNo(QStringView input);

/// 男/女 (also 男性/女性), M/F, male/female in any case; empty is Gender::Unknown and valid.
struct GenderResult
{
    enum class Problem { None, Unrecognized };
    Problem problem = Problem::None;
    Gender value = Gender::Unknown;
    QString message;
    [[nodiscard]] bool isValid() const { return problem == Problem::None; }
};

[[nodiscard]] GenderResult parseGender(QStringView input);

/// One accepted value of an enumerated column and the other spellings that mean it
/// (正常 with "active").
struct Choice
{
    QString canonical;
    QStringList aliases;
};

/// An enumerated column (状态, 单位性质, 职称, 政治面貌, 证件类型 …). Matching ignores case,
/// full-width forms and whitespace. Empty input is valid and gives `defaultValue` (which may be
/// empty); whether the column is required is the caller's business.
struct ChoiceResult
{
    enum class Problem { None, NotAllowed };
    Problem problem = Problem::None;
    QString value; ///< the canonical entry; the half-width trimmed input when not allowed
    QString message; ///< names the input and every accepted value
    [[nodiscard]] bool isValid() const { return problem == Problem::None; }
};

[[nodiscard]] ChoiceResult checkChoice(
    QStringView input, const QStringList &allowed, QStringView defaultValue = {});
[[nodiscard]] ChoiceResult checkChoice(
    QStringView input, const QList<Choice> &choices, QStringView defaultValue = {});

} // namespace sd::validation
