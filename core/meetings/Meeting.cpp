#include "meetings/Meeting.h"

#include "domain/CodeTable.h"
#include "settings/SocietySettings.h"

#include <array>

namespace sd::meetings {

namespace {

constexpr CodeTable kBodies { std::array {
    CodeRow<MeetingBody> { MeetingBody::Congress, "congress", u"会员代表大会" },
    CodeRow<MeetingBody> { MeetingBody::Council, "council", u"理事会" },
    CodeRow<MeetingBody> { MeetingBody::StandingCouncil, "standing_council", u"常务理事会" },
    CodeRow<MeetingBody> { MeetingBody::SupervisoryBoard, "supervisory_board", u"监事会" },
    CodeRow<MeetingBody> { MeetingBody::ChairOffice, "chair_office", u"理事长办公会" },
    CodeRow<MeetingBody> { MeetingBody::SecretaryGeneralOffice, "secretary_general_office", u"秘书长工作会" },
} };

constexpr CodeTable kModes { std::array {
    CodeRow<Mode> { Mode::Onsite, "onsite", u"现场" },
    CodeRow<Mode> { Mode::Video, "video", u"视频" },
    CodeRow<Mode> { Mode::Hybrid, "hybrid", u"混合" },
    CodeRow<Mode> { Mode::Written, "written", u"通讯" },
} };

constexpr CodeTable kStatuses { std::array {
    CodeRow<AttendanceStatus> { AttendanceStatus::Present, "present", u"出席" },
    CodeRow<AttendanceStatus> { AttendanceStatus::Excused, "excused", u"请假" },
    CodeRow<AttendanceStatus> { AttendanceStatus::Absent, "absent", u"缺席" },
    CodeRow<AttendanceStatus> { AttendanceStatus::Proxy, "proxy", u"委托" },
} };

constexpr CodeTable kReplies { std::array {
    CodeRow<Reply> { Reply::Attending, "attending", u"参加" },
    CodeRow<Reply> { Reply::Proxy, "proxy", u"委托" },
    CodeRow<Reply> { Reply::Excused, "excused", u"请假" },
} };

constexpr CodeTable kKinds { std::array {
    CodeRow<ResolutionKind> { ResolutionKind::AppointSecretaryGeneral, "appoint_secretary_general", u"聘任秘书长" },
    CodeRow<ResolutionKind> { ResolutionKind::AdoptRegulation, "adopt_regulation", u"制度审议" },
    CodeRow<ResolutionKind> { ResolutionKind::Budget, "budget", u"预算" },
    CodeRow<ResolutionKind> { ResolutionKind::Election, "election", u"选举" },
    CodeRow<ResolutionKind> { ResolutionKind::DuesChange, "dues_change", u"会费调整" },
    CodeRow<ResolutionKind> { ResolutionKind::BranchDecision, "branch_decision", u"分支机构事项" },
    CodeRow<ResolutionKind> { ResolutionKind::Other, "other", u"其他" },
} };

constexpr CodeTable kRules { std::array {
    CodeRow<VoteRule> { VoteRule::MoreThanHalf, "more_than_half", u"过半数" },
    CodeRow<VoteRule> { VoteRule::AtLeastHalf, "at_least_half", u"半数以上" },
    CodeRow<VoteRule> { VoteRule::TwoThirds, "two_thirds", u"三分之二" },
} };

constexpr CodeTable kOutcomes { std::array {
    CodeRow<Outcome> { Outcome::Adopted, "adopted", u"通过" },
    CodeRow<Outcome> { Outcome::Rejected, "rejected", u"未通过" },
} };

constexpr CodeTable kFollowUps { std::array {
    CodeRow<FollowUpStatus> { FollowUpStatus::NotStarted, "not_started", u"未开始" },
    CodeRow<FollowUpStatus> { FollowUpStatus::InProgress, "in_progress", u"进行中" },
    CodeRow<FollowUpStatus> { FollowUpStatus::Completed, "completed", u"已完成" },
} };

} // namespace

QString MeetingText::code(MeetingBody body) { return kBodies.code(body); }
std::optional<MeetingBody> MeetingText::bodyFromCode(QStringView code) { return kBodies.fromCode(code); }
QString MeetingText::sheetValue(MeetingBody body) { return kBodies.sheetValue(body); }

std::optional<MeetingBody> MeetingText::bodyFromSheet(QStringView value)
{
    if (const auto b = kBodies.fromSheet(value))
        return b;
    // What secretariats also write: 会员大会 for a congress of all members, 理事会议 …
    const QString v = value.trimmed().toString();
    if (v == u"会员大会" || v == u"会员代表大会会议")
        return MeetingBody::Congress;
    if (v == u"理事会会议" || v == u"理事会议")
        return MeetingBody::Council;
    if (v == u"常务理事会会议" || v == u"常务理事会议")
        return MeetingBody::StandingCouncil;
    if (v == u"监事会会议")
        return MeetingBody::SupervisoryBoard;
    if (v == u"理事长办公会议")
        return MeetingBody::ChairOffice;
    if (v == u"秘书长工作会议" || v == u"秘书长办公会")
        return MeetingBody::SecretaryGeneralOffice;
    return std::nullopt;
}

QString MeetingText::label(MeetingBody body)
{
    switch (body) {
    case MeetingBody::Congress:
        return tr("Congress");
    case MeetingBody::Council:
        return tr("Council");
    case MeetingBody::StandingCouncil:
        return tr("Standing council");
    case MeetingBody::SupervisoryBoard:
        return tr("Supervisory board");
    case MeetingBody::ChairOffice:
        return tr("Chair's office meeting");
    case MeetingBody::SecretaryGeneralOffice:
        return tr("Secretary-general's meeting");
    }
    return {};
}

QList<MeetingBody> MeetingText::allBodies()
{
    return { MeetingBody::Congress, MeetingBody::Council, MeetingBody::StandingCouncil, MeetingBody::SupervisoryBoard,
        MeetingBody::ChairOffice, MeetingBody::SecretaryGeneralOffice };
}

std::optional<governance::Body> MeetingText::seatBody(MeetingBody body)
{
    switch (body) {
    case MeetingBody::Congress:
        return governance::Body::Congress;
    case MeetingBody::Council:
        return governance::Body::Council;
    case MeetingBody::StandingCouncil:
        return governance::Body::StandingCouncil;
    case MeetingBody::SupervisoryBoard:
        return governance::Body::SupervisoryBoard;
    case MeetingBody::ChairOffice:
    case MeetingBody::SecretaryGeneralOffice:
        break;
    }
    return std::nullopt;
}

QString MeetingText::code(Mode mode) { return kModes.code(mode); }
std::optional<Mode> MeetingText::modeFromCode(QStringView code) { return kModes.fromCode(code); }
QString MeetingText::sheetValue(Mode mode) { return kModes.sheetValue(mode); }

std::optional<Mode> MeetingText::modeFromSheet(QStringView value)
{
    if (const auto m = kModes.fromSheet(value))
        return m;
    const QString v = value.trimmed().toString();
    if (v == u"现场会议")
        return Mode::Onsite;
    if (v == u"视频会议" || v == u"线上")
        return Mode::Video;
    if (v == u"线上线下" || v == u"线上线下结合")
        return Mode::Hybrid;
    if (v == u"通讯表决" || v == u"书面")
        return Mode::Written;
    return std::nullopt;
}

QString MeetingText::label(Mode mode)
{
    switch (mode) {
    case Mode::Onsite:
        return tr("In person");
    case Mode::Video:
        return tr("Video");
    case Mode::Hybrid:
        return tr("Hybrid");
    case Mode::Written:
        return tr("By correspondence");
    }
    return {};
}

QString MeetingText::code(AttendanceStatus status) { return kStatuses.code(status); }
std::optional<AttendanceStatus> MeetingText::statusFromCode(QStringView code) { return kStatuses.fromCode(code); }
QString MeetingText::sheetValue(AttendanceStatus status) { return kStatuses.sheetValue(status); }

std::optional<AttendanceStatus> MeetingText::statusFromSheet(QStringView value)
{
    if (const auto s = kStatuses.fromSheet(value))
        return s;
    const QString v = value.trimmed().toString();
    if (v == u"到会" || v == u"实到" || v == u"已到")
        return AttendanceStatus::Present;
    if (v == u"请假缺席" || v == u"因事请假" || v == u"因病请假")
        return AttendanceStatus::Excused;
    if (v == u"未到" || v == u"无故缺席")
        return AttendanceStatus::Absent;
    if (v == u"委托出席" || v == u"委托代理")
        return AttendanceStatus::Proxy;
    return std::nullopt;
}

QString MeetingText::label(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return tr("Present");
    case AttendanceStatus::Excused:
        return tr("Excused");
    case AttendanceStatus::Absent:
        return tr("Absent");
    case AttendanceStatus::Proxy:
        return tr("Proxy");
    }
    return {};
}

