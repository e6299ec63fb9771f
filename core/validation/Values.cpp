#include "validation/Values.h"

#include "validation/Normalize.h"

#include <QCoreApplication>

namespace sd::validation {

/// The translation context of the yes/no, gender and choice messages.
class ValueValidation
{
    Q_DECLARE_TR_FUNCTIONS(sd::validation::ValueValidation)
};

namespace {

/// The comparison key: half-width, no whitespace, case-folded.
QString keyOf(QStringView s)
{
    QString key = toHalfWidth(s);
    key.removeIf([](QChar c) { return c.isSpace(); });
    return key.toCaseFolded();
}

bool isOneOf(const QString &key, std::initializer_list<QStringView> spellings)
{
    for (const QStringView s : spellings) {
        if (key == s)
            return true;
    }
    return false;
}

} // namespace

YesNoResult parseYesNo(QStringView input)
{
    YesNoResult result;
    const QString key = keyOf(input);
    if (key.isEmpty())
        return result;
    if (isOneOf(key, { u"是", u"y", u"yes", u"true", u"1" })) {
        result.value = true;
    } else if (isOneOf(key, { u"否", u"n", u"no", u"false", u"0" })) {
        result.value = false;
    } else {
        result.problem = YesNoResult::Problem::Unrecognized;
        result.message
            = ValueValidation::tr("\"%1\" is not a yes/no value; the accepted spellings are %2.")
                  .arg(toHalfWidth(input).trimmed(), QStringLiteral("是/否, Y/N, yes/no, true/false, 1/0"));
    }
    return result;
}

GenderResult parseGender(QStringView input)
{
    GenderResult result;
    const QString key = keyOf(input);
    if (key.isEmpty())
        return result;
    if (isOneOf(key, { u"男", u"男性", u"m", u"male" })) {
        result.value = Gender::Male;
    } else if (isOneOf(key, { u"女", u"女性", u"f", u"female" })) {
        result.value = Gender::Female;
    } else {
        result.problem = GenderResult::Problem::Unrecognized;
        result.message = ValueValidation::tr("\"%1\" is not a gender; the accepted spellings are %2.")
                             .arg(toHalfWidth(input).trimmed(), QStringLiteral("男/女, M/F, male/female"));
    }
    return result;
}

ChoiceResult checkChoice(QStringView input, const QList<Choice> &choices, QStringView defaultValue)
{
    ChoiceResult result;
    const QString key = keyOf(input);
    if (key.isEmpty()) {
        result.value = defaultValue.toString();
        return result;
    }
    QStringList accepted;
    for (const Choice &choice : choices) {
        if (key == keyOf(choice.canonical)) {
            result.value = choice.canonical;
            return result;
        }
        for (const QString &alias : choice.aliases) {
            if (key == keyOf(alias)) {
                result.value = choice.canonical;
                return result;
            }
        }
        accepted.append(choice.canonical);
    }
    result.problem = ChoiceResult::Problem::NotAllowed;
    result.value = toHalfWidth(input).trimmed();
    result.message
        = ValueValidation::tr("\"%1\" is not one of the accepted values: %2.")
              .arg(result.value,
                  accepted.join(ValueValidation::tr(", ", "separator in a list of accepted values")));
    return result;
}

ChoiceResult checkChoice(QStringView input, const QStringList &allowed, QStringView defaultValue)
{
    QList<Choice> choices;
    choices.reserve(allowed.size());
    for (const QString &value : allowed)
        choices.append({ value, {} });
    return checkChoice(input, choices, defaultValue);
}

} // namespace sd::validation
