#include "ImportCommands.h"

#include "CommandSupport.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "members/MemberLayouts.h"
#include "registers/Registers.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sd::cli {

/// The translation context of the import, export and template commands.
class ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ImportCommands)
};

namespace {

using exchange::ImportOutcome;

/// Parses a command's options and exactly `positional.size()` arguments (named in --help), the
/// first being a register: parseCommand with positional arguments. Returns false with `code` set when
/// the command should stop (help shown = Ok, bad usage = Usage).
bool parseWith(Context &ctx, QCommandLineParser &parser, const QString &description,
    const QList<std::pair<QString, QString>> &positional, ExitCode *code)
{
    const QString command = ctx.arguments.value(0);
    QStringList given;
    if (!parseCommand(ctx, parser, description, code, positional, &given))
        return false;
    if (!registers::kinds().contains(given.constFirst())) {
        ctx.err << ImportCommands::tr("societydesk-cli %1: \"%2\" is not a register; use %3.")
                       .arg(command, given.constFirst(), registers::kinds().join(u'|'))
                << '\n';
        *code = Usage;
        return false;
    }
    return true;
}

QString kindArgumentHelp()
{
    return ImportCommands::tr("The register: members (个人会员), units (单位会员), dues (会费), terms (届), seats (任职), "
                              "staff (秘书处工作人员), regulations (制度), branches (分支机构), filings (备案), activities (活动), "
                              "meetings (会议), attendance (签到) or resolutions (决议).");
}

bool isSpreadsheetName(const QString &path)
{
    return path.endsWith(QLatin1StringView(".xlsx"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1StringView(".csv"), Qt::CaseInsensitive);
}

void printIssues(Context &ctx, const QString &title, const QList<exchange::ImportIssue> &issues)
{
    if (issues.isEmpty())
        return;
    ctx.out << title.arg(issues.size()) << '\n';
    for (const exchange::ImportIssue &i : issues) {
        ctx.out << "  ";
        if (i.line > 0)
            ctx.out << ImportCommands::tr("line %1").arg(i.line);
        if (!i.column.isEmpty())
            ctx.out << (i.line > 0 ? QStringLiteral(", ") : QString()) << i.column;
        if (!i.value.isEmpty())
            ctx.out << " \"" << QString(i.value).replace(u'\n', u' ') << '"';
        if (i.line > 0 || !i.column.isEmpty())
            ctx.out << ": ";
        ctx.out << i.reason << '\n';
    }
}

void printSummary(Context &ctx, const exchange::ImportReport &r)
{
    const QString file = native(r.file);
    switch (r.outcome) {
    case ImportOutcome::Written:
        ctx.out << ImportCommands::tr(
            "%1: %2 rows read, %3 valid, %4 written to %5 (%6 new, %7 updated, %8 skipped).")
                       .arg(file)
                       .arg(r.rowsRead)
                       .arg(r.rowsValid)
                       .arg(r.rowsWritten)
                       .arg(r.kind)
                       .arg(r.rowsInserted)
                       .arg(r.rowsUpdated)
                       .arg(r.rowsSkipped)
                << '\n';
        break;
    case ImportOutcome::Validated:
        ctx.out << ImportCommands::tr("%1: %2 rows read, %3 valid; a dry run, so nothing was written.")
                       .arg(file)
                       .arg(r.rowsRead)
                       .arg(r.rowsValid)
                << '\n';
        break;
    case ImportOutcome::Rejected:
        ctx.out << ImportCommands::tr(
            "%1: %2 rows read, %3 valid; the file was rejected and nothing was written.")
                       .arg(file)
                       .arg(r.rowsRead)
                       .arg(r.rowsValid)
                << '\n';
        break;
    case ImportOutcome::NotRun:
    case ImportOutcome::Unreadable:
    case ImportOutcome::Cancelled:
    case ImportOutcome::Failed:
        return; // one message, on stderr
    }
    printIssues(ctx, ImportCommands::tr("Errors (%1):"), r.errors);
    printIssues(ctx, ImportCommands::tr("Warnings (%1):"), r.warnings);
    if (!r.rejectsFile.isEmpty())
        ctx.out << ImportCommands::tr("The rejected rows are in %1, with the reason in the column 错误原因.")
                       .arg(native(r.rejectsFile))
                << '\n';
    if (r.outcome == ImportOutcome::Rejected && !r.errors.isEmpty() && r.errors.constFirst().line > 1)
        ctx.out << ImportCommands::tr(
            "Correct the rows listed, or import the valid rows alone with --skip-invalid "
            "--rejects FILE.")
                << '\n';
}

} // namespace

ExitCode runImport(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption sheet(QStringLiteral("sheet"),
        ImportCommands::tr("XLSX: the sheet to read (default: the first)."), ImportCommands::tr("NAME"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
        ImportCommands::tr("CSV: auto (default), utf-8 or gb18030."), ImportCommands::tr("ENCODING"),
        QStringLiteral("auto"));
    const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"),
        ImportCommands::tr("Write the valid rows even when others are rejected (needs --rejects)."));
    const QCommandLineOption rejects(QStringLiteral("rejects"),
        ImportCommands::tr(
            "With --skip-invalid: write the rejected rows here, with their reason (.xlsx or .csv)."),
        ImportCommands::tr("FILE"));
    const QCommandLineOption onDuplicate(QStringLiteral("on-duplicate"),
        ImportCommands::tr("Rows already in the register: error (default), skip or update."),
        ImportCommands::tr("WHAT"), QStringLiteral("error"));
    const QCommandLineOption report(QStringLiteral("report"),
        ImportCommands::tr("Write the report as JSON to FILE, whatever the outcome."),
        ImportCommands::tr("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
        ImportCommands::tr("Check the file against the register and report; write nothing."));
    FormatOption format;
    parser.addOptions({ sheet, encoding, skipInvalid, rejects, onDuplicate, report, dryRun, format.option });
    ExitCode code = Ok;
    if (!parseWith(ctx, parser,
            ImportCommands::tr(
                "Import a spreadsheet (.xlsx, or .csv in UTF-8 or GB18030) into a register. Every row "
                "is checked first; unless --skip-invalid, one bad row means nothing is written, and "
                "every bad row is reported. Exits 3 when the file is rejected."),
            { { QStringLiteral("KIND"), kindArgumentHelp() },
                { QStringLiteral("FILE"), ImportCommands::tr("The spreadsheet to import.") } },
            &code))
        return code;

    const QString kind = parser.positionalArguments().at(0);
    const QString file = parser.positionalArguments().at(1);
    const auto usage = [&](const QString &message) {
        ctx.err << QStringLiteral("societydesk-cli import: ") << message << '\n';
        return Usage;
    };
    if (!format.read(ctx, parser))
        return Usage;
    const QString enc = parser.value(encoding).toLower();
    if (enc != u"auto" && enc != u"utf-8" && enc != u"utf8" && enc != u"gb18030" && enc != u"gbk")
        return usage(ImportCommands::tr("--encoding must be auto, utf-8 or gb18030."));
    exchange::ImportOptions options;
    const QString dup = parser.value(onDuplicate);
    if (dup == u"error")
        options.onDuplicate = exchange::OnDuplicate::Error;
    else if (dup == u"skip")
        options.onDuplicate = exchange::OnDuplicate::Skip;
    else if (dup == u"update")
        options.onDuplicate = exchange::OnDuplicate::Update;
    else
        return usage(ImportCommands::tr("--on-duplicate must be error, skip or update."));
    if (parser.isSet(skipInvalid) != parser.isSet(rejects))
        return usage(ImportCommands::tr("--skip-invalid and --rejects FILE go together."));
    if (parser.isSet(rejects) && !isSpreadsheetName(parser.value(rejects)))
        return usage(ImportCommands::tr("--rejects must name a .xlsx or .csv file."));
    options.read.sheet = parser.value(sheet);
    options.read.encoding = enc == u"utf8" ? QStringLiteral("utf-8") : enc;
    options.skipInvalid = parser.isSet(skipInvalid);
    options.rejectsPath = parser.value(rejects);
    options.dryRun = parser.isSet(dryRun);

    exchange::Importer importer(registers::importLayout(kind), file, options);
    const auto writeReport = [&](const exchange::ImportReport &r) {
        QString why;
        if (parser.isSet(report) && !r.writeJson(parser.value(report), &why)) {
            ctx.err << why << '\n';
            return false;
        }
        return true;
    };

    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db) {
        exchange::ImportReport failed = importer.report();
        failed.outcome = ImportOutcome::Failed;
        failed.errors.append({ 0, QString(), QString(), error.message });
        writeReport(failed);
        ctx.err << error.message << '\n';
        return exitCodeFor(error);
    }
    const exchange::ImportReport &r = importer.run(*db);
    const bool reportWritten = writeReport(r);

    if (format.json)
        ctx.out << QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented));
    else
        printSummary(ctx, r);
    switch (r.outcome) {
    case ImportOutcome::Written:
        return reportWritten ? Ok : FailureFound;
    case ImportOutcome::Validated:
        return r.hasErrors() ? InputRejected : Ok;
    case ImportOutcome::Rejected:
        return InputRejected;
    case ImportOutcome::Unreadable:
        ctx.err << r.failure << '\n';
        return InputRejected;
    case ImportOutcome::Cancelled:
        ctx.err << r.failure << '\n';
        return FailureFound;
    case ImportOutcome::Failed:
    case ImportOutcome::NotRun:
        break;
    }
    ctx.err << r.failure << '\n';
    return importer.storageError().isError() ? exitCodeFor(importer.storageError()) : StorageProblem;
}