QString MeetingText::code(Reply reply) { return kReplies.code(reply); }
std::optional<Reply> MeetingText::replyFromCode(QStringView code) { return kReplies.fromCode(code); }

QString MeetingText::label(Reply reply)
{
    switch (reply) {
    case Reply::Attending:
        return tr("Attending");
    case Reply::Proxy:
        return tr("Sending a proxy");
    case Reply::Excused:
        return tr("Asks to be excused");
    }
    return {};
}

QString MeetingText::code(ResolutionKind kind) { return kKinds.code(kind); }
std::optional<ResolutionKind> MeetingText::kindFromCode(QStringView code) { return kKinds.fromCode(code); }
std::optional<ResolutionKind> MeetingText::kindFromSheet(QStringView value) { return kKinds.fromSheet(value); }
QString MeetingText::sheetValue(ResolutionKind kind) { return kKinds.code(kind); }

QString MeetingText::label(ResolutionKind kind)
{
    switch (kind) {
    case ResolutionKind::AppointSecretaryGeneral:
        return tr("Appointment of the secretary-general");
    case ResolutionKind::AdoptRegulation:
        return tr("Adoption of a regulation");
    case ResolutionKind::Budget:
        return tr("Budget");
    case ResolutionKind::Election:
        return tr("Election");
    case ResolutionKind::DuesChange:
        return tr("Change of dues");
    case ResolutionKind::BranchDecision:
        return tr("Branch decision");
    case ResolutionKind::Other:
        return tr("Other");
    }
    return {};
}

