// Branch commands: `branches list`.

#include "CommandSupport.h"

#include "branches/BranchStore.h"
#include "util/Clock.h"
#include "validation/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd::cli {

/// The translation context of these commands' messages.
class BranchCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::BranchCommands)
};

namespace {

ExitCode runBranchesList(Context &ctx)
{
    QCommandLineParser parser;
    FormatOption format;
    const QCommandLineOption inactiveOn(QStringLiteral("inactive-on"),
        BranchCommands::tr("Only the branches inactive on DATE: 正常 with no activity in the 12 months before it."),
        BranchCommands::tr("DATE"));
    parser.addOptions({ format.option, inactiveOn });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            BranchCommands::tr("List the branches with kind, status, last activity and filings; inactive branches "
                               "(no activity in the 12 months before the date) are marked."),
            &code))
        return code;
    if (!format.read(ctx, parser))
        return Usage;
    QDate date = Clock::system().today();
    if (parser.isSet(inactiveOn)) {
        const validation::DateResult parsed = validation::parseDate(parser.value(inactiveOn), date);
        if (!parsed.isValid() || parsed.warning == validation::DateResult::Warning::MonthOnly) {
            ctx.err << BranchCommands::tr("societydesk-cli branches list: --inactive-on needs a full date such as 2026-06-30.")
                    << '\n';
            return Usage;
        }
        date = parsed.value;
    }
    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    const branches::BranchStore store(*db);
    QJsonArray list;
    QStringList lines;
    for (const branches::Branch &b : store.branches()) {
        const bool inactive = store.isInactive(b.id, date);
        if (parser.isSet(inactiveOn) && !inactive)
            continue;
        const QDate last = store.lastActivity(b.id, date);
        QJsonArray filings;
        QStringList filingText;
        for (const branches::Filing &f : store.filings(b.id)) {
            filings.append(QJsonObject { { QStringLiteral("kind"), branches::BranchText::code(f.kind) },
                { QStringLiteral("date"), f.date.toString(Qt::ISODate) }, { QStringLiteral("reference"), f.reference } });
            filingText << QString(branches::BranchText::sheetValue(f.kind) + u' ' + f.date.toString(Qt::ISODate));
        }
        list.append(QJsonObject { { QStringLiteral("name"), b.name }, { QStringLiteral("kind"), b.kind },
            { QStringLiteral("status"), branches::BranchText::code(b.status) },
            { QStringLiteral("last_activity"), last.isValid() ? QJsonValue(last.toString(Qt::ISODate)) : QJsonValue() },
            { QStringLiteral("inactive"), inactive }, { QStringLiteral("filings"), filings } });
        lines << QStringLiteral("%1  %2  %3  %4%5  %6")
                     .arg(b.name, b.kind, branches::BranchText::sheetValue(b.status),
                         last.isValid() ? BranchCommands::tr("last activity %1").arg(last.toString(Qt::ISODate))
                                        : BranchCommands::tr("no activity"),
                         inactive ? BranchCommands::tr(" (inactive)") : QString(),
                         filingText.isEmpty() ? BranchCommands::tr("no filings") : filingText.join(QStringLiteral(", ")));
    }
    if (format.json) {
        ctx.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const QString &line : std::as_const(lines))
        ctx.out << line << '\n';
    if (lines.isEmpty())
        ctx.out << BranchCommands::tr("No branches.") << '\n';
    return Ok;
}

} // namespace

ExitCode runBranches(Context &ctx)
{
    const QString sub = ctx.arguments.value(1);
    if (sub == QLatin1StringView("list")) {
        Context inner { ctx.databasePath, ctx.databaseGiven, ctx.operatorName,
            QStringList { QStringLiteral("branches list") } + ctx.arguments.mid(2), ctx.out, ctx.err };
        return runBranchesList(inner);
    }
    if (sub == QLatin1StringView("--help") || sub == QLatin1StringView("-h")) {
        ctx.out << BranchCommands::tr("Usage: societydesk-cli [--db FILE] branches list [--inactive-on DATE] [--format json]")
                << '\n';
        return Ok;
    }
    ctx.err << BranchCommands::tr("societydesk-cli branches: unknown subcommand \"%1\"; use branches list.").arg(sub) << '\n';
    return Usage;
}

} // namespace sd::cli
