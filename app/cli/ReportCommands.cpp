// Annual report commands (issue 8): `report annual` writes the year's report as PDF, HTML or ODT;
// `report status` shows and moves its workflow; `report finance` enters the yearly finance
// summary in the activity statement's categories, with the dues cross-check.
#include "CommandSupport.h"
#include "annual/AnnualReportStore.h"
#include "annual/Finance.h"
#include "reports/AnnualReportDocument.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd::cli {

/// The translation context of these commands' messages.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::ReportCommands)
};

namespace {

QJsonValue amountJson(std::optional<qint64> cents)
{
    return cents ? QJsonValue(annual::Finance::yuan(*cents)) : QJsonValue();
}

bool readYear(Context &ctx, const QCommandLineParser &parser, const QCommandLineOption &option, const char *command, int *year)
{
    bool ok = false;
    *year = parser.value(option).toInt(&ok);
    if (!parser.isSet(option) || !ok || *year < 1900 || *year > 2999) {
        ctx.err << ReportCommands::tr("societydesk-cli report %1: --year takes a year such as 2025.").arg(QLatin1StringView(command))
                << '\n';
        return false;
    }
    return true;
}

ExitCode runFinance(Context &ctx)
{
    QCommandLineParser parser;
    FormatOption format;
    const QCommandLineOption year(QStringLiteral("year"), ReportCommands::tr("The year of the summary (required)."),
        ReportCommands::tr("YEAR"));
    const QCommandLineOption set(QStringLiteral("set"),
        ReportCommands::tr("Enter an amount in yuan for a category, by its code or its Chinese name (dues=52000, "
                           "会费收入=52000); repeatable. All are checked first and saved together."),
        ReportCommands::tr("CATEGORY=AMOUNT"));
    parser.addOptions({ year, set, format.option });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            ReportCommands::tr("Show or enter the year's finance summary in the categories of the activity statement "
                               "(业务活动表), with the dues income checked against the dues register."),
            &code))
        return code;
    if (!format.read(ctx, parser))
        return Usage;
    int y = 0;
    if (!readYear(ctx, parser, year, "finance", &y))
        return Usage;
    QMap<QString, qint64> entered;
    for (const QString &item : parser.values(set)) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0) {
            ctx.err << ReportCommands::tr("societydesk-cli report finance: --set takes CATEGORY=AMOUNT, not \"%1\".").arg(item)
                    << '\n';
            return Usage;
        }
        const annual::FinanceCategory *category = annual::Finance::category(item.left(eq));
        if (!category) {
            QStringList codes;
            for (const annual::FinanceCategory &c : annual::Finance::categories())
                codes << QLatin1StringView(c.code);
            ctx.err << ReportCommands::tr("\"%1\" is not a category of the activity statement; use one of %2 or its Chinese name.")
                           .arg(item.left(eq), codes.join(QStringLiteral(", ")))
                    << '\n';
            return InputRejected;
        }
        const std::optional<qint64> cents = annual::Finance::parseYuan(item.mid(eq + 1));
        if (!cents) {
            ctx.err << ReportCommands::tr("\"%1\" is not an amount in yuan (at most two decimals).").arg(item.mid(eq + 1)) << '\n';
            return InputRejected;
        }
        entered.insert(QLatin1StringView(category->code), *cents);
    }

    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    annual::Finance finance(*db);
    if (!entered.isEmpty()) {
        if (db->isReadOnly()) {
            ctx.err << db->readOnlyReason() << '\n';
            return StorageProblem;
        }
        if (!finance.set(y, entered, &error))
            return fail(ctx, error);
    }
    const annual::FinanceSummary summary = finance.summary(y);
    const annual::DuesCrossCheck dues = finance.duesCrossCheck(y);
    const QString warning = dues.differs()
        ? ReportCommands::tr("The dues income entered (%1 yuan) differs from the %2 payment(s) the dues register shows "
                             "received in %3 (%4 yuan) by %5 yuan.")
              .arg(annual::Finance::yuan(*dues.entered))
              .arg(dues.payments)
              .arg(y)
              .arg(annual::Finance::yuan(dues.received), annual::Finance::yuan(*dues.entered - dues.received))
        : QString();

    if (format.json) {
        QJsonArray lines;
        for (const annual::FinanceCategory &c : annual::Finance::categories()) {
            const QString side = c.side == annual::FinanceCategory::Side::Income ? QStringLiteral("income")
                : c.side == annual::FinanceCategory::Side::Expense                ? QStringLiteral("expense")
                                                                                  : QStringLiteral("net_assets");
            lines.append(QJsonObject { { QStringLiteral("code"), QLatin1StringView(c.code) },
                { QStringLiteral("name"), QString::fromUtf16(c.zh) }, { QStringLiteral("side"), side },
                { QStringLiteral("amount"), amountJson(summary.amount(QLatin1StringView(c.code))) } });
        }
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject {
                                                       { QStringLiteral("year"), y },
                                                       { QStringLiteral("categories"), lines },
                                                       { QStringLiteral("income_total"), annual::Finance::yuan(summary.incomeTotal()) },
                                                       { QStringLiteral("expense_total"), annual::Finance::yuan(summary.expenseTotal()) },
                                                       { QStringLiteral("surplus"),
                                                           annual::Finance::yuan(summary.incomeTotal() - summary.expenseTotal()) },
                                                       { QStringLiteral("dues_check"),
                                                           QJsonObject { { QStringLiteral("entered"), amountJson(dues.entered) },
                                                               { QStringLiteral("received"), annual::Finance::yuan(dues.received) },
                                                               { QStringLiteral("payments"), dues.payments },
                                                               { QStringLiteral("differs"), dues.differs() } } },
                                                   })
                                           .toJson(QJsonDocument::Indented));
    } else {
        ctx.out << ReportCommands::tr("Finance summary %1 (yuan)").arg(y) << '\n';
        for (const annual::FinanceCategory &c : annual::Finance::categories()) {
            const std::optional<qint64> amount = summary.amount(QLatin1StringView(c.code));
            const QString zh = QString::fromUtf16(c.zh);
            const QString label = annual::Finance::label(c);
            ctx.out << ReportCommands::tr("  %1: %2", "a category and its amount")
                           .arg(label == zh ? zh : QString(zh + u' ' + label),
                               amount ? annual::Finance::yuan(*amount) : ReportCommands::tr("not entered"))
                    << '\n';
        }
        ctx.out << ReportCommands::tr("  Income %1, expenses %2, surplus %3")
                       .arg(annual::Finance::yuan(summary.incomeTotal()), annual::Finance::yuan(summary.expenseTotal()),
                           annual::Finance::yuan(summary.incomeTotal() - summary.expenseTotal()))
                << '\n';
    }
    if (!warning.isEmpty())
        ctx.err << ReportCommands::tr("Warning: %1").arg(warning) << '\n';
    return Ok;
}

