#include "members/DuesReview.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "settings/SocietySettings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace sd::members {

namespace {

/// Members of `status` who joined by the end of the window's first year and paid nothing for
/// any year of the window [today.year - years, today.year - 1] — nor for a later year: a member
/// who skipped last year but has paid this year's dues is not in arrears. One query, with what
/// the review shows of each.
QList<DuesReviewRow> unpaid(const QSqlDatabase &connection, const QString &status, QDate today, int years)
{
    QList<DuesReviewRow> rows;
    const int first = today.year() - years;
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.id, m.member_no, m.name, g.name, a.name, m.join_date, "
        "(SELECT max(p.year) FROM dues_payment p WHERE p.member_id = m.id) FROM member m "
        "LEFT JOIN member_grade g ON g.id = m.grade_id LEFT JOIN affiliation a ON a.id = m.affiliation_id "
        "WHERE m.status = ? AND m.join_date <= ? "
        "AND NOT EXISTS (SELECT 1 FROM dues_payment p WHERE p.member_id = m.id AND p.year >= ?) "
        "ORDER BY m.name_key, m.id"));
    q.addBindValue(status);
    q.addBindValue(QDate(first, 12, 31).toString(Qt::ISODate));
    q.addBindValue(first);
    if (!q.exec())
        return rows;
    while (q.next()) {
        DuesReviewRow row;
        row.id = q.value(0).toLongLong();
        row.memberNo = q.value(1).toString();
        row.name = q.value(2).toString();
        row.grade = q.value(3).toString();
        row.affiliation = q.value(4).toString();
        row.joinDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        row.lastPaidYear = q.value(6).isNull() ? 0 : q.value(6).toInt();
        rows.append(row);
    }
    return rows;
}

} // namespace

QList<qint64> DuesReview::idsOf(const QList<DuesReviewRow> &rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const DuesReviewRow &r : rows)
        ids.append(r.id);
    return ids;
}

DuesReview reviewDues(const QSqlDatabase &connection, QDate today, int lapseYears, int withdrawalYears)
{
    DuesReview review;
    review.date = today;
    review.lapseYears = lapseYears;
    review.withdrawalYears = withdrawalYears;
    review.toLapse = unpaid(connection, QStringLiteral("active"), today, lapseYears);
    review.toReviewWithdrawal = unpaid(connection, QStringLiteral("lapsed"), today, withdrawalYears);
    return review;
}

DuesReview reviewDues(const storage::Database &db, QDate today, int lapseYears, int withdrawalYears)
{
    return reviewDues(db.connection(), today, lapseYears, withdrawalYears);
}

DuesReview reviewDues(storage::Database &db, QDate today)
{
    const SocietySettings settings = storage::ProfileStore(db).settings();
    return reviewDues(db, today, settings.integer(SocietySetting::DuesLapseYears),
        settings.integer(SocietySetting::WithdrawalReviewYears));
}

bool applyLapse(storage::Database &db, const QList<qint64> &memberIds, QDate today, const QString &decidedBy,
    storage::StorageError *error)
{
    return db.transaction([&] { return applyLapseInTransaction(db, memberIds, today, decidedBy, error); }, error);
}

bool applyLapseInTransaction(storage::Database &db, const QList<qint64> &memberIds, QDate today,
    const QString &decidedBy, storage::StorageError *error, const std::function<bool(qsizetype)> &progress)
{
    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral("UPDATE member SET status = 'lapsed' WHERE id = ? AND status = 'active'"));
    QSqlQuery history(db.connection());
    history.prepare(QStringLiteral("INSERT INTO member_status_history (member_id, status, on_date, decided_by, "
                                   "note) VALUES (?, 'lapsed', ?, ?, 'dues unpaid')"));
    QJsonArray changed;
    const QString on = today.toString(Qt::ISODate);
    for (qsizetype i = 0; i < memberIds.size(); ++i) {
        if (progress && (i & 0xFF) == 0 && !progress(i))
            return false;
        const qint64 id = memberIds.at(i);
        update.addBindValue(id);
        if (!update.exec())
            return false;
        if (update.numRowsAffected() != 1)
            continue;
        history.addBindValue(id);
        history.addBindValue(on);
        history.addBindValue(decidedBy);
        if (!history.exec())
            return false;
        changed.append(id);
    }
    if (progress && !progress(memberIds.size()))
        return false;
    return db.audit().record(QStringLiteral("member"), 0, QStringLiteral("lapse"), {},
        QJsonObject { { QStringLiteral("member_ids"), changed }, { QStringLiteral("on"), on },
            { QStringLiteral("decided_by"), decidedBy } },
        error);
}

} // namespace sd::members
