// Reform plan commands (issue 9): `plan create|show|choose|task|problems|progress|export`.
#include "CommandSupport.h"
#include "plan/ReformPlanStore.h"
#include "reports/ReformPlanDocument.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QJsonDocument>

namespace sd::cli {

/// The translation context of these commands' messages.
class PlanCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::PlanCommands)
};

namespace {

/// The options every plan subcommand takes: --year and --pack.
struct PlanOptions
{
    QCommandLineOption year { QStringLiteral("year"), PlanCommands::tr("The plan's year (required)."), PlanCommands::tr("YEAR") };
    QCommandLineOption pack { QStringLiteral("pack"), PlanCommands::tr("The plan's rule pack, e.g. cast-2017 (required)."),
        PlanCommands::tr("PACK") };
    int y = 0;

    bool read(Context &ctx, const QCommandLineParser &parser, const QString &command)
    {
        bool ok = false;
        y = parser.value(year).toInt(&ok);
        if (!parser.isSet(year) || !ok || y < 1900 || y > 2999) {
            ctx.err << PlanCommands::tr("societydesk-cli %1: --year takes a year such as 2025.").arg(command) << '\n';
            return false;
        }
        if (parser.value(pack).trimmed().isEmpty()) {
            ctx.err << PlanCommands::tr("societydesk-cli %1: --pack names the plan's rule pack, e.g. cast-2017.").arg(command) << '\n';
            return false;
        }
        return true;
    }
};

std::unique_ptr<storage::Database> openWritable(Context &ctx, storage::StorageError *error, ExitCode *code)
{
    auto db = openExisting(ctx, error);
    if (!db) {
        *code = fail(ctx, *error);
        return nullptr;
    }
    if (db->isReadOnly()) {
        ctx.err << db->readOnlyReason() << '\n';
        *code = StorageProblem;
        return nullptr;
    }
    return db;
}

/// The plan of --year/--pack; nullopt with the message printed when there is none.
std::optional<plan::ReformPlan> existingPlan(Context &ctx, storage::Database &db, const PlanOptions &o, const QCommandLineParser &parser)
{
    std::optional<plan::ReformPlan> p = plan::ReformPlanStore(db).plan(o.y, parser.value(o.pack));
    if (!p)
        ctx.err << PlanCommands::tr("There is no %1 reform plan for %2; start it with plan create.").arg(o.y).arg(parser.value(o.pack)) << '\n';
    return p;
}

/// The plan's task named by --task (CAST17-12 …); null with the message printed when it has none.
/// (tr() fully qualified: lupdate loses the namespace in a function returning a plan:: pointer.)
const plan::PlanTask *existingTask(Context &ctx, const plan::ReformPlan &p, const QString &id)
{
    const plan::PlanTask *t = p.task(id.trimmed());
    if (!t)
        ctx.err << sd::cli::PlanCommands::tr("The plan has no task \"%1\".").arg(id) << '\n';
    return t;
}

ExitCode runCreate(Context &ctx)
{
    QCommandLineParser parser;
    PlanOptions o;
    const QCommandLineOption start(QStringLiteral("start"), PlanCommands::tr("The day the plan starts, within its year (default: January)."),
        PlanCommands::tr("DATE"));
    parser.addOptions({ o.year, o.pack, start });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            PlanCommands::tr("Start the year's reform plan for a rule pack: its problems from the failing and missing-data "
                             "findings, its mandatory tasks."),
            &code))
        return code;
    if (!o.read(ctx, parser, QStringLiteral("plan create")))
        return Usage;
    QDate startedOn;
    if (parser.isSet(start)) {
        startedOn = QDate::fromString(parser.value(start), Qt::ISODate);
        if (!startedOn.isValid()) {
            ctx.err << PlanCommands::tr("societydesk-cli plan create: --start takes a date such as 2025-03-01.") << '\n';
            return Usage;
        }
    }
    storage::StorageError error;
    auto db = openWritable(ctx, &error, &code);
    if (!db)
        return code;
    plan::ReformPlanStore store(*db);
    if (!store.create(o.y, parser.value(o.pack), startedOn, &error))
        return fail(ctx, error);
    const std::optional<plan::ReformPlan> p = store.plan(o.y, parser.value(o.pack));
    const std::optional<plan::TaskCatalogue> c = store.taskCatalogue(parser.value(o.pack), o.y);
    ctx.out << PlanCommands::tr("Started the %1 reform plan for %2 with %3 mandatory tasks.").arg(o.y).arg(parser.value(o.pack)).arg(p->tasks.size())
            << '\n';
    if (c && c->minimum > 0)
        ctx.out << PlanCommands::tr("Choose at least %1 of the optional tasks %2 with plan choose.").arg(c->minimum).arg(c->optionalRange()) << '\n';
    return Ok;
}

