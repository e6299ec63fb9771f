#include "reports/MeetingWording.h"

#include "i18n/Language.h"

#include <QLocale>

namespace sd::reports {

using namespace sd::meetings;

namespace {
constexpr const char *kContext = "sd::reports::MeetingDocuments";
}

MeetingWording::MeetingWording(const i18n::DocumentTranslator &translator)
    : m_translator(translator)
{
}

QString MeetingWording::t(const char *source) const
{
    return m_translator.translate(kContext, source);
}

bool MeetingWording::isChinese() const
{
    return m_translator.language() == i18n::Language::Chinese;
}

QString MeetingWording::body(MeetingBody body) const
{
    switch (body) {
    case MeetingBody::Congress:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "General Assembly"));
    case MeetingBody::Council:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Council"));
    case MeetingBody::StandingCouncil:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Standing Council"));
    case MeetingBody::SupervisoryBoard:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Board of Supervisors"));
    case MeetingBody::ChairOffice:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Chair's Office Meeting"));
    case MeetingBody::SecretaryGeneralOffice:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Secretary-General's Working Meeting"));
    }
    return {};
}

QString MeetingWording::addressee(MeetingBody body) const
{
    switch (body) {
    case MeetingBody::Congress:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "To the members' representatives:"));
    case MeetingBody::Council:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "To the members of the Council:"));
    case MeetingBody::StandingCouncil:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "To the members of the Standing Council:"));
    case MeetingBody::SupervisoryBoard:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "To the Supervisors:"));
    case MeetingBody::ChairOffice:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments",
            "To the Chair, the Vice-Chairs and the Secretary-General:"));
    case MeetingBody::SecretaryGeneralOffice:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "To the staff of the Secretariat:"));
    }
    return {};
}

QString MeetingWording::mode(Mode mode) const
{
    switch (mode) {
    case Mode::Onsite:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "In person"));
    case Mode::Video:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Video conference"));
    case Mode::Hybrid:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "In person and by video"));
    case Mode::Written:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "In writing"));
    }
    return {};
}

QString MeetingWording::status(std::optional<AttendanceStatus> status) const
{
    if (!status)
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Not recorded"));
    switch (*status) {
    case AttendanceStatus::Present:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Present"));
    case AttendanceStatus::Excused:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Excused"));
    case AttendanceStatus::Absent:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Absent"));
    case AttendanceStatus::Proxy:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "By proxy"));
    }
    return {};
}

QString MeetingWording::kind(ResolutionKind kind) const
{
    switch (kind) {
    case ResolutionKind::AppointSecretaryGeneral:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Appointment of the Secretary-General"));
    case ResolutionKind::AdoptRegulation:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Adoption of a regulation"));
    case ResolutionKind::Budget:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Budget"));
    case ResolutionKind::Election:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Election"));
    case ResolutionKind::DuesChange:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Change of membership dues"));
    case ResolutionKind::BranchDecision:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Branch matter"));
    case ResolutionKind::Other:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Other"));
    }
    return {};
}

QString MeetingWording::rule(VoteRule rule) const
{
    switch (rule) {
    case VoteRule::MoreThanHalf:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "More than half of those present"));
    case VoteRule::AtLeastHalf:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "At least half of those present"));
    case VoteRule::TwoThirds:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "At least two thirds of those present"));
    }
    return {};
}

QString MeetingWording::outcome(std::optional<Outcome> outcome) const
{
    if (!outcome)
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "No vote recorded"));
    return *outcome == Outcome::Adopted ? t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Adopted"))
                                        : t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Not adopted"));
}

QString MeetingWording::followUp(FollowUpStatus status) const
{
    switch (status) {
    case FollowUpStatus::NotStarted:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Not started"));
    case FollowUpStatus::InProgress:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "In progress"));
    case FollowUpStatus::Completed:
        return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Completed"));
    }
    return {};
}

QString MeetingWording::fraction(const Fraction &share) const
{
    struct Named
    {
        Fraction value;
        const char *text;
    };
    static const Named named[] = {
        { Fraction(1, 2), QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "one half") },
        { Fraction(2, 3), QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "two thirds") },
        { Fraction(3, 4), QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "three quarters") },
        { Fraction(3, 5), QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "three fifths") },
        { Fraction(4, 5), QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "four fifths") },
        { Fraction(1, 1), QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "all") },
    };
    if (share.isValid()) {
        for (const Named &n : named) {
            if (n.value == share)
                return t(n.text);
        }
    }
    return share.toString();
}

QString MeetingWording::date(QDate date) const
{
    if (!date.isValid())
        return {};
    if (isChinese())
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString MeetingWording::dateTime(QDate d, QTime time) const
{
    const QString day = date(d);
    if (!time.isValid())
        return day;
    const QString clock = time.toString(QStringLiteral("HH:mm"));
    return day.isEmpty() ? clock : QString(day + QLatin1Char(' ') + clock);
}

QString MeetingWording::section(int number, const QString &title) const
{
    static const char16_t digits[] = u"〇一二三四五六七八九十";
    QString numeral = QString::number(number);
    if (isChinese() && number > 0 && number <= 19)
        numeral = number <= 10 ? QString(QChar(digits[number])) : QString(QChar(digits[10]) + QChar(digits[number - 10]));
    return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "%1. %2")).arg(numeral, title);
}

QString MeetingWording::pageFormat() const
{
    return t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Page %1 of %2"));
}

QString MeetingWording::orDash(const QString &value)
{
    return value.trimmed().isEmpty() ? QStringLiteral("—") : value;
}

} // namespace sd::reports
