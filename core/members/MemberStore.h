#pragma once

#include "domain/Member.h"
#include "storage/StorageError.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <atomic>
#include <functional>
#include <optional>

namespace sd::storage {
class Database;
}

namespace sd::members {

/// What the register shows and filters by. Empty fields do not filter.
struct MemberQuery
{
    enum class FrontLine { Any, Yes, No, Unknown };
    enum class Sort { Name, MemberNo, JoinDate, Grade, Status, Affiliation };

    /// Substring of the name or the affiliation (any length, 1- and 2-character Chinese queries
    /// included); the start or the end of the member number or the mobile (e.g. its last four
    /// digits).
    QString search;
    qint64 gradeId = 0;                       ///< 0 = any
    std::optional<MemberStatus> status;
    FrontLine frontLine = FrontLine::Any;
    int joinYear = 0;                         ///< 0 = any
    int duesPaidYear = 0;                     ///< 0 = any: members with a payment for that year
    Sort sort = Sort::Name;                   ///< names in pinyin order
    bool descending = false;
};

/// True when the query narrows the register (a search or any filter); its sort does not count.
[[nodiscard]] bool narrows(const MemberQuery &query);

/// A register query as SQL over `member m`: " WHERE …" (empty for the whole register) and its
/// values in order — for readers elsewhere (exports) that must select what the page shows.
struct MemberFilterSql
{
    QString where;
    QVariantList values;
};
[[nodiscard]] MemberFilterSql memberFilterSql(const MemberQuery &query);

/// One line of the register as lists show it: personal fields masked.
struct MemberRow
{
    qint64 id = 0;
    QString memberNo;
    QString name;
    Gender gender = Gender::Unknown;
    QDate birthDate;
    QString idNumberMasked;
    QString mobileMasked;
    QString affiliation;
    QString grade;
    MemberStatus status = MemberStatus::Active;
    std::optional<bool> frontLine;
    QDate joinDate;
    QDate exitDate;
};

/// The member register in the society file: individual members (with their name n-grams and
/// pinyin sort keys kept in step), grades, status history, branch links, unit members, dues.
///
/// Bulk writes (`insertMembers`, `insertUnits`, `insertDues`) bind through SQLite's C API and
/// run inside the caller's transaction, which writes one audit entry for the whole import;
/// single edits (`addMember`, `updateMember`) run their own transaction and audit the change.
class MemberStore
{
public:
    explicit MemberStore(storage::Database &db) : m_db(db) { }

    // Grades
    [[nodiscard]] QList<MemberGrade> grades() const;
    [[nodiscard]] qint64 defaultGradeId() const;
    [[nodiscard]] std::optional<qint64> gradeIdByName(QStringView name) const;

    // Individual members
    /// Inserts `members` (ids and generated member numbers are filled in). Call inside a
    /// transaction. Unknown branch names are skipped (the importer warns about them).
    bool insertMembers(QList<Member> &members, storage::StorageError *error);
    /// Replaces a stored member's fields (by id), keeping grams and keys in step. In a transaction.
    bool replaceMember(const Member &member, storage::StorageError *error);
    bool addMember(Member &member, storage::StorageError *error);
    bool updateMember(const Member &member, storage::StorageError *error);

    [[nodiscard]] std::optional<Member> member(qint64 id) const;
    [[nodiscard]] std::optional<qint64> idByIdNumber(const QString &idNumber) const;
    [[nodiscard]] std::optional<qint64> idByMemberNo(const QString &memberNo) const;
    [[nodiscard]] QList<qint64> idsByNameAndBirth(const QString &name, QDate birthDate) const;
    /// The next free generated number, "M000001" upwards.
    [[nodiscard]] QString nextMemberNo() const;
    [[nodiscard]] qint64 memberCount() const;

    // The register view
    [[nodiscard]] qint64 count(const MemberQuery &query) const;
    /// Every matching id in display order (8 bytes a member: 8 MB at a million). Stops early,
    /// returning what it has, when `cancel` becomes true.
    [[nodiscard]] QList<qint64> orderedIds(const MemberQuery &query, const std::atomic<bool> *cancel = nullptr) const;
    /// The first `limit` matching rows, for the first paint before the id list is known.
    [[nodiscard]] QList<MemberRow> firstRows(const MemberQuery &query, int limit) const;
    /// Rows for `ids`, in the order given (missing ids are left out).
    [[nodiscard]] QList<MemberRow> rows(const QList<qint64> &ids) const;

