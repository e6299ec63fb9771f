// Meeting commands: `meetings list`, `followups`, `absences`.
//
// Like the other list commands (members review-dues, branches list --inactive-on), these exit 0
// whatever they list — overdue follow-ups and absences included; exit 1 is for checks that fail
// (check-db). A script tells "found some" from the JSON, which is an empty list otherwise.

#include "CommandSupport.h"

#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "settings/SocietySettings.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"
#include "validation/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd::cli {

/// The translation context of these commands' messages.
class MeetingCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::MeetingCommands)
};

namespace {

using meetings::MeetingText;

QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

void printJson(Context &ctx, const QJsonDocument &document)
{
    ctx.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

ExitCode runMeetingsList(Context &ctx)
{
    QCommandLineParser parser;
    FormatOption format;
    const QCommandLineOption year(QStringLiteral("year"), MeetingCommands::tr("Only the meetings of this year, e.g. 2025."),
        MeetingCommands::tr("YEAR"));
    const QCommandLineOption body(QStringLiteral("body"),
        MeetingCommands::tr("Only the meetings of this body: congress, council, standing_council, supervisory_board, "
                            "chair_office, secretary_general_office, or its Chinese name (理事会 …)."),
        MeetingCommands::tr("BODY"));
    parser.addOptions({ format.option, year, body });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            MeetingCommands::tr("List the meetings by date: body, mode, place, chair, the seats on the roll and how many "
                                "were present, whether the quorum was reached, the resolutions and the state of the minutes."),
            &code))
        return code;
    if (!format.read(ctx, parser))
        return Usage;
    int y = 0;
    if (parser.isSet(year)) {
        bool ok = false;
        y = parser.value(year).trimmed().toInt(&ok);
        if (!ok || y < 1900 || y > 2100) {
            ctx.err << MeetingCommands::tr("societydesk-cli meetings list: --year needs a year such as 2025.") << '\n';
            return Usage;
        }
    }
    std::optional<meetings::MeetingBody> b;
    if (parser.isSet(body)) {
        const QString value = parser.value(body).trimmed();
        b = MeetingText::bodyFromCode(value);
        if (!b)
            b = MeetingText::bodyFromSheet(value);
        if (!b) {
            QStringList codes;
            for (const meetings::MeetingBody each : MeetingText::allBodies())
                codes << MeetingText::code(each);
            ctx.err << MeetingCommands::tr("societydesk-cli meetings list: --body must be %1 or its Chinese name, not \"%2\".")
                           .arg(codes.join(QStringLiteral(", ")), value)
                    << '\n';
            return Usage;
        }
    }

    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    const meetings::MeetingStore store(*db);
    QJsonArray list;
    QStringList lines;
    for (const meetings::Meeting &m : store.meetings(y, b)) {
        const meetings::Quorum quorum = store.quorum(m.id);
        const bool recorded = quorum.seats > 0 && quorum.unrecorded < quorum.seats;
        const qsizetype resolutions = store.resolutions(m.id).size();
        const std::optional<meetings::MinutesVersion> minutes = store.minutes(m.id);
        const QString minutesState = !minutes ? QStringLiteral("none")
            : minutes->isSigned()             ? QStringLiteral("signed")
                                              : QStringLiteral("draft");
        list.append(QJsonObject { { QStringLiteral("number"), m.number }, { QStringLiteral("body"), MeetingText::code(m.body) },
            { QStringLiteral("date"), m.date.toString(Qt::ISODate) }, { QStringLiteral("mode"), MeetingText::code(m.mode) },
            { QStringLiteral("place"), textOrNull(m.place) }, { QStringLiteral("chair"), textOrNull(m.chair) },
            { QStringLiteral("seats"), quorum.seats }, { QStringLiteral("present"), quorum.present },
            { QStringLiteral("quorate"), quorum.applicable && recorded ? QJsonValue(quorum.isQuorate()) : QJsonValue() },
            { QStringLiteral("resolutions"), resolutions }, { QStringLiteral("minutes"), minutesState } });

        QStringList cells { m.number, m.date.toString(Qt::ISODate), MeetingText::label(m.body), MeetingText::label(m.mode) };
        if (!m.place.isEmpty())
            cells << m.place;
        if (!m.chair.isEmpty())
            cells << MeetingCommands::tr("chair %1").arg(m.chair);
        if (!recorded)
            cells << MeetingCommands::tr("attendance not recorded");
        else if (!quorum.applicable)
            cells << MeetingCommands::tr("present %1 of %2").arg(quorum.present).arg(quorum.seats);
        else if (quorum.isQuorate())
            cells << MeetingCommands::tr("present %1 of %2 (quorate)").arg(quorum.present).arg(quorum.seats);
        else
            cells << MeetingCommands::tr("present %1 of %2 (not quorate, %3 needed)")
                         .arg(quorum.present)
                         .arg(quorum.seats)
                         .arg(quorum.needed());
        cells << MeetingCommands::tr("resolutions: %1").arg(resolutions);
        cells << (!minutes ? MeetingCommands::tr("no minutes")
                : minutes->isSigned() ? MeetingCommands::tr("minutes signed off on %1").arg(minutes->signedOn.toString(Qt::ISODate))
                                      : MeetingCommands::tr("minutes in draft"));
        lines << cells.join(QStringLiteral("  "));
    }
    if (format.json) {
        printJson(ctx, QJsonDocument(QJsonObject { { QStringLiteral("meetings"), list } }));
        return Ok;
    }
    for (const QString &line : std::as_const(lines))
        ctx.out << line << '\n';
    if (lines.isEmpty())
        ctx.out << MeetingCommands::tr("No meetings.") << '\n';
    return Ok;
}

} // namespace

