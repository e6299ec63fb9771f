#pragma once

#include "governance/GovernanceStore.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd::storage {
class Database;
}

/// Branches (分支机构): lifecycle, officers, filings (备案), activities and rosters (schema 5).
namespace sd::branches {

/// 设立 → 正常 → 暂停 → 撤销.
enum class BranchStatus { Proposed, Active, Suspended, Dissolved };
enum class FilingKind { Establish, Change, Dissolve };

/// Codes (stored), spreadsheet values and labels.
class BranchText
{
    Q_DECLARE_TR_FUNCTIONS(sd::branches::BranchText)

public:
    static QString code(BranchStatus status);
    static std::optional<BranchStatus> statusFromCode(QStringView code);
    static QString sheetValue(BranchStatus status); ///< 设立 / 正常 / 暂停 / 撤销
    static std::optional<BranchStatus> statusFromSheet(QStringView value);
    static QString label(BranchStatus status);
    /// Whether the lifecycle allows `from` → `to` (撤销 is final; 暂停 returns to 正常).
    static bool canChange(BranchStatus from, BranchStatus to);

    static QString code(FilingKind kind);
    static std::optional<FilingKind> filingKindFromCode(QStringView code);
    static QString sheetValue(FilingKind kind); ///< 设立 / 变更 / 注销
    static std::optional<FilingKind> filingKindFromSheet(QStringView value);

    /// The kinds of branch (专业委员会 …) and of representative office (代表处 …).
    static QStringList branchKinds();
    /// The kinds of activity as codes, in interchange.md's order.
    static QStringList activityKinds();
    static QString activityKindSheetValue(const QString &code); ///< 学术会议 …
    static QString activityKindFromSheet(QStringView value);    ///< code, or empty

    /// The naming rule of 《社会组织名称管理办法》(2024): the name ends in its kind's suffix and
    /// carries no 中心/联盟/研究会/促进会/研究院 of its own. Warnings (translated), empty when fine.
    static QStringList nameWarnings(const QString &name, const QString &kind);
};

struct Branch
{
    qint64 id = 0;
    QString name;
    QString kind = QStringLiteral("专业委员会");
    QDate establishedOn;
    BranchStatus status = BranchStatus::Active;
    QDate dissolvedOn;
    QString notes;
    QString leader;    ///< the current leader's name, for lists
    QString secretary; ///< the current secretary's name, for lists
};

struct Filing
{
    qint64 id = 0;
    qint64 branchId = 0;
    FilingKind kind = FilingKind::Establish;
    QDate date;
    QString reference;
    QString resolution;
    QString notes;
    qint64 attachmentId = 0;
    qint64 resolutionId = 0; ///< the deciding resolution (filing.resolution_id, schema 6); 0: not linked
};

/// A branch's leader (负责人) or secretary (秘书) over one appointment: from its start until the
/// next appointment to the role (setOfficer ends the previous one on the new one's start).
struct BranchOfficer
{
    qint64 id = 0;
    qint64 branchId = 0;
    QString role; ///< "leader" or "secretary"
    qint64 personId = 0;
    QString name;
    QDate birthDate; ///< the person's; invalid when unknown
    QDate startDate; ///< invalid: unknown (held from the start)
    QDate endDate;   ///< invalid: still held

    /// Held on `date`: begun on or before it (or start unknown), not ended on or before it.
    [[nodiscard]] bool isHeldOn(QDate date) const
    {
        return (!startDate.isValid() || startDate <= date) && (!endDate.isValid() || endDate > date);
    }
};

struct Activity
{
    qint64 id = 0;
    QString name;
    QString kind = QStringLiteral("academic_conference");
    QDate startDate;
    QDate endDate;
    qint64 branchId = 0; ///< 0: the society itself
    QString branchName;
    std::optional<int> participants;
    bool brand = false;
    QString task;
    QString notes;

    [[nodiscard]] QDate lastDay() const { return endDate.isValid() ? endDate : startDate; }
};

/// Activity statistics for a year (the annual report): by kind and by branch, with brand activities
/// and participants.
struct ActivityStatistics
{
    int year = 0;
    qint64 activities = 0;
    qint64 brand = 0;
    qint64 participants = 0;
    QMap<QString, qint64> byKind;   ///< kind code → activities
    QMap<QString, qint64> byBranch; ///< branch name ("" for the society itself) → activities
};

class BranchStore
{
    Q_DECLARE_TR_FUNCTIONS(sd::branches::BranchStore)

public:
    explicit BranchStore(storage::Database &db) : m_db(db) { }

