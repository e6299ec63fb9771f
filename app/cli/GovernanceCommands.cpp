// Governance commands: `composition` (a body's make-up on a date) and `attest` (record an
// attestation, with its document).

#include "CommandSupport.h"

#include "governance/Composition.h"
#include "governance/GovernanceStore.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"
#include "validation/Dates.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sd::cli {

/// The translation context of these commands' messages.
class GovernanceCommands
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli::GovernanceCommands)
};

namespace {

using governance::Body;
using governance::GovernanceText;
using governance::YesNoUnknown;

QJsonObject yesNoJson(const YesNoUnknown &c)
{
    return { { QStringLiteral("yes"), c.yes }, { QStringLiteral("no"), c.no }, { QStringLiteral("unknown"), c.unknown } };
}

/// "75.0% (90/120)".
QString share(qint64 part, qint64 whole)
{
    return whole > 0 ? QString(Fraction(part, whole).toPercent() + QStringLiteral(" (%1/%2)").arg(part).arg(whole))
                     : QStringLiteral("—");
}

bool readDate(Context &ctx, const QString &text, const QString &command, const QString &option, QDate *date)
{
    const validation::DateResult parsed = validation::parseDate(text, Clock::system().today());
    if (!parsed.isValid() || parsed.warning == validation::DateResult::Warning::MonthOnly) {
        ctx.err << GovernanceCommands::tr("societydesk-cli %1: %2 needs a full date such as 2026-06-30.").arg(command, option)
                << '\n';
        return false;
    }
    *date = parsed.value;
    return true;
}

} // namespace

ExitCode runComposition(Context &ctx)
{
    QCommandLineParser parser;
    FormatOption format;
    const QCommandLineOption body(QStringLiteral("body"),
        GovernanceCommands::tr("The body: council, standing_council, supervisory_board or congress (or 理事会 …)."),
        GovernanceCommands::tr("BODY"), QStringLiteral("council"));
    const QCommandLineOption term(QStringLiteral("term"),
        GovernanceCommands::tr("The term, e.g. 9 or 第九届 (default: the term in office on the date)."),
        GovernanceCommands::tr("N"));
    const QCommandLineOption on(QStringLiteral("on"), GovernanceCommands::tr("The reference date (default: today)."),
        GovernanceCommands::tr("DATE"));
    parser.addOptions({ format.option, body, term, on });
    ExitCode code = Ok;
    if (!parseCommand(ctx, parser,
            GovernanceCommands::tr("Show a body's composition on a date: seats, front-line, party members, young and "
                                   "middle-aged, women, each with yes/no/unknown, and the previous term's size."),
            &code))
        return code;
    if (!format.read(ctx, parser))
        return Usage;
    const std::optional<Body> which = GovernanceText::bodyFromSheet(parser.value(body));
    if (!which) {
        ctx.err << GovernanceCommands::tr("societydesk-cli composition: \"%1\" is not a body; use council, "
                                          "standing_council, supervisory_board or congress.")
                       .arg(parser.value(body))
                << '\n';
        return Usage;
    }
    QDate date = Clock::system().today();
    if (parser.isSet(on) && !readDate(ctx, parser.value(on), QStringLiteral("composition"), QStringLiteral("--on"), &date))
        return Usage;
    int termNumber = 0;
    if (parser.isSet(term)) {
        termNumber = GovernanceText::termNumberFromSheet(parser.value(term));
        if (termNumber == 0) {
            ctx.err << GovernanceCommands::tr("societydesk-cli composition: --term takes a term such as 9 or 第九届.") << '\n';
            return Usage;
        }
    }

    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    const governance::GovernanceStore store(*db);
    const std::optional<governance::Term> t = termNumber > 0 ? store.termByNumber(termNumber) : store.termOn(date);
    if (!t) {
        ctx.err << (termNumber > 0 ? GovernanceCommands::tr("%1 is not recorded; see the terms register.")
                                         .arg(GovernanceText::termLabel(termNumber))
                                   : GovernanceCommands::tr("No term had started on %1; import the terms first.")
                                         .arg(date.toString(Qt::ISODate)))
                << '\n';
        return InputRejected;
    }
    const int youngAge = storage::ProfileStore(*db).settings().integer(SocietySetting::YoungAgeThreshold);
    const governance::Composition c = governance::composition(*db, *which, *t, date, youngAge);

    if (format.json) {
        QJsonObject root { { QStringLiteral("body"), GovernanceText::code(c.body) }, { QStringLiteral("term"), c.termNumber },
            { QStringLiteral("date"), c.date.toString(Qt::ISODate) }, { QStringLiteral("seats"), c.seats },
            { QStringLiteral("front_line"), yesNoJson(c.frontLine) }, { QStringLiteral("party"), yesNoJson(c.party) },
            { QStringLiteral("young"), yesNoJson(c.young) }, { QStringLiteral("women"), yesNoJson(c.women) },
            { QStringLiteral("young_age"), c.youngAge },
            { QStringLiteral("previous_term_seats"),
                c.previousTermSeats ? QJsonValue(*c.previousTermSeats) : QJsonValue() } };
        QJsonObject bands;
        for (auto it = c.ageBands.cbegin(); it != c.ageBands.cend(); ++it)
            bands.insert(it.key(), it.value());
        root.insert(QStringLiteral("age_bands"), bands);
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Ok;
    }
    const auto line = [&](const QString &label, const YesNoUnknown &v) {
        ctx.out << "  " << label << ": " << share(v.yes, c.seats)
                << GovernanceCommands::tr(" — yes %1, no %2, unknown %3").arg(v.yes).arg(v.no).arg(v.unknown) << '\n';
    };
    ctx.out << GovernanceCommands::tr("%1, %2, on %3: %n seat(s)", nullptr, static_cast<int>(c.seats))
                   .arg(GovernanceText::sheetValue(c.body), GovernanceText::termLabel(c.termNumber),
                       c.date.toString(Qt::ISODate))
            << '\n';
    line(GovernanceCommands::tr("Front-line"), c.frontLine);
    line(GovernanceCommands::tr("Party members"), c.party);
    line(GovernanceCommands::tr("Young and middle-aged (at most %1)").arg(c.youngAge), c.young);
    line(GovernanceCommands::tr("Women"), c.women);
    if (c.previousTermSeats)
        ctx.out << "  " << GovernanceCommands::tr("Previous term: %1 seat(s)").arg(*c.previousTermSeats) << '\n';
    return Ok;
}

