#include "pages/members/MemberBatch.h"

#include "members/MemberStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

namespace sd::ui {

namespace {

/// The translation context of this file's messages.
class BatchText
{
    Q_DECLARE_TR_FUNCTIONS(sd::ui::MemberBatch)
};

QString who(const Member &m)
{
    return m.memberNo + u' ' + m.name;
}

/// Runs `change` for each member of `ids` in one transaction with progress.
BatchOutcome forEachMember(QWidget *parent, storage::Database &db, const QList<qint64> &ids, const QString &label,
    const std::function<bool(members::MemberStore &, Member &, BatchOutcome &, storage::StorageError *)> &change)
{
    BatchOutcome outcome;
    runInTransaction(parent, db, label, ids.size(),
        [&](storage::Database &writer, const std::function<bool(qsizetype)> &progress) {
            members::MemberStore store(writer);
            storage::StorageError error;
            for (qsizetype i = 0; i < ids.size(); ++i) {
                if ((i & 0x1F) == 0 && !progress(i))
                    return false;
                std::optional<Member> m = store.member(ids.at(i));
                if (!m) {
                    ++outcome.skipped;
                    continue;
                }
                if (!change(store, *m, outcome, &error)) {
                    outcome.error = error.message;
                    return false;
                }
            }
            return progress(ids.size());
        },
        outcome);
    return outcome;
}

} // namespace

bool runInTransaction(QWidget *parent, storage::Database &db, const QString &label, qsizetype total,
    const std::function<bool(storage::Database &, const std::function<bool(qsizetype)> &)> &work,
    BatchOutcome &outcome)
{
    QProgressDialog dialog(label, BatchText::tr("Cancel"), 0, static_cast<int>(std::max<qsizetype>(total, 1)), parent);
    dialog.setObjectName(QStringLiteral("members.batchProgress"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setValue(0);

    // The work runs in a worker on a writer the database lends it; this thread shows the
    // progress (read from an atomic) and passes Cancel on through another.
    std::atomic<qint64> done { 0 };
    std::atomic<bool> cancel { false };
    storage::StorageError error;
    QFutureWatcher<bool> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [&cancel] { cancel.store(true); });
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        dialog.setValue(static_cast<int>(std::min<qint64>(done.load(), total)));
        if (dialog.wasCanceled())
            cancel.store(true);
    });
    watcher.setFuture(QtConcurrent::run([share = db.shareWriter(), &work, &done, &cancel, &error]() mutable {
        bool ok = false;
        if (std::unique_ptr<storage::Database> writer = storage::Database::openShared(share, &error)) {
            const auto progress = [&done, &cancel](qsizetype n) {
                done.store(n);
                return !cancel.load();
            };
            ok = writer->transaction([&] { return work(*writer, progress); }, &error);
        }
        share.release(); // before the caller goes on: its own changes may follow at once
        return ok;
    }));
    poll.start();
    if (!watcher.isFinished())
        loop.exec();
    watcher.waitForFinished();
    poll.stop();
    outcome.ok = watcher.result();
    outcome.cancelled = !outcome.ok && cancel.load();
    if (!outcome.ok && !outcome.cancelled && outcome.error.isEmpty())
        outcome.error = error.message;
    if (!outcome.ok) {
        // Nothing was written: what the work counted does not stand.
        outcome.changed = 0;
        outcome.problems.clear();
    }
    return outcome.ok;
}

BatchOutcome approveApplicants(
    QWidget *parent, storage::Database &db, const QList<qint64> &ids, QDate today, const QString &decidedBy)
{
    return forEachMember(parent, db, ids, BatchText::tr("Approving applicants…"),
        [&](members::MemberStore &store, Member &m, BatchOutcome &outcome, storage::StorageError *error) {
            if (m.status != MemberStatus::Applied) {
                ++outcome.skipped;
                return true;
            }
            m.status = MemberStatus::Active;
            m.approvedOn = today;
            if (!m.joinDate.isValid() || m.joinDate < today)
                m.joinDate = today;
            const QList<members::MemberProblem> problems = members::checkMemberRecord(m);
            if (!problems.isEmpty()) {
                outcome.problems << who(m) + QStringLiteral(": ") + problems.first().message;
                return true;
            }
            if (!store.updateMemberInTransaction(m, error)
                || !store.recordStatus(m.id, MemberStatus::Active, today, decidedBy, BatchText::tr("approved"), error))
                return false;
            ++outcome.changed;
            return true;
        });
}