ExitCode runAnnual(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), ReportCommands::tr("The year of the report (required)."),
        ReportCommands::tr("YEAR"));
    const QCommandLineOption version(QStringLiteral("version"),
        ReportCommands::tr("A saved version of the report (default: the working copy)."), ReportCommands::tr("N"));
    const QCommandLineOption out(QStringLiteral("out"),
        ReportCommands::tr("The file to write: .pdf, .html or .odt (required)."), ReportCommands::tr("FILE"));
    parser.addOptions({ year, version, out });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            ReportCommands::tr("Write the year's annual report (年度工作报告) as PDF, HTML or ODT. A year with no saved "
                               "report is written from the records alone, each narrative marked as not yet written "
                               "and every page marked as a draft."),
            &code))
        return code;
    int y = 0;
    if (!readYear(ctx, parser, year, "annual", &y))
        return Usage;
    int v = 0;
    if (parser.isSet(version)) {
        bool ok = false;
        v = parser.value(version).toInt(&ok);
        if (!ok || v < 1) {
            ctx.err << ReportCommands::tr("societydesk-cli report annual: --version takes a version number such as 2.") << '\n';
            return Usage;
        }
    }
    const QString path = parser.value(out);
    if (path.isEmpty() || !reports::isAnnualReportPath(path)) {
        ctx.err << ReportCommands::tr("societydesk-cli report annual: --out takes a file ending in .pdf, .html or .odt.") << '\n';
        return Usage;
    }
    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    QString message;
    const std::optional<reports::AnnualReportSource> source = reports::annualReportSource(*db, y, v, &message);
    if (!source) {
        ctx.err << message << '\n';
        return InputRejected;
    }
    if (!reports::saveAnnualReport(*source, path, reports::annualReportOptions(*db), &message)) {
        ctx.err << message << '\n';
        return StorageProblem;
    }
    if (!source->status)
        ctx.err << ReportCommands::tr("Note: no %1 report is saved; this one is the generated parts alone, marked as a draft.").arg(y)
                << '\n';
    ctx.out << ReportCommands::tr("Wrote the %1 annual report to %2.").arg(y).arg(native(path)) << '\n';
    return Ok;
}

