#pragma once

#include "package/CoverLetter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sd::storage {
class Database;
}

namespace sd::package {

/// What to put in a submission package (报送包).
struct PackageOptions
{
    int year = 0;
    /// Rule packs to check against: shipped pack ids or pack files (.json). Empty: the packs of the
    /// society setting rule_packs (those this version ships), as `check` does.
    QStringList packs;
    QDate baggingDate;          ///< invalid: today by the society file's clock
    CoverLetter cover;          ///< the generated letter's reference number and date
    QString scannedCoverLetter; ///< the signed and stamped letter (a PDF file) to send instead; empty: generate one
};

/// A package made in memory.
struct PackageResult
{
    QByteArray zip;
    QString bag;          ///< "<credit code>-<year>", the ZIP's one directory
    QStringList parts;    ///< the payload files written, "data/compliance.pdf" …, sorted
    QStringList missing;  ///< the parts left out, "data/…: reason" (also in bag-info.txt as Missing-Part)
    QStringList warnings; ///< translated, one per missing part
    QString sha256;       ///< of `zip`, lower-case hex
};

/// What a package would hold, found without making it (SubmissionPackage::preview()).
struct PackagePreview
{
    QString bag;          ///< "<credit code>-<year>"
    QStringList packs;    ///< the packs' ids, as build() resolves them
    QStringList parts;    ///< the payload files build() would write, sorted (as PackageResult::parts)
    QStringList missing;  ///< the parts it would leave out, "data/…: reason" (as PackageResult::missing)
    QStringList warnings; ///< translated, one per missing part (as PackageResult::warnings)
};

/// Why no package was made.
struct PackageError
{
    enum class Kind {
        None,
        NoCreditCode, ///< the society profile has no unified social credit code
        NotAPdf,      ///< the scanned cover letter is not a PDF (or cannot be read)
        UnknownPack,  ///< a rule pack is neither shipped nor a readable pack file
        Cancelled,    ///< the progress callback said stop
        Failed,       ///< a part could not be made (a document, the workbook, the ZIP)
    };
    Kind kind = Kind::None;
    QString message; ///< translated
};

/// The submission package a society sends its supervising association: one ZIP holding one
/// BagIt bag (layout and names in PackageLayout.h) with the year's compliance report (PDF, and
/// the JSON `check --format json` prints), the annual report when approved or published (PDF and
/// HTML), statistics.xlsx, the regulations adopted in the year, the minutes of the year's
/// meetings, the reform plan (reformPlanPart()) and the cover
/// letter (报送函), generated or the user's signed scan.
///
/// Reproducible: the same records and the same Bagging-Date give a byte-identical ZIP — the
/// Bagging-Date (and the letter's date, which defaults to it) is the only date the package takes
/// from the clock, and the documents' own "generated on" dates are set to it; PDFs are made with
/// reports::reproduciblePdf(), the workbook with fixed properties, the ZIP with ZipWriter.
///
/// Parts that do not exist yet (no reform plan, no approved report) are left out, named in
/// bag-info.txt as Missing-Part and returned as warnings: the package is still made.
class SubmissionPackage
{
    Q_DECLARE_TR_FUNCTIONS(sd::package::SubmissionPackage)

public:
    /// Called before each step with its name (translated), the steps done and their number;
    /// returning false cancels the build.
    using Progress = std::function<bool(const QString &step, int done, int total)>;

    /// Makes the package of `options.year` from the records. Nullopt with `error` when the
    /// profile has no credit code, the scanned letter is not a PDF, a pack is unknown, a part
    /// fails, or `progress` cancels. Reads only. Switches the application's translators while
    /// the checks run when the document language differs from the current one (as the compliance
    /// report does): call it on the GUI thread, or from the CLI.
    [[nodiscard]] static std::optional<PackageResult> build(
        storage::Database &db, const PackageOptions &options, const Progress &progress, PackageError *error);

    /// What build() with `options` would put in the package and leave out, and the refusals it
    /// would make before rendering anything (no credit code, a scanned letter that is not a PDF,
    /// an unknown pack) — found from the records without rendering a document or running the
    /// checks, so that a screen can list the contents as the user fills in the form. Reads only,
    /// and never touches the application's translators: safe on a worker thread with a
    /// Database of its own (Database::openReader). A part whose rendering fails at build time is
    /// the only difference build() can show.
    [[nodiscard]] static std::optional<PackagePreview> preview(
        storage::Database &db, const PackageOptions &options, PackageError *error);

    /// Writes `result.zip` to `path` atomically (QSaveFile), then reads the file back and checks
    /// it: the same bytes, and a bag whose every manifest line holds (checkPackage()). False with
    /// a translated `error` (and no file left at `path` by this call) when any of it fails.
    static bool write(const PackageResult &result, const QString &path, QString *error);

    /// The check write() runs on the bytes written: PackageVerifier, the supervisor's own reader,
    /// so that a package is only written when the supervisor will accept it.
    static bool checkPackage(const QByteArray &zip, QString *error);

    /// "<credit code>-<year>".
    [[nodiscard]] static QString bagName(const QString &creditCode, int year);
    /// A regulation's file in the package: "<id>-<name>" with the name made ASCII-safe
    /// (letters, digits, ".", "_", "-"; "regulation" when nothing is left of it).
    [[nodiscard]] static QString regulationFileName(qint64 regulationId, const QString &fileName);
    /// A meeting's minutes in the package: "<number>.pdf", the meeting number as recorded
    /// ("2025-理-01.pdf", a UTF-8 name in the ZIP) with white space and the characters no file
    /// system takes (/ \ : * ? " < > |) made "_", and no leading dot.
    [[nodiscard]] static QString minutesFileName(const QString &meetingNumber);

    /// A part made for the package: its files (path under the bag → bytes) and the paths it
    /// could not provide, each "data/…: reason".
    struct Part
    {
        QMap<QString, QByteArray> files;
        QStringList missing;
    };

    /// The reform plan part: data/reform-plan.pdf and data/reform-plan.json of the first of
    /// `packs` with a plan for `year` (a plan of a further pack beside them as
    /// reform-plan-<pack>.pdf/.json); both named missing ("no reform plan for <year>") when none
    /// of the packs has one.
    [[nodiscard]] static Part reformPlanPart(storage::Database &db, int year, const QStringList &packs, QDate baggingDate);

private:
    struct Inputs;
    [[nodiscard]] static std::optional<Inputs> inputs(
        storage::Database &db, const PackageOptions &options, bool wholeLetter, PackageError *error);
};

} // namespace sd::package
