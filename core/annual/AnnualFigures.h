#pragma once

#include "annual/Finance.h"
#include "domain/Fraction.h"
#include "governance/Composition.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sd::storage {
class Database;
}

/// The annual report's generated parts (issue 8): figures and tables computed from the records of
/// a year, as plain data. A report keeps them as a JSON snapshot with each saved draft, so a
/// published report never changes when the records do, and the editor tells "records changed
/// since" by comparing snapshots. The snapshot holds codes and counts, never translated labels:
/// the renderer translates when it renders. User data (grade, branch and activity names, leaders'
/// names, resolution texts, regulation titles) is kept as recorded. Nothing personal beyond the
/// leaders' names is kept (no ID numbers, phones, e-mails, birth dates).
///
/// Counts are exact integers and ratios exact fractions; an unknown is its own count, never
/// counted as yes or no, and an amount not entered is absent, never 0.
///
/// The JSON (format 1). Every key is snake_case and stable; a date is "YYYY-MM-DD" or null, a
/// count an integer, amounts integers in fen:
///
///     format 1 · year · year_end
///     members: individual, individual_before, units, units_before, joined, exited, units_joined,
///         units_exited, by_grade [{grade, members}] (grade order), by_age_band {band: n}
///         (members::ageBands()), by_affiliation_type {type or "unknown": n}, front_line {yes, no,
///         unknown}, dues {members, paid}, dues_before {members, paid},
///         series [{year, individual, units}] (year − 4 … year)
///     governance: term {number, start, end} or null,
///         bodies [{body, seats, front_line, women, party, young (each {yes, no, unknown}),
///             young_age, previous_term_seats (or null)}],
///         thresholds [{id, part, whole, unknown, threshold "3/4", at_most, meets (true, false or
///             null: undecided)}],
///         council_size {seats, cap, members} or null, supervisory_size {seats, minimum, maximum}
///             or null, checks [{id, status: pass | warning | fail}],
///         leaders [{role, name}], leader_changes [{date, change: took_office | left_office, role,
///             name, term}],
///         meetings [{body, held, quorate, not_quorate, undecided}] (every meeting body),
///         resolutions [{meeting, date, body, kind, text}] (adopted), resolutions_rejected,
///         resolutions_undecided, resolutions_not_quorate, regulations [{title, kind, adopted_on}]
///     branches: list [{name, kind, status, established_on, dissolved_on, activities,
///         participants, without_participants}], by_kind {kind: n}, set_up, dissolved
///     activities: by_kind [{kind, activities, participants, without_participants, brand}], own,
///         brand_list [{name, kind, start, branch, participants (or null)}]
///     finances: amounts {category code: fen} (entered only), dues_entered (or null),
///         dues_received, dues_payments
namespace sd::annual {

/// Members of one grade.
struct GradeCount
{
    QString grade; ///< the grade's name, as recorded
    qint64 members = 0;
    friend bool operator==(const GradeCount &, const GradeCount &) = default;
};

/// Members on 31 December of a year, for the five-year chart.
struct YearMembers
{
    int year = 0;
    qint64 individual = 0;
    qint64 units = 0;
    friend bool operator==(const YearMembers &, const YearMembers &) = default;
};

/// The members on a date and those of them who paid dues for a year (members::duesOn).
struct DuesCount
{
    qint64 members = 0;
    qint64 paid = 0;
    /// The collection ratio paid / members (invalid, 0/0, with no members).
    [[nodiscard]] Fraction ratio() const { return { paid, members }; }
    friend bool operator==(const DuesCount &, const DuesCount &) = default;
};

/// 会员发展服务: the registers at the year's end and over the year. Members on a date follow
/// interchange.md's rule (joined on or before it, not exited on or before it, not an applicant),
/// for unit members as for individual ones: a member joining on 31 December counts at the year's
/// end, one exiting on 31 December does not.
struct MemberFigures
{
    qint64 individual = 0;       ///< on 31 December of the year
    qint64 individualBefore = 0; ///< on 31 December of the year before
    qint64 units = 0;
    qint64 unitsBefore = 0;
    qint64 joined = 0;           ///< individual members whose join date falls in the year (applicants apart)
    qint64 exited = 0;           ///< individual members whose exit date falls in the year
    qint64 unitsJoined = 0;
    qint64 unitsExited = 0;
    QList<GradeCount> byGrade;               ///< at the year's end, in grade order, grades held only
    QMap<QString, qint64> byAgeBand;         ///< members::ageBands() → members (bands held only)
    QMap<QString, qint64> byAffiliationType; ///< 单位性质 as recorded, "unknown" when none
    governance::YesNoUnknown frontLine;      ///< 基层一线 at the year's end
    DuesCount dues;                          ///< on 31 December, paid for the year
    DuesCount duesBefore;                    ///< on 31 December of the year before, paid for that year
    QList<YearMembers> series;               ///< year − 4 … year, oldest first

