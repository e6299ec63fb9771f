#include "members/MemberStore.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Collation.h"
#include "validation/Masking.h"
#include "validation/Normalize.h"

#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <tuple>

namespace sd::members {

using storage::Database;
using storage::StorageError;

/// The translation context of this file's messages.
class MemberStoreText
{
    Q_DECLARE_TR_FUNCTIONS(sd::members::MemberStoreText)
};

namespace {

/// YYYY-MM-DD, or a null string for no date. Written by hand: `QDate::toString(Qt::ISODate)`
/// goes through a formatter and was 5% of a bulk import.
QString isoOrNull(QDate d)
{
    if (!d.isValid())
        return {};
    int year = 0;
    int month = 0;
    int day = 0;
    d.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return d.toString(Qt::ISODate);
    QString s(10, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(s.data());
    const auto digits = [&out](int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[i] = static_cast<char16_t>(u'0' + value % 10);
        out += width;
    };
    digits(year, 4);
    *out++ = u'-';
    digits(month, 2);
    *out++ = u'-';
    digits(day, 2);
    return s;
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

/// A prepared statement of the C API, finalised on scope exit. Text binds as UTF-8 without
/// a copy of the statement text per row, the cost Qt's per-row binding adds.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    [[nodiscard]] bool ok() const { return m_stmt != nullptr; }
    void text(int i, const QString &value)
    {
        if (value.isNull()) {
            sqlite3_bind_null(m_stmt, i);
            return;
        }
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    }
    /// Binds `length` UTF-16 units, copied (SQLite stores them as UTF-8).
    void text16(int i, const char16_t *units, int length)
    {
        sqlite3_bind_text16(m_stmt, i, units, length * 2, SQLITE_TRANSIENT);
    }
    void blob(int i, const QByteArray &value)
    {
        sqlite3_bind_blob(m_stmt, i, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    }
    void integer(int i, qint64 value) { sqlite3_bind_int64(m_stmt, i, value); }
    void null(int i) { sqlite3_bind_null(m_stmt, i); }
    /// Runs the statement once; true when it is done (or has a row). The bindings stay: every
    /// caller binds every parameter before each run (clearing them was 2% of a bulk import).
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }
    /// Runs a statement that returns one integer (or nothing).
    std::optional<qint64> single()
    {
        std::optional<qint64> result;
        if (sqlite3_step(m_stmt) == SQLITE_ROW)
            result = sqlite3_column_int64(m_stmt, 0);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return result;
    }
    /// Runs a statement that returns one text value; false when there is no row.
    bool singleText(QString *value)
    {
        const bool found = sqlite3_step(m_stmt) == SQLITE_ROW;
        if (found) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, 0));
            *value = QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, 0));
        }
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return found;
    }
    [[nodiscard]] QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

StorageError writeError(const Database &db, const QString &detail)
{
    StorageError e;
    e.kind = StorageError::Kind::Sql;
    e.file = db.path();
    e.message = MemberStoreText::tr("The member register in %1 could not be written (%2).").arg(db.path(), detail);
    return e;
}

QJsonObject toJson(const Member &m)
{
    return QJsonObject {
        { QStringLiteral("member_no"), m.memberNo },
        { QStringLiteral("name"), m.name },
        { QStringLiteral("gender"), MemberText::sheetValue(m.gender) },
        { QStringLiteral("birth_date"), isoOrNull(m.birthDate) },
        { QStringLiteral("id_type"), MemberText::code(m.idType) },
        { QStringLiteral("id_number"), m.idNumber },
        { QStringLiteral("political_status"), m.politicalStatus },
        { QStringLiteral("affiliation"), m.affiliation },
        { QStringLiteral("affiliation_type"), m.affiliationType },
        { QStringLiteral("position"), m.position },
        { QStringLiteral("professional_title"), m.professionalTitle },
        { QStringLiteral("front_line"), m.frontLine ? QJsonValue(*m.frontLine) : QJsonValue() },
        { QStringLiteral("mobile"), m.mobile },
        { QStringLiteral("email"), m.email },
        { QStringLiteral("grade_id"), m.gradeId },
        { QStringLiteral("applied_on"), isoOrNull(m.appliedOn) },
        { QStringLiteral("approved_on"), isoOrNull(m.approvedOn) },
        { QStringLiteral("join_date"), isoOrNull(m.joinDate) },
        { QStringLiteral("status"), MemberText::code(m.status) },
        { QStringLiteral("exit_date"), isoOrNull(m.exitDate) },
        { QStringLiteral("notes"), m.notes },
    };
}

QString reversed(const QString &s)
{
    QString r = s;
    std::reverse(r.begin(), r.end());
    return r;
}

/// Escapes a LIKE pattern's wildcards for `ESCAPE '\'`.
QString likeEscaped(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == u'%' || c == u'_' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out;
}

/// Escapes GLOB's metacharacters (a prefix search must not treat * ? [ as patterns).
QString globEscaped(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (c == u'*' || c == u'?' || c == u'[')
            out += u'[' + QString(c) + u']';
        else
            out += c;
    }
    return out;
}

/// WHERE clause and its values for a register query.
struct Where
{
    QString sql;
    QVariantList values;
    /// When the search is the only filter: its id sources as one UNION, to count on its own.
    QString searchUnion;
};

