// The member grades and dues standards: `grades list|add|rename|remove|default`,
// `dues-standard set|list`.

#include "CommandSupport.h"

#include "exchange/Fields.h"
#include "members/GradeStore.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sd::cli {

/// The translation context of these commands' messages.
class GradeCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::GradeCommands)
};

namespace {

using members::GradeStore;

/// The society file opened for a change: null (with `code`) when it cannot be, or is read-only.
std::unique_ptr<storage::Database> openForChange(Context &ctx, ExitCode *code)
{
    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db) {
        *code = fail(ctx, error);
        return nullptr;
    }
    if (db->isReadOnly()) {
        ctx.err << db->readOnlyReason() << '\n';
        *code = StorageProblem;
        return nullptr;
    }
    return db;
}

/// The grade named `name`, or nullopt with the message printed.
std::optional<qint64> gradeNamed(Context &ctx, const GradeStore &store, const QString &name)
{
    const std::optional<qint64> id = store.gradeIdByName(name);
    if (!id) {
        ctx.err << GradeCommands::tr("There is no grade named \"%1\"; see societydesk-cli grades list.").arg(name.trimmed())
                << '\n';
    }
    return id;
}

QString yuanText(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QChar(u'0'));
}

ExitCode runGradesList(Context &ctx)
{
    QCommandLineParser parser;
    FormatOption format;
    parser.addOption(format.option);
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            GradeCommands::tr("List the member grades in their order, with the default grade and how many members "
                              "hold each."),
            &code))
        return code;
    if (!format.read(ctx, parser))
        return Usage;
    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    const QList<members::GradeInfo> grades = GradeStore(*db).grades();
    if (format.json) {
        QJsonArray list;
        for (const members::GradeInfo &g : grades) {
            list.append(QJsonObject { { QStringLiteral("id"), g.id }, { QStringLiteral("name"), g.name },
                { QStringLiteral("rank"), g.rank }, { QStringLiteral("default"), g.isDefault },
                { QStringLiteral("members"), g.members } });
        }
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("grades"), list } }).toJson());
        return Ok;
    }
    for (const members::GradeInfo &g : grades) {
        ctx.out << QString::number(g.rank).rightJustified(3) << "  " << g.name << "  "
                << GradeCommands::tr("%n member(s)", nullptr, static_cast<int>(g.members))
                << (g.isDefault ? GradeCommands::tr(" (default)") : QString()) << '\n';
    }
    return Ok;
}

/// add, rename, remove, default: one grade named on the command line, one change.
ExitCode runGradeChange(Context &ctx, const QString &sub)
{
    QCommandLineParser parser;
    QList<std::pair<QString, QString>> names;
    QString description;
    if (sub == u"add") {
        names = { { GradeCommands::tr("NAME"), GradeCommands::tr("The new grade's name (at most 20 characters).") } };
        description = GradeCommands::tr("Add a member grade after the last one.");
    } else if (sub == u"rename") {
        names = { { GradeCommands::tr("OLD"), GradeCommands::tr("The grade's name.") },
            { GradeCommands::tr("NEW"), GradeCommands::tr("Its new name.") } };
        description = GradeCommands::tr("Rename a member grade; its members and dues standards keep it.");
    } else if (sub == u"remove") {
        names = { { GradeCommands::tr("NAME"), GradeCommands::tr("The grade's name.") } };
        description = GradeCommands::tr("Remove a member grade that no member holds and that is not the default; "
                                        "its dues standards go with it.");
    } else {
        names = { { GradeCommands::tr("NAME"), GradeCommands::tr("The grade's name.") } };
        description = GradeCommands::tr("Make a grade the default grade of new members.");
    }
    ExitCode code = Ok;
    QStringList values;
    if (!parseCommand(ctx, parser, description, &code, names, &values))
        return code;
    auto db = openForChange(ctx, &code);
    if (!db)
        return code;
    GradeStore store(*db);
    storage::StorageError error;
    if (sub == u"add") {
        const std::optional<qint64> id = store.addGrade(values.at(0), &error);
        if (!id)
            return fail(ctx, error);
        ctx.out << GradeCommands::tr("Added the grade \"%1\".").arg(values.at(0).trimmed()) << '\n';
        return Ok;
    }
    const std::optional<qint64> id = gradeNamed(ctx, store, values.at(0));
    if (!id)
        return InputRejected;
    if (sub == u"rename") {
        if (!store.renameGrade(*id, values.at(1), &error))
            return fail(ctx, error);
        ctx.out << GradeCommands::tr("Renamed the grade \"%1\" to \"%2\".").arg(values.at(0).trimmed(), values.at(1).trimmed())
                << '\n';
    } else if (sub == u"remove") {
        if (!store.removeGrade(*id, &error))
            return fail(ctx, error);
        ctx.out << GradeCommands::tr("Removed the grade \"%1\".").arg(values.at(0).trimmed()) << '\n';
    } else {
        if (!store.setDefaultGrade(*id, &error))
            return fail(ctx, error);
        ctx.out << GradeCommands::tr("\"%1\" is now the default grade.").arg(values.at(0).trimmed()) << '\n';
    }
    return Ok;
}

