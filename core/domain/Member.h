#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

/// Where a member stands. Stored as the English code; files show the Chinese value
/// (interchange.md), screens the translated label.
enum class MemberStatus { Applied, Active, Lapsed, Withdrawn, Expelled, Deceased };

enum class Gender { Unknown, Male, Female };

/// 证件类型 (interchange.md, members layout).
enum class IdType { ResidentId, Passport, HongKongMacau, Taiwan, ForeignPermanent, Other };

/// Codes, spreadsheet values and labels of the member enums in one place.
class MemberText
{
    Q_DECLARE_TR_FUNCTIONS(sd::MemberText)

public:
    static QString code(MemberStatus status);                ///< "active"
    static std::optional<MemberStatus> statusFromCode(QStringView code);
    static QString sheetValue(MemberStatus status);          ///< "正常" — what spreadsheets carry
    static std::optional<MemberStatus> statusFromSheet(QStringView value); ///< 正常 / active / Active
    static QString label(MemberStatus status);               ///< translated, for screens
    static QList<MemberStatus> allStatuses();

    static QString sheetValue(IdType type);                  ///< "居民身份证"
    static std::optional<IdType> idTypeFromSheet(QStringView value);
    static QString code(IdType type);                        ///< "resident_id"
    static std::optional<IdType> idTypeFromCode(QStringView code);
    static QString label(IdType type);

    static QString sheetValue(Gender gender);                ///< 男 / 女 / empty
    static QString label(Gender gender);
};

/// An exit status ends membership; it needs an exit date.
[[nodiscard]] constexpr bool isExit(MemberStatus s)
{
    return s == MemberStatus::Withdrawn || s == MemberStatus::Expelled || s == MemberStatus::Deceased;
}

/// 政治面貌 values that count as party members (中共党员, 中共预备党员).
[[nodiscard]] bool isPartyMember(QStringView politicalStatus);

/// An individual member with every field of the `members` layout. Dates are invalid when unknown.
struct Member
{
    qint64 id = 0;
    QString memberNo;
    QString name;
    Gender gender = Gender::Unknown;
    QDate birthDate;
    IdType idType = IdType::ResidentId;
    QString idNumber;           ///< full; every list and export masks it
    QString politicalStatus;
    QString affiliation;
    QString affiliationType;
    QString position;
    QString professionalTitle;
    std::optional<bool> frontLine; ///< unknown is never "no"
    QString mobile;             ///< normalised, 11 digits
    QString email;
    qint64 gradeId = 0;         ///< 0 = the default grade
    QDate appliedOn;
    QDate approvedOn;
    QDate joinDate;
    MemberStatus status = MemberStatus::Active;
    QDate exitDate;
    QString notes;
    QStringList branches;       ///< branch names (links are made only to known branches)

    friend bool operator==(const Member &, const Member &) = default;
};

/// interchange.md's counting rule: a member on `date` when joined on or before it, not exited
/// on or before it, and not an applicant.
[[nodiscard]] bool countsAsMemberOn(const Member &member, QDate date);

/// A unit member (单位会员).
struct UnitMember
{
    qint64 id = 0;
    QString name;
    QString creditCode;
    QString unitType;
    QString contact;
    QString phone;
    QString email;
    QDate joinDate;
    MemberStatus status = MemberStatus::Active;
    QDate exitDate;
    QString notes;

    friend bool operator==(const UnitMember &, const UnitMember &) = default;
};

/// One dues payment (会费): a member, a year, an amount in cents, a receipt number.
struct DuesPayment
{
    qint64 id = 0;
    qint64 memberId = 0;
    QString memberNo;
    int year = 0;
    qint64 amountCents = 0;
    QDate paidOn;
    QString receiptNo;

    friend bool operator==(const DuesPayment &, const DuesPayment &) = default;
};

struct MemberGrade
{
    qint64 id = 0;
    QString name;
    int rank = 0;
    bool isDefault = false;
};

} // namespace sd