ExitCode runStatus(Context &ctx)
{
    QCommandLineParser parser;
    FormatOption format;
    const QCommandLineOption year(QStringLiteral("year"), ReportCommands::tr("The year of the report (required)."),
        ReportCommands::tr("YEAR"));
    const QCommandLineOption set(QStringLiteral("set"),
        ReportCommands::tr("Move the report to draft, review, approved or published, one step at a time (draft also "
                           "starts a year's report from its records)."),
        ReportCommands::tr("STATUS"));
    const QCommandLineOption on(QStringLiteral("on"),
        ReportCommands::tr("The publication date with --set published (default: today)."), ReportCommands::tr("DATE"));
    parser.addOptions({ year, set, on, format.option });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            ReportCommands::tr("Show where the year's annual report stands — its status, publication date, versions and "
                               "the sections not yet written — or move it along draft → review → approved → published."),
            &code))
        return code;
    if (!format.read(ctx, parser))
        return Usage;
    int y = 0;
    if (!readYear(ctx, parser, year, "status", &y))
        return Usage;
    std::optional<annual::ReportStatus> wanted;
    if (parser.isSet(set)) {
        wanted = annual::AnnualReportStore::statusFromCode(parser.value(set));
        if (!wanted) {
            ctx.err << ReportCommands::tr("societydesk-cli report status: --set takes draft, review, approved or published, not \"%1\".")
                           .arg(parser.value(set))
                    << '\n';
            return Usage;
        }
    }
    QDate publishedOn;
    if (!readDateOption(ctx, parser, on, &publishedOn))
        return Usage;

    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    if (!parser.isSet(on))
        publishedOn = db->clock().today();
    annual::AnnualReportStore store(*db);
    if (wanted) {
        if (db->isReadOnly()) {
            ctx.err << db->readOnlyReason() << '\n';
            return StorageProblem;
        }
        if (!store.report(y)) {
            if (*wanted != annual::ReportStatus::Draft) {
                ctx.err << ReportCommands::tr("There is no %1 report yet; start it with --set draft.").arg(y) << '\n';
                return InputRejected;
            }
            if (!store.create(y, reports::annualFiguresSnapshot(*db, y), &error))
                return fail(ctx, error);
        } else if (!store.setStatus(y, *wanted, publishedOn, &error)) {
            return fail(ctx, error);
        }
    }

    const std::optional<annual::AnnualReport> report = store.report(y);
    QStringList blank;
    if (report) {
        for (const QString &section : annual::AnnualReportStore::sectionCodes()) {
            if (annual::AnnualReportStore::isBlank(report->content.narrative(section)))
                blank << section;
        }
    }
    const QList<annual::ReportVersion> versions = store.versions(y);
    if (format.json) {
        QJsonArray list;
        for (const annual::ReportVersion &v : versions) {
            list.append(QJsonObject { { QStringLiteral("version"), v.version },
                { QStringLiteral("saved_at"), v.savedAt.toString(Qt::ISODate) },
                { QStringLiteral("status"), annual::AnnualReportStore::statusCode(v.status) }, { QStringLiteral("note"), v.note } });
        }
        QJsonObject o { { QStringLiteral("year"), y },
            { QStringLiteral("status"), report ? QJsonValue(annual::AnnualReportStore::statusCode(report->status)) : QJsonValue() },
            { QStringLiteral("published_on"),
                report && report->publishedOn.isValid() ? QJsonValue(report->publishedOn.toString(Qt::ISODate)) : QJsonValue() },
            { QStringLiteral("figures_taken_at"),
                report && report->figuresTakenAt.isValid() ? QJsonValue(report->figuresTakenAt.toString(Qt::ISODate)) : QJsonValue() },
            { QStringLiteral("sections_not_written"), QJsonArray::fromStringList(blank) },
            { QStringLiteral("versions"), list } };
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (!report) {
        ctx.out << ReportCommands::tr("No %1 report is saved yet.").arg(y) << '\n';
        return Ok;
    }
    ctx.out << ReportCommands::tr("Annual report %1: %2").arg(y).arg(annual::AnnualReportStore::statusName(report->status));
    if (report->publishedOn.isValid())
        ctx.out << ReportCommands::tr(", published on %1").arg(report->publishedOn.toString(Qt::ISODate));
    ctx.out << '\n';
    QStringList titles;
    for (const QString &section : blank)
        titles << annual::AnnualReportStore::sectionTitle(section);
    if (!titles.isEmpty())
        ctx.out << ReportCommands::tr("  Not yet written: %1").arg(titles.join(ReportCommands::tr(", "))) << '\n';
    for (const annual::ReportVersion &v : versions) {
        ctx.out << ReportCommands::tr("  Version %1, %2, %3%4")
                       .arg(v.version)
                       .arg(v.savedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), annual::AnnualReportStore::statusName(v.status),
                           v.note.isEmpty() ? QString() : ReportCommands::tr(": %1", "a version's note after its status").arg(v.note))
                << '\n';
    }
    return Ok;
}

} // namespace