    /// The full ID number of a member, for a user who asked to see it: audited ("reveal").
    [[nodiscard]] QString revealIdNumber(qint64 memberId, storage::StorageError *error = nullptr);

    // Status history
    bool recordStatus(qint64 memberId, MemberStatus status, QDate onDate, const QString &decidedBy,
        const QString &note, storage::StorageError *error);

    // Unit members
    bool insertUnits(QList<UnitMember> &units, storage::StorageError *error);
    [[nodiscard]] std::optional<qint64> unitIdByCreditCode(const QString &code) const;
    [[nodiscard]] std::optional<qint64> unitIdByName(const QString &name) const;
    [[nodiscard]] qint64 unitCount() const;

    // Dues
    bool insertDues(QList<DuesPayment> &payments, storage::StorageError *error);
    [[nodiscard]] bool receiptExists(const QString &receiptNo) const;

    /// The n-grams of a name that the search index holds (each character, each adjacent pair).
    static QStringList nameGrams(QStringView name);

private:
    /// Inserts, or (update) changes in place, keeping keys, grams, affiliations and branch links in step.
    bool writeMembers(QList<Member> &members, bool update, storage::StorageError *error);

    storage::Database &m_db;

    // ---- Added for the Members page (ui/pages/members): batch edits and dues ----------------
public:
    /// updateMember's change without its own transaction, for batches that run in the
    /// caller's Database::transaction: replaces the member and audits what changed ("update").
    /// Unchanged members write nothing. False (with `error`) when the member does not exist.
    bool updateMemberInTransaction(const Member &member, storage::StorageError *error);
    /// Dues for one or many members inside the caller's transaction: insertDues plus one audit
    /// entry ("dues_payment", "create") naming the years, the members, the total and the receipts.
    /// `progress` (payments written so far) is called every 1,000 payments; false stops with an
    /// error, and the caller's transaction rolls back.
    bool recordDues(QList<DuesPayment> &payments, storage::StorageError *error,
        const std::function<bool(qsizetype done)> &progress = {});
};

// ---- Added for the Members page (ui/pages/members) -------------------------------------------

/// The register's read queries (the same SQL as MemberStore's register view) on a connection of
/// a worker thread, opened with Database::openWorkerConnection — MemberStore needs the
/// Database, whose connection belongs to the GUI thread. Use it only in the connection's thread.
class MemberReader
{
public:
    explicit MemberReader(QSqlDatabase connection) : m_connection(std::move(connection)) { }

    [[nodiscard]] qint64 count(const MemberQuery &query) const;
    /// Every matching id in display order; stops early, returning what it has, when `cancel`
    /// becomes true. `expected` (the count, when known) sizes the list once: no doubling copies.
    [[nodiscard]] QList<qint64> orderedIds(
        const MemberQuery &query, const std::atomic<bool> *cancel = nullptr, qsizetype expected = 0) const;
    [[nodiscard]] QList<MemberRow> firstRows(const MemberQuery &query, int limit) const;
    /// Rows for `ids`, in the order given (missing ids are left out).
    [[nodiscard]] QList<MemberRow> rows(const QList<qint64> &ids) const;

private:
    QSqlDatabase m_connection;
};

/// A problem of a member record beyond its single fields (interchange.md, members layout):
/// the name, and the order and presence of the membership dates.
struct MemberProblem
{
    enum class Field { Name, AppliedOn, ApprovedOn, JoinDate, ExitDate };
    Field field = Field::Name;
    QString message; ///< translated, one sentence
};

/// Checks the rules of a member record that involve more than one value: the name (1 to 50
/// characters once normalised), 批准日期 not before 申请日期, 入会日期 required and not before
/// 批准日期, 退会日期 required for 退会/除名/去世 and not before 入会日期. Single values (ID
/// number, mobile, email, date spellings) are validation/'s business.
[[nodiscard]] QList<MemberProblem> checkMemberRecord(const Member &member);

} // namespace sd::members