    [[nodiscard]] qint64 growth() const { return individual - individualBefore; } ///< may be negative
    /// individual / individualBefore, as members::Growth::ratio (≥ 115/100 is "+15%").
    [[nodiscard]] Fraction growthRatio() const { return { individual, individualBefore }; }
    [[nodiscard]] qint64 unitGrowth() const { return units - unitsBefore; }
    [[nodiscard]] Fraction unitGrowthRatio() const { return { units, unitsBefore }; }
    /// Front-line yes / all members at the year's end (the unknowns are in the denominator and
    /// shown apart, as MemberStatistics counts them).
    [[nodiscard]] Fraction frontLineShare() const { return { frontLine.yes, frontLine.total() }; }
    friend bool operator==(const MemberFigures &, const MemberFigures &) = default;
};

/// The term (届) in office on 31 December: the latest non-draft term begun by then.
struct TermFigure
{
    int number = 0; ///< the renderer names it: GovernanceText::termLabel(number) → 第九届
    QDate start;
    QDate end; ///< the planned end; invalid when not recorded
    friend bool operator==(const TermFigure &, const TermFigure &) = default;
};

/// A body's make-up at the year's end (governance::composition()).
struct BodyFigure
{
    QString body; ///< council, standing_council, supervisory_board
    qint64 seats = 0;
    governance::YesNoUnknown frontLine;
    governance::YesNoUnknown women; ///< yes: women, no: men
    governance::YesNoUnknown party;
    governance::YesNoUnknown young; ///< at most youngAge completed years on 31 December
    int youngAge = 45;
    std::optional<qint64> previousTermSeats; ///< the same body at the end of the previous term
    friend bool operator==(const BodyFigure &, const BodyFigure &) = default;
};

/// A share held to a reform threshold: part / whole at least (or at most) `threshold`.
struct ThresholdFigure
{
    /// council_front_line (≥ 3/4, CAST17-10), standing_front_line (≥ 2/3, CAST17-10),
    /// standing_ratio (standing council ≤ 1/3 of the council, CA-05 / CAST17-09).
    QString id;
    qint64 part = 0;
    qint64 whole = 0;
    qint64 unknown = 0; ///< of `whole`, neither yes nor no
    Fraction threshold;
    bool atMost = false; ///< 不超过 (inclusive) rather than 不低于
    /// Decided when the unknowns cannot change it; nullopt when they can, or with no seats.
    std::optional<bool> meets;
    friend bool operator==(const ThresholdFigure &, const ThresholdFigure &) = default;
};

/// The council's size against its cap for the members at the year's end (CAST17-09).
struct CouncilSizeFigure
{
    qint64 seats = 0;
    qint64 cap = 0;
    qint64 members = 0; ///< individual members on 31 December, which set the cap
    [[nodiscard]] bool over() const { return seats > cap; }
    friend bool operator==(const CouncilSizeFigure &, const CouncilSizeFigure &) = default;
};

/// The supervisory board's size against the charter's limits (CA-06): an odd number in range.
struct SupervisorySizeFigure
{
    qint64 seats = 0;
    int minimum = 3;
    int maximum = 9;
    [[nodiscard]] bool ok() const { return seats >= minimum && seats <= maximum && seats % 2 == 1; }
    friend bool operator==(const SupervisorySizeFigure &, const SupervisorySizeFigure &) = default;
};

/// The outcome of one of governance::compositionChecks() at the year's end (its text is
/// translated, so only the id and status are kept).
struct CheckFigure
{
    QString id;     ///< CAST17-09.council_size_cap, CAST17-09.previous_term_size, CA-04.leader_age, CA-06.supervisory_size
    QString status; ///< pass, warning, fail
    friend bool operator==(const CheckFigure &, const CheckFigure &) = default;
};

/// A leader (理事长, 副理事长, 秘书长) at the year's end: the name only.
struct LeaderFigure
{
    QString role; ///< chair, vice_chair, secretary_general
    QString name;
    friend bool operator==(const LeaderFigure &, const LeaderFigure &) = default;
};

/// A leader's seat beginning or ending in the year (an election makes both).
struct LeaderChange
{
    QDate date;
    QString change; ///< took_office (the seat's start, else its term's) or left_office (the seat's end)
    QString role;
    QString name;
    int term = 0; ///< the seat's term number
    friend bool operator==(const LeaderChange &, const LeaderChange &) = default;
};

/// The meetings of a body held in the year, and their quorum from the roll (MeetingStore::quorum).
/// The two office meetings have no quorum: their quorate, notQuorate and undecided are 0.
struct MeetingCount
{
    QString body; ///< meetings::MeetingText::code: congress … secretary_general_office
    qint64 held = 0;
    qint64 quorate = 0;
    qint64 notQuorate = 0;
    qint64 undecided = 0; ///< no roll, nothing marked, or unmarked lines that could decide it
    friend bool operator==(const MeetingCount &, const MeetingCount &) = default;
};

/// A resolution adopted at a meeting of the year: MeetingStore::check's outcome (its votes under
/// its rule, else the minutes' record), at a meeting not shown to lack its quorum.
struct ResolutionFigure
{
    QString meeting; ///< the meeting's number
    QDate date;
    QString body;
    QString kind; ///< meetings::MeetingText::code(ResolutionKind)
    QString text;
    friend bool operator==(const ResolutionFigure &, const ResolutionFigure &) = default;
};

/// A regulation (制度) adopted in the year.
struct RegulationFigure
{
    QString title;
    QString kind; ///< governance::Regulation::kinds()
    QDate adoptedOn;
    friend bool operator==(const RegulationFigure &, const RegulationFigure &) = default;
};

/// 内部建设: the term, the bodies against the reform thresholds, the leaders, the meetings,
/// resolutions and regulations of the year.
struct GovernanceFigures
{
    std::optional<TermFigure> term;         ///< none: no term recorded by the year's end
    QList<BodyFigure> bodies;               ///< council, standing council, supervisory board (with a term)
    QList<ThresholdFigure> thresholds;      ///< with a term
    std::optional<CouncilSizeFigure> councilSize;
    std::optional<SupervisorySizeFigure> supervisorySize;
    QList<CheckFigure> checks;
    QList<LeaderFigure> leaders;            ///< chair, vice-chairs, secretary-general, in that order
    QList<LeaderChange> leaderChanges;      ///< by date
    QList<MeetingCount> meetings;           ///< every meeting body, in MeetingText::allBodies() order
    QList<ResolutionFigure> resolutions;    ///< adopted, by meeting date
    qint64 resolutionsRejected = 0;
    qint64 resolutionsUndecided = 0;        ///< neither votes nor an outcome recorded
    /// Carried by their votes at a meeting the roll shows was not quorate: not valid, so not
    /// among the adopted.
    qint64 resolutionsNotQuorate = 0;
    QList<RegulationFigure> regulations;    ///< by adoption date
    friend bool operator==(const GovernanceFigures &, const GovernanceFigures &) = default;
};

/// A branch that existed in the year, with its activities of the year.
struct BranchFigure
{
    QString name;
    QString kind;   ///< 专业委员会 … as recorded
    QString status; ///< BranchText::code on 31 December; empty: none recorded by then
    QDate establishedOn;
    QDate dissolvedOn;
    qint64 activities = 0;
    qint64 participants = 0;        ///< the sum of those recorded
    qint64 withoutParticipants = 0; ///< activities with no participant count (not counted as 0)
    friend bool operator==(const BranchFigure &, const BranchFigure &) = default;
};

/// Branches (分支机构): those that existed in the year (begun by its end, not dissolved before it
/// began), in pinyin order.
struct BranchFigures
{
    QList<BranchFigure> branches;
    QMap<QString, qint64> byKind; ///< kind → branches in being (正常 or 暂停) on 31 December
    qint64 setUp = 0;             ///< established in the year
    qint64 dissolved = 0;         ///< dissolved in the year (one dissolved on 31 December is gone at its end)
    friend bool operator==(const BranchFigures &, const BranchFigures &) = default;
};

/// The activities of a kind that began in the year.
struct ActivityKindFigure
{
    QString kind; ///< BranchText::activityKinds()
    qint64 activities = 0;
    qint64 participants = 0;        ///< the sum of those recorded
    qint64 withoutParticipants = 0; ///< activities with no participant count (not counted as 0)
    qint64 brand = 0;
    friend bool operator==(const ActivityKindFigure &, const ActivityKindFigure &) = default;
};

/// A brand activity (品牌活动: activity.brand) of the year.
struct BrandActivity
{
    QString name;
    QString kind;
    QDate start;
    QString branch; ///< empty: the society's own
    std::optional<qint64> participants;
    friend bool operator==(const BrandActivity &, const BrandActivity &) = default;
};

/// 主要业务活动: the year's activities (by start date) by kind.
struct ActivityFigures
{
    QList<ActivityKindFigure> byKind; ///< kinds held, in BranchText::activityKinds() order
    qint64 own = 0;                   ///< held by the society itself (no branch)
    QList<BrandActivity> brand;       ///< by start date

