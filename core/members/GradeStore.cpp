#include "members/GradeStore.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace sd::members {

using storage::Database;
using storage::StorageError;

/// The translation context of this file's messages.
class GradeStoreText
{
    Q_DECLARE_TR_FUNCTIONS(sd::members::GradeStoreText)
};

namespace {

const QString kGradeEntity = QStringLiteral("member_grade");
const QString kStandardEntity = QStringLiteral("dues_standard");

bool refuse(const Database &db, StorageError *error, const QString &message)
{
    if (error) {
        error->kind = StorageError::Kind::Invalid;
        error->file = db.path();
        error->message = message;
    }
    return false;
}

/// Runs a prepared statement; on failure fills `error` with the file and SQLite's reason.
bool run(QSqlQuery &q, const Database &db, StorageError *error)
{
    if (q.exec())
        return true;
    if (error) {
        error->kind = StorageError::Kind::Sql;
        error->file = db.path();
        error->message = GradeStoreText::tr("The grades and dues standards in %1 could not be written (%2).")
                             .arg(db.path(), q.lastError().text());
    }
    return false;
}

QJsonObject gradeJson(const GradeInfo &g)
{
    return QJsonObject { { QStringLiteral("name"), g.name }, { QStringLiteral("rank"), g.rank },
        { QStringLiteral("default"), g.isDefault } };
}

QJsonObject standardJson(const QString &grade, int year, qint64 cents)
{
    return QJsonObject { { QStringLiteral("grade"), grade }, { QStringLiteral("year"), year },
        { QStringLiteral("amount_cents"), cents } };
}

QString missingGrade()
{
    return GradeStoreText::tr("The grade no longer exists; it may have been removed meanwhile.");
}

} // namespace

QList<GradeInfo> GradeStore::grades() const
{
    // One pass over the members for every count (member.grade_id has no index of its own).
    QList<GradeInfo> list;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT g.id, g.name, g.rank, g.is_default, coalesce(c.n, 0) FROM member_grade g "
                          "LEFT JOIN (SELECT grade_id, count(*) AS n FROM member GROUP BY grade_id) c "
                          "ON c.grade_id = g.id ORDER BY g.rank, g.id"));
    while (q.next()) {
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() == 1,
            q.value(4).toLongLong() });
    }
    return list;
}

QStringList GradeStore::gradeNames() const
{
    QStringList names;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT name FROM member_grade ORDER BY rank, id"))) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

std::optional<GradeInfo> GradeStore::grade(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, rank, is_default FROM member_grade WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return GradeInfo { id, q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt() == 1, membersHolding(id) };
}

std::optional<qint64> GradeStore::gradeIdByName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM member_grade WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

std::optional<qint64> GradeStore::sharedGrade(const QList<qint64> &memberIds) const
{
    // Ids are numbers: written into the statement, 500 at a time (primary key lookups).
    std::optional<qint64> shared;
    QSqlQuery q(m_db.connection());
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < memberIds.size(); from += kChunk) {
        QStringList ids;
        for (qsizetype i = from; i < std::min(from + kChunk, memberIds.size()); ++i)
            ids << QString::number(memberIds.at(i));
        if (!q.exec(QStringLiteral("SELECT DISTINCT grade_id FROM member WHERE id IN (%1) LIMIT 2").arg(ids.join(u','))))
            return std::nullopt;
        while (q.next()) {
            const qint64 grade = q.value(0).toLongLong();
            if (shared && *shared != grade)
                return std::nullopt;
            shared = grade;
        }
    }
    return shared;
}