ExitCode runShow(Context &ctx)
{
    QCommandLineParser parser;
    PlanOptions o;
    FormatOption format;
    parser.addOptions({ o.year, o.pack, format.option });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            PlanCommands::tr("Show the reform plan: problems, tasks with their targets, deadlines and owners, and the "
                             "monthly progress; --format json prints reform-plan.json."),
            &code))
        return code;
    if (!format.read(ctx, parser) || !o.read(ctx, parser, QStringLiteral("plan show")))
        return Usage;
    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    const std::optional<plan::ReformPlan> p = existingPlan(ctx, *db, o, parser);
    if (!p)
        return InputRejected;
    if (format.json) {
        ctx.out << QString::fromUtf8(reports::reformPlanJson(*db, o.y, parser.value(o.pack))) << '\n';
        return Ok;
    }
    ctx.out << PlanCommands::tr("Reform plan %1, %2").arg(p->year).arg(p->pack) << '\n';
    ctx.out << PlanCommands::tr("Problems:") << '\n';
    for (const QString &line : p->problems.split(u'\n', Qt::SkipEmptyParts))
        ctx.out << QStringLiteral("  ") << line << '\n';
    const plan::ProgressGrid grid = plan::ReformPlanStore::progressGrid(*p, db->clock().today());
    for (int r = 0; r < grid.tasks.size(); ++r) {
        const plan::PlanTask *t = p->task(grid.taskIds.at(r));
        ctx.out << QStringLiteral("%1 [%2] %3").arg(t->task, plan::ReformPlanStore::kindCode(t->kind), t->title) << '\n';
        ctx.out << QStringLiteral("  ")
                << PlanCommands::tr("indicator: %1; baseline: %2; target: %3; deadline: %4; owner: %5; status: %6")
                       .arg(t->indicator, t->baseline, t->target, t->deadline.toString(Qt::ISODate), t->owner,
                           plan::ReformPlanStore::statusName(t->status))
                << '\n';
        QString cells;
        for (int c = 0; c < grid.months.size(); ++c) {
            const plan::GridCell &cell = grid.cell(r, c);
            cells += QStringLiteral(" %1:%2").arg(grid.months.at(c).mid(5),
                cell.state == plan::CellState::Entered ? cell.value : cell.state == plan::CellState::Missing ? QStringLiteral("MISSING") : QStringLiteral("-"));
        }
        ctx.out << QStringLiteral("  ") << PlanCommands::tr("progress:") << cells << '\n';
    }
    ctx.out << PlanCommands::tr("%n monthly entry(ies) missing.", nullptr, grid.missing) << '\n';
    return Ok;
}

ExitCode runChoose(Context &ctx)
{
    QCommandLineParser parser;
    PlanOptions o;
    const QCommandLineOption task(QStringLiteral("task"),
        PlanCommands::tr("An optional task to choose (repeatable or a comma list); the plan's optional tasks become exactly these."),
        PlanCommands::tr("ID"));
    parser.addOptions({ o.year, o.pack, task });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser, PlanCommands::tr("Choose the plan's optional tasks (CAST 2017: at least 5 of tasks 12–24)."), &code))
        return code;
    if (!o.read(ctx, parser, QStringLiteral("plan choose")))
        return Usage;
    QStringList tasks;
    for (const QString &v : parser.values(task))
        tasks << v.split(u',', Qt::SkipEmptyParts);
    storage::StorageError error;
    auto db = openWritable(ctx, &error, &code);
    if (!db)
        return code;
    const std::optional<plan::ReformPlan> p = existingPlan(ctx, *db, o, parser);
    if (!p)
        return InputRejected;
    if (!plan::ReformPlanStore(*db).chooseOptional(p->id, tasks, &error))
        return fail(ctx, error);
    ctx.out << PlanCommands::tr("The %1 plan for %2 has %3 optional tasks.").arg(o.y).arg(p->pack).arg(plan::ReformPlanStore(*db).plan(p->id)->optionalCount())
            << '\n';
    return Ok;
}

