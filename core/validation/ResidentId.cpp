#include "validation/ResidentId.h"

#include "validation/Normalize.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace sd::validation {

/// The translation context of the resident ID messages.
class ResidentIdValidation
{
    Q_DECLARE_TR_FUNCTIONS(sd::validation::ResidentIdValidation)
};

namespace {

constexpr std::array<int, 17> kWeights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
constexpr QStringView kCheckCharacters = u"10X98765432";

QString normalized(QStringView input)
{
    QString id = toHalfWidth(input);
    id.removeIf([](QChar c) { return c.isSpace(); });
    if (id.startsWith(u'\'')) // Excel's "treat as text" prefix, when it survives into a CSV
        id.remove(0, 1);
    return id.replace(u'x', u'X');
}

bool allDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString lostDigitsMessage(const QString &value)
{
    return ResidentIdValidation::tr(
        "The ID number \"%1\" was turned into a number by the spreadsheet and has lost digits; "
        "format the column as text and enter the number again.")
        .arg(value);
}

ResidentIdResult fail(ResidentIdResult result, ResidentIdResult::Problem problem, const QString &message)
{
    result.problem = problem;
    result.message = message;
    return result;
}

} // namespace

QChar residentIdCheckCharacter(QStringView first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * kWeights[static_cast<size_t>(i)];
    return kCheckCharacters[sum % 11];
}

QDate birthDateOf(QStringView id)
{
    const QString n = normalized(id);
    const QStringView digits = QStringView(n).mid(6, 8);
    if (n.size() != 18 || !allDigits(digits))
        return {};
    return QDate(digits.left(4).toInt(), digits.mid(4, 2).toInt(), digits.mid(6, 2).toInt());
}

Gender genderOf(QStringView id)
{
    const QString n = normalized(id);
    if (n.size() != 18 || !allDigits(QStringView(n).mid(16, 1)))
        return Gender::Unknown;
    return (n[16].unicode() - u'0') % 2 == 1 ? Gender::Male : Gender::Female;
}

ResidentIdResult checkResidentId(QStringView input, QDate today, QDate birthDate, Gender gender)
{
    using P = ResidentIdResult::Problem;
    ResidentIdResult result;
    result.value = normalized(input);
    const QString &id = result.value;
    if (id.isEmpty())
        return fail(result, P::Empty, ResidentIdValidation::tr("The ID number is empty."));

    // Excel shows a long number in scientific notation (1.10105E+17); what it holds is a double.
    static const QRegularExpression scientific(
        QStringLiteral("^\\d+(\\.\\d+)?E\\+?\\d+$"), QRegularExpression::CaseInsensitiveOption);
    if (scientific.match(id).hasMatch())
        return fail(result, P::LostDigits, lostDigitsMessage(id));
    if (id.size() != 18)
        return fail(result, P::WrongLength,
            ResidentIdValidation::tr("The ID number \"%1\" should have 18 characters but has %2.")
                .arg(id)
                .arg(id.size()));
    if (!allDigits(QStringView(id).left(17)) || !(allDigits(QStringView(id).right(1)) || id[17] == u'X'))
        return fail(result, P::BadCharacter,
            ResidentIdValidation::tr(
                "The ID number \"%1\" may contain only digits, with X allowed as the last character.")
                .arg(id));
    if (residentIdCheckCharacter(QStringView(id).left(17)) != id[17]) {
        // Excel keeps 15 significant digits: an ID that went through a numeric cell ends in 000.
        if (id.endsWith(u"000"))
            return fail(result, P::LostDigits, lostDigitsMessage(id));
        return fail(result, P::BadCheckCharacter,
            ResidentIdValidation::tr("The check character of the ID number \"%1\" does not match; please "
                                     "look for a mistyped digit.")
                .arg(id));
    }
    const QDate born = birthDateOf(id);
    if (!born.isValid() || born.year() < 1800)
        return fail(result, P::BadBirthDate,
            ResidentIdValidation::tr(
                "The ID number \"%1\" does not hold a real birth date in its 7th to 14th digits.")
                .arg(id));
    if (today.isValid() && born > today)
        return fail(result, P::BirthDateInFuture,
            ResidentIdValidation::tr("The birth date %1 in the ID number \"%2\" lies in the future.")
                .arg(born.toString(Qt::ISODate), id));
    if (birthDate.isValid() && birthDate != born)
        return fail(result, P::BirthDateMismatch,
            ResidentIdValidation::tr(
                "The ID number \"%1\" gives the birth date %2, which differs from the birth date %3.")
                .arg(id, born.toString(Qt::ISODate), birthDate.toString(Qt::ISODate)));
    if (gender != Gender::Unknown && gender != genderOf(id))
        return fail(result, P::GenderMismatch,
            gender == Gender::Male
                ? ResidentIdValidation::tr("The ID number \"%1\" is a woman's, but the gender given is male.")
                      .arg(id)
                : ResidentIdValidation::tr("The ID number \"%1\" is a man's, but the gender given is female.")
                      .arg(id));
    result.problem = P::None;
    return result;
}

ResidentIdResult checkResidentIdNumber(double cellValue)
{
    using P = ResidentIdResult::Problem;
    ResidentIdResult result;
    if (std::isfinite(cellValue) && std::abs(cellValue) < 1e15 && cellValue == std::trunc(cellValue)) {
        result.value = QString::number(static_cast<qint64>(cellValue));
        return fail(result, P::WrongLength,
            ResidentIdValidation::tr("The ID number \"%1\" should have 18 characters but has %2.")
                .arg(result.value)
                .arg(result.value.size()));
    }
    result.value = QString::number(cellValue, 'g', 15).toUpper();
    return fail(result, P::LostDigits, lostDigitsMessage(result.value));
}

} // namespace sd::validation
