#include "validation/Contact.h"

#include "validation/Normalize.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace sd::validation {

/// The translation context of the phone and email messages.
class ContactValidation
{
    Q_DECLARE_TR_FUNCTIONS(sd::validation::ContactValidation)
};

namespace {

bool isDash(QChar c)
{
    return c == u'-' || (c.unicode() >= 0x2010 && c.unicode() <= 0x2015) || c == QChar(0x2212);
}

/// Half-width, without whitespace, every kind of dash written as '-'.
QString compact(QStringView input)
{
    QString s = toHalfWidth(input);
    s.removeIf([](QChar c) { return c.isSpace(); });
    for (QChar &c : s) {
        if (isDash(c))
            c = u'-';
    }
    return s;
}

/// Drops an international prefix (+86, 0086, written with or without parentheses); tells whether
/// there was one.
bool dropCountryCode(QString &s)
{
    for (const QStringView prefix : { u"(+86)", u"(0086)", u"+86", u"0086" }) {
        if (s.startsWith(prefix)) {
            s.remove(0, prefix.size());
            if (s.startsWith(u'-'))
                s.remove(0, 1);
            return true;
        }
    }
    return false;
}

PhoneResult fail(QStringView input, PhoneResult::Problem problem, const QString &message)
{
    PhoneResult result;
    result.problem = problem;
    result.value = toHalfWidth(input).trimmed();
    result.message = message;
    return result;
}

PhoneResult emptyPhone()
{
    PhoneResult result;
    result.message = ContactValidation::tr("The phone number is empty.");
    return result;
}

/// The normalised mobile number, or an empty string.
QString mobileOf(QStringView input)
{
    QString s = compact(input);
    s.remove(u'-');
    if (!dropCountryCode(s) && s.size() == 13 && s.startsWith(u"86"))
        s.remove(0, 2);
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    return mobile.match(s).hasMatch() ? s : QString();
}

/// The normalised landline number, or an empty string.
QString landlineOf(QStringView input)
{
    QString s = compact(input);
    if (dropCountryCode(s)) { // +86 10 12345678: the area code loses its 0 abroad
        if (s.startsWith(u'(') && !s.startsWith(u"(0"))
            s.insert(1, u'0');
        else if (!s.startsWith(u'(') && !s.startsWith(u'0'))
            s.prepend(u'0');
    }
    // Without a separator the area code's length is known from its digits: 010 and 02x have 3,
    // all others (0311, 0571, …) 4.
    static const QRegularExpression landline(
        QStringLiteral("^(?:\\((0\\d{2,3})\\)-?|(0\\d{2,3})-|(0(?:10|2\\d|[3-9]\\d\\d)))(\\d{7,8})"
                       "(?:(?:-|\\x{8F6C}|ext\\.?|x|#)(\\d{1,6}))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = landline.match(s);
    if (!m.hasMatch())
        return {};
    QString area = m.captured(1);
    if (area.isEmpty())
        area = m.captured(2);
    if (area.isEmpty())
        area = m.captured(3);
    QString result = area + u'-' + m.captured(4);
    if (m.hasCaptured(5))
        result += u'-' + m.captured(5);
    return result;
}

PhoneResult success(PhoneResult::Kind kind, const QString &value)
{
    PhoneResult result;
    result.problem = PhoneResult::Problem::None;
    result.kind = kind;
    result.value = value;
    return result;
}

} // namespace

PhoneResult checkMobile(QStringView input)
{
    if (input.trimmed().isEmpty())
        return emptyPhone();
    if (const QString mobile = mobileOf(input); !mobile.isEmpty())
        return success(PhoneResult::Kind::Mobile, mobile);
    return fail(input, PhoneResult::Problem::NotMobile,
        ContactValidation::tr(
            "\"%1\" is not a mainland mobile number, which has 11 digits beginning with 13 to 19.")
            .arg(toHalfWidth(input).trimmed()));
}

PhoneResult checkLandline(QStringView input)
{
    if (input.trimmed().isEmpty())
        return emptyPhone();
    if (const QString landline = landlineOf(input); !landline.isEmpty())
        return success(PhoneResult::Kind::Landline, landline);
    return fail(input, PhoneResult::Problem::NotLandline,
        ContactValidation::tr("\"%1\" is not a landline number written as area code-number with an optional "
                              "-extension, such as 010-12345678.")
            .arg(toHalfWidth(input).trimmed()));
}

PhoneResult checkPhone(QStringView input)
{
    if (input.trimmed().isEmpty())
        return emptyPhone();
    if (const QString mobile = mobileOf(input); !mobile.isEmpty())
        return success(PhoneResult::Kind::Mobile, mobile);
    if (const QString landline = landlineOf(input); !landline.isEmpty())
        return success(PhoneResult::Kind::Landline, landline);
    return fail(input, PhoneResult::Problem::NotPhone,
        ContactValidation::tr(
            "\"%1\" is neither a mainland mobile number (11 digits beginning with 13 to 19) nor a "
            "landline number written as area code-number, such as 010-12345678.")
            .arg(toHalfWidth(input).trimmed()));
}

EmailResult checkEmail(QStringView input)
{
    using P = EmailResult::Problem;
    EmailResult result;
    result.value = toHalfWidth(input).trimmed();
    // The Chinese input method's full stop key gives 。 (or the halfwidth ｡) where a dot was meant.
    result.value.replace(QChar(0x3002), u'.').replace(QChar(0xFF61), u'.');
    const QString &e = result.value;
    const auto failWith = [&result](P problem, const QString &message) {
        result.problem = problem;
        result.message = message;
        return result;
    };
    if (e.isEmpty())
        return failWith(P::Empty, ContactValidation::tr("The email address is empty."));
    if (std::any_of(e.begin(), e.end(), [](QChar c) { return c.isSpace(); }))
        return failWith(
            P::Whitespace, ContactValidation::tr("The email address \"%1\" contains a space.").arg(e));
    const qsizetype at = e.indexOf(u'@');
    if (at < 0)
        return failWith(
            P::NoAt, ContactValidation::tr("\"%1\" is not an email address because it has no @.").arg(e));
    if (e.indexOf(u'@', at + 1) >= 0)
        return failWith(
            P::SeveralAt, ContactValidation::tr("The email address \"%1\" has more than one @.").arg(e));

    static const QRegularExpression local(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    static const QRegularExpression domain(QStringLiteral(
        "^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$"));
    const QString localPart = e.left(at);
    const QString domainPart = e.mid(at + 1).toLower();
    if (localPart.size() > 64 || !local.match(localPart).hasMatch())
        return failWith(P::BadLocalPart,
            ContactValidation::tr("The part before @ in the email address \"%1\" is not valid.").arg(e));
    if (domainPart.size() > 253 || !domain.match(domainPart).hasMatch())
        return failWith(P::BadDomain,
            ContactValidation::tr("The domain after @ in the email address \"%1\" is not valid; it needs a "
                                  "name and an ending such as .cn or .com.")
                .arg(e));
    result.value = localPart + u'@' + domainPart;
    result.problem = P::None;
    return result;
}

} // namespace sd::validation
