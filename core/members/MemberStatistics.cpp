#include "members/MemberStatistics.h"

#include "domain/Member.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace sd::members {

namespace {

/// The counting rule as SQL over `member m`, with the date bound twice.
const QString kOnDate = QStringLiteral(
    "m.status <> 'applied' AND m.join_date <= :d AND (m.exit_date IS NULL OR m.exit_date > :d)");

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

/// Completed years on `on`.
int ageOn(QDate birth, QDate on)
{
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

QString bandOf(QDate birth, QDate on)
{
    if (!birth.isValid())
        return QStringLiteral("unknown");
    const int age = ageOn(birth, on);
    if (age <= 35)
        return QStringLiteral("<=35");
    if (age <= 45)
        return QStringLiteral("36-45");
    if (age <= 55)
        return QStringLiteral("46-55");
    if (age <= 65)
        return QStringLiteral("56-65");
    return QStringLiteral(">65");
}

qint64 scalar(const storage::Database &db, const QString &sql, const QVariantMap &binds)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (auto it = binds.begin(); it != binds.end(); ++it)
        q.bindValue(it.key(), it.value());
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

QStringList ageBands()
{
    return { QStringLiteral("<=35"), QStringLiteral("36-45"), QStringLiteral("46-55"), QStringLiteral("56-65"),
        QStringLiteral(">65"), QStringLiteral("unknown") };
}

RegisterStatistics statisticsOn(const storage::Database &db, QDate date)
{
    RegisterStatistics s;
    s.date = date;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // The status a member had on the date: the last recorded change on or before it; else,
    // for someone who left after the date or whose first recorded change came after it,
    // active (every member starts so); else the current status.
    q.prepare(QStringLiteral(
        "SELECT g.name, m.gender, m.birth_date, m.affiliation_type, m.front_line, m.political_status, "
        "COALESCE((SELECT h.status FROM member_status_history h WHERE h.member_id = m.id AND h.on_date <= :d "
        "          ORDER BY h.on_date DESC, h.id DESC LIMIT 1), "
        "         CASE WHEN m.status IN ('withdrawn', 'expelled', 'deceased') THEN 'active' "
        "              WHEN EXISTS (SELECT 1 FROM member_status_history h WHERE h.member_id = m.id) THEN 'active' "
        "              ELSE m.status END) "
        "FROM member m JOIN member_grade g ON g.id = m.grade_id WHERE ")
        + kOnDate);
    q.bindValue(QStringLiteral(":d"), iso(date));
    if (!q.exec())
        return s;
    while (q.next()) {
        ++s.members;
        ++s.byGrade[q.value(0).toString()];
        const QString gender = q.value(1).toString();
        ++s.byGender[gender.isEmpty() ? QStringLiteral("unknown") : gender];
        ++s.byAgeBand[bandOf(QDate::fromString(q.value(2).toString(), Qt::ISODate), date)];
        const QString type = q.value(3).toString();
        ++s.byAffiliationType[type.isEmpty() ? QStringLiteral("unknown") : type];
        if (q.value(4).isNull())
            ++s.frontLineUnknown;
        else if (q.value(4).toInt() == 1)
            ++s.frontLineYes;
        else
            ++s.frontLineNo;
        const QString political = q.value(5).toString();
        if (political.isEmpty())
            ++s.politicalUnknown;
        else if (isPartyMember(political))
            ++s.partyMembers;
        ++s.byStatus[q.value(6).toString()];
    }
    return s;
}

qint64 membersOn(const storage::Database &db, QDate date)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM member m WHERE ") + kOnDate,
        { { QStringLiteral(":d"), iso(date) } });
}

qint64 joinedIn(const storage::Database &db, int year)
{
    return scalar(db,
        QStringLiteral("SELECT count(*) FROM member WHERE status <> 'applied' AND join_date >= :a AND join_date < :b"),
        { { QStringLiteral(":a"), iso(QDate(year, 1, 1)) }, { QStringLiteral(":b"), iso(QDate(year + 1, 1, 1)) } });
}

qint64 exitedIn(const storage::Database &db, int year)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM member WHERE exit_date >= :a AND exit_date < :b"),
        { { QStringLiteral(":a"), iso(QDate(year, 1, 1)) }, { QStringLiteral(":b"), iso(QDate(year + 1, 1, 1)) } });
}

Growth growthIn(const storage::Database &db, int year, QDate end)
{
    Growth g;
    g.startCount = membersOn(db, QDate(year - 1, 12, 31));
    g.endCount = membersOn(db, end.isValid() ? end : QDate(year, 12, 31));
    return g;
}

Fraction duesPaidShare(const storage::Database &db, int year)
{
    const QDate end(year, 12, 31);
    const qint64 members = membersOn(db, end);
    const qint64 paid = scalar(db,
        QStringLiteral("SELECT count(*) FROM member m WHERE ") + kOnDate
            + QStringLiteral(" AND EXISTS (SELECT 1 FROM dues_payment p WHERE p.member_id = m.id AND p.year = :y)"),
        { { QStringLiteral(":d"), iso(end) }, { QStringLiteral(":y"), year } });
    return { paid, members };
}

UnpaidDues unpaidDues(const storage::Database &db, QDate date, int year, int sampleSize)
{
    const QString where = QStringLiteral("m.status = 'active' AND ") + kOnDate
        + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM dues_payment p WHERE p.member_id = m.id AND p.year = :y)");
    const QVariantMap binds { { QStringLiteral(":d"), iso(date) }, { QStringLiteral(":y"), year } };
    UnpaidDues unpaid;
    unpaid.count = scalar(db, QStringLiteral("SELECT count(*) FROM member m WHERE ") + where, binds);
    if (unpaid.count == 0 || sampleSize <= 0)
        return unpaid;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.member_no, m.name FROM member m WHERE ") + where
        + QStringLiteral(" ORDER BY m.name_key, m.id LIMIT :n"));
    for (auto it = binds.begin(); it != binds.end(); ++it)
        q.bindValue(it.key(), it.value());
    q.bindValue(QStringLiteral(":n"), sampleSize);
    if (q.exec()) {
        while (q.next())
            unpaid.sample.append({ q.value(0).toString(), q.value(1).toString() });
    }
    return unpaid;
}

} // namespace sd::members