    [[nodiscard]] QList<Branch> branches() const; ///< by name
    [[nodiscard]] std::optional<Branch> branch(qint64 id) const;
    [[nodiscard]] std::optional<Branch> branchByName(const QString &name) const;

    /// The refusals of a new branch (empty name, duplicate name, a branch under a branch — 条例
    /// Art. 17), or empty when it may be added.
    [[nodiscard]] QString branchProblem(const Branch &branch) const;
    /// Adds a branch (status 设立 or 正常 with its history line); `warnings` gets the naming rule's.
    bool addBranch(Branch &branch, QStringList *warnings, storage::StorageError *error);
    /// Changes a branch's name, kind, date of establishment and notes (its status changes through
    /// changeStatus), with addBranch's refusals and warnings.
    bool updateBranch(const Branch &branch, QStringList *warnings, storage::StorageError *error);
    /// A lifecycle step on `date`, decided by `resolution`; illegal steps are refused.
    bool changeStatus(qint64 branchId, BranchStatus status, QDate date, const QString &resolution,
        storage::StorageError *error);
    /// One step of a branch's lifecycle.
    struct StatusStep
    {
        BranchStatus status = BranchStatus::Active;
        QDate date;
        QString resolution;
    };
    /// The lifecycle, oldest first.
    [[nodiscard]] QList<StatusStep> statusHistory(qint64 branchId) const;
    /// The status on `date` (the last step on or before it); nullopt before the first step. A
    /// branch recorded before the lifecycle (no steps) has its current status from its establishment.
    [[nodiscard]] std::optional<BranchStatus> statusOn(qint64 branchId, QDate date) const;
    /// The recorded branch whose full name `branch`'s name extends — a branch under a branch,
    /// which 条例 Art. 17 forbids (branchProblem refuses a new one; older records may have one).
    [[nodiscard]] std::optional<Branch> parentOf(const Branch &branch) const;

    /// The branch's leader or secretary from `start` (the previous one's term ends then).
    bool setOfficer(qint64 branchId, const QString &role, const governance::PersonRef &who, QDate start,
        storage::StorageError *error);
    /// The branch's officers of every appointment with their people, by role and start (unknown first).
    [[nodiscard]] QList<BranchOfficer> officers(qint64 branchId) const;

    bool addFiling(Filing &filing, storage::StorageError *error);
    [[nodiscard]] QList<Filing> filings(qint64 branchId) const;
    /// Every branch's filings, oldest first.
    [[nodiscard]] QList<Filing> allFilings() const;
    /// Branches with no establishment filing (设立备案).
    [[nodiscard]] QList<Branch> withoutEstablishmentFiling() const;
    /// Filings that name no deciding resolution (a filing follows a council or standing council
    /// decision), oldest first.
    [[nodiscard]] QList<Filing> filingsWithoutResolution() const;

    bool addActivity(Activity &activity, storage::StorageError *error);
    /// Attaches a stored document (programme, photos) to an activity.
    bool attachToActivity(qint64 activityId, qint64 attachmentId, storage::StorageError *error);
    [[nodiscard]] QList<qint64> activityAttachments(qint64 activityId) const;
    /// Activities of a year (0: all) and a branch (0: all, -1: the society's own), newest first.
    [[nodiscard]] QList<Activity> activities(int year = 0, qint64 branchId = 0) const;
    /// The branch's last activity that had begun by `date` (its last day, capped at nothing).
    [[nodiscard]] QDate lastActivity(qint64 branchId, QDate date) const;
    /// 正常 branches with no activity whose dates fall within the 12 months before `date`
    /// (an activity on `date` minus one year still counts; one after `date` does not).
    [[nodiscard]] bool isInactive(qint64 branchId, QDate date) const;
    [[nodiscard]] ActivityStatistics statistics(int year) const;

    /// The members linked to the branch (member_branch), by name.
    [[nodiscard]] QList<QPair<QString, QString>> roster(qint64 branchId) const; ///< (member no., name)

private:
    bool refuse(storage::StorageError *error, const QString &message) const;
    bool failed(storage::StorageError *error, const QString &detail) const;

    storage::Database &m_db;
};

} // namespace sd::branches
