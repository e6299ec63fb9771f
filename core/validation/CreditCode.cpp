#include "validation/CreditCode.h"

#include <array>

namespace sd::validation {

namespace {

constexpr QStringView kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kWeights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

int valueOf(QChar c)
{
    return static_cast<int>(kAlphabet.indexOf(c));
}

} // namespace

QChar creditCodeCheckCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const int v = valueOf(first17[i]);
        if (v < 0)
            return {};
        sum += v * kWeights[static_cast<size_t>(i)];
    }
    const int check = (31 - sum % 31) % 31;
    return kAlphabet[check];
}

CreditCodeResult checkCreditCode(QStringView input)
{
    CreditCodeResult result;
    result.normalized = input.trimmed().toString().toUpper();
    const QString &code = result.normalized;
    if (code.isEmpty()) {
        result.problem = CreditCodeResult::Problem::Empty;
        return result;
    }
    if (code.size() != 18) {
        result.problem = CreditCodeResult::Problem::WrongLength;
        return result;
    }
    for (const QChar c : code) {
        if (valueOf(c) < 0) {
            result.problem = CreditCodeResult::Problem::BadCharacter;
            return result;
        }
    }
    result.problem = creditCodeCheckCharacter(QStringView(code).left(17)) == code.back()
        ? CreditCodeResult::Problem::None
        : CreditCodeResult::Problem::BadCheckCharacter;
    return result;
}

} // namespace sd::validation
