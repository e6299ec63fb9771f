#pragma once

#include "rules/Finding.h"
#include "rules/RulePack.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace sd::storage {
class Database;
}

namespace sd::rules {

/// How pressing a due item is on the day: past its date, within DueItems::kDueSoonDays of it (or
/// inside the period the rule gives, such as a term's last six months), or later.
enum class DueSeverity { Overdue, DueSoon, Upcoming };

/// Something the secretariat owes on a date, for the Home page: what, by when, and the records
/// behind it (capped at DueItems::kRecordCap; `count` is the full number).
struct DueItem
{
    QString kind;            ///< a code of DueItems::kinds(): "term_end", "work_report_supervisor" …
    DueSeverity severity = DueSeverity::Upcoming;
    QDate due;
    QString title;           ///< translated, one line
    QString detail;          ///< translated: the rule it comes from and what settles it
    QString reference;       ///< the requirement it comes from ("CA-03", "HB17-01")
    qint64 count = 0;        ///< how many records are behind it (may exceed records.size())
    QList<Evidence> records; ///< the first of them, to open
    /// The kind of record that settles it: its page opens when the item has no record to open
    /// (None: the Compliance page).
    RecordKind opens = RecordKind::None;
    /// Activating the item opens that page rather than its first record (a long list of
    /// records: the members who have not paid).
    bool opensPage = false;
};

class DueItems
{
    Q_DECLARE_TR_FUNCTIONS(sd::rules::DueItems)

public:
    static constexpr int kRecordCap = 50;
    /// An item with a fixed date is "due soon" this many days before it.
    static constexpr int kDueSoonDays = 60;
    /// A term is flagged this many months before its planned end (CA-03's warning window).
    static constexpr int kTermWarningMonths = 6;

    /// The item kinds, in the order the rules are read: term_end, work_report_supervisor,
    /// work_report_registration, plan_deadline, follow_ups_overdue, meeting_owed, dues_unpaid.
    static QStringList kinds();
    /// "overdue", "due-soon", "upcoming" (tests, JSON).
    static QString code(DueSeverity severity);
    /// For people, in the current language.
    static QString label(DueSeverity severity);
    /// Overdue first, then by date (earliest first), then by kind's order.
    static void sort(QList<DueItem> &items);
};

/// What is due on `today` (sorted by DueItems::sort):
/// - term_end (CA-03): the current term's planned end (five years from its start when none is
///   recorded) is within six months of `today` (due soon) or already past (overdue);
/// - work_report_supervisor / work_report_registration (CA-09): the annual work report on the
///   previous year, due 31 March to the supervising unit and 31 May to the registration
///   authority — due soon from 1 January, overdue after the date, gone once an attestation of
///   that kind for the year is recorded (one without a year counts when dated in the current
///   year); a society founded this year owes none;
/// - plan_deadline: a requirement of `packs` with a deadline in the current year or later that
///   applies in the deadline's year and whose checks do not all pass yet;
/// - follow_ups_overdue: follow-ups past due and not completed, with their owners;
/// - meeting_owed (CA-02): no council meeting dated in the current year (due 31 December), no
///   standing council meeting in one of its halves (due 30 June / 31 December) — a meeting
///   already scheduled in the period counts; only while a term is current, and for the
///   standing council only when the term has one;
/// - dues_unpaid: active members with no dues payment for the current year (a count; the first
///   kRecordCap of them as records).
[[nodiscard]] QList<DueItem> dueItems(storage::Database &db, QDate today, const QList<RulePack> &packs);

} // namespace sd::rules