ExitCode runExport(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption out({ QStringLiteral("o"), QStringLiteral("out") },
        ImportCommands::tr("The file to write: .xlsx or .csv."), ImportCommands::tr("FILE"));
    const QCommandLineOption unmasked(QStringLiteral("unmasked"),
        ImportCommands::tr("Write full ID numbers, phones and emails (recorded in the audit log)."));
    const QCommandLineOption status(QStringLiteral("status"),
        ImportCommands::tr("Only rows with these statuses, comma-separated (正常,欠费,…)."),
        ImportCommands::tr("LIST"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
        ImportCommands::tr("CSV: utf-8 (with a BOM, the default) or gb18030."),
        ImportCommands::tr("ENCODING"), QStringLiteral("utf-8"));
    parser.addOptions({ out, unmasked, status, encoding });
    ExitCode code = Ok;
    if (!parseWith(ctx, parser,
            ImportCommands::tr(
                "Export a register in the layout it is imported in. ID numbers, phones and emails "
                "are masked unless --unmasked."),
            { { QStringLiteral("KIND"), kindArgumentHelp() } }, &code))
        return code;
    const auto usage = [&](const QString &message) {
        ctx.err << QStringLiteral("societydesk-cli export: ") << message << '\n';
        return Usage;
    };
    if (!parser.isSet(out) || !isSpreadsheetName(parser.value(out)))
        return usage(ImportCommands::tr("--out FILE.xlsx or FILE.csv is required."));
    exchange::ExportOptions options;
    const QString enc = parser.value(encoding).toLower();
    if (enc == u"utf-8" || enc == u"utf8")
        options.encoding = exchange::WriteOptions::Encoding::Utf8Bom;
    else if (enc == u"gb18030" || enc == u"gbk")
        options.encoding = exchange::WriteOptions::Encoding::Gb18030;
    else
        return usage(ImportCommands::tr("--encoding must be utf-8 or gb18030."));
    options.unmasked = parser.isSet(unmasked);
    for (const QString &s : parser.values(status))
        options.statuses << s.split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts);
    const auto source = registers::exportSource(parser.positionalArguments().constFirst());
    if (QString why; !source->checkOptions(options, &why))
        return usage(why);

    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    const QString target = QFileInfo(parser.value(out)).absoluteFilePath();
    if (target == db->path()) {
        ctx.err << ImportCommands::tr("societydesk-cli export: --out must not be the society file itself.")
                << '\n';
        return InputRejected;
    }
    const exchange::ExportResult result = exchange::Exporter::run(*db, *source, target, options);
    switch (result.outcome) {
    case exchange::ExportResult::Outcome::Written:
        if (options.unmasked) {
            ctx.out << ImportCommands::tr(
                "Exported %1 rows of %2 to %3, unmasked (SHA-256 %4, recorded in the audit log).")
                           .arg(result.rows)
                           .arg(source->kind(), native(result.file), result.sha256)
                    << '\n';
        } else {
            ctx.out << ImportCommands::tr(
                "Exported %1 rows of %2 to %3, with ID numbers, phones and emails masked.")
                           .arg(result.rows)
                           .arg(source->kind(), native(result.file))
                    << '\n';
        }
        return Ok;
    case exchange::ExportResult::Outcome::Rejected:
        ctx.err << result.failure << '\n';
        return InputRejected;
    case exchange::ExportResult::Outcome::Cancelled:
        ctx.err << result.failure << '\n';
        return FailureFound;
    case exchange::ExportResult::Outcome::Failed:
        break;
    }
    ctx.err << result.failure << '\n';
    return StorageProblem;
}

