// The member register's commands: `members count`, `members review-dues`, `demo`.

#include "CommandSupport.h"

#include "demo/DemoAnnualReport.h"
#include "demo/DemoReformPlan.h"
#include "demo/DemoBranches.h"
#include "demo/DemoGovernance.h"
#include "demo/DemoMeetings.h"
#include "demo/DemoMembers.h"
#include "demo/DemoSociety.h"
#include "domain/Member.h"
#include "members/DuesReview.h"
#include "members/MemberStatistics.h"
#include "members/MemberStore.h"
#include "storage/ProfileStore.h"
#include "util/AppIdentity.h"
#include "util/Clock.h"
#include "validation/Dates.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd::cli {

/// The translation context of these commands' messages.
class MemberCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::MemberCommands)
};

namespace {

/// Reads `--on DATE` (default: today); false with the usage error printed.
bool readOnDate(Context &ctx, const QCommandLineParser &parser, const QCommandLineOption &on, const QString &command,
    QDate *date)
{
    const QDate today = Clock::system().today();
    *date = today;
    if (!parser.isSet(on))
        return true;
    const validation::DateResult parsed = validation::parseDate(parser.value(on), today);
    if (!parsed.isValid() || parsed.warning == validation::DateResult::Warning::MonthOnly) {
        ctx.err << MemberCommands::tr("societydesk-cli %1: --on needs a full date such as 2016-12-31.").arg(command)
                << '\n';
        return false;
    }
    *date = parsed.value;
    return true;
}

ExitCode runMembersCount(Context &ctx)
{
    QCommandLineParser parser;
    FormatOption format;
    const QCommandLineOption on(QStringLiteral("on"),
        MemberCommands::tr("The reference date (default: today), e.g. 2016-12-31."), MemberCommands::tr("DATE"));
    parser.addOptions({ format.option, on });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            MemberCommands::tr("Count the members on a date: joined on or before it, not exited on or before it, "
                               "not applicants; by grade and by the status they had on that date."),
            &code))
        return code;
    if (!format.read(ctx, parser))
        return Usage;
    QDate date;
    if (!readOnDate(ctx, parser, on, QStringLiteral("members count"), &date))
        return Usage;

    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    const members::RegisterStatistics s = members::statisticsOn(*db, date);
    if (format.json) {
        QJsonObject byGrade;
        for (auto it = s.byGrade.begin(); it != s.byGrade.end(); ++it)
            byGrade.insert(it.key(), it.value());
        QJsonObject byStatus;
        for (auto it = s.byStatus.begin(); it != s.byStatus.end(); ++it)
            byStatus.insert(it.key(), it.value());
        const QJsonObject root { { QStringLiteral("date"), date.toString(Qt::ISODate) },
            { QStringLiteral("members"), s.members }, { QStringLiteral("by_grade"), byGrade },
            { QStringLiteral("by_status"), byStatus } };
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Ok;
    }
    ctx.out << MemberCommands::tr("Members on %1: %2").arg(date.toString(Qt::ISODate)).arg(s.members) << '\n';
    for (const MemberGrade &g : members::MemberStore(*db).grades())
        ctx.out << "  " << g.name << ": " << s.byGrade.value(g.name) << '\n';
    for (const MemberStatus status : MemberText::allStatuses()) {
        if (const qint64 n = s.byStatus.value(MemberText::code(status)))
            ctx.out << "  " << MemberText::label(status) << ": " << n << '\n';
    }
    return Ok;
}

