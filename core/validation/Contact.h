#pragma once

#include <QString>

namespace sd::validation {

/// A mainland mobile (1[3-9] and 9 more digits) or a landline (0 + 2–3 digit area code, 7–8 digit
/// number, optional 1–6 digit extension).
struct PhoneResult
{
    enum class Problem { None, Empty, NotMobile, NotLandline, NotPhone };
    enum class Kind { None, Mobile, Landline };
    Problem problem = Problem::Empty;
    Kind kind = Kind::None;
    QString value; ///< "13800138000", "010-12345678" or "010-12345678-123"; the half-width trimmed input when
                   ///< invalid
    QString message; ///< translated, one sentence naming the value; empty when valid
    [[nodiscard]] bool isValid() const { return problem == Problem::None; }
};

/// Spaces and dashes are ignored, full-width digits folded, and a +86, 0086 or 86 prefix dropped.
[[nodiscard]] PhoneResult checkMobile(QStringView input);
/// 010-12345678, 010 12345678, (010)12345678, 01012345678, 0571-87654321-123, 010-12345678转123,
/// +86 10 12345678; normalised to 区号-号码[-分机].
[[nodiscard]] PhoneResult checkLandline(QStringView input);
/// Either of the two (a unit's 联系电话); a mobile when both could apply.
[[nodiscard]] PhoneResult checkPhone(QStringView input);

/// A pragmatic syntax check: one @, no whitespace, a local part of the usual characters, a domain
/// of labels ending in a TLD of at least 2 letters. Full-width forms and 。 are folded first.
struct EmailResult
{
    enum class Problem { None, Empty, Whitespace, NoAt, SeveralAt, BadLocalPart, BadDomain };
    Problem problem = Problem::Empty;
    QString value; ///< trimmed, half-width, domain in lower case
    QString message; ///< translated, one sentence naming the value; empty when valid
    [[nodiscard]] bool isValid() const { return problem == Problem::None; }
};

[[nodiscard]] EmailResult checkEmail(QStringView input);

} // namespace sd::validation
