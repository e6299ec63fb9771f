#pragma once

#include "domain/Fraction.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sd::storage {
class Database;
}

namespace sd::members {

/// Counts of the register on one date, by interchange.md's rule: a member on D joined on or
/// before D, had not exited on or before D, and is not an applicant. Later the rules engine and
/// the annual report read these; every figure is exact (counts and fractions, no floats).
struct RegisterStatistics
{
    QDate date;
    qint64 members = 0;
    QMap<QString, qint64> byGrade;           ///< grade name → members
    QMap<QString, qint64> byStatus;          ///< status code on the date → members
    QMap<QString, qint64> byGender;          ///< "M", "F", "unknown"
    QMap<QString, qint64> byAgeBand;         ///< "<=35", "36-45", "46-55", "56-65", ">65", "unknown"
    QMap<QString, qint64> byAffiliationType; ///< 单位性质 value or "unknown"
    qint64 frontLineYes = 0;
    qint64 frontLineNo = 0;
    qint64 frontLineUnknown = 0;             ///< never counted as no
    qint64 partyMembers = 0;                 ///< 中共党员 and 中共预备党员
    qint64 politicalUnknown = 0;

    [[nodiscard]] Fraction frontLineShare() const { return { frontLineYes, members }; }
    [[nodiscard]] Fraction partyShare() const { return { partyMembers, members }; }
};

/// The age bands of RegisterStatistics::byAgeBand, in display order.
QStringList ageBands();

/// Statistics of the register on `date` (one pass over the members).
RegisterStatistics statisticsOn(const storage::Database &db, QDate date);
/// Members on `date`, counted from indexes alone (schema 8) — a few milliseconds at a million
/// members: all − applicants − joined after `date` − exited on or before it (or, when most joined
/// after it, joined on or before it − exited), never reading a member row.
qint64 membersOn(const storage::Database &db, QDate date);
/// The members on a date, and those of them who paid dues for a year (at least one payment).
struct DuesOn
{
    qint64 members = 0;
    qint64 paid = 0;
};
/// The members on `date` and those who paid for `year`: one pass over the year's payers in member
/// order against the (smaller) list of those who are, or are not, members on the date.
DuesOn duesOn(const storage::Database &db, int year, QDate date);
/// duesOn(…).paid.
qint64 duesPaidOn(const storage::Database &db, int year, QDate date);
/// Whether any dues payment is recorded for `year`.
bool duesRecordedFor(const storage::Database &db, int year);
/// The names of the grades at least one member on `date` holds, in grade order.
QStringList gradesHeldOn(const storage::Database &db, QDate date);

/// A member record that lacks a date a rule asks for (HB17-13, CQ22-01).
struct MemberGap
{
    QString memberNo;
    QString name;
    QDate joinDate;
    QString status;          ///< code
    bool noApplication = false; ///< 申请日期 empty
    bool noApproval = false;    ///< 批准日期 empty
};
struct MemberGaps
{
    qint64 total = 0;       ///< the members the rule is about
    qint64 gaps = 0;        ///< those lacking the date
    QList<MemberGap> first; ///< the first `limit` of them, by join date
};
/// Members admitted (joined, applicants apart) from `from` to `to` inclusive, and those without an
/// application or approval date (the partial index of schema 8 holds only them).
MemberGaps admissionGaps(const storage::Database &db, QDate from, QDate to, int limit);
/// Members with an exit status (退会, 除名, 去世 — 欠费 is still a member) and those without an exit date.
MemberGaps exitGaps(const storage::Database &db, int limit);
/// Members whose 入会日期 falls in `year` (applicants excluded).
qint64 joinedIn(const storage::Database &db, int year);
/// Members whose 退会日期 falls in `year`.
qint64 exitedIn(const storage::Database &db, int year);

/// Unit members (unit_member) on `date`, by the same rule as individual members: joined on or
/// before it, not exited on or before it, not an applicant. The unit register is small (no index
/// is needed): one count.
qint64 unitMembersOn(const storage::Database &db, QDate date);
/// Unit members whose 入会日期 falls in `year` (applicants excluded).
qint64 unitsJoinedIn(const storage::Database &db, int year);
/// Unit members whose 退会日期 falls in `year`.
qint64 unitsExitedIn(const storage::Database &db, int year);

struct Growth
{
    qint64 startCount = 0; ///< members on 31 Dec of the previous year
    qint64 endCount = 0;   ///< members on 31 Dec of the year (or on the date given)
    /// end / start; CAST's "+15%" passes when growth() >= 115/100.
    [[nodiscard]] Fraction ratio() const { return { endCount, startCount }; }
};
/// Growth over `year`, measured on `end` (default 31 December of the year).
Growth growthIn(const storage::Database &db, int year, QDate end = {});

/// Share of the members on 31 Dec of `year` who paid dues for `year`.
Fraction duesPaidShare(const storage::Database &db, int year);

/// Active members (status 在册 now, members on `date` by the counting rule) with no dues payment
/// for `year`: how many, and the first `sampleSize` of them in pinyin order. Lapsed members (欠费)
/// are not counted: they are already marked as not paying. One count and one bounded read, so a
/// million-member register is never loaded.
struct UnpaidDues
{
    qint64 count = 0;
    QList<std::pair<QString, QString>> sample; ///< (member number, name)
};
UnpaidDues unpaidDues(const storage::Database &db, QDate date, int year, int sampleSize);

} // namespace sd::members
