// The submission package (报送包): `package export`, `package sign`, and `keys generate`; `package verify`
// lives in PackageVerifyCommand.cpp.

#include "CommandSupport.h"

#include "package/PackageLayout.h"
#include "package/PackageVerifier.h"
#include "package/Signature.h"
#include "package/SubmissionPackage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sd::cli {

/// The translation context of these commands' messages.
class PackageCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::PackageCommands)
};

namespace {

ExitCode runPackageExport(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), PackageCommands::tr("The report year (required)."),
        PackageCommands::tr("YEAR"));
    const QCommandLineOption pack(QStringLiteral("pack"),
        PackageCommands::tr("A rule pack to check against: a shipped pack's id or a pack file (.json); repeatable. "
                            "Default: the packs of the society setting rule_packs."),
        PackageCommands::tr("ID"));
    const QCommandLineOption out(QStringLiteral("out"), PackageCommands::tr("The package to write (.zip, required)."),
        PackageCommands::tr("FILE"));
    const QCommandLineOption reference(QStringLiteral("reference"),
        PackageCommands::tr("The cover letter's reference number (文号)."), PackageCommands::tr("TEXT"));
    const QCommandLineOption letter(QStringLiteral("letter"),
        PackageCommands::tr("The signed and stamped cover letter, scanned to PDF, to send instead of the generated one."),
        PackageCommands::tr("SCAN.pdf"));
    const QCommandLineOption date(QStringLiteral("date"),
        PackageCommands::tr("The cover letter's date (default: today)."), PackageCommands::tr("DATE"));
    parser.addOptions({ year, pack, out, reference, letter, date });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            PackageCommands::tr("Export the year's submission package (报送包) for the supervising association: one "
                                "ZIP holding a BagIt bag with the compliance report, the annual report when approved "
                                "or published, statistics.xlsx, the year's regulations and minutes, and the cover "
                                "letter. Parts that do not exist yet are left out with a warning. Prints the parts "
                                "and the ZIP's SHA-256."),
            &code))
        return code;
    bool ok = false;
    const int y = parser.value(year).toInt(&ok);
    if (!ok || y < 1900 || y > 9999) {
        ctx.err << PackageCommands::tr("societydesk-cli package export: --year needs a year such as 2025.") << '\n';
        return Usage;
    }
    const QString path = parser.value(out);
    if (path.isEmpty() || !path.endsWith(QLatin1StringView(".zip"), Qt::CaseInsensitive)) {
        ctx.err << PackageCommands::tr("societydesk-cli package export: --out takes a file ending in .zip.") << '\n';
        return Usage;
    }
    package::PackageOptions options;
    options.year = y;
    options.packs = parser.values(pack);
    options.cover.reference = parser.value(reference).trimmed();
    options.scannedCoverLetter = parser.value(letter);
    if (parser.isSet(date) && !readDateOption(ctx, parser, date, &options.cover.date))
        return Usage;

    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    package::PackageError problem;
    const std::optional<package::PackageResult> result = package::SubmissionPackage::build(*db, options, {}, &problem);
    if (!result) {
        ctx.err << PackageCommands::tr("societydesk-cli package export: %1").arg(problem.message) << '\n';
        return problem.kind == package::PackageError::Kind::Failed ? StorageProblem : InputRejected;
    }
    QString writeError;
    if (!package::SubmissionPackage::write(*result, path, &writeError)) {
        ctx.err << PackageCommands::tr("societydesk-cli package export: %1").arg(writeError) << '\n';
        return StorageProblem;
    }
    for (const QString &warning : result->warnings)
        ctx.err << PackageCommands::tr("Warning: %1").arg(warning) << '\n';
    for (const QString &part : result->parts)
        ctx.out << result->bag << QLatin1Char('/') << part << '\n';
    ctx.out << PackageCommands::tr("Wrote %1 (SHA-256 %2).").arg(native(QFileInfo(path).absoluteFilePath()), result->sha256)
            << '\n';
    return Ok;
}

