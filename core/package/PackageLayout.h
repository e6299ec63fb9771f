#pragma once

#include <QLatin1StringView>
#include <QtGlobal>

/// The submission package (报送包) a society sends its supervising association: names and limits
/// the writer (SubmissionPackage), the reader (PackageVerifier) and the supervisor's import share.
///
/// A package is one ZIP holding one BagIt bag (RFC 8493) as its only top-level directory:
///
///     <credit code>-<year>/
///         bagit.txt                 "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", no BOM
///         bag-info.txt              labels below, one "Label: value" per line, sorted as written here
///         manifest-sha256.txt       "<sha256 hex>  data/<path>\n" for every payload file, sorted by path
///         tagmanifest-sha256.txt    the same for bagit.txt, bag-info.txt and manifest-sha256.txt
///         data/…                    the payload (file names below)
///
/// The detached Ed25519 signature (`package sign`) is a separate file `<zip>.sig` beside the ZIP:
/// one line "ed25519 <base64 signature>\n" over the exact bytes of tagmanifest-sha256.txt.
namespace sd::package::layout {

// --- payload files (under data/)
inline constexpr QLatin1StringView kReformPlanPdf { "data/reform-plan.pdf" };
inline constexpr QLatin1StringView kReformPlanJson { "data/reform-plan.json" };
inline constexpr QLatin1StringView kCompliancePdf { "data/compliance.pdf" };
inline constexpr QLatin1StringView kComplianceJson { "data/compliance.json" }; ///< `check --format json`
inline constexpr QLatin1StringView kAnnualReportPdf { "data/annual-report.pdf" };
inline constexpr QLatin1StringView kAnnualReportHtml { "data/annual-report.html" };
inline constexpr QLatin1StringView kStatisticsXlsx { "data/statistics.xlsx" };
inline constexpr QLatin1StringView kCoverLetterPdf { "data/cover-letter.pdf" }; ///< generated, or the user's scan
inline constexpr QLatin1StringView kRegulationsDir { "data/regulations/" };     ///< the year's regulations' files
inline constexpr QLatin1StringView kMinutesDir { "data/minutes/" };             ///< "<meeting no>.pdf"

// --- tag files
inline constexpr QLatin1StringView kBagIt { "bagit.txt" };
inline constexpr QLatin1StringView kBagInfo { "bag-info.txt" };
inline constexpr QLatin1StringView kManifest { "manifest-sha256.txt" };
inline constexpr QLatin1StringView kTagManifest { "tagmanifest-sha256.txt" };
inline constexpr QLatin1StringView kFetch { "fetch.txt" }; ///< never allowed

// --- bag-info.txt labels (RFC 8493 reserved ones first, then SocietyDesk's own)
inline constexpr QLatin1StringView kSourceOrganization { "Source-Organization" }; ///< society name
inline constexpr QLatin1StringView kExternalIdentifier { "External-Identifier" }; ///< credit code
inline constexpr QLatin1StringView kBaggingDate { "Bagging-Date" };               ///< yyyy-MM-dd
inline constexpr QLatin1StringView kPayloadOxum { "Payload-Oxum" };               ///< "<bytes>.<files>"
inline constexpr QLatin1StringView kBagSoftwareAgent { "Bag-Software-Agent" };    ///< "SocietyDesk <version>"
inline constexpr QLatin1StringView kReportYear { "Report-Year" };
inline constexpr QLatin1StringView kRulePacks { "Rule-Packs" };   ///< pack ids joined by ", "
inline constexpr QLatin1StringView kMissingPart { "Missing-Part" }; ///< repeatable: "<data path>: <reason>"
inline constexpr QLatin1StringView kSupervisor { "Supervising-Association" };
/// Key figures for the supervisor's overview, all plain integers (absent when unknown):
inline constexpr QLatin1StringView kIndividualMembers { "Individual-Members" };  ///< on 31 Dec of the year
inline constexpr QLatin1StringView kUnitMembers { "Unit-Members" };
inline constexpr QLatin1StringView kCouncilSeats { "Council-Seats" };
inline constexpr QLatin1StringView kStandingCouncilSeats { "Standing-Council-Seats" };
inline constexpr QLatin1StringView kBranches { "Branches" };                    ///< active on 31 Dec
inline constexpr QLatin1StringView kMeetings { "Meetings" };                    ///< held in the year
inline constexpr QLatin1StringView kActivities { "Activities" };                ///< held in the year

// --- the reader's fixed limits (checked on the bytes actually inflated, not on the headers)
inline constexpr qint64 kMaxEntries = 10'000;
inline constexpr qint64 kMaxEntryBytes = 512LL * 1024 * 1024;
inline constexpr qint64 kMaxTotalBytes = 2LL * 1024 * 1024 * 1024;
inline constexpr qint64 kMaxZipBytes = 2LL * 1024 * 1024 * 1024;

/// The bag's directory: "<credit code>-<year>".
/// Fixed entry time in the ZIP: 1980-01-01 00:00 (the DOS epoch), so a package's bytes depend
/// on its records and the Bagging-Date only.

} // namespace sd::package::layout