ExitCode runTemplate(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption out({ QStringLiteral("o"), QStringLiteral("out") },
        ImportCommands::tr("The file to write: .xlsx or .csv (UTF-8 with a BOM)."),
        ImportCommands::tr("FILE"));
    parser.addOption(out);
    ExitCode code = Ok;
    if (!parseWith(ctx, parser,
            ImportCommands::tr(
                "Write an import template (下载导入模板): the register's column headers and one "
                "example row. Needs no society file."),
            { { QStringLiteral("KIND"), kindArgumentHelp() } }, &code))
        return code;
    if (!parser.isSet(out) || !isSpreadsheetName(parser.value(out))) {
        ctx.err << QStringLiteral("societydesk-cli template: ")
                << ImportCommands::tr("--out FILE.xlsx or FILE.csv is required.") << '\n';
        return Usage;
    }
    const QString kind = parser.positionalArguments().constFirst();
    exchange::WriteError error;
    if (!exchange::Exporter::writeTemplate(*registers::exportSource(kind), parser.value(out), {}, &error)) {
        ctx.err << error.message << '\n';
        return StorageProblem;
    }
    ctx.out << ImportCommands::tr("Wrote the %1 template to %2.")
                   .arg(kind, native(QFileInfo(parser.value(out)).absoluteFilePath()))
            << '\n';
    return Ok;
}

} // namespace sd::cli
