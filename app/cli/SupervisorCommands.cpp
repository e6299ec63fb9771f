// `supervisor …`: the supervising association's database of imported submission packages
// (core/supervisor). The database is named with --supervisor FILE on every subcommand; the
// global --db names a society file and is not used here.

#include "Commands.h"

#include "CommandSupport.h"

#include "package/Signature.h"
#include "supervisor/OverviewXlsx.h"
#include "supervisor/SupervisorStore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd::cli {

/// The translation context of the supervisor commands' messages.
class SupervisorCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::SupervisorCommands)
};

namespace {


QCommandLineOption supervisorOption()
{
    return QCommandLineOption(QStringLiteral("supervisor"),
        SupervisorCommands::tr("The supervisor database (.sdsupervisor); import and trust create it when it does not exist."), SupervisorCommands::tr("FILE"));
}

/// Parses options and any number of positional arguments (import FILE…).
bool parseFiles(Context &ctx, QCommandLineParser &parser, const QString &description, ExitCode *code,
    const QString &positionalName, QStringList *files)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, SupervisorCommands::tr("Show this help."));
    parser.addOption(help);
    if (!positionalName.isEmpty())
        parser.addPositionalArgument(positionalName, SupervisorCommands::tr("The submission packages (.zip); a .sig beside one is its signature."),
            positionalName + QStringLiteral("…"));
    const QString command = ctx.arguments.value(0);
    if (!parser.parse(ctx.arguments)) {
        ctx.err << QStringLiteral("societydesk-cli %1: ").arg(command) << parser.errorText() << '\n';
        *code = Usage;
        return false;
    }
    if (parser.isSet(help)) {
        ctx.out << parser.helpText().replace(QCoreApplication::applicationFilePath(), QStringLiteral("societydesk-cli ") + command);
        *code = Ok;
        return false;
    }
    *files = parser.positionalArguments();
    if (positionalName.isEmpty() && !files->isEmpty()) {
        ctx.err << SupervisorCommands::tr("societydesk-cli %1: unexpected argument \"%2\"; see --help.").arg(command, files->constFirst()) << '\n';
        *code = Usage;
        return false;
    }
    if (!positionalName.isEmpty() && files->isEmpty()) {
        ctx.err << SupervisorCommands::tr("societydesk-cli %1: %2 is required; see --help.").arg(command, positionalName) << '\n';
        *code = Usage;
        return false;
    }
    return true;
}

std::unique_ptr<supervisor::SupervisorStore> openStore(Context &ctx, const QCommandLineParser &parser,
    const QCommandLineOption &option, storage::OpenMode mode, ExitCode *code)
{
    if (!parser.isSet(option)) {
        ctx.err << SupervisorCommands::tr("societydesk-cli %1: --supervisor FILE is required.").arg(ctx.arguments.value(0)) << '\n';
        *code = Usage;
        return nullptr;
    }
    storage::StorageError error;
    auto store = supervisor::SupervisorStore::open(parser.value(option), mode, &error);
    if (!store) {
        *code = fail(ctx, error);
        return nullptr;
    }
    if (error.kind == storage::StorageError::Kind::TooNew)
        ctx.err << error.message << '\n';
    return store;
}

ExitCode runImport(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption db = supervisorOption();
    parser.addOption(db);
    ExitCode code = Ok;
    QStringList files;
    if (!parseFiles(ctx, parser,
            SupervisorCommands::tr("Verify and import submission packages. Re-importing a package changes nothing; a newer one for "
                   "the same society and year supersedes the old one; an older one is refused. Exit 1 when a package "
                   "was refused."),
            &code, SupervisorCommands::tr("FILE"), &files))
        return code;
    auto store = openStore(ctx, parser, db, storage::OpenMode::OpenOrCreate, &code);
    if (!store)
        return code;
    ExitCode result = Ok;
    for (const supervisor::ImportOutcome &o : store->import(files)) {
        using R = supervisor::ImportOutcome::Result;
        if (o.result == R::Refused) {
            ctx.err << QStringLiteral("%1: %2").arg(native(o.path), o.message) << '\n';
            result = FailureFound;
        } else {
            ctx.out << o.message << '\n';
        }
    }
    return result;
}

