#pragma once

#include "domain/Member.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

/// The society's governance records (schema 4): terms, the bodies' seats, secretariat staff,
/// regulations and attestations.
namespace sd::governance {

/// The bodies a term elects (interchange.md `seats`, 机构).
enum class Body { Congress, Council, StandingCouncil, SupervisoryBoard };
/// Roles on them (职务). Leaders sit on the council (and the standing council).
enum class Role { Chair, ViceChair, SecretaryGeneral, StandingCouncillor, Councillor, ChiefSupervisor, Supervisor, Representative };
/// A draft term is being prepared for its election (换届筹备); the current one governs.
enum class TermStatus { Draft, Current, Past };
enum class Employment { FullTime, PartTime, Contracted };

/// Codes (stored), spreadsheet values (Chinese, what files carry) and screen labels.
class GovernanceText
{
    Q_DECLARE_TR_FUNCTIONS(sd::governance::GovernanceText)

public:
    static QString code(Body body);                        ///< "council"
    static std::optional<Body> bodyFromCode(QStringView code);
    static QString sheetValue(Body body);                  ///< "理事会"
    static std::optional<Body> bodyFromSheet(QStringView value); ///< 理事会 / council
    static QString label(Body body);
    static QList<Body> allBodies();

    static QString code(Role role);                        ///< "vice_chair"
    static std::optional<Role> roleFromCode(QStringView code);
    static QString sheetValue(Role role);                  ///< "副理事长"
    static std::optional<Role> roleFromSheet(QStringView value);
    static QString label(Role role);
    /// The roles a body has: 理事长 sits on the council or the standing council, 监事 on the
    /// supervisory board, 代表 in the congress.
    static QList<Role> rolesOf(Body body);
    /// 理事长, 副理事长, 秘书长.
    static bool isLeader(Role role);

    static QString code(TermStatus status);
    static std::optional<TermStatus> termStatusFromCode(QStringView code);

    static QString code(Employment employment);            ///< "full_time"
    static std::optional<Employment> employmentFromCode(QStringView code);
    static QString sheetValue(Employment employment);      ///< 专职 / 兼职 / 聘用
    static std::optional<Employment> employmentFromSheet(QStringView value);
    static QString label(Employment employment);

    /// 第九届, 九, 9 and "9届" are term 9; 0 when it is not a term number.
    static int termNumberFromSheet(QStringView value);
    /// "第九届".
    static QString termLabel(int number);

    /// 中共党员 and 中共预备党员 are party members; another stated status is not; empty is unknown.
    static std::optional<bool> isPartyMember(QStringView politicalStatus);
};

struct Term
{
    qint64 id = 0;
    int number = 0;
    QDate startDate;
    QDate endDate; ///< planned end
    QString electedBy; ///< the electing congress meeting
    TermStatus status = TermStatus::Current;
    std::optional<int> ballotsCast;
};

/// Who holds a seat: a member of the register, or a person of their own.
struct Person
{
    qint64 id = 0;
    qint64 memberId = 0; ///< 0: not a member
    QString name;
    QString idNumber;
    Gender gender = Gender::Unknown;
    QDate birthDate;
};

/// A seat, with the person's facts as they were when seated.
struct Seat
{
    qint64 id = 0;
    qint64 termId = 0;
    Body body = Body::Council;
    Role role = Role::Councillor;
    qint64 personId = 0;
    QString name;      ///< the person's, for lists
    QString memberNo;  ///< the linked member's, for lists
    QDate birthDate;
    Gender gender = Gender::Unknown;
    std::optional<bool> frontLine;
    QString politicalStatus;
    std::optional<bool> partyMember;
    QString affiliation;
    QString affiliationType;
    std::optional<bool> fullTime;
    std::optional<bool> retiredOfficial;
    QDate startDate;
    QDate endDate;
    std::optional<int> votes;
    std::optional<bool> elected;

    /// Seated on `date`: started on or before it (or no start recorded) and not ended on or before it.
    [[nodiscard]] bool isHeldOn(QDate date) const
    {
        return (!startDate.isValid() || startDate <= date) && (!endDate.isValid() || endDate > date);
    }
};

struct StaffMember
{
    qint64 id = 0;
    QString name;
    QString role;
    Employment employment = Employment::FullTime;
    QDate startDate;
    QDate endDate;
    QDate birthDate;

    [[nodiscard]] bool isEmployedOn(QDate date) const
    {
        return (!startDate.isValid() || startDate <= date) && (!endDate.isValid() || endDate > date);
    }
};

struct Regulation
{
    qint64 id = 0;
    QString title;
    QString kind; ///< meeting_rules, member_rules … (interchange.md)
    QString body; ///< for meeting rules
    QDate adoptedOn;
    QString meeting;
    qint64 attachmentId = 0;
    qint64 supersededBy = 0;
    qint64 resolutionId = 0; ///< the resolution that adopted it (MeetingStore::linkRegulation); read, never written, here

    /// The kinds interchange.md lists, in its order.
    static QStringList kinds();
    /// The kind as a spreadsheet names it (会议制度 …); the code when it has none.
    static QString sheetValue(const QString &kind);
    /// A kind from its code or its Chinese name; empty when neither.
    static QString kindFromSheet(QStringView value);
};

struct Attestation
{
    qint64 id = 0;
    QString kind; ///< one of kinds(): party_organisation, premises, annual_plan, work_report_supervisor …
    QDate date;
    QString attestedBy;
    QString detail;
    qint64 attachmentId = 0;
    int year = 0;       ///< the year it covers (an appraisal, a work plan, an annual work report); 0: none
    qint64 personId = 0; ///< the person it is about (a retired official's single unpaid post); 0: none

    static QStringList kinds();
};

/// A document kept in the society file.
struct Attachment
{
    qint64 id = 0;
    QString fileName;
    QString mediaType;
    qint64 size = 0;
    QString sha256;
};

} // namespace sd::governance
