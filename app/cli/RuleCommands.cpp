// Rule pack commands: `packs list`, `packs validate FILE` and `check`.

#include "CommandSupport.h"

#include "i18n/Language.h"
#include "reports/ComplianceReport.h"
#include "rules/Engine.h"
#include "rules/RulePack.h"
#include "settings/SocietySettings.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"
#include "validation/Dates.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd::cli {

/// The translation context of these commands' messages.
class RuleCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::RuleCommands)
};

namespace {

void printJson(Context &ctx, const QJsonDocument &document)
{
    ctx.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

ExitCode runPacksList(Context &ctx)
{
    QCommandLineParser parser;
    FormatOption format;
    parser.addOptions({ format.option });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser, RuleCommands::tr("List the rule packs shipped with the application."), &code))
        return code;
    if (!format.read(ctx, parser))
        return Usage;
    QJsonArray list;
    QStringList lines;
    for (const QString &id : rules::PackLoader::builtinIds()) {
        rules::PackError error;
        const std::optional<rules::RulePack> pack = rules::PackLoader::builtin(id, &error);
        if (!pack) {
            ctx.err << error.text() << '\n';
            return InputRejected;
        }
        int checks = 0;
        for (const rules::Requirement &r : pack->requirements)
            checks += int(r.checks.size());
        list.append(QJsonObject { { QStringLiteral("id"), pack->id }, { QStringLiteral("title_zh"), pack->titleZh },
            { QStringLiteral("title_en"), pack->titleEn }, { QStringLiteral("partial"), pack->partial },
            { QStringLiteral("requirements"), int(pack->requirements.size()) }, { QStringLiteral("checks"), checks } });
        lines << RuleCommands::tr("%1  %2 / %3  %4 requirements, %5 checks%6")
                     .arg(pack->id, pack->titleZh, pack->titleEn)
                     .arg(pack->requirements.size())
                     .arg(checks)
                     .arg(pack->partial ? RuleCommands::tr(" (partial)") : QString());
    }
    if (format.json) {
        printJson(ctx, QJsonDocument(list));
        return Ok;
    }
    for (const QString &line : std::as_const(lines))
        ctx.out << line << '\n';
    return Ok;
}

ExitCode runPacksValidate(Context &ctx)
{
    QCommandLineParser parser;
    ExitCode code = Ok;
    QStringList values;
    if (!parseCommand(ctx, parser,
            RuleCommands::tr("Check a rule pack file: JSON, required fields, unique ids, known check functions and "
                             "parameters of the right types. Exit 0 when valid, 3 when refused."),
            &code, { { RuleCommands::tr("FILE"), RuleCommands::tr("The rule pack (.json).") } }, &values))
        return code;
    rules::PackError error;
    const std::optional<rules::RulePack> pack = rules::PackLoader::fromFile(values.constFirst(), &error);
    if (!pack) {
        ctx.err << error.text() << '\n';
        return InputRejected;
    }
    int checks = 0;
    for (const rules::Requirement &r : pack->requirements)
        checks += int(r.checks.size());
    ctx.out << RuleCommands::tr("%1: valid rule pack %2 (%3 requirements, %4 checks).")
                   .arg(native(values.constFirst()), pack->id)
                   .arg(pack->requirements.size())
                   .arg(checks)
            << '\n';
    return Ok;
}

} // namespace

ExitCode runPacks(Context &ctx)
{
    const QString sub = ctx.arguments.value(1);
    const auto inner = [&](const char *name) {
        return Context { ctx.databasePath, ctx.databaseGiven, ctx.operatorName,
            QStringList { QStringLiteral("packs ") + QLatin1StringView(name) } + ctx.arguments.mid(2), ctx.out, ctx.err };
    };
    if (sub == QLatin1StringView("list")) {
        Context c = inner("list");
        return runPacksList(c);
    }
    if (sub == QLatin1StringView("validate")) {
        Context c = inner("validate");
        return runPacksValidate(c);
    }
    if (sub == QLatin1StringView("--help") || sub == QLatin1StringView("-h")) {
        ctx.out << RuleCommands::tr("Usage: societydesk-cli packs list [--format json] | packs validate FILE") << '\n';
        return Ok;
    }
    ctx.err << RuleCommands::tr("societydesk-cli packs: unknown subcommand \"%1\"; use packs list or packs validate FILE.").arg(sub)
            << '\n';
    return Usage;
}