ExitCode runReport(Context &ctx)
{
    const QString sub = ctx.arguments.value(1);
    const auto run = [&](ExitCode (*command)(Context &)) {
        Context c { ctx.databasePath, ctx.databaseGiven, ctx.operatorName,
            QStringList { QStringLiteral("report ") + sub } + ctx.arguments.mid(2), ctx.out, ctx.err };
        return command(c);
    };
    if (sub == QLatin1StringView("annual"))
        return run(runAnnual);
    if (sub == QLatin1StringView("status"))
        return run(runStatus);
    if (sub == QLatin1StringView("finance"))
        return run(runFinance);
    if (sub == QLatin1StringView("--help") || sub == QLatin1StringView("-h")) {
        ctx.out << ReportCommands::tr("Usage: societydesk-cli report annual --year Y [--version V] --out FILE.pdf|.html|.odt\n"
                                      "       societydesk-cli report status --year Y [--set draft|review|approved|published] [--on DATE] [--format json]\n"
                                      "       societydesk-cli report finance --year Y [--set CATEGORY=AMOUNT]... [--format json]")
                << '\n';
        return Ok;
    }
    ctx.err << ReportCommands::tr("societydesk-cli report: unknown subcommand \"%1\"; use report annual, status or finance.").arg(sub)
            << '\n';
    return Usage;
}

} // namespace sd::cli
