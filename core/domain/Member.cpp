#include "domain/Member.h"

#include <array>
#include <utility>

namespace sd {

namespace {

struct StatusRow
{
    MemberStatus status;
    const char *code;
    const char16_t *sheet;
};

constexpr std::array kStatuses = {
    StatusRow { MemberStatus::Applied, "applied", u"申请中" },
    StatusRow { MemberStatus::Active, "active", u"正常" },
    StatusRow { MemberStatus::Lapsed, "lapsed", u"欠费" },
    StatusRow { MemberStatus::Withdrawn, "withdrawn", u"退会" },
    StatusRow { MemberStatus::Expelled, "expelled", u"除名" },
    StatusRow { MemberStatus::Deceased, "deceased", u"去世" },
};

struct IdTypeRow
{
    IdType type;
    const char *code;
    const char16_t *sheet;
};

constexpr std::array kIdTypes = {
    IdTypeRow { IdType::ResidentId, "resident_id", u"居民身份证" },
    IdTypeRow { IdType::Passport, "passport", u"护照" },
    IdTypeRow { IdType::HongKongMacau, "hk_macau_permit", u"港澳居民来往内地通行证" },
    IdTypeRow { IdType::Taiwan, "taiwan_permit", u"台湾居民来往大陆通行证" },
    IdTypeRow { IdType::ForeignPermanent, "foreign_permanent", u"外国人永久居留身份证" },
    IdTypeRow { IdType::Other, "other", u"其他" },
};

} // namespace

QString MemberText::code(MemberStatus status)
{
    return QLatin1StringView(kStatuses[static_cast<size_t>(status)].code);
}

std::optional<MemberStatus> MemberText::statusFromCode(QStringView c)
{
    for (const StatusRow &row : kStatuses) {
        if (c == QLatin1StringView(row.code))
            return row.status;
    }
    return std::nullopt;
}

QString MemberText::sheetValue(MemberStatus status)
{
    return QString::fromUtf16(kStatuses[static_cast<size_t>(status)].sheet);
}

std::optional<MemberStatus> MemberText::statusFromSheet(QStringView value)
{
    const QString v = value.trimmed().toString();
    for (const StatusRow &row : kStatuses) {
        if (v == QString::fromUtf16(row.sheet) || v.compare(QLatin1StringView(row.code), Qt::CaseInsensitive) == 0)
            return row.status;
    }
    return std::nullopt;
}

QString MemberText::label(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Applied:
        return tr("Applied");
    case MemberStatus::Active:
        return tr("Active");
    case MemberStatus::Lapsed:
        return tr("Lapsed (dues unpaid)");
    case MemberStatus::Withdrawn:
        return tr("Withdrawn");
    case MemberStatus::Expelled:
        return tr("Expelled");
    case MemberStatus::Deceased:
        return tr("Deceased");
    }
    return {};
}

QList<MemberStatus> MemberText::allStatuses()
{
    QList<MemberStatus> list;
    for (const StatusRow &row : kStatuses)
        list << row.status;
    return list;
}

QString MemberText::sheetValue(IdType type)
{
    return QString::fromUtf16(kIdTypes[static_cast<size_t>(type)].sheet);
}

std::optional<IdType> MemberText::idTypeFromSheet(QStringView value)
{
    const QString v = value.trimmed().toString();
    if (v.isEmpty())
        return IdType::ResidentId;
    for (const IdTypeRow &row : kIdTypes) {
        if (v == QString::fromUtf16(row.sheet) || v.compare(QLatin1StringView(row.code), Qt::CaseInsensitive) == 0)
            return row.type;
    }
    return std::nullopt;
}

QString MemberText::code(IdType type)
{
    return QLatin1StringView(kIdTypes[static_cast<size_t>(type)].code);
}

std::optional<IdType> MemberText::idTypeFromCode(QStringView c)
{
    for (const IdTypeRow &row : kIdTypes) {
        if (c == QLatin1StringView(row.code))
            return row.type;
    }
    return std::nullopt;
}

QString MemberText::label(IdType type)
{
    switch (type) {
    case IdType::ResidentId:
        return tr("Resident ID card");
    case IdType::Passport:
        return tr("Passport");
    case IdType::HongKongMacau:
        return tr("Hong Kong/Macao permit");
    case IdType::Taiwan:
        return tr("Taiwan permit");
    case IdType::ForeignPermanent:
        return tr("Foreign permanent residence ID");
    case IdType::Other:
        return tr("Other");
    }
    return {};
}

QString MemberText::sheetValue(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return QStringLiteral("男");
    case Gender::Female:
        return QStringLiteral("女");
    case Gender::Unknown:
        break;
    }
    return {};
}

QString MemberText::label(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return tr("Male");
    case Gender::Female:
        return tr("Female");
    case Gender::Unknown:
        break;
    }
    return tr("Unknown");
}

bool isPartyMember(QStringView politicalStatus)
{
    return politicalStatus == u"中共党员" || politicalStatus == u"中共预备党员";
}

bool countsAsMemberOn(const Member &m, QDate date)
{
    if (m.status == MemberStatus::Applied || !m.joinDate.isValid() || m.joinDate > date)
        return false;
    return !m.exitDate.isValid() || m.exitDate > date;
}

} // namespace sd
