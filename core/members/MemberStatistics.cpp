#include "members/MemberStatistics.h"

#include "domain/Member.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <iterator>
#include <vector>

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

namespace {

/// Statuses other than 申请中, so that an index on (status, …) is searched status by status.
const QString kNotApplied = QStringLiteral("('active', 'lapsed', 'withdrawn', 'expelled', 'deceased')");

/// The terms of the counting rule on a date, each from an index (schema 8).
struct OnDateCounts
{
    qint64 notApplied = 0;  ///< every member but applicants
    qint64 exited = 0;      ///< not applicants, exited on or before the date
    qint64 joinedAfter = 0; ///< not applicants, joined after the date (capped: see `fewAfter`)
    bool fewAfter = true;   ///< joinedAfter is exact and at most half of notApplied
};

OnDateCounts onDateCounts(const storage::Database &db, QDate date)
{
    OnDateCounts c;
    const QString d = iso(date);
    c.notApplied = scalar(db, QStringLiteral("SELECT count(*) FROM member"), {})
        - scalar(db, QStringLiteral("SELECT count(*) FROM member WHERE status = 'applied'"), {});
    c.exited = scalar(db, QStringLiteral("SELECT count(*) FROM member WHERE status IN ") + kNotApplied + QStringLiteral(" AND exit_date <= :d"),
        { { QStringLiteral(":d"), d } });
    // Count those who joined after the date only while they are the smaller part; past half,
    // counting those who joined on or before it is the shorter walk.
    const qint64 cap = c.notApplied / 2 + 1;
    c.joinedAfter = scalar(db,
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM member WHERE join_date > :d AND status <> 'applied' LIMIT :cap)"),
        { { QStringLiteral(":d"), d }, { QStringLiteral(":cap"), cap } });
    c.fewAfter = c.joinedAfter < cap;
    return c;
}

/// The integer values of a query's single column, collected inside SQLite by an aggregate
/// function (sd_collect) instead of a step per row through the C API, which costs three times
/// the scan itself at a million rows. `sql` selects `sd_collect(x)`; ?1 is bound to `text`.
std::vector<qint64> collect(const storage::Database &db, const QString &sql, const QString &text = {}, qint64 number = 0)
{
    std::vector<qint64> out;
    sqlite3 *handle = storage::Database::sqliteHandle(db.connection());
    Q_ASSERT_X(handle, "collect", "society files are opened with SQLite's driver");
    if (!handle)
        return out;
    const auto step = [](sqlite3_context *context, int, sqlite3_value **values) {
        static_cast<std::vector<qint64> *>(sqlite3_user_data(context))->push_back(sqlite3_value_int64(values[0]));
    };
    const auto final = [](sqlite3_context *context) { sqlite3_result_null(context); };
    if (sqlite3_create_function_v2(handle, "sd_collect", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, &out, nullptr, step, final, nullptr)
        != SQLITE_OK)
        return out;
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), -1, &stmt, nullptr) == SQLITE_OK) {
        const QByteArray t = text.toUtf8();
        sqlite3_bind_text(stmt, 1, t.constData(), static_cast<int>(t.size()), SQLITE_TRANSIENT); // ignored when absent
        sqlite3_bind_int64(stmt, 2, number);
        while (sqlite3_step(stmt) == SQLITE_ROW) { }
    }
    sqlite3_finalize(stmt);
    sqlite3_create_function_v2(handle, "sd_collect", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr, nullptr, nullptr, nullptr, nullptr);
    if (!std::is_sorted(out.begin(), out.end()))
        std::sort(out.begin(), out.end());
    return out;
}

qint64 membersFrom(const storage::Database &db, QDate date, const OnDateCounts &c)
{
    if (c.fewAfter)
        return c.notApplied - c.joinedAfter - c.exited;
    // An exit is never before its join (the table's CHECK), so the exited joined on or before the date.
    return scalar(db, QStringLiteral("SELECT count(*) FROM member WHERE join_date <= :d AND status <> 'applied'"),
               { { QStringLiteral(":d"), iso(date) } })
        - c.exited;
}

} // namespace

qint64 membersOn(const storage::Database &db, QDate date)
{
    return membersFrom(db, date, onDateCounts(db, date));
}