ExitCode runTask(Context &ctx)
{
    QCommandLineParser parser;
    PlanOptions o;
    const QCommandLineOption task(QStringLiteral("task"), PlanCommands::tr("The task, e.g. CAST17-12 (required)."), PlanCommands::tr("ID"));
    const QCommandLineOption indicator(QStringLiteral("indicator"), PlanCommands::tr("The indicator measured."), PlanCommands::tr("TEXT"));
    const QCommandLineOption baseline(QStringLiteral("baseline"), PlanCommands::tr("Where the society starts."), PlanCommands::tr("TEXT"));
    const QCommandLineOption target(QStringLiteral("target"), PlanCommands::tr("The target value."), PlanCommands::tr("TEXT"));
    const QCommandLineOption steps(QStringLiteral("steps"), PlanCommands::tr("The work steps."), PlanCommands::tr("TEXT"));
    const QCommandLineOption deadline(QStringLiteral("deadline"), PlanCommands::tr("The deadline (empty clears it)."), PlanCommands::tr("DATE"));
    const QCommandLineOption owner(QStringLiteral("owner"), PlanCommands::tr("The person responsible."), PlanCommands::tr("NAME"));
    const QCommandLineOption status(QStringLiteral("status"),
        PlanCommands::tr("not_started, in_progress, done or deferred."), PlanCommands::tr("STATUS"));
    parser.addOptions({ o.year, o.pack, task, indicator, baseline, target, steps, deadline, owner, status });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser, PlanCommands::tr("Set a task's indicator, baseline, target, steps, deadline, owner or status."), &code))
        return code;
    if (!o.read(ctx, parser, QStringLiteral("plan task")))
        return Usage;
    plan::TaskFields f;
    const auto text = [&](const QCommandLineOption &opt, std::optional<QString> &out) {
        if (parser.isSet(opt))
            out = parser.value(opt);
    };
    text(indicator, f.indicator);
    text(baseline, f.baseline);
    text(target, f.target);
    text(steps, f.steps);
    text(owner, f.owner);
    if (parser.isSet(deadline)) {
        const QDate d = QDate::fromString(parser.value(deadline), Qt::ISODate);
        if (!d.isValid() && !parser.value(deadline).isEmpty()) {
            ctx.err << PlanCommands::tr("societydesk-cli plan task: --deadline takes a date such as 2025-12-31.") << '\n';
            return Usage;
        }
        f.deadline = d;
    }
    if (parser.isSet(status)) {
        f.status = plan::ReformPlanStore::statusFromCode(parser.value(status));
        if (!f.status) {
            ctx.err << PlanCommands::tr("societydesk-cli plan task: --status takes not_started, in_progress, done or deferred.") << '\n';
            return Usage;
        }
    }
    storage::StorageError error;
    auto db = openWritable(ctx, &error, &code);
    if (!db)
        return code;
    const std::optional<plan::ReformPlan> p = existingPlan(ctx, *db, o, parser);
    if (!p)
        return InputRejected;
    const plan::PlanTask *t = existingTask(ctx, *p, parser.value(task));
    if (!t)
        return InputRejected;
    if (!plan::ReformPlanStore(*db).setTask(t->id, f, &error))
        return fail(ctx, error);
    ctx.out << PlanCommands::tr("Updated %1.").arg(t->task) << '\n';
    return Ok;
}

ExitCode runProblems(Context &ctx)
{
    QCommandLineParser parser;
    PlanOptions o;
    const QCommandLineOption set(QStringLiteral("set"), PlanCommands::tr("The problems, one a line."), PlanCommands::tr("TEXT"));
    const QCommandLineOption fromFindings(QStringLiteral("from-findings"),
        PlanCommands::tr("Fill the problems again from the failing and missing-data findings."));
    parser.addOptions({ o.year, o.pack, set, fromFindings });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser, PlanCommands::tr("Replace the plan's problems (存在的问题)."), &code))
        return code;
    if (!o.read(ctx, parser, QStringLiteral("plan problems")))
        return Usage;
    if (parser.isSet(set) == parser.isSet(fromFindings)) {
        ctx.err << PlanCommands::tr("societydesk-cli plan problems: give either --set TEXT or --from-findings.") << '\n';
        return Usage;
    }
    storage::StorageError error;
    auto db = openWritable(ctx, &error, &code);
    if (!db)
        return code;
    const std::optional<plan::ReformPlan> p = existingPlan(ctx, *db, o, parser);
    if (!p)
        return InputRejected;
    plan::ReformPlanStore store(*db);
    const QString text = parser.isSet(set) ? parser.value(set) : store.problemsFromFindings(p->year, p->pack);
    if (!store.setProblems(p->id, text, &error))
        return fail(ctx, error);
    ctx.out << PlanCommands::tr("The plan lists %n problem(s).", nullptr, int(text.split(u'\n', Qt::SkipEmptyParts).size())) << '\n';
    return Ok;
}

