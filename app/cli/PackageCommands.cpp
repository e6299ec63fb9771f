// `package …`: the submission package's commands. `verify` lives in PackageVerifyCommand.cpp;
// export, sign and `keys generate` are added here by the package writer's branch.

#include "Commands.h"

#include <QCoreApplication>

namespace sd::cli {

/// The translation context of the package commands' messages.
class PackageCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::PackageCommands)
};

ExitCode runPackage(Context &ctx)
{
    const QString sub = ctx.arguments.value(1);
    const auto run = [&](ExitCode (*command)(Context &)) {
        Context c { ctx.databasePath, ctx.databaseGiven, ctx.operatorName,
            QStringList { QStringLiteral("package ") + sub } + ctx.arguments.mid(2), ctx.out, ctx.err };
        return command(c);
    };
    if (sub == QLatin1StringView("verify"))
        return run(runPackageVerify);
    if (sub == QLatin1StringView("export") || sub == QLatin1StringView("sign")) {
        ctx.err << PackageCommands::tr("societydesk-cli package %1: not available in this build.").arg(sub) << '\n';
        return Usage;
    }
    if (sub == QLatin1StringView("--help") || sub == QLatin1StringView("-h")) {
        ctx.out << PackageCommands::tr("Usage: societydesk-cli package verify FILE.zip [--pubkey FILE] [--sig FILE] [--format json]")
                << '\n';
        return Ok;
    }
    ctx.err << PackageCommands::tr("societydesk-cli package: unknown subcommand \"%1\"; use package verify.").arg(sub) << '\n';
    return Usage;
}

} // namespace sd::cli