DuesOn duesOn(const storage::Database &db, int year, QDate date)
{
    DuesOn r;
    const QString d = iso(date);
    const OnDateCounts c = onDateCounts(db, date);
    r.members = membersFrom(db, date, c);
    const std::vector<qint64> exited = collect(db,
        QStringLiteral("SELECT sd_collect(id) FROM member WHERE status IN ") + kNotApplied + QStringLiteral(" AND exit_date <= ?1"), d);
    // The smaller of the two lists: who is not a member on the date, or who is.
    std::vector<qint64> listed;
    const bool listsMembers = !c.fewAfter;
    if (!listsMembers) {
        listed = collect(db, QStringLiteral("SELECT sd_collect(id) FROM member WHERE join_date > ?1 AND status <> 'applied'"), d);
        const std::vector<qint64> applicants = collect(db, QStringLiteral("SELECT sd_collect(id) FROM member WHERE status = 'applied'"));
        listed.insert(listed.end(), applicants.begin(), applicants.end());
        listed.insert(listed.end(), exited.begin(), exited.end());
        std::sort(listed.begin(), listed.end());
    } else {
        const std::vector<qint64> joined
            = collect(db, QStringLiteral("SELECT sd_collect(id) FROM member WHERE join_date <= ?1 AND status <> 'applied'"), d);
        std::set_difference(joined.begin(), joined.end(), exited.begin(), exited.end(), std::back_inserter(listed));
    }
    // The year's payers in member order (dues_payment_year), each once however often they paid.
    std::vector<qint64> payers = collect(db, QStringLiteral("SELECT sd_collect(member_id) FROM dues_payment WHERE year = ?2"), {}, year);
    payers.erase(std::unique(payers.begin(), payers.end()), payers.end());
    auto at = listed.cbegin();
    for (const qint64 id : payers) {
        while (at != listed.cend() && *at < id)
            ++at;
        const bool isListed = at != listed.cend() && *at == id;
        r.paid += isListed == listsMembers ? 1 : 0;
    }
    return r;
}

qint64 duesPaidOn(const storage::Database &db, int year, QDate date)
{
    return duesOn(db, year, date).paid;
}

bool duesRecordedFor(const storage::Database &db, int year)
{
    return scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM dues_payment WHERE year = :y)"), { { QStringLiteral(":y"), year } })
        == 1;
}

QStringList gradesHeldOn(const storage::Database &db, QDate date)
{
    QList<std::pair<qint64, QString>> grades;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT id, name FROM member_grade ORDER BY rank, id"))) {
        while (q.next())
            grades.append({ q.value(0).toLongLong(), q.value(1).toString() });
    }
    QStringList held;
    for (const auto &[id, name] : std::as_const(grades)) {
        // member_grade_on (grade_id, join_date, status, exit_date): the first member of the grade
        // on the date ends the walk.
        if (scalar(db,
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM member m WHERE m.grade_id = :g AND ") + kOnDate + u')',
                { { QStringLiteral(":g"), id }, { QStringLiteral(":d"), iso(date) } })
            == 1)
            held << name;
    }
    return held;
}

namespace {

MemberGap gapFrom(const QSqlQuery &q)
{
    MemberGap g;
    g.memberNo = q.value(0).toString();
    g.name = q.value(1).toString();
    g.joinDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    g.status = q.value(3).toString();
    g.noApplication = q.value(4).isNull();
    g.noApproval = q.value(5).isNull();
    return g;
}

} // namespace

MemberGaps admissionGaps(const storage::Database &db, QDate from, QDate to, int limit)
{
    MemberGaps gaps;
    const QVariantMap range { { QStringLiteral(":a"), iso(from) }, { QStringLiteral(":b"), iso(to) } };
    gaps.total = scalar(db, QStringLiteral("SELECT count(*) FROM member WHERE join_date >= :a AND join_date <= :b AND status <> 'applied'"),
        range);
    // The condition is written as member_admission_gap's, so that index is the one searched.
    const QString where = QStringLiteral(" FROM member WHERE (applied_on IS NULL OR approved_on IS NULL) AND join_date >= :a "
                                         "AND join_date <= :b AND status <> 'applied'");
    gaps.gaps = scalar(db, QStringLiteral("SELECT count(*)") + where, range);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT member_no, name, join_date, status, applied_on, approved_on") + where
        + QStringLiteral(" ORDER BY join_date, id LIMIT :n"));
    q.bindValue(QStringLiteral(":a"), iso(from));
    q.bindValue(QStringLiteral(":b"), iso(to));
    q.bindValue(QStringLiteral(":n"), limit);
    if (q.exec()) {
        while (q.next())
            gaps.first.append(gapFrom(q));
    }
    return gaps;
}

MemberGaps exitGaps(const storage::Database &db, int limit)
{
    MemberGaps gaps;
    const QString exits = QStringLiteral(" FROM member WHERE status IN ('withdrawn', 'expelled', 'deceased')");
    gaps.total = scalar(db, QStringLiteral("SELECT count(*)") + exits, {});
    gaps.gaps = scalar(db, QStringLiteral("SELECT count(*)") + exits + QStringLiteral(" AND exit_date IS NULL"), {});
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT member_no, name, join_date, status, applied_on, approved_on") + exits
        + QStringLiteral(" AND exit_date IS NULL ORDER BY join_date, id LIMIT :n"));
    q.bindValue(QStringLiteral(":n"), limit);
    if (q.exec()) {
        while (q.next())
            gaps.first.append(gapFrom(q));
    }
    return gaps;
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

} // namespace sd::members
