// `package verify`: the supervisor's check of a submission package (PackageVerifier), kept in
// a file of its own so that PackageCommands.cpp (export, sign, keys) stays another engineer's.

#include "Commands.h"

#include "CommandSupport.h"

#include "package/PackageVerifier.h"
#include "package/Signature.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd::cli {

/// The translation context of `package verify`'s messages.
class PackageVerifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::PackageVerifyCommand)
};

ExitCode runPackageVerify(Context &ctx)
{
    QCommandLineParser parser;
    FormatOption format;
    const QCommandLineOption pubkey(QStringLiteral("pubkey"),
        PackageVerifyCommand::tr("The society's public key file (.pub): the package must then carry a valid signature."), PackageVerifyCommand::tr("FILE"));
    const QCommandLineOption sig(QStringLiteral("sig"),
        PackageVerifyCommand::tr("The detached signature (default: FILE.zip.sig beside the package, when it exists)."), PackageVerifyCommand::tr("FILE"));
    parser.addOptions({ pubkey, sig, format.option });
    ExitCode code = Ok;
    QStringList values;
    if (!parseCommand(ctx, parser,
            PackageVerifyCommand::tr("Verify a submission package: signature (with --pubkey), tag manifest, manifests and payload. "
                    "Exit 0 when valid, 1 when invalid."),
            &code, { { PackageVerifyCommand::tr("FILE.zip"), PackageVerifyCommand::tr("The package.") } }, &values))
        return code;
    if (!format.read(ctx, parser))
        return Usage;
    const QString zipPath = values.constFirst();

    package::VerifyOptions options;
    if (parser.isSet(pubkey)) {
        QString why;
        options.publicKey = package::Signature::readPublicKey(parser.value(pubkey), &why);
        if (!options.publicKey) {
            ctx.err << PackageVerifyCommand::tr("societydesk-cli package verify: %1: %2").arg(native(parser.value(pubkey)), why) << '\n';
            return InputRejected;
        }
    }
    const QString sigPath = parser.isSet(sig) ? parser.value(sig) : zipPath + QStringLiteral(".sig");
    QString sigProblem;
    if (parser.isSet(sig) || QFileInfo::exists(sigPath)) {
        QFile file(sigPath);
        if (!file.open(QIODevice::ReadOnly)) {
            ctx.err << PackageVerifyCommand::tr("societydesk-cli package verify: %1 cannot be read.").arg(native(sigPath)) << '\n';
            return InputRejected;
        }
        QString why;
        options.signature = package::Signature::parseSignature(file.read(4096), &why);
        if (!options.signature)
            sigProblem = why;
    }

    package::PackageVerifier verifier(options);
    package::VerifyReport report = verifier.verify(zipPath);
    if (report.ok && !sigProblem.isEmpty()) {
        // A damaged signature file is an invalid signature, whether or not a key was given.
        report.ok = false;
        report.kind = package::Problem::SignatureInvalid;
        report.signature = package::SignatureState::Invalid;
        report.entry = QFileInfo(sigPath).fileName();
        report.message = sigProblem;
    }

    if (format.json) {
        QJsonArray files;
        for (const package::PayloadFile &f : std::as_const(report.files))
            files.append(QJsonObject { { QStringLiteral("path"), f.path }, { QStringLiteral("size"), double(f.size) },
                { QStringLiteral("sha256"), QString::fromLatin1(f.sha256) } });
        QJsonArray packs;
        for (const QString &p : report.info(package::layout::kRulePacks).split(u',', Qt::SkipEmptyParts))
            packs.append(p.trimmed());
        const QString year = report.info(package::layout::kReportYear);
        const QJsonObject json {
            { QStringLiteral("valid"), report.ok },
            { QStringLiteral("bag"), report.bag },
            { QStringLiteral("entry"), report.ok ? QJsonValue() : QJsonValue(report.entry) },
            { QStringLiteral("problem"), report.ok ? QJsonValue() : QJsonValue(package::PackageVerifier::problemName(report.kind)) },
            { QStringLiteral("message"), report.ok ? QJsonValue() : QJsonValue(report.message) },
            { QStringLiteral("society"), report.info(package::layout::kSourceOrganization) },
            { QStringLiteral("credit_code"), report.info(package::layout::kExternalIdentifier) },
            { QStringLiteral("year"), year.isEmpty() ? QJsonValue() : QJsonValue(year.toInt()) },
            { QStringLiteral("packs"), packs },
            { QStringLiteral("bagging_date"), report.info(package::layout::kBaggingDate) },
            { QStringLiteral("files"), files },
            { QStringLiteral("signature"), package::PackageVerifier::signatureName(report.signature) },
            { QStringLiteral("sha256"), QString::fromLatin1(report.zipSha256) },
        };
        ctx.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    }
    if (!report.ok) {
        ctx.err << report.describe() << '\n';
        return FailureFound;
    }
    if (!format.json) {
        ctx.out << PackageVerifyCommand::tr("%1: valid package %2 — %3 (%4), year %5, bagged %6; %n payload file(s).", nullptr,
                       int(report.files.size()))
                       .arg(native(zipPath), report.bag, report.info(package::layout::kSourceOrganization),
                           report.info(package::layout::kExternalIdentifier), report.info(package::layout::kReportYear),
                           report.info(package::layout::kBaggingDate))
                << '\n';
        const QString signature = report.signature == package::SignatureState::Valid
            ? PackageVerifyCommand::tr("Signature: valid (key %1).").arg(package::Signature::fingerprint(*options.publicKey))
            : report.signature == package::SignatureState::Unchecked
            ? PackageVerifyCommand::tr("Signature: present but not checked (give --pubkey to check it).")
            : PackageVerifyCommand::tr("Signature: none.");
        ctx.out << signature << '\n';
        ctx.out << PackageVerifyCommand::tr("SHA-256 of the package: %1").arg(QString::fromLatin1(report.zipSha256)) << '\n';
    }
    return Ok;
}

} // namespace sd::cli