Where whereFor(const MemberQuery &q)
{
    QStringList terms;
    QVariantList values;
    QString searchOnlyUnion;
    const QString s = q.search.trimmed();
    if (!s.isEmpty()) {
        // One id list from every source, as a UNION: SQLite builds it once from the indexes
        // (an OR of the same terms visits each matching member row: 12 ms instead of 2 ms for
        // 王 at a million members).
        QStringList any;
        // Names: the n-gram index answers 1- and 2-character queries directly; longer ones
        // take the members holding their first pair and confirm with LIKE.
        if (s.size() <= 2) {
            any << QStringLiteral("SELECT member_id FROM member_name_gram WHERE gram = ?");
            values << s;
        } else {
            // Members holding both the first and the last pair (INTERSECT: a rare last pair cuts a
            // common surname's list short), confirmed with LIKE.
            any << QStringLiteral("SELECT id FROM member WHERE id IN (SELECT member_id FROM member_name_gram WHERE gram = ? "
                                  "INTERSECT SELECT member_id FROM member_name_gram WHERE gram = ?) "
                                  "AND name LIKE ? ESCAPE '\\'");
            values << s.left(2) << s.right(2) << QString(u'%' + likeEscaped(s) + u'%');
        }
        any << QStringLiteral("SELECT id FROM member WHERE affiliation_id IN "
                              "(SELECT id FROM affiliation WHERE name LIKE ? ESCAPE '\\')");
        values << QString(u'%' + likeEscaped(s) + u'%');
        any << QStringLiteral("SELECT id FROM member WHERE member_no GLOB ?");
        values << QString(globEscaped(s) + u'*');
        bool digits = true;
        for (const QChar c : s)
            digits = digits && c.isDigit();
        if (digits) {
            any << QStringLiteral("SELECT id FROM member WHERE mobile GLOB ?")
                << QStringLiteral("SELECT id FROM member WHERE mobile_rev GLOB ?");
            values << QString(s + u'*') << QString(reversed(s) + u'*');
        }
        terms << QStringLiteral("m.id IN (") + any.join(QStringLiteral(" UNION ")) + u')';
        searchOnlyUnion = any.join(QStringLiteral(" UNION "));
    }
    if (q.gradeId > 0) {
        terms << QStringLiteral("m.grade_id = ?");
        values << q.gradeId;
    }
    if (q.status) {
        terms << QStringLiteral("m.status = ?");
        values << MemberText::code(*q.status);
    }
    switch (q.frontLine) {
    case MemberQuery::FrontLine::Any:
        break;
    case MemberQuery::FrontLine::Yes:
        terms << QStringLiteral("m.front_line = 1");
        break;
    case MemberQuery::FrontLine::No:
        terms << QStringLiteral("m.front_line = 0");
        break;
    case MemberQuery::FrontLine::Unknown:
        terms << QStringLiteral("m.front_line IS NULL");
        break;
    }
    if (q.joinYear > 0) {
        terms << QStringLiteral("m.join_date >= ? AND m.join_date < ?");
        values << QStringLiteral("%1-01-01").arg(q.joinYear, 4, 10, QChar(u'0'))
               << QStringLiteral("%1-01-01").arg(q.joinYear + 1, 4, 10, QChar(u'0'));
    }
    if (q.duesPaidYear > 0) {
        terms << QStringLiteral("EXISTS (SELECT 1 FROM dues_payment d WHERE d.member_id = m.id AND d.year = ?)");
        values << q.duesPaidYear;
    }
    return { terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND ")), values,
        terms.size() == 1 ? searchOnlyUnion : QString() };
}

QString orderFor(const MemberQuery &q)
{
    const QString dir = q.descending ? QStringLiteral(" DESC") : QString();
    switch (q.sort) {
    case MemberQuery::Sort::Name:
        return QStringLiteral(" ORDER BY m.name_key") + dir + QStringLiteral(", m.id") + dir;
    case MemberQuery::Sort::MemberNo:
        return QStringLiteral(" ORDER BY m.member_no") + dir;
    case MemberQuery::Sort::JoinDate:
        return QStringLiteral(" ORDER BY m.join_date") + dir + QStringLiteral(", m.name_key, m.id");
    case MemberQuery::Sort::Grade:
        return QStringLiteral(" ORDER BY (SELECT rank FROM member_grade g WHERE g.id = m.grade_id)") + dir
            + QStringLiteral(", m.name_key, m.id");
    case MemberQuery::Sort::Status:
        return QStringLiteral(" ORDER BY m.status") + dir + QStringLiteral(", m.name_key, m.id");
    case MemberQuery::Sort::Affiliation:
        return QStringLiteral(" ORDER BY (SELECT name FROM affiliation a WHERE a.id = m.affiliation_id)") + dir
            + QStringLiteral(", m.name_key, m.id");
    }
    return {};
}

const QString kRowColumns = QStringLiteral(
    "SELECT m.id, m.member_no, m.name, m.gender, m.birth_date, m.id_number, m.mobile, a.name, g.name, m.status, "
    "m.front_line, m.join_date, m.exit_date FROM member m LEFT JOIN affiliation a ON a.id = m.affiliation_id "
    "LEFT JOIN member_grade g ON g.id = m.grade_id");