    [[nodiscard]] qint64 activities() const;
    [[nodiscard]] qint64 participants() const;
    [[nodiscard]] qint64 withoutParticipants() const;
    friend bool operator==(const ActivityFigures &, const ActivityFigures &) = default;
};

/// 财务状况: the summary as entered and its dues income against the dues register.
struct FinanceFigures
{
    FinanceSummary summary;
    DuesCrossCheck duesCheck;
    friend bool operator==(const FinanceFigures &, const FinanceFigures &) = default;
};

/// Everything the annual report of `year` computes from the records.
struct AnnualFigures
{
    Q_DECLARE_TR_FUNCTIONS(sd::annual::AnnualFigures)

public:
    /// The JSON's format; fromJson refuses a later one.
    static constexpr int kFormat = 1;

    int year = 0;
    QDate yearEnd; ///< 31 December of `year`: every "at the year's end" figure is on it
    MemberFigures members;
    GovernanceFigures governance;
    BranchFigures branches;
    ActivityFigures activities;
    FinanceFigures finances;

    /// The snapshot (keys in the namespace's comment); fromJson(toJson()) == *this.
    [[nodiscard]] QJsonObject toJson() const;
    /// Reads a snapshot; nullopt with `error` (translated, naming the key) when a key is missing,
    /// of the wrong type, or the format is later than kFormat.
    static std::optional<AnnualFigures> fromJson(const QJsonObject &json, QString *error);

    friend bool operator==(const AnnualFigures &, const AnnualFigures &) = default;
};

/// The figures of `year` from the records. Reads only. On a large register: one pass over the
/// members (statisticsOn at the year's end), index counts for the rest (membersOn, duesOn), and
/// Finance::duesCrossCheck's pass over the dues payments — 0.8 s in all with 846,104 members and
/// 5.3 million payments, of which 0.36 s the members' pass and 0.31 s the payments'
/// (bench_annualfigures).
[[nodiscard]] AnnualFigures computeAnnualFigures(const storage::Database &db, int year);

} // namespace sd::annual
