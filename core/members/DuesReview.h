#pragma once

#include "storage/StorageError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace sd::storage {
class Database;
}

namespace sd::members {

/// What a review shows of one member: who, and when they last paid.
struct DuesReviewRow
{
    qint64 id = 0;
    QString memberNo;
    QString name;
    QString grade;
    QString affiliation;
    QDate joinDate;
    int lastPaidYear = 0; ///< 0: never
};

/// The charter's lapse rule (SocietySetting::DuesLapseYears, WithdrawalReviewYears), applied
/// on the secretariat's request and never behind its back:
/// - `toLapse`: active members who have paid no dues for any of the last N completed years
///   (and were members for all of them), nor since — the secretariat may mark them 欠费 in
///   one step;
/// - `toReviewWithdrawal`: lapsed members unpaid for the last M completed years — listed so
///   the secretariat decides on 退会 member by member; nothing here changes their status.
/// Both in pinyin order of the names.
struct DuesReview
{
    QDate date;
    int lapseYears = 1;
    int withdrawalYears = 2;
    QList<DuesReviewRow> toLapse;
    QList<DuesReviewRow> toReviewWithdrawal;

    [[nodiscard]] static QList<qint64> idsOf(const QList<DuesReviewRow> &rows);
};

/// On any connection to a society file (a worker's included).
[[nodiscard]] DuesReview reviewDues(const QSqlDatabase &connection, QDate today, int lapseYears, int withdrawalYears);
[[nodiscard]] DuesReview reviewDues(const storage::Database &db, QDate today, int lapseYears, int withdrawalYears);
/// The review with the charter's periods from the society's settings.
[[nodiscard]] DuesReview reviewDues(storage::Database &db, QDate today);

/// Marks `memberIds` 欠费 as of `today` with a status-history entry decided by `decidedBy`, in
/// one transaction with one audit entry. Members no longer active are left as they are.
bool applyLapse(storage::Database &db, const QList<qint64> &memberIds, QDate today, const QString &decidedBy,
    storage::StorageError *error);
/// applyLapse inside the caller's transaction (a batch on a lent writer), with progress that
/// answers false to stop (the caller then rolls back).
bool applyLapseInTransaction(storage::Database &db, const QList<qint64> &memberIds, QDate today,
    const QString &decidedBy, storage::StorageError *error, const std::function<bool(qsizetype)> &progress = {});

} // namespace sd::members
