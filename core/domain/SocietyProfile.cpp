#include "domain/SocietyProfile.h"

#include "validation/CreditCode.h"

#include <QCoreApplication>

namespace sd {

/// The translation context of the profile's validation messages.
class ProfileValidation
{
    Q_DECLARE_TR_FUNCTIONS(sd::ProfileValidation)
};

QJsonObject toJson(const SocietyProfile &p)
{
    return QJsonObject {
        { QStringLiteral("name"), p.name },
        { QStringLiteral("name_en"), p.nameEn },
        { QStringLiteral("credit_code"), p.creditCode },
        { QStringLiteral("registration_authority"), p.registrationAuthority },
        { QStringLiteral("supervisor"), p.supervisor },
        { QStringLiteral("address"), p.address },
        { QStringLiteral("founded"), p.founded.isValid() ? QJsonValue(p.founded.toString(Qt::ISODate)) : QJsonValue() },
    };
}

QList<ProfileProblem> validateProfile(const SocietyProfile &profile, QDate today)
{
    QList<ProfileProblem> problems;

    if (profile.name.trimmed().isEmpty())
        problems.append({ ProfileProblem::Field::Name, ProfileValidation::tr("The society's name is required.") });
    else if (profile.name.trimmed().size() > 100)
        problems.append({ ProfileProblem::Field::Name, ProfileValidation::tr("The society's name is longer than 100 characters.") });

    if (!profile.creditCode.trimmed().isEmpty()) {
        using P = validation::CreditCodeResult::Problem;
        switch (validation::checkCreditCode(profile.creditCode).problem) {
        case P::None:
        case P::Empty:
            break;
        case P::WrongLength:
            problems.append({ ProfileProblem::Field::CreditCode,
                ProfileValidation::tr("The unified social credit code must have 18 characters.") });
            break;
        case P::BadCharacter:
            problems.append({ ProfileProblem::Field::CreditCode,
                ProfileValidation::tr("The unified social credit code uses only digits and the letters A-Y without I, O, Z, S "
                   "and V.") });
            break;
        case P::BadCheckCharacter:
            problems.append({ ProfileProblem::Field::CreditCode,
                ProfileValidation::tr("The unified social credit code's check character does not match; please check for a "
                   "mistyped character.") });
            break;
        }
    }

    if (profile.founded.isValid() && today.isValid() && profile.founded > today)
        problems.append({ ProfileProblem::Field::Founded, ProfileValidation::tr("The founding date lies in the future.") });

    return problems;
}

} // namespace sd
