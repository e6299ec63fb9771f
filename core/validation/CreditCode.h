#pragma once

#include <QString>

namespace sd::validation {

/// Unified social credit code (统一社会信用代码), GB 32100-2015.
/// 18 characters over 0-9 and A-Y without I O Z S V; the last one is a MOD 31 check character.
struct CreditCodeResult
{
    enum class Problem { None, Empty, WrongLength, BadCharacter, BadCheckCharacter };
    Problem problem = Problem::Empty;
    QString normalized; ///< upper-cased, trimmed
    [[nodiscard]] bool isValid() const { return problem == Problem::None; }
};

[[nodiscard]] CreditCodeResult checkCreditCode(QStringView input);

/// The check character for the first 17 characters, or a null QChar when they are not valid.
[[nodiscard]] QChar creditCodeCheckCharacter(QStringView first17);

} // namespace sd::validation