ExitCode runStandardSet(Context &ctx)
{
    QCommandLineParser parser;
    ExitCode code = Ok;
    QStringList values;
    if (!parseCommand(ctx, parser,
            GradeCommands::tr("Set what members of a grade pay in a year; it stays the standard of later years "
                              "until they have their own."),
            &code,
            { { GradeCommands::tr("GRADE"), GradeCommands::tr("The grade's name.") },
                { GradeCommands::tr("YEAR"), GradeCommands::tr("The year, 1949 to 2100.") },
                { GradeCommands::tr("AMOUNT"), GradeCommands::tr("The amount in yuan, e.g. 200 or 200.50.") } },
            &values))
        return code;
    bool yearOk = false;
    const int year = values.at(1).trimmed().toInt(&yearOk);
    if (!yearOk) {
        ctx.err << GradeCommands::tr("societydesk-cli dues-standard set: YEAR must be a year such as 2025, not \"%1\".")
                       .arg(values.at(1))
                << '\n';
        return Usage;
    }
    exchange::Cell cell;
    cell.kind = exchange::Cell::Kind::Text;
    cell.text = values.at(2);
    exchange::FieldContext context;
    const exchange::Field amount = exchange::fields::money()(cell, context);
    if (!amount.isValid()) {
        ctx.err << (context.errors.isEmpty() ? GradeCommands::tr("The amount is required.") : context.errors.constFirst())
                << '\n';
        return InputRejected;
    }
    auto db = openForChange(ctx, &code);
    if (!db)
        return code;
    GradeStore store(*db);
    const std::optional<qint64> id = gradeNamed(ctx, store, values.at(0));
    if (!id)
        return InputRejected;
    storage::StorageError error;
    if (!store.setStandard(*id, year, amount.number, &error))
        return fail(ctx, error);
    ctx.out << GradeCommands::tr("The dues standard of \"%1\" for %2 is %3 yuan.")
                   .arg(values.at(0).trimmed())
                   .arg(year)
                   .arg(yuanText(amount.number))
            << '\n';
    return Ok;
}

ExitCode runStandardList(Context &ctx)
{
    QCommandLineParser parser;
    FormatOption format;
    const QCommandLineOption yearOption(QStringLiteral("year"), GradeCommands::tr("Only the standards of this year."),
        GradeCommands::tr("YEAR"));
    parser.addOptions({ format.option, yearOption });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            GradeCommands::tr("List the dues standards by year and grade (amounts in yuan)."), &code))
        return code;
    if (!format.read(ctx, parser))
        return Usage;
    int year = 0;
    if (parser.isSet(yearOption)) {
        bool ok = false;
        year = parser.value(yearOption).trimmed().toInt(&ok);
        if (!ok || !GradeStore::yearProblem(year).isEmpty()) {
            ctx.err << GradeCommands::tr("societydesk-cli dues-standard list: --year needs a year from %1 to %2.")
                           .arg(GradeStore::kFirstYear)
                           .arg(GradeStore::kLastYear)
                    << '\n';
            return Usage;
        }
    }
    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    const QList<members::DuesStandard> standards = GradeStore(*db).standards(year);
    if (format.json) {
        QJsonArray list;
        for (const members::DuesStandard &s : standards) {
            list.append(QJsonObject { { QStringLiteral("grade"), s.grade }, { QStringLiteral("year"), s.year },
                { QStringLiteral("amount"), static_cast<double>(s.amountCents) / 100.0 } });
        }
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("standards"), list } }).toJson());
        return Ok;
    }
    if (standards.isEmpty()) {
        ctx.out << GradeCommands::tr("No dues standards.") << '\n';
        return Ok;
    }
    for (const members::DuesStandard &s : standards)
        ctx.out << s.year << "  " << yuanText(s.amountCents).rightJustified(12) << "  " << s.grade << '\n';
    return Ok;
}

/// The arguments of a subcommand as its own command ("grades add", NAME…).
Context subcommandContext(Context &ctx)
{
    return Context { ctx.databasePath, ctx.databaseGiven, ctx.operatorName,
        QStringList { ctx.arguments.value(0) + u' ' + ctx.arguments.value(1) } + ctx.arguments.mid(2), ctx.out, ctx.err };
}

} // namespace

ExitCode runGrades(Context &ctx)
{
    const QString sub = ctx.arguments.value(1);
    if (sub == u"list") {
        Context inner = subcommandContext(ctx);
        return runGradesList(inner);
    }
    if (sub == u"add" || sub == u"rename" || sub == u"remove" || sub == u"default") {
        Context inner = subcommandContext(ctx);
        return runGradeChange(inner, sub);
    }
    if (sub == u"--help" || sub == u"-h") {
        ctx.out << GradeCommands::tr("Usage: societydesk-cli [--db FILE] grades list [--format json]") << '\n'
                << GradeCommands::tr("       societydesk-cli [--db FILE] grades add NAME") << '\n'
                << GradeCommands::tr("       societydesk-cli [--db FILE] grades rename OLD NEW") << '\n'
                << GradeCommands::tr("       societydesk-cli [--db FILE] grades remove NAME") << '\n'
                << GradeCommands::tr("       societydesk-cli [--db FILE] grades default NAME") << '\n';
        return Ok;
    }
    ctx.err << GradeCommands::tr("societydesk-cli grades: unknown subcommand \"%1\"; use list, add, rename, remove or "
                                 "default.")
                   .arg(sub)
            << '\n';
    return Usage;
}

ExitCode runDuesStandard(Context &ctx)
{
    const QString sub = ctx.arguments.value(1);
    if (sub == u"set") {
        Context inner = subcommandContext(ctx);
        return runStandardSet(inner);
    }
    if (sub == u"list") {
        Context inner = subcommandContext(ctx);
        return runStandardList(inner);
    }
    if (sub == u"--help" || sub == u"-h") {
        ctx.out << GradeCommands::tr("Usage: societydesk-cli [--db FILE] dues-standard set GRADE YEAR AMOUNT") << '\n'
                << GradeCommands::tr("       societydesk-cli [--db FILE] dues-standard list [--year YEAR] [--format json]")
                << '\n';
        return Ok;
    }
    ctx.err << GradeCommands::tr("societydesk-cli dues-standard: unknown subcommand \"%1\"; use set or list.").arg(sub)
            << '\n';
    return Usage;
}

} // namespace sd::cli