ExitCode runMembersReviewDues(Context &ctx)
{
    QCommandLineParser parser;
    FormatOption format;
    const QCommandLineOption on(QStringLiteral("on"),
        MemberCommands::tr("The review date (default: today); the completed years before it are reviewed."),
        MemberCommands::tr("DATE"));
    const QCommandLineOption apply(QStringLiteral("apply-lapse"),
        MemberCommands::tr("Mark the members the review finds as 欠费 (lapsed), with a status-history entry. "
                           "退会 (withdrawal) is never applied: it is decided member by member."));
    const QCommandLineOption decidedBy(QStringLiteral("decided-by"),
        MemberCommands::tr("Who decided the lapse, for the status history (default: the operator)."),
        MemberCommands::tr("NAME"));
    parser.addOptions({ format.option, on, apply, decidedBy });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            MemberCommands::tr("Review dues by the charter's rule (society settings dues_lapse_years and "
                               "withdrawal_review_years): active members who paid nothing for the last completed "
                               "years, and lapsed members the secretariat should consider for 退会."),
            &code))
        return code;
    if (!format.read(ctx, parser))
        return Usage;
    QDate date;
    if (!readOnDate(ctx, parser, on, QStringLiteral("members review-dues"), &date))
        return Usage;
    if (parser.isSet(decidedBy) && parser.value(decidedBy).trimmed().isEmpty()) {
        ctx.err << MemberCommands::tr("societydesk-cli members review-dues: --decided-by needs a name.") << '\n';
        return Usage;
    }

    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    const members::DuesReview review = members::reviewDues(*db, date);
    qsizetype lapsed = 0;
    if (parser.isSet(apply) && !review.toLapse.isEmpty()) {
        if (db->isReadOnly()) {
            error.kind = storage::StorageError::Kind::TooNew;
            error.file = db->path();
            error.message = db->readOnlyReason();
            return fail(ctx, error);
        }
        const QString who = parser.isSet(decidedBy) ? parser.value(decidedBy).trimmed() : ctx.operatorName;
        if (!members::applyLapse(*db, members::DuesReview::idsOf(review.toLapse), date, who, &error))
            return fail(ctx, error);
        lapsed = review.toLapse.size();
    }
    const QList<members::DuesReviewRow> &toLapse = review.toLapse;
    const QList<members::DuesReviewRow> &toReview = review.toReviewWithdrawal;

    if (format.json) {
        const auto rows = [](const QList<members::DuesReviewRow> &list) {
            QJsonArray array;
            for (const members::DuesReviewRow &r : list)
                array.append(QJsonObject { { QStringLiteral("member_no"), r.memberNo }, { QStringLiteral("name"), r.name },
                    { QStringLiteral("grade"), r.grade },
                    { QStringLiteral("last_paid_year"), r.lastPaidYear > 0 ? QJsonValue(r.lastPaidYear) : QJsonValue() } });
            return array;
        };
        const QJsonObject root { { QStringLiteral("date"), date.toString(Qt::ISODate) },
            { QStringLiteral("lapse_years"), review.lapseYears },
            { QStringLiteral("withdrawal_review_years"), review.withdrawalYears },
            { QStringLiteral("to_lapse"), rows(toLapse) }, { QStringLiteral("to_review_withdrawal"), rows(toReview) },
            { QStringLiteral("lapsed"), lapsed } };
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Ok;
    }
    const auto print = [&](const QList<members::DuesReviewRow> &list) {
        for (const members::DuesReviewRow &r : list) {
            ctx.out << "  " << r.memberNo << "  " << r.name << "  " << r.grade << "  "
                    << (r.lastPaidYear > 0 ? MemberCommands::tr("last paid %1").arg(r.lastPaidYear)
                                           : MemberCommands::tr("never paid"))
                    << '\n';
        }
    };
    ctx.out << MemberCommands::tr("Dues review on %1 by the charter's rule: 欠费 (lapsed) after %2 unpaid year(s), "
                                  "退会 (withdrawal) considered after %3.")
                   .arg(date.toString(Qt::ISODate))
                   .arg(review.lapseYears)
                   .arg(review.withdrawalYears)
            << '\n';
    if (lapsed > 0)
        ctx.out << MemberCommands::tr("Marked 欠费 (lapsed): %n member(s).", nullptr, static_cast<int>(lapsed)) << '\n';
    else
        ctx.out << MemberCommands::tr("To mark 欠费 (lapsed), with --apply-lapse: %n member(s).", nullptr,
                       static_cast<int>(toLapse.size()))
                << '\n';
    print(toLapse);
    ctx.out << MemberCommands::tr("To consider for 退会 (withdrawal), member by member: %n member(s).", nullptr,
                   static_cast<int>(toReview.size()))
            << '\n';
    print(toReview);
    return Ok;
}

} // namespace