ExitCode runOverview(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption db = supervisorOption();
    FormatOption format;
    const QCommandLineOption year(QStringLiteral("year"), SupervisorCommands::tr("Only the packages of this report year (default: each society's latest)."),
        SupervisorCommands::tr("Y"));
    const QCommandLineOption out(QStringLiteral("out"), SupervisorCommands::tr("Write the overview to this spreadsheet (.xlsx)."), SupervisorCommands::tr("FILE.xlsx"));
    parser.addOptions({ db, year, out, format.option });
    ExitCode code = Ok;
    QStringList none;
    if (!parseFiles(ctx, parser, SupervisorCommands::tr("The overview: one row per society with its key figures and the status of every check."),
            &code, QString(), &none))
        return code;
    if (!format.read(ctx, parser))
        return Usage;
    std::optional<int> y;
    if (parser.isSet(year)) {
        bool ok = false;
        y = parser.value(year).toInt(&ok);
        if (!ok || *y < 1900 || *y > 9999) {
            ctx.err << SupervisorCommands::tr("societydesk-cli supervisor overview: --year must be a year such as 2025.") << '\n';
            return Usage;
        }
    }
    if (!parser.isSet(out) && !format.json) {
        ctx.err << SupervisorCommands::tr("societydesk-cli supervisor overview: --out FILE.xlsx or --format json is required.") << '\n';
        return Usage;
    }
    auto store = openStore(ctx, parser, db, storage::OpenMode::OpenExisting, &code);
    if (!store)
        return code;
    const supervisor::Overview overview = store->overview(y);
    if (parser.isSet(out)) {
        QString why;
        if (!supervisor::OverviewXlsx::save(overview, parser.value(out), &why)) {
            ctx.err << why << '\n';
            return StorageProblem;
        }
        ctx.err << SupervisorCommands::tr("Wrote the overview of %n society(ies) to %1.", nullptr, int(overview.rows.size()))
                       .arg(native(QFileInfo(parser.value(out)).absoluteFilePath()))
                << '\n';
    }
    if (format.json) {
        QJsonArray rows;
        for (const supervisor::OverviewRow &r : overview.rows) {
            QJsonObject figures;
            for (auto it = r.figures.cbegin(); it != r.figures.cend(); ++it)
                figures.insert(it.key(), double(it.value()));
            QJsonObject statuses;
            for (auto it = r.statuses.cbegin(); it != r.statuses.cend(); ++it)
                statuses.insert(it.key(), rules::FindingText::code(it.value()));
            rows.append(QJsonObject { { QStringLiteral("society"), r.submission.society },
                { QStringLiteral("credit_code"), r.submission.creditCode }, { QStringLiteral("year"), r.submission.year },
                { QStringLiteral("bagging_date"), r.submission.baggingDate.toString(Qt::ISODate) },
                { QStringLiteral("signature"), r.submission.signature },
                { QStringLiteral("missing_parts"), QJsonArray::fromStringList(r.submission.missingParts) },
                { QStringLiteral("figures"), figures }, { QStringLiteral("checks"), statuses } });
        }
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("checks"), QJsonArray::fromStringList(overview.checks) },
                                                      { QStringLiteral("rows"), rows } })
                                         .toJson(QJsonDocument::Indented));
    }
    return Ok;
}

ExitCode runTrust(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption db = supervisorOption();
    const QCommandLineOption code(QStringLiteral("credit-code"), SupervisorCommands::tr("The society's unified social credit code."), SupervisorCommands::tr("CODE"));
    const QCommandLineOption pubkey(QStringLiteral("pubkey"), SupervisorCommands::tr("The society's public key file (.pub)."), SupervisorCommands::tr("FILE"));
    parser.addOptions({ db, code, pubkey });
    ExitCode exit = Ok;
    QStringList none;
    if (!parseFiles(ctx, parser,
            SupervisorCommands::tr("Pin a society's public key: from now on its packages are imported only with a valid signature."),
            &exit, QString(), &none))
        return exit;
    if (!parser.isSet(code) || !parser.isSet(pubkey) || parser.value(code).trimmed().isEmpty()) {
        ctx.err << SupervisorCommands::tr("societydesk-cli supervisor trust: --credit-code CODE and --pubkey FILE are required.") << '\n';
        return Usage;
    }
    QString why;
    const auto key = package::Signature::readPublicKey(parser.value(pubkey), &why);
    if (!key) {
        ctx.err << SupervisorCommands::tr("societydesk-cli supervisor trust: %1: %2").arg(native(parser.value(pubkey)), why) << '\n';
        return InputRejected;
    }
    auto store = openStore(ctx, parser, db, storage::OpenMode::OpenOrCreate, &exit);
    if (!store)
        return exit;
    storage::StorageError error;
    if (!store->trust(parser.value(code).trimmed(), *key, &error))
        return fail(ctx, error);
    ctx.out << SupervisorCommands::tr("Pinned key %1 for %2.").arg(package::Signature::fingerprint(*key), parser.value(code).trimmed()) << '\n';
    return Ok;
}

