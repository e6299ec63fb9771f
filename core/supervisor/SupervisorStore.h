#pragma once

#include "rules/Finding.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sd {
class Clock;
}

/// The supervising association's side of the submission packages (spec9.md): its own database
/// of verified imports, the overview across its societies, and the societies' pinned keys.
namespace sd::supervisor {

/// A society as the supervisor knows it from its packages (and its pinned key).
struct Society
{
    qint64 id = 0;
    QString creditCode;
    QString name;           ///< Source-Organization of the newest import
    QString keyFingerprint; ///< empty when no key is pinned
};

/// One imported package.
struct Submission
{
    qint64 id = 0;
    qint64 societyId = 0;
    QString creditCode;
    QString society;
    int year = 0;
    QStringList packs;
    QDate baggingDate;
    QByteArray sha256; ///< of the ZIP's bytes, hex
    QString fileName;
    QString signature; ///< "valid" (checked against the pinned key), "unchecked", "absent"
    QDateTime importedAt;
    qint64 supersededBy = 0; ///< 0: current
    QStringList missingParts; ///< "<data path>: <reason>" lines of bag-info.txt
};

/// One finding of a submission: compliance.json's, and HB17-01.submitted evaluated on import.
struct SubmittedFinding
{
    QString check;
    QString requirement;
    rules::Status status = rules::Status::MissingData;
    QString measured;
};

/// What became of one package given to import().
struct ImportOutcome
{
    enum class Result {
        Imported,        ///< new society-year, or a later package than any before
        Superseded,      ///< imported, and it superseded the current package for its year
        AlreadyImported, ///< the same bytes were imported before: nothing changed
        Refused,         ///< invalid, unsigned for a pinned key, older than the current one: nothing written
    };
    QString path;
    Result result = Result::Refused;
    QString message;         ///< translated, for people
    QString entry;           ///< when refused by the verifier: the offending entry
    qint64 submissionId = 0; ///< the imported (or already present) submission
};

/// A row of the overview: a society's current package for the year.
struct OverviewRow
{
    Submission submission;
    QMap<QString, qint64> figures;              ///< bag-info key-figure label → value
    QMap<QString, rules::Status> statuses;       ///< check id → status
};

/// The overview across societies: the check ids and figure labels present, sorted, and a row
/// per society.
struct Overview
{
    QStringList checks;
    QStringList figures;
    QList<OverviewRow> rows; ///< sorted by credit code
};

/// The supervisor database (.sdsupervisor): storage::Database of kind Supervisor — its own
/// application_id and migrations; a society file is refused, as a supervisor file is refused
/// as a society file.
class SupervisorStore
{
    Q_DECLARE_TR_FUNCTIONS(sd::supervisor::SupervisorStore)

public:
    /// The database file's extension.
    static QString extension() { return QStringLiteral(".sdsupervisor"); }
    /// The bag-info key figures the overview shows, in their column order.
    [[nodiscard]] static QStringList figureLabels();
    /// The requirement and check evaluated on import: the package's Bagging-Date against the
    /// plan's deadline (hubei-2017: 31 December of the report year).
    static constexpr QLatin1StringView kSubmittedCheck { "HB17-01.submitted" };

    /// Opens (or creates, with OpenMode) the supervisor database at `path`.
    static std::unique_ptr<SupervisorStore> open(const QString &path, storage::OpenMode mode,
        storage::StorageError *error, const Clock *clock = nullptr);

    /// The store on a writer lent by another store's database (Database::shareWriter()), for a
    /// worker thread that imports while the GUI keeps the file open: the supervisor window's
    /// import runs off the GUI thread this way. Open and destroy it in the worker's thread; null
    /// with `error` when the writer cannot be lent (a read-only file).
    static std::unique_ptr<SupervisorStore> openShared(
        const storage::Database::WriterShare &share, storage::StorageError *error);

    [[nodiscard]] storage::Database &database() const { return *m_db; }

    /// Imports each package: verifies it (PackageVerifier, with the society's pinned key and
    /// the `.sig` beside the ZIP), then records it in a transaction of its own — a refused
    /// package writes nothing and the others are still imported.
    QList<ImportOutcome> import(const QStringList &paths);
    ImportOutcome importPackage(const QString &path);

    /// Pins a society's public key (32 bytes): from now on its packages must carry a valid
    /// signature. Replaces a key pinned before.
    bool trust(const QString &creditCode, const QByteArray &publicKey, storage::StorageError *error);
    /// The pinned key of a society; nullopt when none.
    [[nodiscard]] std::optional<QByteArray> pinnedKey(const QString &creditCode) const;

    /// Every society, sorted by credit code.
    [[nodiscard]] QList<Society> societies() const;
    /// Every import, newest first; superseded ones included unless `currentOnly`.
    [[nodiscard]] QList<Submission> submissions(bool currentOnly = false) const;
    /// One submission; nullopt when there is none with that id.
    [[nodiscard]] std::optional<Submission> submission(qint64 id) const;
    /// A submission's findings, sorted by check id.
    [[nodiscard]] QList<SubmittedFinding> findings(qint64 submissionId) const;
    /// A submission's key figures.
    [[nodiscard]] QMap<QString, qint64> figures(qint64 submissionId) const;
    /// A society's current (not superseded) submissions, newest year first.
    [[nodiscard]] QList<Submission> societySubmissions(qint64 societyId) const;

    /// One row per society: its current package for `year`, or — without a year — for its
    /// latest year.
    [[nodiscard]] Overview overview(std::optional<int> year = std::nullopt) const;

private:
    explicit SupervisorStore(std::unique_ptr<storage::Database> db);
    std::unique_ptr<storage::Database> m_db;
};

} // namespace sd::supervisor