MemberRow rowFrom(const QSqlQuery &q)
{
    MemberRow r;
    r.id = q.value(0).toLongLong();
    r.memberNo = q.value(1).toString();
    r.name = q.value(2).toString();
    const QString gender = q.value(3).toString();
    r.gender = gender == u"M" ? Gender::Male : gender == u"F" ? Gender::Female : Gender::Unknown;
    r.birthDate = dateOf(q.value(4));
    r.idNumberMasked = q.value(5).isNull() ? QString() : validation::maskIdNumber(q.value(5).toString());
    r.mobileMasked = q.value(6).isNull() ? QString() : validation::maskPhone(q.value(6).toString());
    r.affiliation = q.value(7).toString();
    r.grade = q.value(8).toString();
    r.status = MemberText::statusFromCode(q.value(9).toString()).value_or(MemberStatus::Active);
    if (!q.value(10).isNull())
        r.frontLine = q.value(10).toInt() == 1;
    r.joinDate = dateOf(q.value(11));
    r.exitDate = dateOf(q.value(12));
    return r;
}

/// The id a one-value lookup finds (`sql` selects one id with one placeholder).
std::optional<qint64> idWhere(const QSqlDatabase &db, const QString &sql, const QVariant &value)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(value);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

} // namespace

bool narrows(const MemberQuery &q)
{
    return !q.search.trimmed().isEmpty() || q.gradeId > 0 || q.status || q.frontLine != MemberQuery::FrontLine::Any
        || q.joinYear > 0 || q.duesPaidYear > 0;
}

MemberFilterSql memberFilterSql(const MemberQuery &query)
{
    const Where w = whereFor(query);
    return { w.sql, w.values };
}

QStringList MemberStore::nameGrams(QStringView name)
{
    QStringList grams;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QString one = name.mid(i, 1).toString();
        if (!grams.contains(one))
            grams << one;
        if (i + 1 < name.size()) {
            const QString two = name.mid(i, 2).toString();
            if (!grams.contains(two))
                grams << two;
        }
    }
    return grams;
}

QList<MemberGrade> MemberStore::grades() const
{
    QList<MemberGrade> list;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT id, name, rank, is_default FROM member_grade ORDER BY rank, id"));
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() == 1 });
    return list;
}

qint64 MemberStore::defaultGradeId() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT id FROM member_grade ORDER BY is_default DESC, rank LIMIT 1")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