ExitCode runMeetings(Context &ctx)
{
    const QString sub = ctx.arguments.value(1);
    if (sub == QLatin1StringView("list")) {
        Context inner { ctx.databasePath, ctx.databaseGiven, ctx.operatorName,
            QStringList { QStringLiteral("meetings list") } + ctx.arguments.mid(2), ctx.out, ctx.err };
        return runMeetingsList(inner);
    }
    if (sub == QLatin1StringView("--help") || sub == QLatin1StringView("-h")) {
        ctx.out << MeetingCommands::tr("Usage: societydesk-cli [--db FILE] meetings list [--year YEAR] [--body BODY] [--format json]")
                << '\n';
        return Ok;
    }
    ctx.err << MeetingCommands::tr("societydesk-cli meetings: unknown subcommand \"%1\"; use meetings list.").arg(sub) << '\n';
    return Usage;
}

ExitCode runFollowUps(Context &ctx)
{
    QCommandLineParser parser;
    FormatOption format;
    const QCommandLineOption overdueOn(QStringLiteral("overdue-on"),
        MeetingCommands::tr("Only the follow-ups overdue on DATE: due before it and not completed."), MeetingCommands::tr("DATE"));
    const QCommandLineOption owner(QStringLiteral("owner"), MeetingCommands::tr("Only the follow-ups of this person responsible."),
        MeetingCommands::tr("NAME"));
    parser.addOptions({ format.option, overdueOn, owner });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            MeetingCommands::tr("List the follow-ups (落实) of the resolutions across meetings by due date: meeting, "
                                "resolution, person responsible, due date, status, and whether it is overdue (due before "
                                "the date, default today, and not completed)."),
            &code))
        return code;
    if (!format.read(ctx, parser))
        return Usage;
    QDate date;
    if (!readDateOption(ctx, parser, overdueOn, &date))
        return Usage;
    const QString who = parser.value(owner).trimmed();
    if (parser.isSet(owner) && who.isEmpty()) {
        ctx.err << MeetingCommands::tr("societydesk-cli followups: --owner needs a name.") << '\n';
        return Usage;
    }

    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    const meetings::MeetingStore store(*db);
    QList<meetings::FollowUp> followUps;
    if (parser.isSet(overdueOn)) {
        for (const meetings::FollowUp &f : store.overdueFollowUps(date)) {
            if (who.isEmpty() || f.owner == who)
                followUps.append(f);
        }
    } else {
        followUps = store.allFollowUps(who);
    }
    if (format.json) {
        QJsonArray list;
        for (const meetings::FollowUp &f : std::as_const(followUps)) {
            list.append(QJsonObject { { QStringLiteral("meeting"), f.meetingNumber }, { QStringLiteral("resolution"), f.resolutionText },
                { QStringLiteral("owner"), f.owner }, { QStringLiteral("due"), dateOrNull(f.due) },
                { QStringLiteral("status"), MeetingText::code(f.status) }, { QStringLiteral("overdue"), f.isOverdueOn(date) } });
        }
        printJson(ctx, QJsonDocument(QJsonObject { { QStringLiteral("followups"), list } }));
        return Ok;
    }
    if (parser.isSet(overdueOn))
        ctx.out << MeetingCommands::tr("Follow-ups overdue on %1: %2").arg(date.toString(Qt::ISODate)).arg(followUps.size()) << '\n';
    for (const meetings::FollowUp &f : std::as_const(followUps)) {
        QStringList cells { f.meetingNumber, f.owner,
            f.due.isValid() ? MeetingCommands::tr("due %1").arg(f.due.toString(Qt::ISODate)) : MeetingCommands::tr("no due date"),
            MeetingText::label(f.status) };
        if (f.isOverdueOn(date))
            cells << MeetingCommands::tr("OVERDUE");
        cells << f.resolutionText;
        ctx.out << cells.join(QStringLiteral("  ")) << '\n';
    }
    if (followUps.isEmpty() && !parser.isSet(overdueOn))
        ctx.out << MeetingCommands::tr("No follow-ups.") << '\n';
    return Ok;
}