ExitCode runAttest(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption date(QStringLiteral("date"), GovernanceCommands::tr("The date of the attestation."),
        GovernanceCommands::tr("DATE"));
    const QCommandLineOption by(QStringLiteral("by"), GovernanceCommands::tr("Who attests (a person or a body)."),
        GovernanceCommands::tr("NAME"));
    const QCommandLineOption file(QStringLiteral("file"),
        GovernanceCommands::tr("The document, kept in the society file (PDF, DOCX, ODT or an image; at most 20 MB)."),
        GovernanceCommands::tr("FILE"));
    const QCommandLineOption detail(QStringLiteral("detail"),
        GovernanceCommands::tr("A detail, e.g. the party organisation's type A, B or C."), GovernanceCommands::tr("TEXT"));
    const QCommandLineOption year(QStringLiteral("year"),
        GovernanceCommands::tr("The year it covers (an appraisal, a work plan, an annual work report)."),
        GovernanceCommands::tr("YEAR"));
    const QCommandLineOption person(QStringLiteral("person"),
        GovernanceCommands::tr("The person it is about, by member number or name (required for retired_official_post: "
                               "a retired official's single unpaid post)."),
        GovernanceCommands::tr("MEMBER_NO|NAME"));
    parser.addOptions({ date, by, file, detail, year, person });
    ExitCode code = Ok;
    QStringList values;
    if (!parseCommand(ctx, parser,
            GovernanceCommands::tr("Record an attestation: what only a document shows (a party organisation, premises, "
                                   "the secretary-general's appraisal, a work plan, the annual work report …)."),
            &code, { { GovernanceCommands::tr("KIND"), governance::Attestation::kinds().join(u'|') } }, &values))
        return code;
    governance::Attestation a;
    a.kind = values.constFirst();
    if (!governance::Attestation::kinds().contains(a.kind)) {
        ctx.err << GovernanceCommands::tr("societydesk-cli attest: \"%1\" is not a kind; use %2.")
                       .arg(a.kind, governance::Attestation::kinds().join(u'|'))
                << '\n';
        return Usage;
    }
    if (!parser.isSet(date) || !parser.isSet(by) || parser.value(by).trimmed().isEmpty()) {
        ctx.err << GovernanceCommands::tr("societydesk-cli attest: --date and --by are required.") << '\n';
        return Usage;
    }
    if (!readDate(ctx, parser.value(date), QStringLiteral("attest"), QStringLiteral("--date"), &a.date))
        return Usage;
    a.attestedBy = parser.value(by).trimmed();
    a.detail = parser.value(detail).trimmed().toUpper();
    if (parser.isSet(year)) {
        bool ok = false;
        a.year = parser.value(year).toInt(&ok);
        if (!ok || a.year < 1900 || a.year > 2999) {
            ctx.err << GovernanceCommands::tr("societydesk-cli attest: --year takes a year such as 2026.") << '\n';
            return Usage;
        }
    }
    if (a.kind == u"retired_official_post" && parser.value(person).trimmed().isEmpty()) {
        ctx.err << GovernanceCommands::tr("societydesk-cli attest: retired_official_post needs --person (member number or name).")
                << '\n';
        return Usage;
    }
    if (a.kind == u"party_organisation" && !a.detail.isEmpty()
        && !QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }.contains(a.detail)) {
        // Checked before the document is stored: a refused attestation leaves nothing behind.
        ctx.err << GovernanceCommands::tr("societydesk-cli attest: a party organisation's type is A, B or C.") << '\n';
        return InputRejected;
    }

    storage::StorageError error;
    auto db = openExisting(ctx, &error);
    if (!db)
        return fail(ctx, error);
    if (db->isReadOnly()) {
        ctx.err << db->readOnlyReason() << '\n';
        return StorageProblem;
    }
    governance::GovernanceStore store(*db);
    QString personName;
    if (parser.isSet(person)) {
        // Resolved before the document is stored: an unknown or ambiguous person leaves nothing behind.
        const QString key = parser.value(person).trimmed();
        const QList<governance::Person> matches = store.peopleMatching(key);
        if (matches.isEmpty()) {
            ctx.err << GovernanceCommands::tr("societydesk-cli attest: no seated person has the member number or name \"%1\".").arg(key)
                    << '\n';
            return InputRejected;
        }
        if (matches.size() > 1) {
            QStringList who;
            for (const governance::Person &p : matches)
                who << (p.birthDate.isValid() ? QStringLiteral("%1 (%2)").arg(p.name, p.birthDate.toString(Qt::ISODate)) : p.name);
            ctx.err << GovernanceCommands::tr("societydesk-cli attest: \"%1\" names %n people (%2); give the member number instead.",
                           nullptr, int(matches.size()))
                           .arg(key, who.join(QStringLiteral(", ")))
                    << '\n';
            return InputRejected;
        }
        a.personId = matches.constFirst().id;
        personName = matches.constFirst().name;
    }
    if (parser.isSet(file)) {
        governance::Attachment attachment;
        if (!store.addAttachment(parser.value(file), &attachment, &error))
            return fail(ctx, error);
        a.attachmentId = attachment.id;
    }
    if (!store.addAttestation(a, &error))
        return fail(ctx, error);
    ctx.out << (personName.isEmpty()
                       ? GovernanceCommands::tr("Recorded the attestation %1 of %2 by %3.").arg(a.kind, a.date.toString(Qt::ISODate), a.attestedBy)
                       : GovernanceCommands::tr("Recorded the attestation %1 of %2 by %3 for %4.")
                             .arg(a.kind, a.date.toString(Qt::ISODate), a.attestedBy, personName))
            << '\n';
    return Ok;
}

} // namespace sd::cli