std::optional<qint64> MemberStore::gradeIdByName(QStringView name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM member_grade WHERE name = ?"));
    q.addBindValue(name.trimmed().toString());
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QString MemberStore::nextMemberNo() const
{
    QSqlQuery q(m_db.connection());
    qint64 next = 1;
    if (q.exec(QStringLiteral("SELECT max(CAST(substr(member_no, 2) AS INTEGER)) FROM member "
                              "WHERE member_no GLOB 'M[0-9]*'"))
        && q.next() && !q.value(0).isNull())
        next = q.value(0).toLongLong() + 1;
    return QStringLiteral("M%1").arg(next, 6, 10, QChar(u'0'));
}

bool MemberStore::insertMembers(QList<Member> &members, StorageError *error)
{
    return writeMembers(members, false, error);
}

bool MemberStore::replaceMember(const Member &m, StorageError *error)
{
    QList<Member> one { m };
    return writeMembers(one, true, error);
}

bool MemberStore::writeMembers(QList<Member> &members, bool update, StorageError *error)
{
    sqlite3 *h = Database::sqliteHandle(m_db.connection());
    // ?1…?23 are the columns in both statements; an update names its row with ?24. An update
    // changes the row in place, so its dues and status history (which reference it) stay.
    Statement write(h, update
            ? "UPDATE member SET member_no = ?1, name = ?2, name_key = ?3, gender = ?4, birth_date = ?5, "
              "id_type = ?6, id_number = ?7, political_status = ?8, affiliation_id = ?9, affiliation_type = ?10, "
              "position = ?11, professional_title = ?12, front_line = ?13, mobile = ?14, mobile_rev = ?15, "
              "email = ?16, grade_id = ?17, applied_on = ?18, approved_on = ?19, join_date = ?20, status = ?21, "
              "exit_date = ?22, notes = ?23 WHERE id = ?24"
            : "INSERT INTO member (member_no, name, name_key, gender, birth_date, id_type, id_number, "
              "political_status, affiliation_id, affiliation_type, position, professional_title, front_line, "
              "mobile, mobile_rev, email, grade_id, applied_on, approved_on, join_date, status, exit_date, notes) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, "
              "?21, ?22, ?23)");
    Statement gram(h, "INSERT OR IGNORE INTO member_name_gram (gram, name_key, member_id) VALUES (?, ?, ?)");
    Statement gramDelete(h, "DELETE FROM member_name_gram WHERE gram = ?1 AND name_key = ?2 AND member_id = ?3");
    Statement oldName(h, "SELECT name FROM member WHERE id = ?1");
    Statement branchUnlink(h, "DELETE FROM member_branch WHERE member_id = ?1");
    Statement affiliationInsert(h, "INSERT INTO affiliation (name) VALUES (?1)");
    Statement affiliationFind(h, "SELECT id FROM affiliation WHERE name = ?1");
    Statement branchFind(h, "SELECT id FROM branch WHERE name = ?1");
    Statement branchLink(h, "INSERT OR IGNORE INTO member_branch (member_id, branch_id) VALUES (?1, ?2)");
    if (!write.ok() || !gram.ok() || !gramDelete.ok() || !oldName.ok() || !branchUnlink.ok()
        || !affiliationInsert.ok() || !affiliationFind.ok() || !branchFind.ok() || !branchLink.ok()) {
        if (error)
            *error = writeError(m_db, QString::fromUtf8(sqlite3_errmsg(h)));
        return false;
    }

    QHash<QString, qint64> affiliations; // a few thousand names serve a million members
    // The n-grams go in after the members, sorted by their key: B-tree inserts in key order
    // touch each page once (100 000 members: 0.30 s → 0.08 s for their 394 000 grams). A gram
    // is one or two UTF-16 units (nameGrams), packed in 32 bits so that 400 000 of them sort
    // without a string comparison; packed order is the order of the strings.
    struct Gram
    {
        quint32 code;
        qsizetype key; ///< index into `keys`
        qint64 id;
    };
    QList<Gram> grams;
    grams.reserve(members.size() * 5);
    QList<QByteArray> keys;
    keys.reserve(members.size());
    const qint64 defaultGrade = defaultGradeId();
    qint64 nextNumber = nextMemberNo().mid(1).toLongLong();

    for (Member &m : members) {
        if (m.memberNo.isEmpty())
            m.memberNo = QStringLiteral("M%1").arg(nextNumber++, 6, 10, QChar(u'0'));
        if (update) {
            // The old name's grams go; the new ones come in below.
            QString before;
            oldName.integer(1, m.id);
            if (!oldName.singleText(&before)) {
                if (error)
                    *error = writeError(m_db, QStringLiteral("no member %1").arg(m.id));
                return false;
            }
            const QByteArray beforeKey = pinyinSortKey(before);
            for (const QString &g : nameGrams(before)) {
                gramDelete.text(1, g);
                gramDelete.blob(2, beforeKey);
                gramDelete.integer(3, m.id);
                gramDelete.run();
            }
            branchUnlink.integer(1, m.id);
            branchUnlink.run();
        }
        qint64 affiliationId = 0;
        if (!m.affiliation.isEmpty()) {
            auto it = affiliations.constFind(m.affiliation);
            if (it != affiliations.constEnd()) {
                affiliationId = *it;
            } else {
                affiliationFind.text(1, m.affiliation);
                std::optional<qint64> found = affiliationFind.single();
                if (!found) {
                    affiliationInsert.text(1, m.affiliation);
                    if (!affiliationInsert.run()) {
                        if (error)
                            *error = writeError(m_db, affiliationInsert.error());
                        return false;
                    }
                    found = sqlite3_last_insert_rowid(h);
                }
                affiliationId = *found;
                affiliations.insert(m.affiliation, affiliationId);
            }
        }
        const QByteArray key = pinyinSortKey(m.name);
        write.text(1, m.memberNo);
        write.text(2, m.name);
        write.blob(3, key);
        if (m.gender == Gender::Unknown)
            write.null(4);
        else
            write.text(4, m.gender == Gender::Male ? QStringLiteral("M") : QStringLiteral("F"));
        write.text(5, isoOrNull(m.birthDate));
        write.text(6, MemberText::code(m.idType));
        write.text(7, m.idNumber.isEmpty() ? QString() : m.idNumber);
        write.text(8, m.politicalStatus.isEmpty() ? QString() : m.politicalStatus);
        if (affiliationId > 0)
            write.integer(9, affiliationId);
        else
            write.null(9);
        write.text(10, m.affiliationType.isEmpty() ? QString() : m.affiliationType);
        write.text(11, m.position.isEmpty() ? QString() : m.position);
        write.text(12, m.professionalTitle.isEmpty() ? QString() : m.professionalTitle);
        if (m.frontLine)
            write.integer(13, *m.frontLine ? 1 : 0);
        else
            write.null(13);
        write.text(14, m.mobile.isEmpty() ? QString() : m.mobile);
        write.text(15, m.mobile.isEmpty() ? QString() : reversed(m.mobile));
        write.text(16, m.email.isEmpty() ? QString() : m.email);
        write.integer(17, m.gradeId > 0 ? m.gradeId : defaultGrade);
        write.text(18, isoOrNull(m.appliedOn));
        write.text(19, isoOrNull(m.approvedOn));
        write.text(20, isoOrNull(m.joinDate));
        write.text(21, MemberText::code(m.status));
        write.text(22, isoOrNull(m.exitDate));
        write.text(23, m.notes.isEmpty() ? QString() : m.notes);
        if (update)
            write.integer(24, m.id);
        if (!write.run()) {
            if (error)
                *error = writeError(m_db, write.error() + QStringLiteral(" — ") + m.name);
            return false;
        }
        if (!update)
            m.id = sqlite3_last_insert_rowid(h);
        if (m.gradeId <= 0)
            m.gradeId = defaultGrade;
        keys.append(key);
        const qsizetype firstGram = grams.size();
        const auto addGram = [&](quint32 code) {
            for (qsizetype j = firstGram; j < grams.size(); ++j) {
                if (grams.at(j).code == code)
                    return;
            }
            grams.append({ code, keys.size() - 1, m.id });
        };
        const QChar *units = m.name.constData();
        for (qsizetype i = 0; i < m.name.size(); ++i) {
            addGram(quint32(units[i].unicode()) << 16);
            if (i + 1 < m.name.size())
                addGram(quint32(units[i].unicode()) << 16 | units[i + 1].unicode());
        }
        for (const QString &branch : std::as_const(m.branches)) {
            branchFind.text(1, branch);
            if (const auto branchId = branchFind.single()) {
                branchLink.integer(1, m.id);
                branchLink.integer(2, *branchId);
                branchLink.run();
            }
        }
    }
    std::sort(grams.begin(), grams.end(), [&keys](const Gram &a, const Gram &b) {
        if (a.code != b.code)
            return a.code < b.code;
        if (a.key != b.key) {
            const int c = keys.at(a.key).compare(keys.at(b.key));
            if (c != 0)
                return c < 0;
        }
        return a.id < b.id;
    });
    // Many grams per statement: a statement's run costs more than its rows (394 000 grams:
    // 0.3 s one per statement, 0.1 s 64 per statement).
    constexpr qsizetype kGramsPerStatement = 64;
    QByteArray many = "INSERT OR IGNORE INTO member_name_gram (gram, name_key, member_id) VALUES (?, ?, ?)";
    for (qsizetype i = 1; i < kGramsPerStatement; ++i)
        many += ", (?, ?, ?)";
    Statement grams64(h, many.constData());
    if (!grams64.ok()) {
        if (error)
            *error = writeError(m_db, QString::fromUtf8(sqlite3_errmsg(h)));
        return false;
    }
    const auto bindGram = [&keys](Statement &statement, int first, const Gram &g) {
        const char16_t units[2] = { char16_t(g.code >> 16), char16_t(g.code & 0xFFFF) };
        statement.text16(first, units, units[1] == 0 ? 1 : 2);
        statement.blob(first + 1, keys.at(g.key));
        statement.integer(first + 2, g.id);
    };
    qsizetype at = 0;
    for (; at + kGramsPerStatement <= grams.size(); at += kGramsPerStatement) {
        for (qsizetype j = 0; j < kGramsPerStatement; ++j)
            bindGram(grams64, static_cast<int>(3 * j + 1), grams.at(at + j));
        if (!grams64.run()) {
            if (error)
                *error = writeError(m_db, grams64.error());
            return false;
        }
    }
    for (; at < grams.size(); ++at) {
        bindGram(gram, 1, grams.at(at));
        if (!gram.run()) {
            if (error)
                *error = writeError(m_db, gram.error());
            return false;
        }
    }
    return true;
}

bool MemberStore::addMember(Member &m, StorageError *error)
{
    return m_db.transaction(
        [&] {
            QList<Member> one { m };
            if (!insertMembers(one, error))
                return false;
            m = one.first();
            return m_db.audit().record(QStringLiteral("member"), m.id, QStringLiteral("create"), {}, toJson(m), error);
        },
        error);
}

bool MemberStore::updateMember(const Member &m, StorageError *error)
{
    return m_db.transaction([&] { return updateMemberInTransaction(m, error); }, error);
}

std::optional<Member> MemberStore::member(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT m.member_no, m.name, m.gender, m.birth_date, m.id_type, m.id_number, m.political_status, a.name, "
        "m.affiliation_type, m.position, m.professional_title, m.front_line, m.mobile, m.email, m.grade_id, "
        "m.applied_on, m.approved_on, m.join_date, m.status, m.exit_date, m.notes "
        "FROM member m LEFT JOIN affiliation a ON a.id = m.affiliation_id WHERE m.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Member m;
    m.id = id;
    m.memberNo = q.value(0).toString();
    m.name = q.value(1).toString();
    const QString gender = q.value(2).toString();
    m.gender = gender == u"M" ? Gender::Male : gender == u"F" ? Gender::Female : Gender::Unknown;
    m.birthDate = dateOf(q.value(3));
    m.idType = MemberText::idTypeFromCode(q.value(4).toString()).value_or(IdType::Other);
    m.idNumber = q.value(5).toString();
    m.politicalStatus = q.value(6).toString();
    m.affiliation = q.value(7).toString();
    m.affiliationType = q.value(8).toString();
    m.position = q.value(9).toString();
    m.professionalTitle = q.value(10).toString();
    if (!q.value(11).isNull())
        m.frontLine = q.value(11).toInt() == 1;
    m.mobile = q.value(12).toString();
    m.email = q.value(13).toString();
    m.gradeId = q.value(14).toLongLong();
    m.appliedOn = dateOf(q.value(15));
    m.approvedOn = dateOf(q.value(16));
    m.joinDate = dateOf(q.value(17));
    m.status = MemberText::statusFromCode(q.value(18).toString()).value_or(MemberStatus::Active);
    m.exitDate = dateOf(q.value(19));
    m.notes = q.value(20).toString();
    QSqlQuery b(m_db.connection());
    b.prepare(QStringLiteral("SELECT b.name FROM member_branch mb JOIN branch b ON b.id = mb.branch_id "
                             "WHERE mb.member_id = ? ORDER BY b.name"));
    b.addBindValue(id);
    if (b.exec()) {
        while (b.next())
            m.branches << b.value(0).toString();
    }
    return m;
}

std::optional<qint64> MemberStore::idByIdNumber(const QString &idNumber) const
{
    return idWhere(m_db.connection(), QStringLiteral("SELECT id FROM member WHERE id_number = ?"), idNumber);
}

std::optional<qint64> MemberStore::idByMemberNo(const QString &memberNo) const
{
    return idWhere(m_db.connection(), QStringLiteral("SELECT id FROM member WHERE member_no = ?"), memberNo);
}

QList<qint64> MemberStore::idsByNameAndBirth(const QString &name, QDate birthDate) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM member WHERE name = ? AND birth_date = ?"));
    q.addBindValue(name);
    q.addBindValue(isoOrNull(birthDate));
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

qint64 MemberStore::memberCount() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM member")) && q.next() ? q.value(0).toLongLong() : 0;
}

