#include "validation/Masking.h"

namespace sd::validation {

namespace {

QString maskMiddle(QStringView s, qsizetype keepHead, qsizetype keepTail)
{
    if (s.size() <= keepHead + keepTail)
        return QString(s.size(), u'*');
    return s.left(keepHead).toString() + QString(s.size() - keepHead - keepTail, u'*')
        + s.right(keepTail).toString();
}

} // namespace

QString maskIdNumber(QStringView id)
{
    return maskMiddle(id.trimmed(), 4, 4);
}

QString maskPhone(QStringView phone)
{
    return maskMiddle(phone.trimmed(), 3, 4);
}

QString maskEmail(QStringView email)
{
    const QStringView e = email.trimmed();
    const qsizetype at = e.indexOf(u'@');
    if (at <= 0)
        return maskMiddle(e, 0, 0);
    return e.left(1).toString() + QStringLiteral("***") + e.mid(at).toString();
}

} // namespace sd::validation