qint64 GradeStore::membersHolding(qint64 gradeId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM member WHERE grade_id = ?"));
    q.addBindValue(gradeId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString GradeStore::nameProblem(const QString &name, qint64 exceptId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return GradeStoreText::tr("The grade name is empty.");
    if (trimmed.size() > kMaxNameLength) {
        return GradeStoreText::tr("The grade name has %1 characters; at most %2 are allowed.")
            .arg(trimmed.size())
            .arg(kMaxNameLength);
    }
    if (const auto existing = gradeIdByName(trimmed); existing && *existing != exceptId)
        return GradeStoreText::tr("There is already a grade named \"%1\".").arg(trimmed);
    return {};
}

std::optional<qint64> GradeStore::addGrade(const QString &name, StorageError *error)
{
    const QString trimmed = name.trimmed();
    qint64 id = 0;
    const bool ok = m_db.transaction(
        [&] {
            if (const QString problem = nameProblem(trimmed); !problem.isEmpty())
                return refuse(m_db, error, problem);
            QSqlQuery q(m_db.connection());
            // The first grade of a file without any becomes its default.
            q.prepare(QStringLiteral("INSERT INTO member_grade (name, rank, is_default) SELECT ?, "
                                     "coalesce(max(rank), 0) + 1, count(*) = 0 FROM member_grade"));
            q.addBindValue(trimmed);
            if (!run(q, m_db, error))
                return false;
            id = q.lastInsertId().toLongLong();
            const std::optional<GradeInfo> added = grade(id);
            return added && m_db.audit().record(kGradeEntity, id, QStringLiteral("create"), {}, gradeJson(*added), error);
        },
        error);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

bool GradeStore::renameGrade(qint64 gradeId, const QString &name, StorageError *error)
{
    const QString trimmed = name.trimmed();
    return m_db.transaction(
        [&] {
            const std::optional<GradeInfo> before = grade(gradeId);
            if (!before)
                return refuse(m_db, error, missingGrade());
            if (before->name == trimmed)
                return true;
            if (const QString problem = nameProblem(trimmed, gradeId); !problem.isEmpty())
                return refuse(m_db, error, problem);
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE member_grade SET name = ? WHERE id = ?"));
            q.addBindValue(trimmed);
            q.addBindValue(gradeId);
            return run(q, m_db, error)
                && m_db.audit().record(kGradeEntity, gradeId, QStringLiteral("update"),
                    QJsonObject { { QStringLiteral("name"), before->name } },
                    QJsonObject { { QStringLiteral("name"), trimmed } }, error);
        },
        error);
}

bool GradeStore::moveGrade(qint64 gradeId, int step, StorageError *error)
{
    return m_db.transaction(
        [&] {
            QList<GradeInfo> list = grades();
            qsizetype at = -1;
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (list.at(i).id == gradeId)
                    at = i;
            }
            if (at < 0)
                return refuse(m_db, error, missingGrade());
            const qsizetype to = at + step;
            if (to < 0 || to >= list.size())
                return true;
            const QString passed = list.at(to).name;
            list.swapItemsAt(at, to);
            // Ranks become 1..n in the new order (gaps left by removed grades close).
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE member_grade SET rank = ? WHERE id = ?"));
            for (qsizetype i = 0; i < list.size(); ++i) {
                q.addBindValue(static_cast<int>(i + 1));
                q.addBindValue(list.at(i).id);
                if (!run(q, m_db, error))
                    return false;
            }
            return m_db.audit().record(kGradeEntity, gradeId, QStringLiteral("update"),
                QJsonObject { { QStringLiteral("name"), list.at(to).name }, { QStringLiteral("rank"), list.at(to).rank } },
                QJsonObject { { QStringLiteral("name"), list.at(to).name }, { QStringLiteral("rank"), static_cast<int>(to + 1) },
                    { step < 0 ? QStringLiteral("before") : QStringLiteral("after"), passed } },
                error);
        },
        error);
}

bool GradeStore::setDefaultGrade(qint64 gradeId, StorageError *error)
{
    return m_db.transaction(
        [&] {
            const std::optional<GradeInfo> chosen = grade(gradeId);
            if (!chosen)
                return refuse(m_db, error, missingGrade());
            QString previous;
            int defaults = 0;
            for (const GradeInfo &g : grades()) {
                if (g.isDefault) {
                    previous = g.name;
                    ++defaults;
                }
            }
            if (chosen->isDefault && defaults == 1)
                return true;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE member_grade SET is_default = (id = ?)"));
            q.addBindValue(gradeId);
            return run(q, m_db, error)
                && m_db.audit().record(kGradeEntity, gradeId, QStringLiteral("update"),
                    QJsonObject { { QStringLiteral("default"), previous } },
                    QJsonObject { { QStringLiteral("default"), chosen->name } }, error);
        },
        error);
}

QString GradeStore::removeProblem(qint64 gradeId) const
{
    const std::optional<GradeInfo> g = grade(gradeId);
    if (!g)
        return missingGrade();
    if (g->isDefault) {
        return GradeStoreText::tr("\"%1\" is the default grade of new members; make another grade the default "
                                  "before removing it.")
            .arg(g->name);
    }
    if (g->members > 0) {
        return GradeStoreText::tr("%n member(s) hold the grade \"%1\"; give them another grade before removing it.",
            nullptr, static_cast<int>(std::min<qint64>(g->members, std::numeric_limits<int>::max())))
            .arg(g->name);
    }
    return {};
}

bool GradeStore::removeGrade(qint64 gradeId, StorageError *error)
{
    return m_db.transaction(
        [&] {
            if (const QString problem = removeProblem(gradeId); !problem.isEmpty())
                return refuse(m_db, error, problem);
            const std::optional<GradeInfo> g = grade(gradeId);
            QJsonArray dropped;
            for (const DuesStandard &s : standards()) {
                if (s.gradeId == gradeId) {
                    dropped.append(QJsonObject {
                        { QStringLiteral("year"), s.year }, { QStringLiteral("amount_cents"), s.amountCents } });
                }
            }
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM dues_standard WHERE grade_id = ?"));
            q.addBindValue(gradeId);
            if (!run(q, m_db, error))
                return false;
            q.prepare(QStringLiteral("DELETE FROM member_grade WHERE id = ?"));
            q.addBindValue(gradeId);
            if (!run(q, m_db, error))
                return false;
            QJsonObject before = gradeJson(*g);
            before.insert(QStringLiteral("dues_standards"), dropped);
            return m_db.audit().record(kGradeEntity, gradeId, QStringLiteral("delete"), before, {}, error);
        },
        error);
}

QString GradeStore::yearProblem(int year)
{
    if (year < kFirstYear || year > kLastYear)
        return GradeStoreText::tr("The year must be between %1 and %2.").arg(kFirstYear).arg(kLastYear);
    return {};
}

QString GradeStore::amountProblem(qint64 amountCents)
{
    if (amountCents < 0)
        return GradeStoreText::tr("The amount must not be negative.");
    if (amountCents > kMaxAmountCents)
        return GradeStoreText::tr("The amount is too large.");
    return {};
}

bool GradeStore::setStandard(qint64 gradeId, int year, qint64 amountCents, StorageError *error)
{
    return m_db.transaction(
        [&] {
            const std::optional<GradeInfo> g = grade(gradeId);
            if (!g)
                return refuse(m_db, error, missingGrade());
            if (const QString problem = yearProblem(year); !problem.isEmpty())
                return refuse(m_db, error, problem);
            if (const QString problem = amountProblem(amountCents); !problem.isEmpty())
                return refuse(m_db, error, problem);
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT amount_cents FROM dues_standard WHERE grade_id = ? AND year = ?"));
            q.addBindValue(gradeId);
            q.addBindValue(year);
            if (!run(q, m_db, error))
                return false;
            const bool existed = q.next();
            const qint64 old = existed ? q.value(0).toLongLong() : 0;
            if (existed && old == amountCents)
                return true;
            q.prepare(QStringLiteral("INSERT INTO dues_standard (grade_id, year, amount_cents) VALUES (?, ?, ?) "
                                     "ON CONFLICT (grade_id, year) DO UPDATE SET amount_cents = excluded.amount_cents"));
            q.addBindValue(gradeId);
            q.addBindValue(year);
            q.addBindValue(amountCents);
            return run(q, m_db, error)
                && m_db.audit().record(kStandardEntity, gradeId, existed ? QStringLiteral("update") : QStringLiteral("create"),
                    existed ? standardJson(g->name, year, old) : QJsonObject(), standardJson(g->name, year, amountCents),
                    error);
        },
        error);
}

bool GradeStore::removeStandard(qint64 gradeId, int year, StorageError *error)
{
    return m_db.transaction(
        [&] {
            const std::optional<GradeInfo> g = grade(gradeId);
            if (!g)
                return refuse(m_db, error, missingGrade());
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT amount_cents FROM dues_standard WHERE grade_id = ? AND year = ?"));
            q.addBindValue(gradeId);
            q.addBindValue(year);
            if (!run(q, m_db, error))
                return false;
            if (!q.next()) {
                return refuse(m_db, error,
                    GradeStoreText::tr("There is no dues standard for \"%1\" in %2.").arg(g->name).arg(year));
            }
            const qint64 old = q.value(0).toLongLong();
            q.prepare(QStringLiteral("DELETE FROM dues_standard WHERE grade_id = ? AND year = ?"));
            q.addBindValue(gradeId);
            q.addBindValue(year);
            return run(q, m_db, error)
                && m_db.audit().record(
                    kStandardEntity, gradeId, QStringLiteral("delete"), standardJson(g->name, year, old), {}, error);
        },
        error);
}

QList<DuesStandard> GradeStore::standards(int year) const
{
    QList<DuesStandard> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT s.grade_id, g.name, g.rank, s.year, s.amount_cents FROM dues_standard s "
                             "JOIN member_grade g ON g.id = s.grade_id WHERE ? = 0 OR s.year = ? "
                             "ORDER BY s.year, g.rank, g.id"));
    q.addBindValue(year);
    q.addBindValue(year);
    if (!q.exec())
        return list;
    while (q.next()) {
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
            q.value(4).toLongLong() });
    }
    return list;
}

std::optional<qint64> GradeStore::standardFor(qint64 gradeId, int year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT amount_cents FROM dues_standard WHERE grade_id = ? AND year <= ? "
                             "ORDER BY year DESC LIMIT 1"));
    q.addBindValue(gradeId);
    q.addBindValue(year);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

} // namespace sd::members
