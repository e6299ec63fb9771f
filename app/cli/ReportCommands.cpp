// Annual report commands (issue 8). So far: `report finance`, the yearly finance summary in the
// activity statement's categories, with the dues cross-check.
#include "CommandSupport.h"
#include "annual/Finance.h"
#include "storage/Database.h"

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
    bool ok = false;
    const int y = parser.value(year).toInt(&ok);
    if (!parser.isSet(year) || !ok || y < 1900 || y > 2999) {
        ctx.err << ReportCommands::tr("societydesk-cli report finance: --year takes a year such as 2025.") << '\n';
        return Usage;
    }
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

} // namespace

ExitCode runReport(Context &ctx)
{
    const QString sub = ctx.arguments.value(1);
    if (sub == QLatin1StringView("finance")) {
        Context c { ctx.databasePath, ctx.databaseGiven, ctx.operatorName,
            QStringList { QStringLiteral("report finance") } + ctx.arguments.mid(2), ctx.out, ctx.err };
        return runFinance(c);
    }
    if (sub == QLatin1StringView("--help") || sub == QLatin1StringView("-h")) {
        ctx.out << ReportCommands::tr("Usage: societydesk-cli report finance --year Y [--set CATEGORY=AMOUNT]... [--format json]")
                << '\n';
        return Ok;
    }
    ctx.err << ReportCommands::tr("societydesk-cli report: unknown subcommand \"%1\"; use report finance.").arg(sub) << '\n';
    return Usage;
}

} // namespace sd::cli