ExitCode runPackageSign(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption key(QStringLiteral("key"),
        PackageCommands::tr("The society's secret key file (keys generate writes it; required)."), PackageCommands::tr("FILE"));
    parser.addOptions({ key });
    ExitCode code = Ok;
    QStringList values;
    if (!parseCommand(ctx, parser,
            PackageCommands::tr("Sign a submission package: writes FILE.zip.sig, an Ed25519 signature over the bag's "
                                "tagmanifest-sha256.txt. Only a valid package is signed."),
            &code, { { PackageCommands::tr("FILE.zip"), PackageCommands::tr("The package to sign.") } }, &values))
        return code;
    if (!parser.isSet(key)) {
        ctx.err << PackageCommands::tr("societydesk-cli package sign: --key FILE is required.") << '\n';
        return Usage;
    }
    const QString zipPath = values.constFirst();
    QString problem;
    const std::optional<QByteArray> secret = package::Signature::readSecretKey(parser.value(key), &problem);
    if (!secret) {
        ctx.err << PackageCommands::tr("societydesk-cli package sign: %1").arg(problem) << '\n';
        return InputRejected;
    }
    // Read through the supervisor's own reader, so that only a package it would accept is signed.
    package::PackageVerifier verifier;
    const package::VerifyReport &report = verifier.verify(zipPath);
    if (!report.ok) {
        ctx.err << PackageCommands::tr("societydesk-cli package sign: %1 is not a valid package: %2").arg(native(zipPath), report.describe())
                << '\n';
        return InputRejected;
    }
    const QByteArray signature = package::Signature::sign(verifier.tagManifest(), *secret);
    QSaveFile sig(zipPath + QStringLiteral(".sig"));
    if (signature.isEmpty() || !sig.open(QIODevice::WriteOnly)
        || sig.write(package::Signature::signatureText(signature)) < 0 || !sig.commit()) {
        ctx.err << PackageCommands::tr("societydesk-cli package sign: %1 cannot be written (%2).")
                       .arg(native(zipPath + QStringLiteral(".sig")), sig.errorString())
                << '\n';
        return StorageProblem;
    }
    ctx.out << PackageCommands::tr("Wrote %1.").arg(native(zipPath + QStringLiteral(".sig"))) << '\n';
    return Ok;
}

ExitCode runKeysGenerate(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
        PackageCommands::tr("The folder to write the key pair into (required; created when missing)."),
        PackageCommands::tr("DIR"));
    parser.addOptions({ out });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            PackageCommands::tr("Generate the society's Ed25519 key pair for signing packages: %1 (secret, readable "
                                "by you only; keep it out of the society file and safe) and %2 (public: give it to the "
                                "supervising association). An existing key is never overwritten.")
                .arg(package::Signature::secretKeyFileName(), package::Signature::publicKeyFileName()),
            &code))
        return code;
    if (parser.value(out).isEmpty()) {
        ctx.err << PackageCommands::tr("societydesk-cli keys generate: --out DIR is required.") << '\n';
        return Usage;
    }
    const QString dir = parser.value(out);
    const package::Signature::KeyPair pair = package::Signature::generate();
    QString problem;
    if (!package::Signature::writeKeyPair(dir, pair, &problem)) {
        ctx.err << PackageCommands::tr("societydesk-cli keys generate: %1").arg(problem) << '\n';
        const bool exists = QFileInfo::exists(QDir(dir).filePath(package::Signature::secretKeyFileName()))
            || QFileInfo::exists(QDir(dir).filePath(package::Signature::publicKeyFileName()));
        return exists ? InputRejected : StorageProblem;
    }
    ctx.out << PackageCommands::tr("Wrote %1 and %2 (fingerprint %3).")
                   .arg(native(QDir(dir).filePath(package::Signature::secretKeyFileName())),
                       native(QDir(dir).filePath(package::Signature::publicKeyFileName())),
                       package::Signature::fingerprint(pair.publicKey))
            << '\n';
    return Ok;
}

ExitCode dispatch(Context &ctx, const QString &command, const QList<std::pair<QLatin1StringView, ExitCode (*)(Context &)>> &subs,
    const QString &usage)
{
    const QString sub = ctx.arguments.value(1);
    for (const auto &[name, run] : subs) {
        if (sub == name) {
            Context c { ctx.databasePath, ctx.databaseGiven, ctx.operatorName,
                QStringList { command + QLatin1Char(' ') + sub } + ctx.arguments.mid(2), ctx.out, ctx.err };
            return run(c);
        }
    }
    if (sub == QLatin1StringView("--help") || sub == QLatin1StringView("-h")) {
        ctx.out << usage << '\n';
        return Ok;
    }
    ctx.err << usage << '\n';
    return Usage;
}

} // namespace

ExitCode runPackage(Context &ctx)
{
    return dispatch(ctx, QStringLiteral("package"),
        { { QLatin1StringView("export"), runPackageExport }, { QLatin1StringView("sign"), runPackageSign },
            { QLatin1StringView("verify"), runPackageVerify } },
        PackageCommands::tr("Usage: societydesk-cli package export --year Y [--pack ID]... --out FILE.zip [--reference TEXT] "
                            "[--letter SCAN.pdf] [--date DATE]\n"
                            "       societydesk-cli package sign FILE.zip --key FILE\n"
                            "       societydesk-cli package verify FILE.zip [--pubkey FILE] [--sig FILE] [--format json]"));
}

ExitCode runKeys(Context &ctx)
{
    return dispatch(ctx, QStringLiteral("keys"), { { QLatin1StringView("generate"), runKeysGenerate } },
        PackageCommands::tr("Usage: societydesk-cli keys generate --out DIR"));
}

} // namespace sd::cli
