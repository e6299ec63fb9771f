#pragma once

#include "domain/Fraction.h"
#include "governance/Governance.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace sd {
class SocietySettings;
}

/// Meetings (schema 6): the bodies that meet, the roll, resolutions and their votes, follow-up.
/// The vote and quorum arithmetic here is pure, so the rules engine and the tests use it without a
/// database.
namespace sd::meetings {

/// Who meets: the four elected bodies, the chair's office meeting (理事长办公会: chair, vice-chairs
/// and secretary-general) and the secretary-general's working meeting (秘书长工作会: the
/// secretary-general and the secretariat staff).
enum class MeetingBody { Congress, Council, StandingCouncil, SupervisoryBoard, ChairOffice, SecretaryGeneralOffice };
enum class Mode { Onsite, Video, Hybrid, Written };
/// 出席, 请假, 缺席, 委托. A roll line not yet marked has no status.
enum class AttendanceStatus { Present, Excused, Absent, Proxy };
/// The reply slip (回执): attending, sending a proxy, excused.
enum class Reply { Attending, Proxy, Excused };
enum class ResolutionKind { AppointSecretaryGeneral, AdoptRegulation, Budget, Election, DuesChange, BranchDecision, Other };
/// 过半数: more than half of those present; 半数以上: at least half; 三分之二: at least two thirds.
enum class VoteRule { MoreThanHalf, AtLeastHalf, TwoThirds };
enum class Outcome { Adopted, Rejected };
enum class FollowUpStatus { NotStarted, InProgress, Completed };

/// Codes (stored), spreadsheet values (what files carry) and screen labels.
class MeetingText
{
    Q_DECLARE_TR_FUNCTIONS(sd::meetings::MeetingText)

public:
    static QString code(MeetingBody body);                        ///< "chair_office"
    static std::optional<MeetingBody> bodyFromCode(QStringView code);
    static QString sheetValue(MeetingBody body);                  ///< "理事长办公会"
    static std::optional<MeetingBody> bodyFromSheet(QStringView value); ///< sheet value or code
    static QString label(MeetingBody body);
    static QList<MeetingBody> allBodies();
    /// The elected body whose seats make the roll; none for the two office meetings.
    static std::optional<governance::Body> seatBody(MeetingBody body);

    static QString code(Mode mode);
    static std::optional<Mode> modeFromCode(QStringView code);
    static QString sheetValue(Mode mode);                         ///< 现场 / 视频 / 混合 / 通讯
    static std::optional<Mode> modeFromSheet(QStringView value);
    static QString label(Mode mode);

    static QString code(AttendanceStatus status);
    static std::optional<AttendanceStatus> statusFromCode(QStringView code);
    static QString sheetValue(AttendanceStatus status);           ///< 出席 / 请假 / 缺席 / 委托
    static std::optional<AttendanceStatus> statusFromSheet(QStringView value);
    static QString label(AttendanceStatus status);

    static QString code(Reply reply);
    static std::optional<Reply> replyFromCode(QStringView code);
    static QString label(Reply reply);

    static QString code(ResolutionKind kind);                     ///< "dues_change"
    static std::optional<ResolutionKind> kindFromCode(QStringView code);
    static std::optional<ResolutionKind> kindFromSheet(QStringView value); ///< code or Chinese name
    static QString sheetValue(ResolutionKind kind);              ///< the code (interchange.md)
    static QString label(ResolutionKind kind);

    static QString code(VoteRule rule);
    static std::optional<VoteRule> ruleFromCode(QStringView code);
    static QString sheetValue(VoteRule rule);                     ///< 过半数 / 半数以上 / 三分之二
    static std::optional<VoteRule> ruleFromSheet(QStringView value);
    static QString label(VoteRule rule);

    static QString code(Outcome outcome);
    static std::optional<Outcome> outcomeFromCode(QStringView code);
    static QString label(Outcome outcome);

