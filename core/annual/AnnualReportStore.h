#pragma once

#include "annual/TextDiff.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd::storage {
class Database;
struct StorageError;
}

namespace sd::annual {

/// Where a report stands: only a draft is edited; a published report is locked.
enum class ReportStatus { Draft, Review, Approved, Published };

/// A report's text and generated parts as a version keeps them.
struct ReportContent
{
    QMap<QString, QString> narratives; ///< section code → rich text (HTML) or plain text
    QJsonObject figures;               ///< the generated parts' snapshot; empty: none taken

    [[nodiscard]] QString narrative(const QString &section) const { return narratives.value(section); }
};

/// A year's report: its working copy and where it stands.
struct AnnualReport
{
    qint64 id = 0;
    int year = 0;
    ReportStatus status = ReportStatus::Draft;
    QDate publishedOn;          ///< valid exactly when published
    ReportContent content;
    QDateTime figuresTakenAt;   ///< when the snapshot was taken; invalid: none
    QDateTime updatedAt;
    int latestVersion = 0;      ///< 0: no version saved

    [[nodiscard]] bool isLocked() const { return status == ReportStatus::Published; }
};

/// A saved version, whole.
struct ReportVersion
{
    int version = 0;
    QDateTime savedAt;
    ReportStatus status = ReportStatus::Draft; ///< the report's status when it was saved
    QString note;
    ReportContent content;
};

/// How two versions differ, section by section.
struct SectionComparison
{
    QString section;
    bool narrativeChanged = false;
    bool figuresChanged = false;  ///< the section's generated part differs
    QList<DiffSpan> diff;         ///< of the narratives' plain text
};

/// The annual reports (年报): one per year, its narratives and generated-parts snapshot, the
/// workflow draft → review → approved → published, and every version. Edits are refused, with a
/// translated reason and nothing written, unless the report is a draft; a published report
/// changes only by a correction, which is a new version with a note. Every change is audited.
class AnnualReportStore
{
    Q_DECLARE_TR_FUNCTIONS(sd::annual::AnnualReportStore)

public:
    explicit AnnualReportStore(storage::Database &db);

    /// The five sections CAST17-06 names, in the report's order: development (发展现状),
    /// governance (内部建设), activities (主要业务活动), members (会员发展服务), finances (财务状况).
    static QStringList sectionCodes();
    /// The section's title in the current language ("发展现状").
    static QString sectionTitle(const QString &code);
    static QString statusCode(ReportStatus status); ///< draft, review, approved, published
    static std::optional<ReportStatus> statusFromCode(QStringView code);
    static QString statusName(ReportStatus status); ///< translated
    /// The figures' keys that belong to each section's generated part (top-level keys of the
    /// snapshot: "members" belongs to the members section, every key to the overview), for
    /// comparing versions.
    static QStringList figureKeys(const QString &section);
    /// Whether a narrative says nothing: empty, or rich text without visible text.
    static bool isBlank(const QString &narrative);
    /// The narrative's plain text (rich text converted; plain text as it is).
    static QString plainText(const QString &narrative);

    [[nodiscard]] std::optional<AnnualReport> report(int year) const;
    /// The years that have a report, newest first.
    [[nodiscard]] QList<int> years() const;

    /// Starts the year's report as a draft with `figures` as its generated parts (may be empty).
    bool create(int year, const QJsonObject &figures, storage::StorageError *error);
    /// Replaces the draft's narratives of the sections given (others unchanged).
    bool setNarratives(int year, const QMap<QString, QString> &narratives, storage::StorageError *error);
    /// Replaces the draft's generated-parts snapshot (the editor's "refresh").
    bool setFigures(int year, const QJsonObject &figures, storage::StorageError *error);
    /// Saves the working copy as the next version; `version` receives its number.
    bool saveVersion(int year, const QString &note, storage::StorageError *error, int *version = nullptr);
    [[nodiscard]] QList<ReportVersion> versions(int year) const; ///< oldest first
    [[nodiscard]] std::optional<ReportVersion> version(int year, int version) const;
    /// Makes the draft's working copy that of `version` (and saves it as a new version saying so).
    bool restore(int year, int version, storage::StorageError *error);

    /// Moves the report one step: draft → review (every section written, generated parts taken),
    /// review → approved, approved → published (on `publishedOn`, within the report's year or
    /// after it and not in the future); back to draft from review or approved. Approval and
    /// publication save a version.
    bool setStatus(int year, ReportStatus status, QDate publishedOn, storage::StorageError *error);
    /// A correction to a published report: the narratives given replace the working copy's, and
    /// a new version is saved with `note` (required) saying what it corrects; it stays published.
    bool correct(int year, const QMap<QString, QString> &narratives, const QString &note, storage::StorageError *error);

    /// How `to` differs from `from`, for every section.
    static QList<SectionComparison> compare(const ReportContent &from, const ReportContent &to);

private:
    bool refuse(storage::StorageError *error, const QString &message) const;
    bool failed(storage::StorageError *error, const QString &detail) const;
    bool editableDraft(int year, storage::StorageError *error, AnnualReport *report = nullptr) const;
    bool insertVersion(const AnnualReport &report, const QString &note, storage::StorageError *error, int *version);
    bool writeWorkingCopy(qint64 id, const QMap<QString, QString> &narratives, storage::StorageError *error);

    storage::Database &m_db;
};

} // namespace sd::annual