ExitCode runProgress(Context &ctx)
{
    QCommandLineParser parser;
    PlanOptions o;
    const QCommandLineOption task(QStringLiteral("task"), PlanCommands::tr("The task, e.g. CAST17-12 (required)."), PlanCommands::tr("ID"));
    const QCommandLineOption month(QStringLiteral("month"), PlanCommands::tr("The month, e.g. 2025-03 (required)."), PlanCommands::tr("MONTH"));
    const QCommandLineOption value(QStringLiteral("value"), PlanCommands::tr("The value reached (required)."), PlanCommands::tr("V"));
    const QCommandLineOption note(QStringLiteral("note"), PlanCommands::tr("A note."), PlanCommands::tr("N"));
    const QCommandLineOption evidence(QStringLiteral("evidence"), PlanCommands::tr("An evidence file, kept in the society file."),
        PlanCommands::tr("FILE"));
    parser.addOptions({ o.year, o.pack, task, month, value, note, evidence });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser, PlanCommands::tr("Record a task's progress for a month (replaces that month's entry)."), &code))
        return code;
    if (!o.read(ctx, parser, QStringLiteral("plan progress")))
        return Usage;
    if (!parser.isSet(task) || !parser.isSet(month) || !parser.isSet(value)) {
        ctx.err << PlanCommands::tr("societydesk-cli plan progress: --task, --month and --value are required.") << '\n';
        return Usage;
    }
    storage::StorageError error;
    auto db = openWritable(ctx, &error, &code);
    if (!db)
        return code;
    const std::optional<plan::ReformPlan> p = existingPlan(ctx, *db, o, parser);
    if (!p)
        return InputRejected;
    const plan::PlanTask *t = existingTask(ctx, *p, parser.value(task));
    if (!t)
        return InputRejected;
    if (!plan::ReformPlanStore(*db).setProgress(t->id, parser.value(month), parser.value(value), parser.value(note), parser.value(evidence), &error))
        return fail(ctx, error);
    ctx.out << PlanCommands::tr("Recorded %1 for %2.").arg(t->task, parser.value(month)) << '\n';
    return Ok;
}

ExitCode runExport(Context &ctx)
{
    QCommandLineParser parser;
    PlanOptions o;
    const QCommandLineOption out(QStringLiteral("out"), PlanCommands::tr("The file to write: .pdf or .odt (required)."), PlanCommands::tr("FILE"));
    parser.addOptions({ o.year, o.pack, out });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser, PlanCommands::tr("Write the reform plan (学会改革工作方案) as PDF or ODT."), &code))
        return code;
    if (!o.read(ctx, parser, QStringLiteral("plan export")))
        return Usage;
    const QString path = parser.value(out);
    if (path.isEmpty() || !reports::isReformPlanPath(path)) {
        ctx.err << PlanCommands::tr("societydesk-cli plan export: --out takes a file ending in .pdf or .odt.") << '\n';
        return Usage;
    }
    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    const std::optional<plan::ReformPlan> p = existingPlan(ctx, *db, o, parser);
    if (!p)
        return InputRejected;
    QString message;
    if (!reports::saveReformPlan(*p, path, reports::reformPlanOptions(*db), &message)) {
        ctx.err << message << '\n';
        return StorageProblem;
    }
    ctx.out << PlanCommands::tr("Wrote the %1 reform plan to %2.").arg(o.y).arg(native(path)) << '\n';
    return Ok;
}

} // namespace

ExitCode runPlan(Context &ctx)
{
    const QString sub = ctx.arguments.value(1);
    const auto run = [&](ExitCode (*command)(Context &)) {
        Context c { ctx.databasePath, ctx.databaseGiven, ctx.operatorName, QStringList { QStringLiteral("plan ") + sub } + ctx.arguments.mid(2),
            ctx.out, ctx.err };
        return command(c);
    };
    const QList<std::pair<const char *, ExitCode (*)(Context &)>> subs { { "create", runCreate }, { "show", runShow },
        { "choose", runChoose }, { "task", runTask }, { "problems", runProblems }, { "progress", runProgress },
        { "export", runExport } };
    for (const auto &[name, command] : subs) {
        if (sub == QLatin1StringView(name))
            return run(command);
    }
    if (sub == QLatin1StringView("--help") || sub == QLatin1StringView("-h")) {
        ctx.out << PlanCommands::tr("Usage: societydesk-cli plan create --year Y --pack P [--start DATE]\n"
                                    "       societydesk-cli plan show --year Y --pack P [--format json]\n"
                                    "       societydesk-cli plan choose --year Y --pack P --task ID...\n"
                                    "       societydesk-cli plan task --year Y --pack P --task ID [--indicator T] [--baseline T] [--target T] [--steps T] [--deadline DATE] [--owner NAME] [--status S]\n"
                                    "       societydesk-cli plan problems --year Y --pack P (--set TEXT | --from-findings)\n"
                                    "       societydesk-cli plan progress --year Y --pack P --task ID --month YYYY-MM --value V [--note N] [--evidence FILE]\n"
                                    "       societydesk-cli plan export --year Y --pack P --out FILE.pdf|.odt")
                << '\n';
        return Ok;
    }
    ctx.err << PlanCommands::tr("societydesk-cli plan: unknown subcommand \"%1\"; use plan create, show, choose, task, problems, progress or export.").arg(sub)
            << '\n';
    return Usage;
}

} // namespace sd::cli