ExitCode runList(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption db = supervisorOption();
    FormatOption format;
    parser.addOptions({ db, format.option });
    ExitCode code = Ok;
    QStringList none;
    if (!parseFiles(ctx, parser, SupervisorCommands::tr("List the imported packages, newest first, superseded ones marked."), &code, QString(), &none))
        return code;
    if (!format.read(ctx, parser))
        return Usage;
    auto store = openStore(ctx, parser, db, storage::OpenMode::OpenExisting, &code);
    if (!store)
        return code;
    const QList<supervisor::Submission> list = store->submissions();
    if (format.json) {
        QJsonArray array;
        for (const supervisor::Submission &s : list)
            array.append(QJsonObject { { QStringLiteral("id"), double(s.id) }, { QStringLiteral("society"), s.society },
                { QStringLiteral("credit_code"), s.creditCode }, { QStringLiteral("year"), s.year },
                { QStringLiteral("packs"), QJsonArray::fromStringList(s.packs) },
                { QStringLiteral("bagging_date"), s.baggingDate.toString(Qt::ISODate) },
                { QStringLiteral("sha256"), QString::fromLatin1(s.sha256) }, { QStringLiteral("file"), s.fileName },
                { QStringLiteral("signature"), s.signature },
                { QStringLiteral("imported_at"), s.importedAt.toString(Qt::ISODate) },
                { QStringLiteral("superseded_by"), s.supersededBy ? QJsonValue(double(s.supersededBy)) : QJsonValue() } });
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("submissions"), array } }).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const supervisor::Submission &s : list) {
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5").arg(s.creditCode, s.society).arg(s.year).arg(s.baggingDate.toString(Qt::ISODate), s.fileName);
        if (s.supersededBy)
            ctx.out << SupervisorCommands::tr("  (superseded)");
        ctx.out << '\n';
    }
    ctx.out << SupervisorCommands::tr("%n package(s).", nullptr, int(list.size())) << '\n';
    return Ok;
}

} // namespace

ExitCode runSupervisor(Context &ctx)
{
    const QString sub = ctx.arguments.value(1);
    const auto run = [&](ExitCode (*command)(Context &)) {
        Context c { ctx.databasePath, ctx.databaseGiven, ctx.operatorName,
            QStringList { QStringLiteral("supervisor ") + sub } + ctx.arguments.mid(2), ctx.out, ctx.err };
        return command(c);
    };
    if (sub == QLatin1StringView("import"))
        return run(runImport);
    if (sub == QLatin1StringView("overview"))
        return run(runOverview);
    if (sub == QLatin1StringView("trust"))
        return run(runTrust);
    if (sub == QLatin1StringView("list"))
        return run(runList);
    if (sub == QLatin1StringView("--help") || sub == QLatin1StringView("-h")) {
        ctx.out << SupervisorCommands::tr("Usage: societydesk-cli supervisor import FILE.zip... --supervisor FILE\n"
                          "       societydesk-cli supervisor overview --supervisor FILE [--year Y] --out FILE.xlsx [--format json]\n"
                          "       societydesk-cli supervisor trust --supervisor FILE --credit-code CODE --pubkey FILE\n"
                          "       societydesk-cli supervisor list --supervisor FILE [--format json]")
                << '\n';
        return Ok;
    }
    ctx.err << SupervisorCommands::tr("societydesk-cli supervisor: unknown subcommand \"%1\"; use supervisor import, overview, trust or list.").arg(sub)
            << '\n';
    return Usage;
}

} // namespace sd::cli