// The register view's queries live in MemberReader; the store runs them on its own connection.
qint64 MemberStore::count(const MemberQuery &query) const
{
    return MemberReader(m_db.connection()).count(query);
}

QList<qint64> MemberStore::orderedIds(const MemberQuery &query, const std::atomic<bool> *cancel) const
{
    return MemberReader(m_db.connection()).orderedIds(query, cancel);
}

QList<MemberRow> MemberStore::firstRows(const MemberQuery &query, int limit) const
{
    return MemberReader(m_db.connection()).firstRows(query, limit);
}

QList<MemberRow> MemberStore::rows(const QList<qint64> &ids) const
{
    return MemberReader(m_db.connection()).rows(ids);
}

QString MemberStore::revealIdNumber(qint64 memberId, StorageError *error)
{
    const std::optional<Member> m = member(memberId);
    if (!m)
        return {};
    m_db.audit().record(QStringLiteral("member"), memberId, QStringLiteral("reveal"), {},
        QJsonObject { { QStringLiteral("field"), QStringLiteral("id_number") } }, error);
    return m->idNumber;
}

bool MemberStore::recordStatus(qint64 memberId, MemberStatus status, QDate onDate, const QString &decidedBy,
    const QString &note, StorageError *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO member_status_history (member_id, status, on_date, decided_by, note) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(memberId);
    q.addBindValue(MemberText::code(status));
    q.addBindValue(isoOrNull(onDate));
    q.addBindValue(decidedBy.isEmpty() ? QVariant() : QVariant(decidedBy));
    q.addBindValue(note.isEmpty() ? QVariant() : QVariant(note));
    if (q.exec())
        return true;
    if (error)
        *error = writeError(m_db, q.lastError().text());
    return false;
}

