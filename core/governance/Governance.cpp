#include "governance/Governance.h"

#include "domain/CodeTable.h"
#include "validation/Normalize.h"

#include <array>

namespace sd::governance {

namespace {

constexpr CodeTable kBodies { std::array {
    CodeRow<Body> { Body::Congress, "congress", u"会员代表大会" },
    CodeRow<Body> { Body::Council, "council", u"理事会" },
    CodeRow<Body> { Body::StandingCouncil, "standing_council", u"常务理事会" },
    CodeRow<Body> { Body::SupervisoryBoard, "supervisory_board", u"监事会" },
} };

constexpr CodeTable kRoles { std::array {
    CodeRow<Role> { Role::Chair, "chair", u"理事长" },
    CodeRow<Role> { Role::ViceChair, "vice_chair", u"副理事长" },
    CodeRow<Role> { Role::SecretaryGeneral, "secretary_general", u"秘书长" },
    CodeRow<Role> { Role::StandingCouncillor, "standing_councillor", u"常务理事" },
    CodeRow<Role> { Role::Councillor, "councillor", u"理事" },
    CodeRow<Role> { Role::ChiefSupervisor, "chief_supervisor", u"监事长" },
    CodeRow<Role> { Role::Supervisor, "supervisor", u"监事" },
    CodeRow<Role> { Role::Representative, "representative", u"代表" },
} };

constexpr CodeTable kEmployments { std::array {
    CodeRow<Employment> { Employment::FullTime, "full_time", u"专职" },
    CodeRow<Employment> { Employment::PartTime, "part_time", u"兼职" },
    CodeRow<Employment> { Employment::Contracted, "contracted", u"聘用" },
} };

QString clean(QStringView value)
{
    return validation::toHalfWidth(value.toString()).trimmed();
}

} // namespace

// --- bodies ------------------------------------------------------------------------------------

QString GovernanceText::code(Body body)
{
    return kBodies.code(body);
}

std::optional<Body> GovernanceText::bodyFromCode(QStringView code)
{
    return kBodies.fromCode(code);
}

QString GovernanceText::sheetValue(Body body)
{
    return kBodies.sheetValue(body);
}

std::optional<Body> GovernanceText::bodyFromSheet(QStringView value)
{
    if (const std::optional<Body> body = kBodies.fromSheet(value))
        return body;
    const QString v = clean(value);
    if (v == u"会员大会" || v == u"代表大会")
        return Body::Congress;
    return std::nullopt;
}

QString GovernanceText::label(Body body)
{
    switch (body) {
    case Body::Congress:
        return tr("Congress");
    case Body::Council:
        return tr("Council");
    case Body::StandingCouncil:
        return tr("Standing Council");
    case Body::SupervisoryBoard:
        return tr("Supervisory Board");
    }
    return {};
}

QList<Body> GovernanceText::allBodies()
{
    return { Body::Congress, Body::Council, Body::StandingCouncil, Body::SupervisoryBoard };
}

// --- roles -------------------------------------------------------------------------------------

QString GovernanceText::code(Role role)
{
    return kRoles.code(role);
}

std::optional<Role> GovernanceText::roleFromCode(QStringView code)
{
    return kRoles.fromCode(code);
}

QString GovernanceText::sheetValue(Role role)
{
    return kRoles.sheetValue(role);
}

std::optional<Role> GovernanceText::roleFromSheet(QStringView value)
{
    if (const std::optional<Role> role = kRoles.fromSheet(value))
        return role;
    if (clean(value) == u"会员代表")
        return Role::Representative;
    return std::nullopt;
}

QString GovernanceText::label(Role role)
{
    switch (role) {
    case Role::Chair:
        return tr("Chair");
    case Role::ViceChair:
        return tr("Vice-Chair");
    case Role::SecretaryGeneral:
        return tr("Secretary-General");
    case Role::StandingCouncillor:
        return tr("Standing Councillor");
    case Role::Councillor:
        return tr("Councillor");
    case Role::ChiefSupervisor:
        return tr("Chief Supervisor");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Representative:
        return tr("Representative");
    }
    return {};
}

QList<Role> GovernanceText::rolesOf(Body body)
{
    switch (body) {
    case Body::Congress:
        return { Role::Representative };
    case Body::Council:
        return { Role::Chair, Role::ViceChair, Role::SecretaryGeneral, Role::Councillor };
    case Body::StandingCouncil:
        return { Role::Chair, Role::ViceChair, Role::SecretaryGeneral, Role::StandingCouncillor };
    case Body::SupervisoryBoard:
        return { Role::ChiefSupervisor, Role::Supervisor };
    }
    return {};
}

bool GovernanceText::isLeader(Role role)
{
    return role == Role::Chair || role == Role::ViceChair || role == Role::SecretaryGeneral;
}

// --- terms and staff ---------------------------------------------------------------------------

QString GovernanceText::code(TermStatus status)
{
    switch (status) {
    case TermStatus::Draft:
        return QStringLiteral("draft");
    case TermStatus::Current:
        return QStringLiteral("current");
    case TermStatus::Past:
        return QStringLiteral("past");
    }
    return {};
}

std::optional<TermStatus> GovernanceText::termStatusFromCode(QStringView code)
{
    for (const TermStatus s : { TermStatus::Draft, TermStatus::Current, TermStatus::Past }) {
        if (code == GovernanceText::code(s))
            return s;
    }
    return std::nullopt;
}

QString GovernanceText::code(Employment employment)
{
    return kEmployments.code(employment);
}

std::optional<Employment> GovernanceText::employmentFromCode(QStringView code)
{
    return kEmployments.fromCode(code);
}

QString GovernanceText::sheetValue(Employment employment)
{
    return kEmployments.sheetValue(employment);
}

std::optional<Employment> GovernanceText::employmentFromSheet(QStringView value)
{
    if (const std::optional<Employment> employment = kEmployments.fromSheet(value))
        return employment;
    if (clean(value) == u"全职")
        return Employment::FullTime;
    return std::nullopt;
}

QString GovernanceText::label(Employment employment)
{
    switch (employment) {
    case Employment::FullTime:
        return tr("Full-time");
    case Employment::PartTime:
        return tr("Part-time");
    case Employment::Contracted:
        return tr("Contracted");
    }
    return {};
}

int GovernanceText::termNumberFromSheet(QStringView value)
{
    QString v = clean(value);
    if (v.startsWith(u'第'))
        v.remove(0, 1);
    if (v.endsWith(u'届'))
        v.chop(1);
    bool ok = false;
    const int n = v.toInt(&ok);
    if (ok)
        return n > 0 && n < 1000 ? n : 0;
    // Chinese numerals up to 99: 九, 十, 十二, 二十, 二十三.
    static const QString kDigits = QStringLiteral("零一二三四五六七八九");
    if (v.isEmpty() || v.size() > 3)
        return 0;
    const qsizetype ten = v.indexOf(u'十');
    const auto digit = [](QChar c) { return static_cast<int>(kDigits.indexOf(c)); };
    if (ten < 0)
        return v.size() == 1 && digit(v.at(0)) > 0 ? digit(v.at(0)) : 0;
    const int tens = ten == 0 ? 1 : (ten == 1 ? digit(v.at(0)) : -1);
    const int units = ten == v.size() - 1 ? 0 : (ten + 2 == v.size() ? digit(v.at(ten + 1)) : -1);
    if (tens <= 0 || units < 0)
        return 0;
    return tens * 10 + units;
}

QString GovernanceText::termLabel(int number)
{
    static const QString kDigits = QStringLiteral("零一二三四五六七八九");
    QString n;
    if (number < 10)
        n = kDigits.at(number);
    else if (number < 100)
        n = QString(number / 10 == 1 ? QString() : QString(kDigits.at(number / 10))) + u'十'
            + QString(number % 10 == 0 ? QString() : QString(kDigits.at(number % 10)));
    else
        n = QString::number(number);
    return u'第' + n + u'届';
}

std::optional<bool> GovernanceText::isPartyMember(QStringView politicalStatus)
{
    const QString v = clean(politicalStatus);
    if (v.isEmpty())
        return std::nullopt;
    return v == u"中共党员" || v == u"中共预备党员" || v == u"中国共产党党员";
}

QStringList Regulation::kinds()
{
    return { QStringLiteral("meeting_rules"), QStringLiteral("member_rules"), QStringLiteral("branch_rules"),
        QStringLiteral("part_time_conduct"), QStringLiteral("hr_rules"), QStringLiteral("finance_rules"),
        QStringLiteral("archive_rules"), QStringLiteral("supervision_rules"), QStringLiteral("disclosure_rules"),
        QStringLiteral("major_decisions"), QStringLiteral("service_conduct"), QStringLiteral("staff_conduct"),
        QStringLiteral("supervisory_rules"), QStringLiteral("dispute_resolution"), QStringLiteral("member_feedback"),
        QStringLiteral("charter"), QStringLiteral("other") };
}

namespace {

struct KindRow
{
    const char *code;
    const char16_t *sheet;
};
constexpr std::array kRegulationKinds {
    KindRow { "meeting_rules", u"会议制度" },
    KindRow { "member_rules", u"会员管理制度" },
    KindRow { "branch_rules", u"分支机构管理制度" },
    KindRow { "part_time_conduct", u"兼职负责人行为规范" },
    KindRow { "hr_rules", u"人事管理制度" },
    KindRow { "finance_rules", u"财务管理制度" },
    KindRow { "archive_rules", u"档案管理制度" },
    KindRow { "supervision_rules", u"内部监督制度" },
    KindRow { "disclosure_rules", u"信息公开制度" },
    KindRow { "major_decisions", u"重大事项决策制度" },
    KindRow { "service_conduct", u"服务规范" },
    KindRow { "staff_conduct", u"工作人员行为规范" },
    KindRow { "supervisory_rules", u"监事会工作规则" },
    KindRow { "dispute_resolution", u"争议解决制度" },
    KindRow { "member_feedback", u"会员意见反馈制度" },
    KindRow { "charter", u"章程" },
    KindRow { "other", u"其他" },
};

} // namespace

QString Regulation::sheetValue(const QString &kind)
{
    for (const KindRow &row : kRegulationKinds) {
        if (kind == QLatin1StringView(row.code))
            return QString::fromUtf16(row.sheet);
    }
    return kind;
}

QString Regulation::kindFromSheet(QStringView value)
{
    const QString v = clean(value);
    for (const KindRow &row : kRegulationKinds) {
        if (v == QString::fromUtf16(row.sheet) || v.compare(QLatin1StringView(row.code), Qt::CaseInsensitive) == 0)
            return QLatin1StringView(row.code);
    }
    return {};
}

QStringList Attestation::kinds()
{
    return { QStringLiteral("party_organisation"), QStringLiteral("party_working_group"), QStringLiteral("premises"),
        QStringLiteral("secretary_general_appraisal"), QStringLiteral("leader_age_exception"),
        QStringLiteral("charter_party_clause"), QStringLiteral("cross_appointment"), QStringLiteral("annual_plan"),
        QStringLiteral("mid_year_review"), QStringLiteral("year_end_summary"), QStringLiteral("work_report_supervisor"),
        QStringLiteral("work_report_registration"), QStringLiteral("retired_official_post"), QStringLiteral("journal"),
        QStringLiteral("other") };
}

} // namespace sd::governance
