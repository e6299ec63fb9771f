#pragma once

#include "storage/StorageError.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd::storage {
class Database;
}

namespace sd::members {

/// A member grade as the grade list shows it.
struct GradeInfo
{
    qint64 id = 0;
    QString name;
    int rank = 0;        ///< display order, lowest first
    bool isDefault = false;
    qint64 members = 0;  ///< members who hold it (every status)
};

/// What members of a grade pay in a year (the charter or a congress resolution sets it).
struct DuesStandard
{
    qint64 gradeId = 0;
    QString grade;       ///< the grade's name
    int gradeRank = 0;
    int year = 0;
    qint64 amountCents = 0;
};

/// The society's member grades (学生会员, 会员, 高级会员, 会士 by default) and their dues standards.
///
/// Every change runs in its own transaction and writes one audit entry ("member_grade" or
/// "dues_standard"); a change that changes nothing writes nothing. Refused input leaves the file
/// as it was and comes back as a StorageError of kind Invalid with one translated sentence.
/// There is always exactly one default grade (new members get it), and a grade can be removed
/// only when no member holds it and it is not the default; its dues standards go with it.
class GradeStore
{
public:
    static constexpr int kMaxNameLength = 20;
    static constexpr int kFirstYear = 1949;
    static constexpr int kLastYear = 2100;
    static constexpr qint64 kMaxAmountCents = 99'999'999'999; ///< 999,999,999.99 yuan

    explicit GradeStore(storage::Database &db) : m_db(db) { }

    // Grades
    /// Every grade in display order, with how many members hold it.
    [[nodiscard]] QList<GradeInfo> grades() const;
    /// Every grade's name in display order, without counting its members (grades() walks the
    /// whole register for its counts).
    [[nodiscard]] QStringList gradeNames() const;
    [[nodiscard]] std::optional<GradeInfo> grade(qint64 id) const;
    /// The grade of that name (trimmed), if any.
    [[nodiscard]] std::optional<qint64> gradeIdByName(const QString &name) const;

    /// The grade all of `memberIds` hold; nullopt when they hold different grades or none exists.
    /// Stops at the second grade it meets.
    [[nodiscard]] std::optional<qint64> sharedGrade(const QList<qint64> &memberIds) const;

    /// Why `name` cannot name a grade (empty, too long, taken by another grade than `exceptId`),
    /// translated; empty when it can. What add and rename check, for inline validation.
    [[nodiscard]] QString nameProblem(const QString &name, qint64 exceptId = 0) const;

    /// Adds a grade after the last one; returns its id (nullopt with `error` when refused).
    std::optional<qint64> addGrade(const QString &name, storage::StorageError *error);
    bool renameGrade(qint64 gradeId, const QString &name, storage::StorageError *error);
    /// Moves a grade one place up (earlier) or down; at either end nothing changes.
    bool moveGradeUp(qint64 gradeId, storage::StorageError *error) { return moveGrade(gradeId, -1, error); }
    bool moveGradeDown(qint64 gradeId, storage::StorageError *error) { return moveGrade(gradeId, +1, error); }
    /// Makes `gradeId` the one default grade.
    bool setDefaultGrade(qint64 gradeId, storage::StorageError *error);
    /// Why the grade cannot be removed (the default; held by members, saying how many),
    /// translated; empty when it can.
    [[nodiscard]] QString removeProblem(qint64 gradeId) const;
    /// Removes the grade and its dues standards; refused while removeProblem() says why not.
    bool removeGrade(qint64 gradeId, storage::StorageError *error);

    // Dues standards
    /// Why the year or amount cannot be a standard, translated; empty when they can.
    [[nodiscard]] static QString yearProblem(int year);
    [[nodiscard]] static QString amountProblem(qint64 amountCents);
    /// Sets (adds or changes) what `gradeId` pays in `year`.
    bool setStandard(qint64 gradeId, int year, qint64 amountCents, storage::StorageError *error);
    bool removeStandard(qint64 gradeId, int year, storage::StorageError *error);
    /// The standards of `year` (0: of every year), by year and then grade order.
    [[nodiscard]] QList<DuesStandard> standards(int year = 0) const;
    /// What a member of the grade pays in `year`: that year's standard, else the latest earlier
    /// year's (a standard stays until it is changed); nullopt when there is none.
    [[nodiscard]] std::optional<qint64> standardFor(qint64 gradeId, int year) const;

private:
    bool moveGrade(qint64 gradeId, int step, storage::StorageError *error);
    [[nodiscard]] qint64 membersHolding(qint64 gradeId) const;

    storage::Database &m_db;
};

} // namespace sd::members