bool MemberStore::insertUnits(QList<UnitMember> &units, StorageError *error)
{
    sqlite3 *h = Database::sqliteHandle(m_db.connection());
    Statement insert(h,
        "INSERT INTO unit_member (name, name_key, credit_code, unit_type, contact, phone, email, join_date, status, "
        "exit_date, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!insert.ok()) {
        if (error)
            *error = writeError(m_db, QString::fromUtf8(sqlite3_errmsg(h)));
        return false;
    }
    for (UnitMember &u : units) {
        insert.text(1, u.name);
        insert.blob(2, pinyinSortKey(u.name));
        insert.text(3, u.creditCode.isEmpty() ? QString() : u.creditCode);
        insert.text(4, u.unitType.isEmpty() ? QString() : u.unitType);
        insert.text(5, u.contact.isEmpty() ? QString() : u.contact);
        insert.text(6, u.phone.isEmpty() ? QString() : u.phone);
        insert.text(7, u.email.isEmpty() ? QString() : u.email);
        insert.text(8, isoOrNull(u.joinDate));
        insert.text(9, MemberText::code(u.status));
        insert.text(10, isoOrNull(u.exitDate));
        insert.text(11, u.notes.isEmpty() ? QString() : u.notes);
        if (!insert.run()) {
            if (error)
                *error = writeError(m_db, insert.error() + QStringLiteral(" — ") + u.name);
            return false;
        }
        u.id = sqlite3_last_insert_rowid(h);
    }
    return true;
}

std::optional<qint64> MemberStore::unitIdByCreditCode(const QString &code) const
{
    return idWhere(m_db.connection(), QStringLiteral("SELECT id FROM unit_member WHERE credit_code = ?"), code);
}

std::optional<qint64> MemberStore::unitIdByName(const QString &name) const
{
    return idWhere(m_db.connection(), QStringLiteral("SELECT id FROM unit_member WHERE name = ?"), name);
}

qint64 MemberStore::unitCount() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM unit_member")) && q.next() ? q.value(0).toLongLong() : 0;
}

bool MemberStore::insertDues(QList<DuesPayment> &payments, StorageError *error)
{
    sqlite3 *h = Database::sqliteHandle(m_db.connection());
    Statement insert(h, "INSERT INTO dues_payment (member_id, year, amount_cents, paid_on, receipt_no) "
                        "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert.ok()) {
        if (error)
            *error = writeError(m_db, QString::fromUtf8(sqlite3_errmsg(h)));
        return false;
    }
    for (DuesPayment &p : payments) {
        insert.integer(1, p.memberId);
        insert.integer(2, p.year);
        insert.integer(3, p.amountCents);
        insert.text(4, isoOrNull(p.paidOn));
        insert.text(5, p.receiptNo.isEmpty() ? QString() : p.receiptNo);
        if (!insert.run()) {
            if (error)
                *error = writeError(m_db, insert.error() + QStringLiteral(" — ") + p.receiptNo);
            return false;
        }
        p.id = sqlite3_last_insert_rowid(h);
    }
    return true;
}

