#include "CommandSupport.h"

#include <QDir>

namespace sd::cli {

/// The translation context of the shared messages.
class CommandSupport
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::CommandSupport)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool parseCommand(Context &ctx, QCommandLineParser &parser, const QString &description, ExitCode *code)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, CommandSupport::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(ctx.arguments)) {
        ctx.err << QStringLiteral("societydesk-cli %1: ").arg(ctx.arguments.value(0)) << parser.errorText() << '\n';
        *code = Usage;
        return false;
    }
    if (parser.isSet(help)) {
        ctx.out << parser.helpText().replace(QCoreApplication::applicationFilePath(),
            QStringLiteral("societydesk-cli [--db FILE] ") + ctx.arguments.value(0));
        *code = Ok;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        ctx.err << CommandSupport::tr("societydesk-cli %1: unexpected argument \"%2\"; see --help.")
                       .arg(ctx.arguments.value(0), parser.positionalArguments().constFirst())
                << '\n';
        *code = Usage;
        return false;
    }
    return true;
}

bool FormatOption::read(Context &ctx, const QCommandLineParser &parser)
{
    const QString value = parser.value(option);
    json = value == QLatin1StringView("json");
    if (json || value == QLatin1StringView("text"))
        return true;
    ctx.err << tr("societydesk-cli %1: --format must be text or json.").arg(ctx.arguments.value(0)) << '\n';
    return false;
}

ExitCode fail(Context &ctx, const storage::StorageError &error)
{
    ctx.err << error.message << '\n';
    return exitCodeFor(error);
}

std::unique_ptr<storage::Database> openExisting(Context &ctx, storage::StorageError *error)
{
    storage::Database::Options options;
    options.mode = storage::OpenMode::OpenExisting;
    options.operatorName = ctx.operatorName;
    auto db = storage::Database::open(ctx.databasePath, options, error);
    if (db && error->kind == storage::StorageError::Kind::TooNew) {
        ctx.err << error->message << '\n'; // a note, not a failure: reading works
        *error = {};
    }
    return db;
}

} // namespace sd::cli
