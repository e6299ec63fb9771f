#include "CommandSupport.h"

#include "util/Clock.h"
#include "validation/Dates.h"

#include <QDir>
#include <QRegularExpression>

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

bool parseCommand(Context &ctx, QCommandLineParser &parser, const QString &description, ExitCode *code,
    const QList<std::pair<QString, QString>> &positional, QStringList *values)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, CommandSupport::tr("Show this help."));
    parser.addOption(help);
    for (const auto &[name, meaning] : positional)
        parser.addPositionalArgument(name, meaning);
    const QString command = ctx.arguments.value(0);
    QStringList arguments = ctx.arguments;
    if (!positional.isEmpty() && !arguments.contains(QStringLiteral("--"))) {
        // "-5" is an argument (a negative amount, refused later with its reason), not an option.
        static const QRegularExpression kNegative(QStringLiteral("^-[0-9]"));
        if (const qsizetype at = arguments.indexOf(kNegative, 1); at > 0)
            arguments.insert(at, QStringLiteral("--"));
    }
    if (!parser.parse(arguments)) {
        ctx.err << QStringLiteral("societydesk-cli %1: ").arg(command) << parser.errorText() << '\n';
        *code = Usage;
        return false;
    }
    if (parser.isSet(help)) {
        ctx.out << parser.helpText().replace(QCoreApplication::applicationFilePath(),
            QStringLiteral("societydesk-cli [--db FILE] ") + command);
        *code = Ok;
        return false;
    }
    const QStringList given = parser.positionalArguments();
    if (given.size() > positional.size()) {
        ctx.err << CommandSupport::tr("societydesk-cli %1: unexpected argument \"%2\"; see --help.")
                       .arg(command, given.value(positional.size()))
                << '\n';
        *code = Usage;
        return false;
    }
    if (given.size() < positional.size()) {
        QStringList names;
        for (qsizetype i = given.size(); i < positional.size(); ++i)
            names << positional.at(i).first;
        ctx.err << CommandSupport::tr("societydesk-cli %1: %2 is required; see --help.").arg(command, names.join(u' '))
                << '\n';
        *code = Usage;
        return false;
    }
    if (values)
        *values = given;
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

bool readDateOption(Context &ctx, const QCommandLineParser &parser, const QCommandLineOption &option, QDate *date)
{
    const QDate today = Clock::system().today();
    *date = today;
    if (!parser.isSet(option))
        return true;
    const validation::DateResult parsed = validation::parseDate(parser.value(option), today);
    if (!parsed.isValid() || parsed.warning == validation::DateResult::Warning::MonthOnly) {
        ctx.err << CommandSupport::tr("societydesk-cli %1: --%2 needs a full date such as 2026-06-30.")
                       .arg(ctx.arguments.value(0), option.names().constFirst())
                << '\n';
        return false;
    }
    *date = parsed.value;
    return true;
}

} // namespace sd::cli