bool MemberStore::receiptExists(const QString &receiptNo) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM dues_payment WHERE receipt_no = ?"));
    q.addBindValue(receiptNo);
    return q.exec() && q.next();
}

// ---- Added for the Members page (ui/pages/members): batch edits, dues, worker reads, rules ----

bool MemberStore::updateMemberInTransaction(const Member &m, StorageError *error)
{
    const std::optional<Member> before = member(m.id);
    if (!before) {
        if (error)
            *error = writeError(m_db, QStringLiteral("no member %1").arg(m.id));
        return false;
    }
    if (*before == m)
        return true;
    if (!replaceMember(m, error))
        return false;
    QJsonObject was = toJson(*before);
    QJsonObject now = toJson(m);
    for (const QString &key : was.keys()) { // only what changed
        if (was.value(key) == now.value(key)) {
            was.remove(key);
            now.remove(key);
        }
    }
    return m_db.audit().record(QStringLiteral("member"), m.id, QStringLiteral("update"), was, now, error);
}

bool MemberStore::recordDues(
    QList<DuesPayment> &payments, StorageError *error, const std::function<bool(qsizetype)> &progress)
{
    if (payments.isEmpty())
        return true;
    constexpr qsizetype kChunk = 1000;
    for (qsizetype start = 0; start < payments.size(); start += kChunk) {
        QList<DuesPayment> chunk = payments.mid(start, kChunk);
        if (!insertDues(chunk, error))
            return false;
        std::copy(chunk.cbegin(), chunk.cend(), payments.begin() + start);
        if (progress && !progress(start + chunk.size())) {
            if (error)
                *error = writeError(m_db, MemberStoreText::tr("cancelled"));
            return false;
        }
    }
    qint64 total = 0;
    QJsonArray years;
    QJsonArray receipts;
    for (const DuesPayment &p : std::as_const(payments)) {
        total += p.amountCents;
        if (!years.contains(p.year))
            years.append(p.year);
        if (!p.receiptNo.isEmpty() && receipts.size() < 2)
            receipts.append(p.receiptNo);
    }
    if (payments.size() > 2 && !payments.last().receiptNo.isEmpty())
        receipts.append(payments.last().receiptNo); // first, second … last
    const qint64 entityId = payments.size() == 1 ? payments.first().memberId : 0;
    return m_db.audit().record(QStringLiteral("dues_payment"), entityId, QStringLiteral("create"), {},
        QJsonObject { { QStringLiteral("members"), payments.size() }, { QStringLiteral("years"), years },
            { QStringLiteral("amount_cents"), total }, { QStringLiteral("receipts"), receipts } },
        error);
}

qint64 MemberReader::count(const MemberQuery &query) const
{
    const Where w = whereFor(query);
    QSqlQuery q(m_connection);
    // A search alone is counted on its id list, without visiting each member row (王 at a
    // million members: 2 ms instead of 19).
    q.prepare(w.searchUnion.isEmpty() ? QString(QStringLiteral("SELECT count(*) FROM member m") + w.sql)
                                      : QString(QStringLiteral("SELECT count(*) FROM (") + w.searchUnion + u')'));
    bindAll(q, w.values);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<qint64> MemberReader::orderedIds(const MemberQuery &query, const std::atomic<bool> *cancel, qsizetype expected) const
{
    const Where w = whereFor(query);
    QList<qint64> ids;
    ids.reserve(expected + 64); // a few members added since the count
    QSqlQuery q(m_connection);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.id FROM member m") + w.sql + orderFor(query));
    bindAll(q, w.values);
    if (!q.exec())
        return ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
        if (cancel && (ids.size() & 0xFFF) == 0 && cancel->load())
            break;
    }
    return ids;
}

