#include "Commands.h"

#include "CommandSupport.h"
#include "ImportCommands.h"

#include "demo/DemoSociety.h"
#include "domain/SocietyProfile.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/AppIdentity.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd::cli {

/// The translation context of the commands' messages.
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::Commands)
};

namespace {

ExitCode runInit(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), Commands::tr("The society's name (学会名称)."), Commands::tr("NAME"));
    const QCommandLineOption nameEn(QStringLiteral("name-en"), Commands::tr("The society's English name."), Commands::tr("NAME"));
    const QCommandLineOption uscc(QStringLiteral("uscc"), Commands::tr("Unified social credit code (GB 32100)."), Commands::tr("CODE"));
    const QCommandLineOption demo(QStringLiteral("demo"),
        Commands::tr("Fill the new file with the demo society (deterministic for a seed) instead of --name."));
    const QCommandLineOption seed(QStringLiteral("seed"), Commands::tr("Seed of the demo society."), Commands::tr("N"),
        QString::number(demo::kDefaultSeed));
    parser.addOptions({ name, nameEn, uscc, demo, seed });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser, Commands::tr("Create a new society file."), &code))
        return code;

    SocietyProfile profile;
    SocietySettings settings;
    if (parser.isSet(demo)) {
        bool ok = false;
        const uint s = parser.value(seed).toUInt(&ok);
        if (!ok) {
            ctx.err << Commands::tr("societydesk-cli init: --seed must be a non-negative whole number.") << '\n';
            return Usage;
        }
        const demo::DemoSociety society = demo::generate(s);
        profile = society.profile;
        settings = society.settings;
    } else {
        if (!parser.isSet(name)) {
            ctx.err << Commands::tr("societydesk-cli init: --name is required (or --demo).") << '\n';
            return Usage;
        }
        profile.name = parser.value(name);
        profile.nameEn = parser.value(nameEn);
        profile.creditCode = parser.value(uscc);
    }
    // Validate before the file exists: rejected input leaves nothing behind.
    if (const auto problems = validateProfile(profile, Clock::system().today()); !problems.isEmpty()) {
        for (const ProfileProblem &p : problems)
            ctx.err << p.message << '\n';
        return InputRejected;
    }

    storage::StorageError error;
    storage::Database::Options options;
    options.mode = storage::OpenMode::CreateNew;
    options.operatorName = ctx.operatorName;
    auto db = storage::Database::open(ctx.databasePath, options, &error);
    if (!db)
        return fail(ctx, error);
    storage::ProfileStore store(*db);
    if (!store.saveProfile(profile, &error) || !store.saveSettings(settings, &error)) {
        const QString path = db->path();
        db.reset();
        QFile::remove(path); // a half-made society is worth nothing
        return fail(ctx, error);
    }
    ctx.out << Commands::tr("Created %1 for %2.").arg(native(db->path()), profile.name) << '\n';
    return Ok;
}

