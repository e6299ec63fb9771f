#pragma once

#include "validation/Values.h"

#include <QDate>
#include <QString>

namespace sd::validation {

/// Resident identity card number (居民身份证号码), GB 11643-1999: 6-digit area code, birth date
/// YYYYMMDD, 3-digit sequence (odd for men, even for women), ISO 7064 MOD 11-2 check character.
struct ResidentIdResult
{
    enum class Problem {
        None,
        Empty,
        LostDigits, ///< the spreadsheet stored it as a number and dropped digits
        WrongLength,
        BadCharacter, ///< not 17 digits followed by a digit or X
        BadCheckCharacter,
        BadBirthDate, ///< digits 7–14 are not a real date, or one before 1800
        BirthDateInFuture,
        BirthDateMismatch, ///< differs from the birth date given
        GenderMismatch, ///< differs from the gender given
    };
    Problem problem = Problem::Empty;
    QString value; ///< normalised: half-width, no whitespace, X upper-case
    QString message; ///< translated, one sentence naming the value; empty when valid
    [[nodiscard]] bool isValid() const { return problem == Problem::None; }
};

/// Checks a resident ID typed or read as text. `today` bounds the birth date (an invalid date
/// skips that check); `birthDate` and `gender`, when given, must agree with the number.
[[nodiscard]] ResidentIdResult checkResidentId(
    QStringView input, QDate today, QDate birthDate = {}, Gender gender = Gender::Unknown);

/// A numeric spreadsheet cell in an ID column: Excel keeps 15 significant digits, so an 18-digit
/// ID stored as a number has always lost its last ones (LostDigits); shorter numbers are WrongLength.
[[nodiscard]] ResidentIdResult checkResidentIdNumber(double cellValue);

/// The check character for 17 digits ("10X98765432"[Σ dᵢwᵢ mod 11]), or a null QChar.
[[nodiscard]] QChar residentIdCheckCharacter(QStringView first17);

/// The embedded birth date (digits 7–14) of an 18-character ID, or an invalid QDate.
[[nodiscard]] QDate birthDateOf(QStringView id);
/// The gender by the parity of digit 17 (odd male, even female), or Unknown.
[[nodiscard]] Gender genderOf(QStringView id);

} // namespace sd::validation
