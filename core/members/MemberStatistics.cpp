#include "members/MemberStatistics.h"

#include "domain/Member.h"
#include "storage/Database.h"

#include <QMutex>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
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
    qint64 members = 0;     ///< members on the date
};

OnDateCounts countOnDate(const storage::Database &db, QDate date)
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
    // An exit is never before its join (the table's CHECK), so the exited joined on or before the date.
    c.members = c.fewAfter ? c.notApplied - c.joinedAfter - c.exited
                           : scalar(db, QStringLiteral("SELECT count(*) FROM member WHERE join_date <= :d AND status <> 'applied'"),
                                 { { QStringLiteral(":d"), d } })
            - c.exited;
    return c;
}

/// countOnDate, remembered per connection while the file is unchanged: the checks of one
/// evaluation (growth, dues, the council's size cap, 300 members …) ask for the same dates. The
/// connection's own writes move sqlite3_total_changes, other connections' commits move PRAGMA
/// data_version; either forgets what was remembered. Connection names are never reused.
OnDateCounts onDate(const storage::Database &db, QDate date)
{
    const QSqlDatabase connection = db.connection();
    sqlite3 *handle = storage::Database::sqliteHandle(connection);
    if (!handle)
        return countOnDate(db, date);
    const QString name = connection.connectionName();
    const qint64 version = scalar(db, QStringLiteral("PRAGMA data_version"), {});
    const qint64 changes = sqlite3_total_changes64(handle);
    struct Entry
    {
        QString connection;
        qint64 version;
        qint64 changes;
        QDate date;
        OnDateCounts counts;
    };
    static QMutex mutex;
    static QList<Entry> remembered;
    {
        const QMutexLocker lock(&mutex);
        for (const Entry &e : std::as_const(remembered)) {
            if (e.connection == name && e.version == version && e.changes == changes && e.date == date)
                return e.counts;
        }
    }
    const OnDateCounts counts = countOnDate(db, date);
    const QMutexLocker lock(&mutex);
    remembered.removeIf([&](const Entry &e) { return e.connection == name && (e.version != version || e.changes != changes); });
    if (remembered.size() >= 32)
        remembered.removeFirst();
    remembered.append({ name, version, changes, date, counts });
    return counts;
}

/// Calls `f(value)` for each integer value `sql` passes to the aggregate sd_each(x): inside
/// SQLite's own loop, instead of a step per row through the C API, which costs three times the
/// scan itself at a million rows. ?1 is bound to `text`, ?2 to `number` (unused ones are ignored).
template<typename F>
void eachValue(const storage::Database &db, const QString &sql, const QString &text, qint64 number, F f)
{
    using Callback = F;
    sqlite3 *handle = storage::Database::sqliteHandle(db.connection());
    Q_ASSERT_X(handle, "eachValue", "society files are opened with SQLite's driver");
    if (!handle)
        return;
    const auto step = [](sqlite3_context *context, int, sqlite3_value **values) {
        (*static_cast<Callback *>(sqlite3_user_data(context)))(sqlite3_value_int64(values[0]));
    };
    const auto final = [](sqlite3_context *context) { sqlite3_result_null(context); };
    if (sqlite3_create_function_v2(handle, "sd_each", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, &f, nullptr, step, final, nullptr)
        != SQLITE_OK)
        return;
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), -1, &stmt, nullptr) == SQLITE_OK) {
        const QByteArray t = text.toUtf8();
        sqlite3_bind_text(stmt, 1, t.constData(), static_cast<int>(t.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(stmt, 2, number);
        while (sqlite3_step(stmt) == SQLITE_ROW) { }
    }
    sqlite3_finalize(stmt);
    sqlite3_create_function_v2(handle, "sd_each", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr, nullptr, nullptr, nullptr, nullptr);
}

/// Member ids as bits: a million members in 125 KB, filled and tested without sorting.
class IdSet
{
public:
    explicit IdSet(qint64 maxId) : m_words(static_cast<size_t>(std::max<qint64>(maxId, 0) / 64 + 1)) { }
    [[nodiscard]] bool inRange(qint64 id) const { return id > 0 && static_cast<quint64>(id) / 64 < m_words.size(); }
    void insert(qint64 id)
    {
        if (inRange(id))
            m_words[static_cast<size_t>(id / 64)] |= quint64(1) << (id % 64);
    }
    void erase(qint64 id)
    {
        if (inRange(id))
            m_words[static_cast<size_t>(id / 64)] &= ~(quint64(1) << (id % 64));
    }
    [[nodiscard]] bool contains(qint64 id) const
    {
        return inRange(id) && (m_words[static_cast<size_t>(id / 64)] >> (id % 64) & 1U) != 0;
    }

private:
    std::vector<quint64> m_words;
};

/// Ids this sparse (well beyond any register) would make the bit sets large: counted row by row instead.
constexpr qint64 kMaxBitSetId = 100'000'000;

} // namespace