ExitCode runInfo(Context &ctx)
{
    QCommandLineParser parser;
    FormatOption format;
    parser.addOption(format.option);
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser, Commands::tr("Show the society's profile, settings and record counts."), &code))
        return code;
    if (!format.read(ctx, parser))
        return Usage;

    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    storage::ProfileStore store(*db);
    const SocietyProfile profile = store.profile();
    const SocietySettings settings = store.settings();
    const auto counts = store.recordCounts();

    if (format.json) {
        QJsonObject settingsJson;
        for (const auto &spec : SocietySettings::specs())
            settingsJson.insert(QLatin1StringView(spec.name), settings.stored(spec.key));
        QJsonObject countsJson;
        for (const auto &[table, n] : counts)
            countsJson.insert(table, n);
        const QJsonObject root {
            { QStringLiteral("file"), db->path() },
            { QStringLiteral("schema_version"), db->schemaVersion() },
            { QStringLiteral("read_only"), db->isReadOnly() },
            { QStringLiteral("profile"), toJson(profile) },
            { QStringLiteral("settings"), settingsJson },
            { QStringLiteral("counts"), countsJson },
        };
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Ok;
    }

    const auto line = [&](const QString &label, const QString &value) {
        ctx.out << label << ": " << (value.isEmpty() ? QStringLiteral("—") : value) << '\n';
    };
    line(Commands::tr("Society"), profile.name);
    line(Commands::tr("English name"), profile.nameEn);
    line(Commands::tr("Credit code"), profile.creditCode);
    line(Commands::tr("Registration authority"), profile.registrationAuthority);
    line(Commands::tr("Supervising association"), profile.supervisor);
    line(Commands::tr("Address"), profile.address);
    line(Commands::tr("Founded"), profile.founded.isValid() ? profile.founded.toString(Qt::ISODate) : QString());
    line(Commands::tr("Rule packs"), settings.list(SocietySetting::RulePacks).join(QStringLiteral(", ")));
    line(Commands::tr("File"), native(db->path()));
    line(Commands::tr("Schema version"), QString::number(db->schemaVersion()) + (db->isReadOnly() ? Commands::tr(" (read-only)") : QString()));
    for (const auto &[table, n] : counts)
        line(Commands::tr("Records in %1").arg(table), QString::number(n));
    return Ok;
}

QString sha256Of(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

ExitCode runBackup(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption outOpt({ QStringLiteral("o"), QStringLiteral("out") }, Commands::tr("The backup file to write."),
        Commands::tr("FILE"));
    parser.addOption(outOpt);
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser, Commands::tr("Write a verified copy of the society file."), &code))
        return code;
    if (!parser.isSet(outOpt)) {
        ctx.err << Commands::tr("societydesk-cli backup: --out FILE is required.") << '\n';
        return Usage;
    }
    const QString target = QFileInfo(parser.value(outOpt)).absoluteFilePath();

    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    if (target == db->path()) {
        ctx.err << Commands::tr("societydesk-cli backup: --out must not be the society file itself.") << '\n';
        return InputRejected;
    }
    if (!db->backupTo(target, &error))
        return fail(ctx, error);
    const QString sha = sha256Of(target);
    if (!db->isReadOnly()) {
        db->audit().record(QStringLiteral("database"), 0, QStringLiteral("backup"), {},
            QJsonObject { { QStringLiteral("file"), target }, { QStringLiteral("sha256"), sha } });
    }
    ctx.out << Commands::tr("Backup written and verified: %1 (%2 bytes, SHA-256 %3).")
                   .arg(native(target))
                   .arg(QFileInfo(target).size())
                   .arg(sha)
            << '\n';
    return Ok;
}

ExitCode runCheckDb(Context &ctx)
{
    QCommandLineParser parser;
    FormatOption format;
    parser.addOption(format.option);
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            Commands::tr("Run SQLite's full integrity check and foreign key check. Works while the file is open "
               "elsewhere (it reads a consistent snapshot and writes nothing). Exits 1 when problems are found."),
            &code))
        return code;
    if (!format.read(ctx, parser))
        return Usage;

    storage::StorageError error;
    if (!storage::Database::identify(ctx.databasePath, &error))
        return fail(ctx, error);
    const storage::CheckResult result = storage::Database::check(ctx.databasePath, storage::CheckLevel::Full);
    const QString file = QFileInfo(ctx.databasePath).absoluteFilePath();
    if (format.json) {
        const QJsonObject root { { QStringLiteral("file"), file }, { QStringLiteral("ok"), result.ok },
            { QStringLiteral("problems"), QJsonArray::fromStringList(result.problems) },
            { QStringLiteral("elapsed_ms"), result.elapsedMs } };
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else if (result.ok) {
        ctx.out << Commands::tr("%1 passed the integrity and foreign key checks (%2 ms).").arg(native(file)).arg(result.elapsedMs)
                << '\n';
    } else {
        ctx.err << Commands::tr("%1 failed its integrity check:").arg(native(file)) << '\n';
        for (const QString &p : result.problems)
            ctx.err << "  " << p << '\n';
        const QString backup = storage::newestVerifiedBackup(file);
        if (!backup.isEmpty())
            ctx.err << Commands::tr("The newest verified backup is %1.").arg(native(backup)) << '\n';
    }
    return result.ok ? Ok : FailureFound;
}

