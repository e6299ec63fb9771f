// A meeting's documents: `minutes`, `signin-sheet` and `notice`, each --meeting NO --out FILE
// (.pdf, or .odt for the secretariat's own edits), in the society's document language.

#include "CommandSupport.h"

#include "meetings/MeetingStore.h"
#include "reports/MeetingRecords.h"

#include <QFileInfo>

namespace sd::cli {

/// The translation context of these commands' messages.
class MeetingDocumentCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::MeetingDocumentCommands)
};

namespace {


using Kind = reports::MeetingDocumentKind;

ExitCode runDocument(Context &ctx, Kind kind)
{
    const QString name = ctx.arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption meetingOption(QStringLiteral("meeting"), MeetingDocumentCommands::tr("The meeting's number (会议编号)."), MeetingDocumentCommands::tr("NO"));
    const QCommandLineOption outOption(QStringLiteral("out"),
        MeetingDocumentCommands::tr("The file to write: .pdf, or .odt to edit in Word or WPS."), MeetingDocumentCommands::tr("FILE"));
    parser.addOptions({ meetingOption, outOption });
    const QString description = kind == Kind::Minutes
        ? MeetingDocumentCommands::tr("Write a meeting's minutes (纪要): particulars, attendance and quorum, agenda, the minutes text, "
                "resolutions with votes and outcome, follow-ups, signature lines.")
        : kind == Kind::SignInSheet
        ? MeetingDocumentCommands::tr("Write a meeting's sign-in sheet (签到表): the roll with empty cells to sign.")
        : MeetingDocumentCommands::tr("Write a meeting's notice (会议通知) with its agenda and the reply slip (回执).");
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser, description, &code))
        return code;
    if (!parser.isSet(meetingOption) || !parser.isSet(outOption)) {
        ctx.err << MeetingDocumentCommands::tr("societydesk-cli %1: give --meeting NO and --out FILE.").arg(name) << '\n';
        return Usage;
    }
    const QString out = parser.value(outOption);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1StringView("pdf") && suffix != QLatin1StringView("odt")) {
        ctx.err << MeetingDocumentCommands::tr("societydesk-cli %1: --out must name a .pdf or .odt file.").arg(name) << '\n';
        return Usage;
    }
    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    const QString number = parser.value(meetingOption).trimmed();
    const std::optional<meetings::Meeting> meeting = meetings::MeetingStore(*db).meetingByNumber(number);
    if (!meeting) {
        ctx.err << MeetingDocumentCommands::tr("societydesk-cli %1: no meeting numbered %2 is recorded.").arg(name, number) << '\n';
        return InputRejected;
    }
    const std::optional<reports::Document> document = reports::meetingDocument(*db, kind, meeting->id);
    if (!document) {
        ctx.err << MeetingDocumentCommands::tr("societydesk-cli %1: no meeting numbered %2 is recorded.").arg(name, number) << '\n';
        return InputRejected;
    }
    QString problem;
    const bool written = suffix == QLatin1StringView("pdf") ? document->writePdf(out, &problem) : document->writeOdt(out, &problem);
    if (!written) {
        ctx.err << MeetingDocumentCommands::tr("societydesk-cli %1: %2").arg(name, problem) << '\n';
        return StorageProblem;
    }
    ctx.out << MeetingDocumentCommands::tr("Wrote %1 (%2).").arg(native(QFileInfo(out).absoluteFilePath()), document->title()) << '\n';
    return Ok;
}

} // namespace

ExitCode runMinutes(Context &ctx)
{
    return runDocument(ctx, Kind::Minutes);
}

ExitCode runSignInSheet(Context &ctx)
{
    return runDocument(ctx, Kind::SignInSheet);
}

ExitCode runNotice(Context &ctx)
{
    return runDocument(ctx, Kind::Notice);
}

} // namespace sd::cli