ExitCode runMembers(Context &ctx)
{
    const QString sub = ctx.arguments.value(1);
    if (sub == QLatin1StringView("count")) {
        Context inner { ctx.databasePath, ctx.databaseGiven, ctx.operatorName,
            QStringList { QStringLiteral("members count") } + ctx.arguments.mid(2), ctx.out, ctx.err };
        return runMembersCount(inner);
    }
    if (sub == QLatin1StringView("review-dues")) {
        Context inner { ctx.databasePath, ctx.databaseGiven, ctx.operatorName,
            QStringList { QStringLiteral("members review-dues") } + ctx.arguments.mid(2), ctx.out, ctx.err };
        return runMembersReviewDues(inner);
    }
    if (sub == QLatin1StringView("--help") || sub == QLatin1StringView("-h")) {
        ctx.out << MemberCommands::tr("Usage: societydesk-cli [--db FILE] members count [--on DATE] [--format json]")
                << '\n'
                << MemberCommands::tr("       societydesk-cli [--db FILE] members review-dues [--on DATE] [--apply-lapse] "
                                      "[--decided-by NAME] [--format json]")
                << '\n';
        return Ok;
    }
    ctx.err << MemberCommands::tr("societydesk-cli members: unknown subcommand \"%1\"; use members count or "
                                  "members review-dues.")
                   .arg(sub)
            << '\n';
    return Usage;
}

ExitCode runDemo(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption count(QStringLiteral("members"), MemberCommands::tr("How many members to add."),
        MemberCommands::tr("N"), QStringLiteral("2000"));
    const QCommandLineOption units(QStringLiteral("units"), MemberCommands::tr("How many unit members to add."),
        MemberCommands::tr("N"), QStringLiteral("60"));
    const QCommandLineOption seed(QStringLiteral("seed"), MemberCommands::tr("Seed: the same seed gives the same members."),
        MemberCommands::tr("S"), QString::number(demo::kDefaultSeed));
    parser.addOptions({ count, units, seed });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            MemberCommands::tr("Add realistic demo members (names, valid resident IDs, affiliations, grades, "
                               "statuses, ten years of dues) and unit members to a society file; without --db, "
                               "to the demo society, which is created the first time."),
            &code))
        return code;
    bool okMembers = false;
    bool okUnits = false;
    bool okSeed = false;
    const qint64 n = parser.value(count).toLongLong(&okMembers);
    const qint64 u = parser.value(units).toLongLong(&okUnits);
    const uint s = parser.value(seed).toUInt(&okSeed);
    if (!okMembers || !okUnits || !okSeed || n < 0 || u < 0 || n > 10'000'000) {
        ctx.err << MemberCommands::tr("societydesk-cli demo: --members, --units and --seed take whole numbers "
                                      "(at most 10,000,000 members).")
                << '\n';
        return Usage;
    }

    const QString path = ctx.databaseGiven ? ctx.databasePath : demoSocietyPath();
    storage::StorageError error;
    storage::Database::Options options;
    options.mode = storage::OpenMode::OpenOrCreate;
    options.operatorName = ctx.operatorName;
    auto db = storage::Database::open(path, options, &error);
    if (!db)
        return fail(ctx, error);
    if (db->isReadOnly())
        return fail(ctx, error);
    if (!storage::ProfileStore(*db).hasProfile() && !demo::write(*db, demo::generate(s), &error))
        return fail(ctx, error);

    QElapsedTimer timer;
    timer.start();
    demo::DemoMembersOptions demoOptions;
    demoOptions.members = n;
    demoOptions.units = u;
    demoOptions.seed = s;
    int lastTenth = 0;
    demoOptions.progress = [&](qint64 done, qint64 total) {
        const int tenth = total > 0 ? static_cast<int>(done * 10 / total) : 10;
        if (tenth > lastTenth && total >= 100000) {
            lastTenth = tenth;
            ctx.err << MemberCommands::tr("%1 of %2 members written…").arg(done).arg(total) << '\n';
            ctx.err.flush();
        }
        return true;
    };
    if (!demo::writeMembers(*db, demoOptions, &error))
        return fail(ctx, error);
    // Terms, seats, staff and regulations from the register (once: a society with terms keeps them).
    const QDate demoDay = demoOptions.today.isValid() ? demoOptions.today : db->clock().today();
    if (!demo::writeGovernance(*db, s, demoDay, &error) || !demo::writeBranches(*db, s, demoDay, &error)
        || !demo::writeMeetings(*db, s, demoDay, &error) || !demo::writeAnnualReports(*db, demoDay, &error)
        || !demo::writeReformPlans(*db, demoDay, &error))
        return fail(ctx, error);
    ctx.out << MemberCommands::tr("Added %1 members and the units to %2 in %3 s.")
                   .arg(n)
                   .arg(native(QFileInfo(path).absoluteFilePath()))
                   .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
            << '\n';
    return Ok;
}

} // namespace sd::cli