BatchOutcome changeStatus(QWidget *parent, storage::Database &db, const QList<qint64> &ids, const StatusDecision &d)
{
    return forEachMember(parent, db, ids, BatchText::tr("Changing the status…"),
        [&](members::MemberStore &store, Member &m, BatchOutcome &outcome, storage::StorageError *error) {
            if (m.status == d.status) {
                ++outcome.skipped;
                return true;
            }
            if (m.status == MemberStatus::Applied && !isExit(d.status) && !m.approvedOn.isValid())
                m.approvedOn = d.date; // admitted by this decision
            m.status = d.status;
            m.exitDate = isExit(d.status) ? d.date : QDate();
            const QList<members::MemberProblem> problems = members::checkMemberRecord(m);
            if (!problems.isEmpty()) {
                outcome.problems << who(m) + QStringLiteral(": ") + problems.first().message;
                return true;
            }
            if (!store.updateMemberInTransaction(m, error)
                || !store.recordStatus(m.id, d.status, d.date, d.decidedBy, d.note, error))
                return false;
            ++outcome.changed;
            return true;
        });
}

BatchOutcome changeGrade(QWidget *parent, storage::Database &db, const QList<qint64> &ids, qint64 gradeId)
{
    return forEachMember(parent, db, ids, BatchText::tr("Changing the grade…"),
        [&](members::MemberStore &store, Member &m, BatchOutcome &outcome, storage::StorageError *error) {
            if (m.gradeId == gradeId) {
                ++outcome.skipped;
                return true;
            }
            m.gradeId = gradeId;
            if (!store.updateMemberInTransaction(m, error))
                return false;
            ++outcome.changed;
            return true;
        });
}

QString nextReceipt(const QString &receipt)
{
    qsizetype end = receipt.size();
    while (end > 0 && !receipt.at(end - 1).isDigit())
        --end;
    qsizetype start = end;
    while (start > 0 && receipt.at(start - 1).isDigit())
        --start;
    if (start == end)
        return {};
    const QString digits = receipt.mid(start, end - start);
    QString next = QString::number(digits.toLongLong() + 1);
    if (next.size() < digits.size())
        next = QString(digits.size() - next.size(), u'0') + next;
    return receipt.left(start) + next + receipt.mid(end);
}

BatchOutcome recordDues(QWidget *parent, storage::Database &db, const QList<qint64> &ids, const DuesInput &input)
{
    BatchOutcome outcome;
    QList<DuesPayment> payments;
    payments.reserve(ids.size());
    QString receipt = input.firstReceipt.trimmed();
    for (qint64 id : ids) {
        DuesPayment p;
        p.memberId = id;
        p.year = input.year;
        p.amountCents = input.amountCents;
        p.paidOn = input.paidOn;
        p.receiptNo = receipt;
        payments.append(p);
        if (!receipt.isEmpty())
            receipt = nextReceipt(receipt);
    }
    runInTransaction(parent, db, BatchText::tr("Recording dues…"), payments.size(),
        [&](storage::Database &writer, const std::function<bool(qsizetype)> &progress) {
            members::MemberStore store(writer);
            storage::StorageError error;
            if (!store.recordDues(payments, &error, progress)) {
                if (!outcome.cancelled)
                    outcome.error = error.message;
                return false;
            }
            outcome.changed = static_cast<int>(payments.size());
            return true;
        },
        outcome);
    return outcome;
}

} // namespace sd::ui