QString MeetingText::code(VoteRule rule) { return kRules.code(rule); }
std::optional<VoteRule> MeetingText::ruleFromCode(QStringView code) { return kRules.fromCode(code); }
QString MeetingText::sheetValue(VoteRule rule) { return kRules.sheetValue(rule); }

std::optional<VoteRule> MeetingText::ruleFromSheet(QStringView value)
{
    if (const auto r = kRules.fromSheet(value))
        return r;
    const QString v = value.trimmed().toString();
    if (v == u"超过半数" || v == u"二分之一以上（不含）")
        return VoteRule::MoreThanHalf;
    if (v == u"二分之一以上" || v == u"半数")
        return VoteRule::AtLeastHalf;
    if (v == u"三分之二以上" || v == u"2/3")
        return VoteRule::TwoThirds;
    return std::nullopt;
}

QString MeetingText::label(VoteRule rule)
{
    switch (rule) {
    case VoteRule::MoreThanHalf:
        return tr("More than half of those present");
    case VoteRule::AtLeastHalf:
        return tr("At least half of those present");
    case VoteRule::TwoThirds:
        return tr("At least two thirds of those present");
    }
    return {};
}

QString MeetingText::code(Outcome outcome) { return kOutcomes.code(outcome); }
std::optional<Outcome> MeetingText::outcomeFromCode(QStringView code) { return kOutcomes.fromCode(code); }

