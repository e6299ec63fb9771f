#pragma once

#include "domain/Fraction.h"
#include "governance/Governance.h"

#include <QDate>
#include <QCoreApplication>
#include <QList>
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

/// One of the thresholds a body's composition is held to beyond its shares (the election year's
/// checks, shown for a sitting term and for a draft alike): the council's size cap by membership
/// and its size against the previous term's (CAST17-09, soft: a warning), the leaders' age limit
/// (CA-04), the supervisory board's size (CA-06).
struct CompositionCheck
{
    enum class Status { Pass, Warning, Fail };
    QString id; ///< CAST17-09.council_size_cap, CAST17-09.previous_term_size, CA-04.leader_age, CA-06.supervisory_size
    Status status = Status::Pass;
    QString text; ///< translated: measured value, threshold, and who when it fails
};

/// The council's size cap for `members` on the reference date: [0, 20000) 150, [20000, 100000)
/// 180, [100000, ∞) 200 (the source says 超过10万; exactly 100,000 takes the upper band).
[[nodiscard]] int councilSizeCap(qint64 members);

/// The checks of `body` in `term` on `date` (none for the congress and the standing council).
[[nodiscard]] QList<CompositionCheck> compositionChecks(storage::Database &db, Body body, const Term &term, QDate date);

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
