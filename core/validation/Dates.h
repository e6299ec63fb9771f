#pragma once

#include <QDate>
#include <QString>

namespace sd::validation {

struct DateResult
{
    enum class Problem {
        None,
        Empty,
        Unrecognized, ///< not one of the accepted forms
        NotACalendarDate, ///< 2023-02-30, month 13
        YearOutOfRange, ///< a typed year before 1800
        SerialOutOfRange, ///< an Excel serial below 1 or above 2958465 (9999-12-31)
        PhantomLeapDay, ///< Excel serial 60, the 29 February 1900 that never was
    };
    enum class Warning {
        None,
        MonthOnly, ///< 2017-06 or 2017年6月: taken as the first day
        YearMonthNumber, ///< the number 2017.6 in a date cell: taken as 2017-06-01
        FarFuture, ///< more than 10 years after today: likely a mistyped year
    };
    Problem problem = Problem::Empty;
    Warning warning = Warning::None;
    QDate value;
    QString message; ///< translated, one sentence naming the value; empty when valid
    QString warningMessage; ///< translated, one sentence; empty without a warning
    [[nodiscard]] bool isValid() const { return problem == Problem::None; }
};

/// YYYY-MM-DD, YYYY/M/D, YYYY.M.D (a time after it is ignored), YYYY年M月D日 (日 or 号 optional),
/// YYYYMMDD, and a month alone (YYYY-MM, YYYY/M, YYYY.M, YYYY年M月) as its first day with a
/// warning. Full-width digits are folded. `today` (when valid) flags dates more than 10 years on.
[[nodiscard]] DateResult parseDate(QStringView input, QDate today);

/// An Excel date serial in the 1900 date system: 1 is 1900-01-01; the fraction (time of day) is
/// ignored. Lotus 1-2-3 took 1900 for a leap year and Excel kept the mistake for compatibility, so
/// serial 60 is a 29 February 1900 that never was (PhantomLeapDay), and from 61 (1900-03-01) on a
/// serial counts one day more than the days since 1899-12-31.
[[nodiscard]] DateResult dateFromExcelSerial(double serial, QDate today = {});

/// A number in a date column of a spreadsheet (interchange.md): between 1900 and 2100 with one or
/// two decimals it is a year and month a person typed, taken as the month's first day with the
/// warning YearMonthNumber: 2017.6 -> 2017-06-01, 2017.06 -> 2017-06-01, 2017.12 -> 2017-12-01,
/// 2017.13 -> NotACalendarDate. Excel drops trailing zeros, so 2017.10 typed for October arrives
/// as 2017.1 and reads as January; that warning says so. Anything else is an Excel date serial.
[[nodiscard]] DateResult dateFromSpreadsheetNumber(double value, QDate today = {});

} // namespace sd::validation