/// The first page of a Chinese search in pinyin order without sorting every match: the first
/// `limit` of each source in key order (the name n-grams carry the sort key; members by
/// affiliation have an index on (affiliation, key)), merged. Null when the query is not of
/// that shape (other filters, another sort, ASCII text that could match numbers).
std::optional<QList<qint64>> searchFirstIds(const QSqlDatabase &db, const MemberQuery &query, int limit)
{
    const QString s = query.search.trimmed();
    bool ascii = true;
    for (const QChar c : s)
        ascii = ascii && c.unicode() < 0x80;
    if (s.isEmpty() || ascii || query.sort != MemberQuery::Sort::Name || query.gradeId > 0 || query.status
        || query.frontLine != MemberQuery::FrontLine::Any || query.joinYear > 0 || query.duesPaidYear > 0)
        return std::nullopt;
    const QString dir = query.descending ? QStringLiteral(" DESC") : QString();
    QList<std::pair<QByteArray, qint64>> found;
    const auto collect = [&](QSqlQuery &q) {
        if (!q.exec())
            return false;
        while (q.next())
            found.append({ q.value(1).toByteArray(), q.value(0).toLongLong() });
        return true;
    };
    QSqlQuery names(db);
    if (s.size() <= 2) {
        names.prepare(QStringLiteral("SELECT member_id, name_key FROM member_name_gram WHERE gram = ? ORDER BY name_key")
            + dir + QStringLiteral(", member_id") + dir + QStringLiteral(" LIMIT ?"));
        names.addBindValue(s);
    } else {
        names.prepare(QStringLiteral("SELECT id, name_key FROM member WHERE id IN (SELECT member_id FROM "
                                     "member_name_gram WHERE gram = ? INTERSECT SELECT member_id FROM "
                                     "member_name_gram WHERE gram = ?) AND name LIKE ? ESCAPE '\\' ORDER BY name_key")
            + dir + QStringLiteral(", id") + dir + QStringLiteral(" LIMIT ?"));
        names.addBindValue(s.left(2));
        names.addBindValue(s.right(2));
        names.addBindValue(QString(u'%' + likeEscaped(s) + u'%'));
    }
    names.addBindValue(limit);
    if (!collect(names))
        return std::nullopt;
    QList<qint64> affiliations;
    QSqlQuery a(db);
    a.prepare(QStringLiteral("SELECT id FROM affiliation WHERE name LIKE ? ESCAPE '\\'"));
    a.addBindValue(QString(u'%' + likeEscaped(s) + u'%'));
    if (!a.exec())
        return std::nullopt;
    while (a.next())
        affiliations << a.value(0).toLongLong();
    if (affiliations.size() > 64)
        return std::nullopt; // a very common word: let SQLite sort
    QSqlQuery byAffiliation(db);
    byAffiliation.prepare(QStringLiteral("SELECT id, name_key FROM member WHERE affiliation_id = ? ORDER BY name_key")
        + dir + QStringLiteral(", id") + dir + QStringLiteral(" LIMIT ?"));
    for (qint64 id : std::as_const(affiliations)) {
        byAffiliation.addBindValue(id);
        byAffiliation.addBindValue(limit);
        if (!collect(byAffiliation))
            return std::nullopt;
    }
    // Member numbers and mobiles are ASCII: a non-ASCII query matches none of them.
    std::sort(found.begin(), found.end());
    if (query.descending)
        std::reverse(found.begin(), found.end());
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const auto &[key, id] : std::as_const(found)) {
        if (ids.size() >= limit)
            break;
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    return ids;
}

QList<MemberRow> MemberReader::firstRows(const MemberQuery &query, int limit) const
{
    if (const std::optional<QList<qint64>> ids = searchFirstIds(m_connection, query, limit))
        return rows(*ids);
    const Where w = whereFor(query);
    QList<MemberRow> out;
    QSqlQuery q(m_connection);
    q.setForwardOnly(true);
    q.prepare(kRowColumns + w.sql + orderFor(query) + QStringLiteral(" LIMIT ?"));
    bindAll(q, w.values);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out.append(rowFrom(q));
    }
    return out;
}

QList<MemberRow> MemberReader::rows(const QList<qint64> &ids) const
{
    QList<MemberRow> out;
    if (ids.isEmpty())
        return out;
    QHash<qint64, MemberRow> byId;
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QSqlQuery q(m_connection);
        q.setForwardOnly(true);
        q.prepare(kRowColumns + QStringLiteral(" WHERE m.id IN (") + marks.join(u',') + u')');
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (q.exec()) {
            while (q.next()) {
                MemberRow r = rowFrom(q);
                byId.insert(r.id, r);
            }
        }
    }
    out.reserve(ids.size());
    for (qint64 id : ids) {
        auto it = byId.constFind(id);
        if (it != byId.constEnd())
            out.append(*it);
    }
    return out;
}

/// The translation context of the record rules.
class MemberRecordText
{
    Q_DECLARE_TR_FUNCTIONS(sd::members::MemberRecordText)
};

QList<MemberProblem> checkMemberRecord(const Member &m)
{
    using F = MemberProblem::Field;
    QList<MemberProblem> problems;
    const QString name = validation::normalizeName(m.name).value;
    if (name.isEmpty())
        problems.append({ F::Name, MemberRecordText::tr("The name is empty.") });
    else if (name.size() > 50)
        problems.append({ F::Name,
            MemberRecordText::tr("The name has %1 characters; at most 50 are allowed.").arg(name.size()) });
    const auto iso = [](QDate d) { return d.toString(Qt::ISODate); };
    if (m.appliedOn.isValid() && m.approvedOn.isValid() && m.approvedOn < m.appliedOn)
        problems.append({ F::ApprovedOn,
            MemberRecordText::tr("The approval date %1 is before the application date %2.")
                .arg(iso(m.approvedOn), iso(m.appliedOn)) });
    if (!m.joinDate.isValid())
        problems.append({ F::JoinDate, MemberRecordText::tr("The join date is required.") });
    else if (m.approvedOn.isValid() && m.joinDate < m.approvedOn)
        problems.append({ F::JoinDate,
            MemberRecordText::tr("The join date %1 is before the approval date %2.")
                .arg(iso(m.joinDate), iso(m.approvedOn)) });
    if (isExit(m.status) && !m.exitDate.isValid())
        problems.append({ F::ExitDate,
            MemberRecordText::tr("The exit date is required when the status is %1.").arg(MemberText::label(m.status)) });
    else if (m.exitDate.isValid() && m.joinDate.isValid() && m.exitDate < m.joinDate)
        problems.append({ F::ExitDate,
            MemberRecordText::tr("The exit date %1 is before the join date %2.")
                .arg(iso(m.exitDate), iso(m.joinDate)) });
    return problems;
}

} // namespace sd::members