ExitCode runCheck(Context &ctx)
{
    QCommandLineParser parser;
    FormatOption format;
    const QCommandLineOption pack(QStringLiteral("pack"),
        RuleCommands::tr("A rule pack to evaluate: a shipped pack's id or a pack file (.json); repeatable. Default: the "
                         "packs of the society setting rule_packs."),
        RuleCommands::tr("ID"));
    const QCommandLineOption year(QStringLiteral("year"),
        RuleCommands::tr("The report year (default: the year of --on, else this year)."), RuleCommands::tr("YEAR"));
    const QCommandLineOption on(QStringLiteral("on"),
        RuleCommands::tr("The reference date (default: 31 December of the report year when it is over, else today)."),
        RuleCommands::tr("DATE"));
    const QCommandLineOption out(QStringLiteral("out"),
        RuleCommands::tr("Also write the compliance report to FILE: .pdf, or .odt to edit in Word or WPS, in the "
                         "society's document language."),
        RuleCommands::tr("FILE"));
    parser.addOptions({ format.option, pack, year, on, out });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            RuleCommands::tr("Evaluate rule packs and list the findings with status, measured value, threshold, "
                             "evidence, hint and citation. Exit 0 when no finding fails, 1 when any fails."),
            &code))
        return code;
    if (!format.read(ctx, parser))
        return Usage;
    const QString reportPath = parser.value(out);
    if (parser.isSet(out) && !reports::isComplianceReportPath(reportPath)) {
        ctx.err << RuleCommands::tr("societydesk-cli check: --out must name a .pdf or .odt file.") << '\n';
        return Usage;
    }
    QDate explicitDate; // none: the reference-date rule decides
    if (parser.isSet(on) && !readDateOption(ctx, parser, on, &explicitDate))
        return Usage;
    int reportYear = 0;
    if (parser.isSet(year)) {
        bool ok = false;
        reportYear = parser.value(year).toInt(&ok);
        if (!ok || reportYear < 1900 || reportYear > 9999) {
            ctx.err << RuleCommands::tr("societydesk-cli check: --year needs a year such as 2025.") << '\n';
            return Usage;
        }
    }

    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    if (reportYear == 0)
        reportYear = explicitDate.isValid() ? explicitDate.year() : db->clock().today().year();
    const QDate referenceDate = rules::Engine::referenceDate(reportYear, explicitDate, db->clock().today());

    const storage::ProfileStore profiles(*db);
    const QStringList wanted = parser.isSet(pack) ? parser.values(pack) : profiles.settings().list(SocietySetting::RulePacks);
    QList<rules::RulePack> packs;
    const QStringList shipped = rules::PackLoader::builtinIds();
    for (const QString &id : wanted) {
        rules::PackError packError;
        std::optional<rules::RulePack> loaded;
        if (shipped.contains(id))
            loaded = rules::PackLoader::builtin(id, &packError);
        else if (QFileInfo(id).isFile())
            loaded = rules::PackLoader::fromFile(id, &packError);
        else if (parser.isSet(pack)) {
            ctx.err << RuleCommands::tr("societydesk-cli check: \"%1\" is neither a shipped rule pack (%2) nor a pack file.")
                           .arg(id, shipped.join(QStringLiteral(", ")))
                    << '\n';
            return InputRejected;
        } else {
            continue; // a pack the settings name but this version does not ship yet
        }
        if (!loaded) {
            ctx.err << packError.text() << '\n';
            return InputRejected;
        }
        packs << *loaded;
    }

    const rules::ComplianceRun run = rules::Engine::run(*db, packs, reportYear, referenceDate);
    const QList<rules::Finding> &findings = run.findings;
    const bool anyFails = run.anyFails();
    const ExitCode result = anyFails ? FailureFound : Ok;

    // The report after the findings are printed: its failure to be written exits 4, not 0 or 1.
    const auto writeReport = [&]() -> ExitCode {
        if (!parser.isSet(out))
            return result;
        // The report is in the document language, its findings' texts too: when that is not the
        // language of these messages (--lang), the checks run again with it installed.
        const reports::ComplianceReportOptions options = reports::complianceReportOptions(*db);
        const rules::ComplianceRun reportRun = options.language == i18n::current()
            ? run
            : reports::complianceRunForReport(*db, packs, reportYear, referenceDate);
        QString problem;
        if (!reports::saveComplianceReport(reportRun, reportPath, options, &problem)) {
            ctx.err << RuleCommands::tr("societydesk-cli check: %1").arg(problem) << '\n';
            return StorageProblem;
        }
        ctx.err << RuleCommands::tr("Wrote the compliance report to %1.").arg(native(QFileInfo(reportPath).absoluteFilePath()))
                << '\n';
        return result;
    };

    if (format.json) {
        printJson(ctx, QJsonDocument(run.toJson()));
        ctx.out.flush();
        return writeReport();
    }

    ctx.out << RuleCommands::tr("%1 — report year %2, reference date %3").arg(profiles.profile().name).arg(reportYear)
                   .arg(referenceDate.toString(Qt::ISODate))
            << '\n';
    QMap<rules::Status, int> counts;
    for (const rules::Finding &f : findings) {
        ++counts[f.status];
        ctx.out << QStringLiteral("[%1] %2").arg(rules::FindingText::label(f.status), f.check);
        if (!f.measured.isEmpty())
            ctx.out << QStringLiteral(" — ") << f.measured;
        if (!f.threshold.isEmpty())
            ctx.out << RuleCommands::tr(" (required: %1)").arg(f.threshold);
        ctx.out << '\n';
        if (!f.hint.isEmpty())
            ctx.out << QStringLiteral("    ") << f.hint << '\n';
        for (const rules::Evidence &e : f.evidence)
            ctx.out << QStringLiteral("    · %1  %2").arg(e.id, e.name) << '\n';
        if (!f.settings.isEmpty())
            ctx.out << QStringLiteral("    ") << RuleCommands::tr("settings used: %1").arg(f.settings.join(QStringLiteral(", "))) << '\n';
    }
    QStringList summary;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        summary << QStringLiteral("%1 %2").arg(rules::FindingText::label(it.key())).arg(it.value());
    ctx.out << RuleCommands::tr("%n finding(s): %1", nullptr, int(findings.size())).arg(summary.join(QStringLiteral(", ")))
            << '\n';
    ctx.out.flush();
    return writeReport();
}

} // namespace sd::cli
