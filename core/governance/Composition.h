#pragma once

#include "domain/Fraction.h"
#include "governance/Governance.h"

#include <QDate>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSet>

#include <algorithm>

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
/// (CA-04), the supervisory board's size (CA-06). The Governance page shows these; the rules
/// engine's check functions evaluate the same structured results below (councilSize(),
/// previousTermSize(), leaderAges(), supervisorySize()), so both say the same.
struct CompositionCheck
{
    enum class Status { Pass, Warning, Fail };
    QString id; ///< CAST17-09.council_size_cap, CAST17-09.previous_term_size, CA-04.leader_age, CA-06.supervisory_size
    Status status = Status::Pass;
    QString text; ///< translated: measured value, threshold, and who when it fails
};

/// A band of the council's size cap (CAST17-09): from `from` individual members on, at most `cap`
/// seats.
struct SizeBand
{
    qint64 from = 0;
    int cap = 0;
    /// The source's words do not cover exactly `from` (超过10万 is "more than 100,000"): the product
    /// takes this band for it, and says so.
    bool fromAssumed = false;
    friend bool operator==(const SizeBand &, const SizeBand &) = default;
};

/// CAST17-09's bands: [0, 20000) 150, [20000, 100000) 180, [100000, ∞) 200 (exactly 100,000 is
/// assumed to be in the upper band).
[[nodiscard]] QList<SizeBand> defaultCouncilSizeBands();
/// The band `members` falls in: the last whose `from` it reaches (the first when it reaches none).
[[nodiscard]] SizeBand sizeBandFor(qint64 members, const QList<SizeBand> &bands);
/// The council's size cap for `members` by the default bands.
[[nodiscard]] int councilSizeCap(qint64 members);

/// The council's size on a date against its cap.
struct CouncilSize
{
    qint64 seats = 0;
    /// Members on the date (a COUNT over the register): counted when asked, or when the seats
    /// exceed the smallest cap, the only case where the cap depends on it.
    std::optional<qint64> members;
    SizeBand band; ///< the band of `members`; without them, the band of the smallest cap
    [[nodiscard]] bool over() const { return seats > band.cap; }
    /// Exactly at the start of a band the source's words do not cover (100,000).
    [[nodiscard]] bool atAssumedBoundary() const { return members && band.fromAssumed && *members == band.from; }
};
[[nodiscard]] CouncilSize councilSize(storage::Database &db, const Term &term, QDate date, const QList<SizeBand> &bands,
    bool countMembers);

/// The council against the previous term's (CAST17-09): a council already under its cap is, in
/// principle, not larger than the previous one, unless members grew by more than 30% in a year.
struct PreviousTermSize
{
    enum class Outcome {
        NoPreviousTerm,  ///< the term before is not recorded
        NoPreviousSeats, ///< it is, without council seats on its last day
        NotLarger,
        PreviousAtCap,   ///< the previous council was not under its cap: the rule does not restrict
        MembersGrew,     ///< larger, but members grew by more than 30% in the year
        Larger,
    };
    Outcome outcome = Outcome::NoPreviousTerm;
    qint64 seats = 0;
    qint64 before = 0;   ///< the previous council on its last day
    int previousNumber = 0;
    QDate previousLastDay; ///< invalid when neither this term's start nor the previous end is recorded
    // Counted only when the council is larger (the cap and the growth decide then):
    std::optional<qint64> membersBefore; ///< on the previous term's last day
    int capBefore = 0;                   ///< its cap then
    std::optional<qint64> members;       ///< on the date
    std::optional<qint64> membersYearAgo;
    [[nodiscard]] bool ok() const { return outcome != Outcome::Larger; }
};
[[nodiscard]] PreviousTermSize previousTermSize(storage::Database &db, const Term &term, QDate date,
    const QList<SizeBand> &bands);

/// The leaders (理事长, 副理事长, 秘书长 seats on the council or the standing council) against the
/// age limit (CA-04), on a date: completed years on it, so a leader who turns 71 on the date is over 70.
struct LeaderAges
{
    struct Over
    {
        Seat seat;
        int age = 0;
        bool excepted = false; ///< an approved exception (attestation leader_age_exception) covers them
    };
    int maxAge = 70;
    qint64 leaders = 0;     ///< people in leader roles seated on the date
    QList<Over> over;       ///< older than maxAge
    QList<Seat> unknown;    ///< no birth date recorded
    QList<Attestation> exceptions; ///< on file by the date: one with a person covers them, one without covers all
    [[nodiscard]] bool anyUnexcused() const
    {
        return std::any_of(over.cbegin(), over.cend(), [](const Over &o) { return !o.excepted; });
    }
};
[[nodiscard]] LeaderAges leaderAges(storage::Database &db, const Term &term, QDate date, int maxAge);

/// The supervisory board's size on a date (CA-06): from `minimum` to `maximum`, an odd number.
struct SupervisorySize
{
    qint64 seats = 0;
    int minimum = 3;
    int maximum = 9;
    [[nodiscard]] bool ok() const { return seats >= minimum && seats <= maximum && seats % 2 == 1; }
};
[[nodiscard]] SupervisorySize supervisorySize(storage::Database &db, const Term &term, QDate date, int minimum, int maximum);

/// Who held which role in every recorded non-draft term, to count consecutive terms in the same
/// role (CA-04's chair and vice-chairs, HB17-15's retired officials). Reads the seats once.
class RoleHistory
{
public:
    explicit RoleHistory(storage::Database &db);

    struct Run
    {
        int terms = 0;            ///< consecutive terms up to and including the one asked about
        /// Terms just before the run that are not recorded: they could extend it (0 when the run
        /// starts at term 1 or after a recorded term without the role).
        int unrecordedBefore = 0;
    };
    /// The run of consecutive terms ending with term `number` in which `personId` held `role`
    /// (on any body).
    [[nodiscard]] Run run(int number, qint64 personId, Role role) const;

private:
    QMap<int, QSet<QPair<qint64, int>>> m_held; ///< term number → (person, role)
};

/// The composition checks of `body` in `term` on `date` (none for the congress and the standing
/// council), with the society's settings for the limits.
[[nodiscard]] QList<CompositionCheck> compositionChecks(storage::Database &db, Body body, const Term &term, QDate date);

/// The facts seat_share and composition() count on a seat.
enum class SeatFact { FrontLine, Party, Young };
/// A seat's fact on `date`: front-line and party membership as recorded when seated (party from the
/// political status when not recorded), young from the birth date (aged at most `youngAge`); nullopt
/// when unknown, never "no".
[[nodiscard]] std::optional<bool> seatFact(const Seat &seat, SeatFact fact, QDate date, int youngAge);

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
