#include "validation/Dates.h"

#include "validation/Normalize.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace sd::validation {

/// The translation context of the date messages.
class DateValidation
{
    Q_DECLARE_TR_FUNCTIONS(sd::validation::DateValidation)
};

namespace {

using P = DateResult::Problem;
using W = DateResult::Warning;

constexpr int kEarliestYear = 1800;
constexpr double kLastSerial = 2958465; // 9999-12-31

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

QString numberText(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

DateResult fail(P problem, const QString &message)
{
    DateResult result;
    result.problem = problem;
    result.message = message;
    return result;
}

DateResult ok(QDate date, QDate today, W warning = W::None, const QString &warningMessage = {})
{
    DateResult result;
    result.problem = P::None;
    result.value = date;
    result.warning = warning;
    result.warningMessage = warningMessage;
    if (warning == W::None && today.isValid() && date > today.addYears(10)) {
        result.warning = W::FarFuture;
        result.warningMessage
            = DateValidation::tr("The date %1 lies more than 10 years ahead; please check the year.")
                  .arg(iso(date));
    }
    return result;
}

/// A typed date: checks the calendar and the year, then wraps it.
DateResult typed(const QString &text, int year, int month, int day, bool monthOnly, QDate today)
{
    const QDate date(year, month, day);
    if (!date.isValid())
        return fail(
            P::NotACalendarDate, DateValidation::tr("\"%1\" is not a date of the calendar.").arg(text));
    if (year < kEarliestYear)
        return fail(P::YearOutOfRange,
            DateValidation::tr("The year in \"%1\" is before 1800; please check it.").arg(text));
    if (!monthOnly)
        return ok(date, today);
    return ok(date, today, W::MonthOnly,
        DateValidation::tr("\"%1\" gives only a month, so its first day %2 was taken.").arg(text, iso(date)));
}

} // namespace

DateResult parseDate(QStringView input, QDate today)
{
    const QString text = toHalfWidth(input).trimmed();
    if (text.isEmpty())
        return fail(P::Empty, DateValidation::tr("The date is empty."));

    // 年 \x{5E74}, 月 \x{6708}, 日 \x{65E5}, 号 \x{53F7}
    // The same separator twice, then an optional time of day (CSV written by databases), ignored.
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})"
                       "(?:(?:\\s+|T)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$"));
    static const QRegularExpression chinese(QStringLiteral(
        "^(\\d{4})\\s*\\x{5E74}\\s*(\\d{1,2})\\s*\\x{6708}\\s*(\\d{1,2})\\s*[\\x{65E5}\\x{53F7}]?$"));
    static const QRegularExpression compactDigits(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})\\s*[-/.]\\s*(\\d{1,2})$"));
    static const QRegularExpression chineseMonth(
        QStringLiteral("^(\\d{4})\\s*\\x{5E74}\\s*(\\d{1,2})\\s*\\x{6708}$"));

    QRegularExpressionMatch m = separated.match(text);
    if (m.hasMatch())
        return typed(text, m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt(), false, today);
    for (const QRegularExpression *full : { &chinese, &compactDigits }) {
        m = full->match(text);
        if (m.hasMatch())
            return typed(
                text, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), false, today);
    }
    for (const QRegularExpression *partial : { &month, &chineseMonth }) {
        m = partial->match(text);
        if (m.hasMatch())
            return typed(text, m.captured(1).toInt(), m.captured(2).toInt(), 1, true, today);
    }
    return fail(P::Unrecognized,
        DateValidation::tr("\"%1\" is not a date; write it as YYYY-MM-DD, such as 2017-06-01.").arg(text));
}

DateResult dateFromExcelSerial(double serial, QDate today)
{
    if (!(serial >= 1 && serial < kLastSerial + 1))
        return fail(P::SerialOutOfRange,
            DateValidation::tr("The number %1 is not an Excel date, which lies between 1 and 2958465.")
                .arg(numberText(serial)));
    const auto day = static_cast<qint64>(std::floor(serial));
    // The Lotus 1-2-3 leap-year bug (see the header).
    if (day == 60)
        return fail(P::PhantomLeapDay,
            DateValidation::tr("The Excel date 60 is 29 February 1900, a day that does not exist."));
    return ok(QDate(1899, 12, day < 60 ? 31 : 30).addDays(day), today);
}

DateResult dateFromSpreadsheetNumber(double value, QDate today)
{
    // The cell holds the double 2017.5999…: round to hundredths before reading the month.
    if (value >= 1900 && value < 2101) {
        const double scaled = value * 100;
        const double rounded = std::round(scaled);
        const auto hundredths = static_cast<qint64>(rounded);
        if (std::abs(scaled - rounded) < 1e-6 && hundredths % 100 != 0) {
            const int year = static_cast<int>(hundredths / 100);
            const int decimals = static_cast<int>(hundredths % 100);
            const bool oneDecimal = decimals % 10 == 0;
            const int month = oneDecimal ? decimals / 10 : decimals;
            const QString typedText = QString::number(value, 'f', oneDecimal ? 1 : 2);
            if (month > 12)
                return fail(P::NotACalendarDate,
                    DateValidation::tr("The number %1 looks like a year and month, but %2 is not a month.")
                        .arg(typedText)
                        .arg(month));
            const QDate first(year, month, 1);
            const QString monthText = first.toString(QStringLiteral("yyyy-MM"));
            const QString warning = oneDecimal && month == 1
                ? DateValidation::tr(
                    "The number %1 was read as the month %2 and taken as %3; if %4 (October) was typed, "
                    "the spreadsheet dropped its last zero.")
                      .arg(typedText, monthText, iso(first), typedText + u'0')
                : DateValidation::tr("The number %1 was read as the month %2 and taken as its first day %3.")
                      .arg(typedText, monthText, iso(first));
            return ok(first, today, W::YearMonthNumber, warning);
        }
    }
    return dateFromExcelSerial(value, today);
}

} // namespace sd::validation
