#pragma once

#include "domain/Fraction.h"
#include "governance/Governance.h"

#include <QDate>
#include <QMap>

#include <optional>

namespace sd::storage {
class Database;
}

namespace sd::governance {

/// A yes/no fact counted over seats; unknown is its own count, never "no".
struct YesNoUnknown
{
    qint64 yes = 0;
    qint64 no = 0;
    qint64 unknown = 0;

    [[nodiscard]] qint64 total() const { return yes + no + unknown; }
    friend bool operator==(const YesNoUnknown &, const YesNoUnknown &) = default;
};

/// A body's make-up on a date (reform-requirements.md, "How ratios and thresholds are
/// evaluated"): the seats of the term held on that date, every fact as of its seat.
struct Composition
{
    Body body = Body::Council;
    int termNumber = 0; ///< 0: no term on that date
    QDate date;
    int youngAge = 45; ///< 以下: aged at most this many completed years on the date
    qint64 seats = 0;
    YesNoUnknown frontLine;
    YesNoUnknown party;
    YesNoUnknown young;
    YesNoUnknown women; ///< yes: women, no: men
    YesNoUnknown fullTime;
    QMap<QString, qint64> ageBands;        ///< "≤35", "36–45", "46–55", "56–65", "66–70", ">70", "unknown"
    QMap<QString, qint64> affiliationTypes; ///< as recorded; "" for unrecorded
    std::optional<qint64> previousTermSeats; ///< the same body in the previous term, on its last day
};

/// Completed years on `date` (a birthday on the date counts): 45 on the day before the 46th birthday.
[[nodiscard]] int ageOn(QDate birthDate, QDate date);

/// The composition of `body` in `term` on `date`, with `youngAge` from the society's settings.
[[nodiscard]] Composition composition(storage::Database &db, Body body, const Term &term, QDate date, int youngAge);

/// How many more seats must be "yes" for `yes`/`seats` to reach `threshold` (0 when it does):
/// the smallest k with (yes + k) × den ≥ num × seats. With unknowns, they are the first place to
/// look; the count is over all seats.
[[nodiscard]] qint64 moreNeeded(qint64 yes, qint64 seats, Fraction threshold);
/// Whether `part`/`whole` stays at or under `limit` (不超过: inclusive).
[[nodiscard]] inline bool isAtMost(qint64 part, qint64 whole, Fraction limit)
{
    return part * limit.denominator() <= limit.numerator() * whole;
}

} // namespace sd::governance