qint64 membersOn(const storage::Database &db, QDate date)
{
    return onDate(db, date).members;
}

DuesOn duesOn(const storage::Database &db, int year, QDate date)
{
    DuesOn r;
    const QString d = iso(date);
    const OnDateCounts c = onDate(db, date);
    r.members = c.members;
    const qint64 maxId = scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM member"), {});
    if (maxId > kMaxBitSetId) {
        r.paid = scalar(db,
            QStringLiteral("SELECT count(*) FROM member m WHERE ") + kOnDate
                + QStringLiteral(" AND EXISTS (SELECT 1 FROM dues_payment p WHERE p.member_id = m.id AND p.year = :y)"),
            { { QStringLiteral(":d"), d }, { QStringLiteral(":y"), year } });
        return r;
    }
    // The smaller of the two sets: who is not a member on the date, or who is.
    IdSet listed(maxId);
    const bool listsMembers = !c.fewAfter;
    const auto insert = [&](qint64 id) { listed.insert(id); };
    const QString exited = QStringLiteral("SELECT sd_each(id) FROM member WHERE status IN ") + kNotApplied + QStringLiteral(" AND exit_date <= ?1");
    if (!listsMembers) {
        eachValue(db, QStringLiteral("SELECT sd_each(id) FROM member WHERE join_date > ?1 AND status <> 'applied'"), d, 0, insert);
        eachValue(db, QStringLiteral("SELECT sd_each(id) FROM member WHERE status = 'applied'"), {}, 0, insert);
        eachValue(db, exited, d, 0, insert);
    } else {
        eachValue(db, QStringLiteral("SELECT sd_each(id) FROM member WHERE join_date <= ?1 AND status <> 'applied'"), d, 0, insert);
        eachValue(db, exited, d, 0, [&](qint64 id) { listed.erase(id); });
    }
    // The year's payers (dues_payment_year), each once however often they paid.
    IdSet seen(maxId);
    eachValue(db, QStringLiteral("SELECT sd_each(member_id) FROM dues_payment WHERE year = ?2"), {}, year, [&](qint64 id) {
        if (!seen.inRange(id) || seen.contains(id))
            return;
        seen.insert(id);
        r.paid += listed.contains(id) == listsMembers ? 1 : 0;
    });
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

qint64 unitMembersOn(const storage::Database &db, QDate date)
{
    return scalar(db,
        QStringLiteral("SELECT count(*) FROM unit_member m WHERE ") + kOnDate,
        { { QStringLiteral(":d"), iso(date) } });
}

qint64 unitsJoinedIn(const storage::Database &db, int year)
{
    return scalar(db,
        QStringLiteral("SELECT count(*) FROM unit_member WHERE status <> 'applied' AND join_date >= :a AND join_date < :b"),
        { { QStringLiteral(":a"), iso(QDate(year, 1, 1)) }, { QStringLiteral(":b"), iso(QDate(year + 1, 1, 1)) } });
}

qint64 unitsExitedIn(const storage::Database &db, int year)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM unit_member WHERE exit_date >= :a AND exit_date < :b"),
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
    const DuesOn d = duesOn(db, year, QDate(year, 12, 31));
    return { d.paid, d.members };
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
    // The first names in pinyin order. When many are unpaid, walking the name index finds them at
    // once (2 ms at a million members, 9% unpaid); left to itself SQLite filters every active
    // member by status and sorts them all (0.5 s). When few are unpaid that walk would cover the
    // whole register, so the sort of the few is cheaper.
    const bool walkNames = unpaid.count >= 1000;
    q.prepare(QStringLiteral("SELECT m.member_no, m.name FROM member m ")
        + (walkNames ? QStringLiteral("INDEXED BY member_order_name ") : QString()) + QStringLiteral("WHERE ") + where
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
