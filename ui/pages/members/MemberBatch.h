#pragma once

#include "domain/Member.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>

class QWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// What a batch change did. Nothing is written unless `ok`: every batch is one transaction, and
/// Cancel rolls it back.
struct BatchOutcome
{
    bool ok = false;
    bool cancelled = false;
    int changed = 0;
    int skipped = 0;      ///< not applicable (e.g. not an applicant) or unchanged
    QStringList problems; ///< members left out by a rule, "M000123 王伟: …"
    QString error;        ///< the store's message when the transaction failed
};

/// Runs `work` in one transaction in a worker thread, on a writer `db` lends it
/// (Database::shareWriter): `work` gets that writer and a progress callback, which answers
/// false once the user cancelled (the transaction then rolls back). A window-modal progress
/// dialog labelled `label` appears when the work takes longer than half a second; the window
/// keeps painting meanwhile, and the call returns when the work has finished.
bool runInTransaction(QWidget *parent, storage::Database &db, const QString &label, qsizetype total,
    const std::function<bool(storage::Database &writer, const std::function<bool(qsizetype done)> &progress)> &work,
    BatchOutcome &outcome);

struct StatusDecision
{
    MemberStatus status = MemberStatus::Active;
    QDate date;        ///< the decision's date; the exit date for exit statuses
    QString decidedBy; ///< the body or person who decided
    QString note;
};

/// 申请中 → 正常 for the applicants among `ids`: approval date `today`, join date `today` when it
/// is empty or earlier (one cannot join before approval), a status-history line decided by
/// `decidedBy`. Other members are skipped.
BatchOutcome approveApplicants(QWidget *parent, storage::Database &db, const QList<qint64> &ids, QDate today,
    const QString &decidedBy);
/// Sets the status of `ids` with a history line; an exit status sets the exit date, any other
/// clears it. Members already in the status are skipped; members the record rules refuse (an
/// exit date before the join date) are listed in `problems` and left unchanged.
BatchOutcome changeStatus(QWidget *parent, storage::Database &db, const QList<qint64> &ids,
    const StatusDecision &decision);
BatchOutcome changeGrade(QWidget *parent, storage::Database &db, const QList<qint64> &ids, qint64 gradeId);

struct DuesInput
{
    int year = 0;
    qint64 amountCents = 0;
    QDate paidOn;
    /// The first receipt number; each further member takes the next (its trailing digits count up).
    /// Empty: no receipt numbers.
    QString firstReceipt;
};

/// The receipt number after `receipt`: its last run of digits plus one, width kept
/// ("HB2025-0099" → "HB2025-0100"); empty when it has no digits.
[[nodiscard]] QString nextReceipt(const QString &receipt);

/// One payment per member of `ids` in one transaction (MemberStore::recordDues, one audit entry).
BatchOutcome recordDues(QWidget *parent, storage::Database &db, const QList<qint64> &ids, const DuesInput &input);

} // namespace sd::ui