ExitCode runSettings(Context &ctx)
{
    QCommandLineParser parser;
    FormatOption format;
    const QCommandLineOption set(QStringLiteral("set"),
        Commands::tr("Change a setting (repeatable); all changes are checked first and saved together."),
        Commands::tr("KEY=VALUE"));
    parser.addOptions({ format.option, set });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            Commands::tr("Show the society's settings (the charter's quorum and majority fractions, ages, "
                         "thresholds, the rule packs that apply, the language of documents), or change them."),
            &code))
        return code;
    if (!format.read(ctx, parser))
        return Usage;
    QList<std::pair<QString, QString>> changes;
    for (const QString &change : parser.values(set)) {
        const qsizetype eq = change.indexOf(u'=');
        if (eq <= 0) {
            ctx.err << Commands::tr("societydesk-cli settings: --set needs KEY=VALUE, not \"%1\".").arg(change)
                    << '\n';
            return Usage;
        }
        changes.append({ change.left(eq).trimmed(), change.mid(eq + 1) });
    }

    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    storage::ProfileStore store(*db);
    SocietySettings settings = store.settings();

    if (!changes.isEmpty()) {
        // Every change is checked before anything is written: one bad value writes nothing.
        QStringList problems;
        for (const auto &[name, value] : std::as_const(changes)) {
            SocietySetting key {};
            QString why;
            if (!SocietySettings::keyFromName(name, &key))
                problems << Commands::tr("%1 is not a setting; see societydesk-cli settings.").arg(name);
            else if (!settings.setStored(key, value, &why))
                problems << name + QStringLiteral(": ") + why;
        }
        if (!problems.isEmpty()) {
            for (const QString &p : std::as_const(problems))
                ctx.err << p << '\n';
            return InputRejected;
        }
        if (db->isReadOnly()) {
            ctx.err << db->readOnlyReason() << '\n';
            return StorageProblem;
        }
        if (!store.saveSettings(settings, &error))
            return fail(ctx, error);
    }

    if (format.json) {
        QJsonObject values;
        for (const auto &spec : SocietySettings::specs())
            values.insert(QLatin1StringView(spec.name), settings.stored(spec.key));
        const QJsonObject root { { QStringLiteral("file"), db->path() }, { QStringLiteral("settings"), values } };
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const auto &spec : SocietySettings::specs()) {
        ctx.out << QString::fromLatin1(spec.name).leftJustified(26) << ' ' << settings.stored(spec.key) << "  — "
                << SocietySettings::label(spec.key)
                << (settings.isDefault(spec.key) ? Commands::tr(" (default)") : QString()) << '\n';
    }
    return Ok;
}

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> all {
        { "init", QT_TRANSLATE_NOOP("sd::cli::Commands", "Create a new society file (--name NAME [--uscc CODE], or --demo)."), runInit },
        { "info", QT_TRANSLATE_NOOP("sd::cli::Commands", "Show the society's profile, settings and record counts."), runInfo },
        { "backup", QT_TRANSLATE_NOOP("sd::cli::Commands", "Write a verified copy of the society file (--out FILE)."), runBackup },
        { "settings", QT_TRANSLATE_NOOP("sd::cli::Commands", "Show or change the society's charter settings (--set KEY=VALUE)."), runSettings },
        { "members", QT_TRANSLATE_NOOP("sd::cli::Commands", "Count the members on a date, by grade and status (members count [--on DATE])."), runMembers },
        { "grades", QT_TRANSLATE_NOOP("sd::cli::Commands", "List or change the member grades (grades list|add|rename|remove|default)."), runGrades },
        { "dues-standard", QT_TRANSLATE_NOOP("sd::cli::Commands", "Set or list the dues standards per grade and year (dues-standard set|list)."), runDuesStandard },
        { "composition", QT_TRANSLATE_NOOP("sd::cli::Commands", "Show a body's composition on a date (composition --body council [--term N] [--on DATE])."), runComposition },
        { "attest", QT_TRANSLATE_NOOP("sd::cli::Commands", "Record an attestation with its document (attest KIND --date D --by NAME [--file F])."), runAttest },
        { "branches", QT_TRANSLATE_NOOP("sd::cli::Commands", "List the branches with their last activity and filings (branches list [--inactive-on DATE])."), runBranches },
        { "minutes", QT_TRANSLATE_NOOP("sd::cli::Commands", "Write a meeting's minutes as PDF or ODT (minutes --meeting NO --out FILE)."), runMinutes },
        { "signin-sheet", QT_TRANSLATE_NOOP("sd::cli::Commands", "Write a meeting's sign-in sheet as PDF or ODT (signin-sheet --meeting NO --out FILE)."), runSignInSheet },
        { "notice", QT_TRANSLATE_NOOP("sd::cli::Commands", "Write a meeting's notice with its reply slip as PDF or ODT (notice --meeting NO --out FILE)."), runNotice },
        { "meetings", QT_TRANSLATE_NOOP("sd::cli::Commands", "List the meetings with attendance, quorum, resolutions and minutes (meetings list [--year Y] [--body B])."), runMeetings },
        { "followups", QT_TRANSLATE_NOOP("sd::cli::Commands", "List the follow-ups of resolutions, or those overdue on a date (followups [--overdue-on DATE] [--owner NAME])."), runFollowUps },
        { "absences", QT_TRANSLATE_NOOP("sd::cli::Commands", "List the council members with consecutive unexcused absences in the current term (absences [--on DATE])."), runAbsences },
        { "packs", QT_TRANSLATE_NOOP("sd::cli::Commands", "List the shipped rule packs or validate a pack file (packs list | packs validate FILE)."), runPacks },
        { "report", QT_TRANSLATE_NOOP("sd::cli::Commands", "The annual report's records: the year's finance summary (report finance --year Y [--set CATEGORY=AMOUNT]...)."), runReport },
        { "plan", QT_TRANSLATE_NOOP("sd::cli::Commands", "The reform plan: create, choose tasks, targets, monthly progress, export (plan create|show|choose|task|problems|progress|export --year Y --pack P ...)."), runPlan },
        { "check", QT_TRANSLATE_NOOP("sd::cli::Commands", "Evaluate rule packs and list the findings (check [--pack ID]... [--year Y] [--on DATE])."), runCheck },
        { "package", QT_TRANSLATE_NOOP("sd::cli::Commands", "Export, sign or verify the year's submission package for the supervising association (package export --year Y --out FILE.zip | package sign FILE.zip --key FILE | package verify FILE.zip [--pubkey FILE])."), runPackage },
        { "keys", QT_TRANSLATE_NOOP("sd::cli::Commands", "Generate the society's key pair for signing packages (keys generate --out DIR)."), runKeys },
        { "supervisor", QT_TRANSLATE_NOOP("sd::cli::Commands", "The supervising association's database of imported packages (supervisor import|overview|trust|list --supervisor FILE)."), runSupervisor },
        { "demo", QT_TRANSLATE_NOOP("sd::cli::Commands", "Add demo members, units and dues to a society file (--members N)."), runDemo },
        { "import", QT_TRANSLATE_NOOP("sd::cli::Commands", "Import a spreadsheet into a register: members, units, dues, terms, seats, staff, regulations, branches, filings, activities, meetings, attendance, resolutions (import KIND FILE)."), runImport },
        { "export", QT_TRANSLATE_NOOP("sd::cli::Commands", "Export a register to XLSX or CSV, masked (export KIND --out FILE)."), runExport },
        { "template", QT_TRANSLATE_NOOP("sd::cli::Commands", "Write the import template of a register (template KIND --out FILE)."), runTemplate },
        { "check-db", QT_TRANSLATE_NOOP("sd::cli::Commands", "Run the full integrity check of the society file."), runCheckDb },
    };
    return all;
}

} // namespace sd::cli