QString MeetingText::label(Outcome outcome)
{
    return outcome == Outcome::Adopted ? tr("Adopted") : tr("Not adopted");
}

QString MeetingText::code(FollowUpStatus status) { return kFollowUps.code(status); }
std::optional<FollowUpStatus> MeetingText::followUpFromCode(QStringView code) { return kFollowUps.fromCode(code); }
QString MeetingText::sheetValue(FollowUpStatus status) { return kFollowUps.sheetValue(status); }
std::optional<FollowUpStatus> MeetingText::followUpFromSheet(QStringView value) { return kFollowUps.fromSheet(value); }

QString MeetingText::label(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::NotStarted:
        return tr("Not started");
    case FollowUpStatus::InProgress:
        return tr("In progress");
    case FollowUpStatus::Completed:
        return tr("Completed");
    }
    return {};
}

// --- voting

bool Voting::carries(VoteRule rule, int inFavour, int present)
{
    if (present <= 0 || inFavour < 0)
        return false;
    const qint64 f = inFavour;
    const qint64 p = present;
    switch (rule) {
    case VoteRule::MoreThanHalf:
        return 2 * f > p;
    case VoteRule::AtLeastHalf:
        return 2 * f >= p;
    case VoteRule::TwoThirds:
        return 3 * f >= 2 * p;
    }
    return false;
}

int Voting::neededInFavour(VoteRule rule, int present)
{
    if (present <= 0)
        return 0;
    switch (rule) {
    case VoteRule::MoreThanHalf:
        return present / 2 + 1;
    case VoteRule::AtLeastHalf:
        return (present + 1) / 2;
    case VoteRule::TwoThirds:
        return (2 * present + 2) / 3;
    }
    return present;
}

std::optional<Fraction> Voting::quorumShare(MeetingBody body, const SocietySettings &settings)
{
    switch (body) {
    case MeetingBody::Congress:
        return settings.fraction(SocietySetting::CongressQuorum);
    case MeetingBody::Council:
        return settings.fraction(SocietySetting::CouncilQuorum);
    case MeetingBody::StandingCouncil:
        return settings.fraction(SocietySetting::StandingCouncilQuorum);
    case MeetingBody::SupervisoryBoard:
        return settings.fraction(SocietySetting::SupervisoryQuorum);
    case MeetingBody::ChairOffice:
    case MeetingBody::SecretaryGeneralOffice:
        break;
    }
    return std::nullopt;
}

VoteRule Voting::defaultRule(MeetingBody body, ResolutionKind kind, const SocietySettings &settings)
{
    if (kind == ResolutionKind::DuesChange)
        return VoteRule::AtLeastHalf;
    if (kind == ResolutionKind::Election)
        return VoteRule::MoreThanHalf;
    std::optional<Fraction> majority;
    switch (body) {
    case MeetingBody::Congress:
        majority = settings.fraction(SocietySetting::CongressMajority);
        break;
    case MeetingBody::Council:
        majority = settings.fraction(SocietySetting::CouncilMajority);
        break;
    case MeetingBody::StandingCouncil:
        majority = settings.fraction(SocietySetting::StandingCouncilMajority);
        break;
    case MeetingBody::SupervisoryBoard:
        majority = settings.fraction(SocietySetting::SupervisoryMajority);
        break;
    case MeetingBody::ChairOffice:
    case MeetingBody::SecretaryGeneralOffice:
        return VoteRule::MoreThanHalf;
    }
    if (*majority > Fraction(1, 2))
        return VoteRule::TwoThirds;
    return VoteRule::AtLeastHalf;
}

} // namespace sd::meetings