ExitCode runAbsences(Context &ctx)
{
    QCommandLineParser parser;
    FormatOption format;
    const QCommandLineOption on(QStringLiteral("on"),
        MeetingCommands::tr("The reference date (default: today): the term current on it, its council meetings up to it."),
        MeetingCommands::tr("DATE"));
    parser.addOptions({ format.option, on });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            MeetingCommands::tr("List the council members whose longest run of consecutive unexcused absences (缺席) at the "
                                "council meetings of the current term reaches the society setting absence_threshold. 请假 "
                                "(excused) breaks no run; presence or a proxy ends it."),
            &code))
        return code;
    if (!format.read(ctx, parser))
        return Usage;
    QDate date;
    if (!readDateOption(ctx, parser, on, &date))
        return Usage;

    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    const meetings::MeetingStore store(*db);
    const QList<meetings::AbsenceRun> runs = store.absences(date);
    if (format.json) {
        QJsonArray list;
        for (const meetings::AbsenceRun &r : runs) {
            list.append(QJsonObject { { QStringLiteral("member_no"), textOrNull(r.memberNo) }, { QStringLiteral("name"), r.name },
                { QStringLiteral("run"), r.run }, { QStringLiteral("meetings"), QJsonArray::fromStringList(r.meetings) } });
        }
        printJson(ctx, QJsonDocument(list));
        return Ok;
    }
    const std::optional<governance::Term> term = governance::GovernanceStore(*db).termOn(date);
    if (!term) {
        ctx.out << MeetingCommands::tr("No term is in office on %1, so there are no council absences to review.")
                       .arg(date.toString(Qt::ISODate))
                << '\n';
        return Ok;
    }
    const int threshold = storage::ProfileStore(*db).settings().integer(SocietySetting::AbsenceThreshold);
    ctx.out << MeetingCommands::tr("Council members of term %1 with %2 or more consecutive unexcused absences up to %3: %4")
                   .arg(term->number)
                   .arg(threshold)
                   .arg(date.toString(Qt::ISODate))
                   .arg(runs.size())
            << '\n';
    for (const meetings::AbsenceRun &r : runs) {
        ctx.out << "  " << (r.memberNo.isEmpty() ? QStringLiteral("—") : r.memberNo) << "  " << r.name << "  "
                << MeetingCommands::tr("%1 in a row: %2").arg(r.run).arg(r.meetings.join(MeetingCommands::tr(", "))) << '\n';
    }
    return Ok;
}

} // namespace sd::cli