    static QString code(FollowUpStatus status);
    static std::optional<FollowUpStatus> followUpFromCode(QStringView code);
    static QString sheetValue(FollowUpStatus status);             ///< 未开始 / 进行中 / 已完成
    static std::optional<FollowUpStatus> followUpFromSheet(QStringView value);
    static QString label(FollowUpStatus status);
};

/// Whether a meeting had its quorum, decided on integers.
struct Quorum
{
    bool applicable = false; ///< the office meetings have no quorum
    int seats = 0;           ///< the roll's seats
    int present = 0;         ///< present, plus proxies when the charter counts them
    int unrecorded = 0;      ///< roll lines not yet marked
    Fraction required;       ///< share of seats
    /// present × den ≥ num × seats. False with no seats.
    [[nodiscard]] bool isQuorate() const { return applicable && required.isReachedBy(present, seats); }
    /// The fewest present that make a quorum (⌈seats × num / den⌉).
    [[nodiscard]] int needed() const
    {
        return required.denominator() > 0
            ? int((qint64(seats) * required.numerator() + required.denominator() - 1) / required.denominator())
            : 0;
    }
};

struct Votes
{
    int inFavour = 0;
    int against = 0;
    int abstain = 0;
    [[nodiscard]] int total() const { return inFavour + against + abstain; }
};

/// The pure arithmetic of quorum and votes, and the charter's defaults.
class Voting
{
    Q_DECLARE_TR_FUNCTIONS(sd::meetings::Voting)

public:
    /// Whether `inFavour` of `present` carries under `rule` (exact: 2 × for > present, 2 × for ≥
    /// present, 3 × for ≥ 2 × present). Nothing carries with nobody present.
    [[nodiscard]] static bool carries(VoteRule rule, int inFavour, int present);
    /// The fewest votes in favour that carry among `present`.
    [[nodiscard]] static int neededInFavour(VoteRule rule, int present);
    /// The quorum share of a body from the charter settings (none for the office meetings).
    [[nodiscard]] static std::optional<Fraction> quorumShare(MeetingBody body, const SocietySettings &settings);
    /// The default rule for a resolution of `kind` at a meeting of `body` (CA-01): a dues change
    /// needs half of those present (半数以上), an election more than half, anything else the body's
    /// majority setting (2/3 → 三分之二, 1/2 → 半数以上, anything else the nearest rule not below it).
    [[nodiscard]] static VoteRule defaultRule(MeetingBody body, ResolutionKind kind, const SocietySettings &settings);
    /// A dues change is decided by the congress by secret ballot.
    [[nodiscard]] static bool needsSecretBallot(ResolutionKind kind) { return kind == ResolutionKind::DuesChange; }
};

struct AgendaItem
{
    qint64 id = 0;
    QString title;
    QString presenter;
};

struct Meeting
{
    qint64 id = 0;
    QString number;              ///< 会议编号, unique
    MeetingBody body = MeetingBody::Council;
    QDate date;
    QTime startTime;             ///< invalid: not given
    Mode mode = Mode::Onsite;
    QString place;
    QString chair;
    QString recordKeeper;
    QString title;               ///< 第九届理事会第三次会议; empty: made from the body and date
    QDate noticeIssuedOn;
    QString noticeText;
    QDate replyBy;
    QList<AgendaItem> agenda;
};

/// A line of the roll.
struct AttendanceLine
{
    qint64 id = 0;
    qint64 personId = 0;         ///< 0: staff, by name only
    qint64 seatId = 0;
    QString name;
    QString memberNo;            ///< the person's member number, when a member
    QString role;                ///< the seat's role label or the staff post
    std::optional<Reply> reply;
    std::optional<AttendanceStatus> status; ///< none: not yet marked
    QString proxyTo;
};

struct MinutesVersion
{
    qint64 id = 0;
    int version = 0;
    QString text;                ///< rich text (HTML) or plain text
    QString note;                ///< what this version corrects
    QDateTime savedAt;
    QString signedBy;            ///< 签发: the chair
    QDate signedOn;
    [[nodiscard]] bool isSigned() const { return signedOn.isValid(); }
};

struct Resolution
{
    qint64 id = 0;
    qint64 meetingId = 0;
    int position = 0;            ///< 1-based order in the meeting
    QString text;
    ResolutionKind kind = ResolutionKind::Other;
    std::optional<Votes> votes;  ///< none: not recorded (e.g. adopted by acclamation is still counted)
    VoteRule rule = VoteRule::TwoThirds;
    bool secretBallot = false;
    std::optional<Outcome> recordedOutcome; ///< what the minutes say
    qint64 branchId = 0;         ///< the branch a branch decision concerns
    qint64 regulationId = 0;     ///< the regulation it adopted (regulation.resolution_id)
};

/// A resolution's outcome computed from its votes and the meeting's attendance, with what a
/// reviewer should see.
struct ResolutionCheck
{
    std::optional<Outcome> outcome; ///< none: no votes recorded
    int present = 0;                ///< the base of the rule
    int needed = 0;                 ///< votes in favour needed
    QStringList warnings;           ///< translated: votes exceed those present, contradicts the record…
};

struct FollowUpNote
{
    qint64 id = 0;
    QDate date;
    QString text;
};

struct FollowUp
{
    qint64 id = 0;
    qint64 resolutionId = 0;
    QString owner;
    QDate due;
    FollowUpStatus status = FollowUpStatus::NotStarted;
    QDate completedOn;
    qint64 attachmentId = 0;
    QList<FollowUpNote> notes;   ///< oldest first
    // For lists across meetings:
    QString meetingNumber;
    MeetingBody body = MeetingBody::Council;
    QDate meetingDate;
    QString resolutionText;

    /// Past due on `date` and not completed.
    [[nodiscard]] bool isOverdueOn(QDate date) const
    {
        return status != FollowUpStatus::Completed && due.isValid() && due < date;
    }
};

/// A council member's longest run of consecutive unexcused absences at council meetings of the
/// term (CAST17-04): 请假 breaks nothing, presence or a proxy ends the run.
struct AbsenceRun
{
    qint64 personId = 0;
    QString memberNo;
    QString name;
    int run = 0;
    QStringList meetings;        ///< the run's meeting numbers, oldest first
};

/// How often each body met in a year (CA-02: council at least once a year, standing council at
/// least once every six months).
struct Frequency
{
    int year = 0;
    QMap<MeetingBody, int> meetings;
    int standingFirstHalf = 0;   ///< January–June
    int standingSecondHalf = 0;  ///< July–December
};

} // namespace sd::meetings

Q_DECLARE_METATYPE(sd::meetings::MeetingBody)
Q_DECLARE_METATYPE(sd::meetings::AttendanceStatus)
