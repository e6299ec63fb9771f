#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sd {

/// Who the society is: the identity printed on every document and package.
struct SocietyProfile
{
    QString name;                  ///< 学会名称 (required)
    QString nameEn;                ///< English name
    QString creditCode;            ///< 统一社会信用代码, GB 32100 (optional until the first submission)
    QString registrationAuthority; ///< 登记管理机关, e.g. 湖北省民政厅
    QString supervisor;            ///< 业务主管单位, e.g. 湖北省科学技术协会
    QString address;
    QDate founded;

    friend bool operator==(const SocietyProfile &, const SocietyProfile &) = default;
};

struct ProfileProblem
{
    enum class Field { Name, NameEn, CreditCode, Founded };
    Field field;
    QString message; ///< translated, one sentence
};

/// The profile as JSON with the stored field names (CLI output, audit entries).
[[nodiscard]] QJsonObject toJson(const SocietyProfile &profile);

/// Checks a profile before it is stored. `today` bounds the founding date.
[[nodiscard]] QList<ProfileProblem> validateProfile(const SocietyProfile &profile, QDate today);

} // namespace sd
